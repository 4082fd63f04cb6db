/**
 * Network failures: a connection lost in the middle of a 2xx answer is a LineNetworkError (retried, with the same
 * X-Line-Retry-Key, where the method retries), on every sender, injected by the dummy server's `drop: 'mid-answer'`
 * fault; a refused connection or failed DNS look-up says the request never reached LINE.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { LineApiError, LineNetworkError } from '../../src';
import { createDummyLineServer, type DummyLineServer } from '../../src/testing';

import { clientOn, SENDERS } from './loopback';

const USER = `U${'0123456789abcdef'.repeat(2)}`;
const FAST_RETRY = { retries: 2, minDelayMs: 1, maxDelayMs: 5, maxTotalDelayMs: 1000, maxElapsedMs: 10_000 };

let server: DummyLineServer;
beforeEach(async () => {
  server = await createDummyLineServer();
});
afterEach(async () => {
  await server.close();
});

function client(sender: (typeof SENDERS)[number], config: Record<string, unknown> = {}) {
  const c = clientOn(sender, server.origin, { accessToken: server.accessToken, ...config });
  return c;
}

describe.each(SENDERS)('a connection lost in the middle of a 2xx answer, on the %s sender', (sender) => {
  it('a push is retried with the same X-Line-Retry-Key, and LINE confirms the first attempt', async () => {
    server.faults.add({ route: 'POST /v2/bot/message/push', times: 1, drop: 'mid-answer' });
    const retries: unknown[] = [];
    const c = clientOn(sender, server.origin, { accessToken: server.accessToken, dataOrigin: server.dataOrigin, retry: FAST_RETRY, onRetry: (info) => retries.push(info.reason) });
    await c.pushText(USER, 'hello');
    const pushes = server.requests.filter((r) => r.path === '/v2/bot/message/push');
    expect(pushes).toHaveLength(2);
    expect(pushes[0].dropped).toBe(true);
    expect(pushes[0].headers['x-line-retry-key']).toBeDefined();
    expect(pushes[1].headers['x-line-retry-key']).toBe(pushes[0].headers['x-line-retry-key']);
    expect(retries).toEqual(['network']);
    expect(server.messagesTo(USER)).toEqual([{ type: 'text', text: 'hello' }]);
  });

  it('a read cut on every attempt rejects as LineNetworkError after its retries (never LineApiError 200)', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', drop: 'mid-answer' });
    const c = client(sender, { retry: FAST_RETRY });
    const error = await c.getBotInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineNetworkError);
    expect(error).not.toBeInstanceOf(LineApiError);
    expect((error as LineNetworkError).attempts).toBe(3);
    expect(String((error as Error).message)).toMatch(/may or may not have reached LINE/);
  });

  it('a reply (never retried) cut mid-answer is one attempt and a LineNetworkError', async () => {
    server.faults.add({ route: 'POST /v2/bot/message/reply', drop: 'mid-answer' });
    const c = client(sender, { retry: FAST_RETRY });
    const error = await c.replyText('r'.repeat(32), 'hi').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineNetworkError);
    expect(server.requests.filter((r) => r.path === '/v2/bot/message/reply')).toHaveLength(1);
  });
});

describe.each(SENDERS)('where the request went, on the %s sender', (sender) => {
  it('a refused connection says the request never reached LINE', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const c = clientOn(sender, `http://127.0.0.1:${port}`);
    const error = await c.getBotInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineNetworkError);
    expect((error as LineNetworkError).code).toBe('ECONNREFUSED');
    expect((error as Error).message).toMatch(/never reached LINE/);
    expect((error as Error).message).not.toMatch(/may or may not/);
  });

  it('a connection dropped after the request was sent says it may or may not have reached LINE', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', drop: 'after' });
    const error = await client(sender).getBotInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineNetworkError);
    expect((error as Error).message).toMatch(/may or may not have reached LINE/);
  });
});

it.each(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED'])('LineNetworkError with %s says the request never reached LINE', (code) => {
  const error = new LineNetworkError({ method: 'GET', path: '/v2/bot/info' }, Object.assign(new Error(`getaddrinfo ${code} api.line.me`), { code }));
  expect(error.message).toMatch(/never reached LINE/);
});

it.each(['ECONNRESET', 'EPIPE', undefined])('LineNetworkError with %s keeps "may or may not have reached LINE"', (code) => {
  const error = new LineNetworkError({ method: 'POST', path: '/v2/bot/message/push' }, Object.assign(new Error('socket hang up'), code ? { code } : {}));
  expect(error.message).toMatch(/may or may not have reached LINE/);
});

describe.each(SENDERS)('an answer cut right after its headers, on the %s sender', (sender) => {
  it.each([
    ['with a Content-Length', { 'content-type': 'application/json', 'content-length': '100' }],
    ['chunked', { 'content-type': 'application/json' }],
  ])('%s is a LineNetworkError', async (_what, headers) => {
    const { loopback } = await import('./loopback');
    const s = await loopback((_req, res) => {
      res.writeHead(200, headers);
      res.flushHeaders();
      setTimeout(() => res.socket?.destroy(), 20);
    });
    try {
      const error = await clientOn(sender, s.origin).getBotInfo().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LineNetworkError);
    } finally {
      await s.close();
    }
  });
});
