/**
 * Never lose or duplicate a message: retries with X-Line-Retry-Key, 409-after-retry, timeouts, aborts and validation,
 * proven against the dummy LINE server's fault injection (real HTTP on 127.0.0.1).
 */
import util from 'node:util';

import {
  LineMulticastError,
  LineAbortError,
  LineApiError,
  LineClient,
  LineNetworkError,
  LineQuotaExceededError,
  LineRateLimitError,
  LineTimeoutError,
  LineValidationError,
} from '../src';
import type { ClientConfig, RetryInfo } from '../src';
import { createDummyLineServer, LINE_ERROR_BODIES } from '../src/testing';
import type { DummyLineServer } from '../src/testing';

/** A well-formed user id (`U` + 32 lowercase hex digits) made from a short tag, such as `uid('a')`. */
const uid = (tag: string): string => `U${Buffer.from(tag).toString('hex').padStart(32, '0')}`;

let server: DummyLineServer;

beforeAll(async () => {
  server = await createDummyLineServer({ seed: 42 });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

/** Fast backoff so the suite stays quick; the policy itself (what is retried) is the default one. */
function client(config: Partial<ClientConfig> = {}): LineClient {
  return new LineClient({
    accessToken: server.accessToken,
    origin: server.origin,
    dataOrigin: server.dataOrigin,
    retry: { retries: 10, minDelayMs: 1, maxDelayMs: 4, maxTotalDelayMs: 2000 },
    ...config,
  });
}

const PUSH = 'POST /v2/bot/message/push';

const text = (t: string) => ({ type: 'text' as const, text: t });

describe('push under faults', () => {
  it('1,000 pushes under 30 % injected faults all resolve and every message is delivered exactly once', async () => {
    // Half of the faults drop the connection after LINE processed the request (the client cannot know it was
    // delivered); the other half answer 5xx or a rate-limit 429 before processing.
    server.faults.add({ route: PUSH, probability: 0.15, drop: 'after' });
    server.faults.add({ route: PUSH, probability: 0.09, status: 500 });
    server.faults.add({ route: PUSH, probability: 0.1, status: 429 });
    const c = client();
    const retries: RetryInfo[] = [];
    const withHook = client({ onRetry: (info) => retries.push(info) });
    const users = Array.from({ length: 100 }, (_, i) => `U${String(i).padStart(32, '0')}`);

    const results: unknown[] = [];
    for (let batch = 0; batch < 10; batch++) {
      const sends = users.map((to, i) => (i % 2 ? c : withHook).pushText(to, `message ${batch}-${i}`));
      results.push(...(await Promise.all(sends)));
    }

    expect(results).toHaveLength(1000);
    const attempts = server.requests.filter((r) => r.method === 'POST' && r.path === '/v2/bot/message/push');
    expect(attempts.length).toBeGreaterThan(1200); // faults really happened, and were retried
    expect(retries.length).toBeGreaterThan(50);
    expect(new Set(retries.map((r) => r.reason))).toEqual(new Set(['network', 'server-error', 'rate-limit']));

    for (const [i, to] of users.entries()) {
      const delivered = server.messagesTo(to).map((m) => (m as { text: string }).text);
      const expected = Array.from({ length: 10 }, (_, batch) => `message ${batch}-${i}`);
      expect(delivered.sort()).toEqual(expected.sort());
    }
    // Some sends were confirmed by a 409 on their retry: they resolve as success with the accepted request id.
    const confirmed = results.filter((r) => (r as { acceptedRequestId?: string }).acceptedRequestId);
    expect(confirmed.length).toBeGreaterThan(0);
  }, 60_000);

  it('a 409 to a retried push resolves with the accepted request id; the retry reused the same key', async () => {
    server.faults.add({ route: PUSH, times: 1, drop: 'after' });
    const result = await client().pushText(uid('a'), 'once');
    expect(result.acceptedRequestId).toMatch(/\S/);
    const pushes = server.requests.filter((r) => r.path === '/v2/bot/message/push');
    expect(pushes).toHaveLength(2);
    expect(pushes[0].headers['x-line-retry-key']).toBe(pushes[1].headers['x-line-retry-key']);
    expect(pushes[1].status).toBe(409);
    expect(server.messagesTo(uid('a'))).toHaveLength(1);
  });

  it("a caller's own retry key makes a repeated logical send idempotent", async () => {
    const retryKey = '0f8fad5b-d9cb-469f-a165-70867728950e';
    const first = await client().pushText(uid('b'), 'hello', { retryKey });
    const second = await client().pushText(uid('b'), 'hello', { retryKey });
    expect(first.acceptedRequestId).toBeUndefined();
    expect(second.acceptedRequestId).toBe(first.requestId);
    // The request id reported is the accepted request's, and LINE's 409 notice is not mixed into the result.
    expect(second).toEqual({ sentMessages: first.sentMessages, requestId: first.requestId, acceptedRequestId: first.requestId });
    expect(server.messagesTo(uid('b'))).toHaveLength(1);
  });

  it('after a retried narrowcast, requestId is the accepted one, so progress can be polled', async () => {
    server.faults.add({ route: 'POST /v2/bot/message/narrowcast', times: 1, drop: 'after' });
    const c = client();
    const { requestId, acceptedRequestId } = await c.narrowcast([text('narrow')]);
    expect(acceptedRequestId).toBe(requestId);
    await expect(c.getNarrowcastProgress(requestId)).resolves.toHaveProperty('phase');
  });

  it('with the default policy some sends give up; re-sending with error.retryKey still delivers each exactly once', async () => {
    server.faults.add({ route: PUSH, probability: 0.15, drop: 'after' });
    server.faults.add({ route: PUSH, probability: 0.09, status: 500 });
    server.faults.add({ route: PUSH, probability: 0.1, status: 429 });
    const c = client({ retry: { minDelayMs: 1, maxDelayMs: 4 } }); // default retries (3 attempts)
    const users = Array.from({ length: 300 }, (_, i) => uid(`d${i}`));
    const first = await Promise.allSettled(users.map((to) => c.pushText(to, `hello ${to}`)));
    const failed = first.flatMap((r, i) => (r.status === 'rejected' ? [{ to: users[i], error: r.reason as LineApiError }] : []));
    expect(failed.length).toBeGreaterThan(0);
    for (const { error } of failed) expect(error.retryKey).toMatch(/^[0-9a-f-]{36}$/);
    server.faults.clear();
    await Promise.all(failed.map(({ to, error }) => c.pushText(to, `hello ${to}`, { retryKey: error.retryKey })));
    for (const to of users) expect(server.messagesTo(to).map((m) => (m as { text: string }).text)).toEqual([`hello ${to}`]);
  });

  it("a caller's retry key that is not a UUID is rejected before any request", async () => {
    await expect(client().pushText(uid('1'), 'x', { retryKey: 'not-a-uuid' })).rejects.toMatchObject({ name: 'LineValidationError', argument: 'retryKey' });
    expect(server.requests).toHaveLength(0);
  });

  it('multicast, narrowcast and broadcast carry a retry key and are retried', async () => {
    server.faults.add({ route: /^POST \/v2\/bot\/message\/(multicast|broadcast|narrowcast)$/, times: 3, status: 503 });
    const c = client();
    await c.multicastText([uid('c'), uid('d')], 'multi');
    await c.broadcastText('all');
    await c.narrowcast([text('narrow')]);
    const sends = server.requests.filter((r) => /multicast|broadcast|narrowcast$/.test(r.path));
    expect(sends).toHaveLength(6);
    for (const r of sends) expect(r.headers['x-line-retry-key']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('no other endpoint ever gets a retry key', async () => {
    const c = client();
    const replyToken = server.issueReplyToken(uid('e'));
    await c.replyText(replyToken, 'hi');
    await c.getBotInfo();
    await c.getNumberOfMessagesSentThisMonth();
    for (const r of server.requests) expect(r.headers['x-line-retry-key']).toBeUndefined();
  });
});

describe('replies under faults', () => {
  it('are never retried, so never delivered twice', async () => {
    server.faults.add({ route: 'POST /v2/bot/message/reply', probability: 0.3, drop: 'after' });
    server.faults.add({ route: 'POST /v2/bot/message/reply', probability: 0.2, status: 500 });
    const c = client();
    const outcomes = await Promise.allSettled(
      Array.from({ length: 200 }, (_, i) => c.replyText(server.issueReplyToken(uid(`r${i}`)), `reply ${i}`)),
    );
    const failed = outcomes.filter((o) => o.status === 'rejected') as PromiseRejectedResult[];
    expect(failed.length).toBeGreaterThan(20);
    for (const f of failed) expect(f.reason instanceof LineNetworkError || (f.reason instanceof LineApiError && f.reason.status === 500)).toBe(true);
    const replies = server.requests.filter((r) => r.path === '/v2/bot/message/reply');
    expect(replies).toHaveLength(200);
    for (let i = 0; i < 200; i++) expect(server.messagesTo(uid(`r${i}`)).length).toBeLessThanOrEqual(1);
  });
});

describe('429s', () => {
  it('a monthly-limit 429 is never retried and rejects with LineQuotaExceededError', async () => {
    server.faults.add({ route: PUSH, status: 429, body: LINE_ERROR_BODIES.monthlyLimit });
    const error = await client()
      .pushText(uid('q'), 'x')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineQuotaExceededError);
    expect((error as LineQuotaExceededError).message).toBe('LINE API - You have reached your monthly limit.');
    expect(server.requests.filter((r) => r.path === '/v2/bot/message/push')).toHaveLength(1);
  });

  it('a rate-limit 429 that outlasts the retries rejects with LineRateLimitError after every attempt', async () => {
    server.faults.add({ route: PUSH, status: 429 });
    const error = (await client({ retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 } })
      .pushText(uid('r'), 'x')
      .catch((e: unknown) => e)) as LineRateLimitError;
    expect(error).toBeInstanceOf(LineRateLimitError);
    expect(error.attempts).toBe(3);
    expect(error.requestId).toMatch(/\S/);
    expect(server.requests.filter((r) => r.path === '/v2/bot/message/push')).toHaveLength(3);
  });
});

describe('timeouts and cancellation', () => {
  it('a server that never answers is cut off by the timeout, with an error naming the call and the time', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', hang: true });
    const started = Date.now();
    const error = (await client({ timeout: 150, retry: false })
      .getBotInfo()
      .catch((e: unknown) => e)) as LineTimeoutError;
    expect(error).toBeInstanceOf(LineTimeoutError);
    expect(error.message).toBe('LINE API - GET /v2/bot/info timed out after 150 ms. Raise `timeout` in the client config or per call, or check the network.');
    expect(error.timeoutMs).toBe(150);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('maxElapsedMs caps the whole call: no retry starts after it, and retries get only the time left', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', hang: true });
    const started = Date.now();
    const error = (await client({ timeout: 300, retry: { retries: 10, minDelayMs: 1, maxDelayMs: 2, maxElapsedMs: 700 } })
      .getBotInfo()
      .catch((e: unknown) => e)) as LineTimeoutError;
    expect(error).toBeInstanceOf(LineTimeoutError);
    expect(Date.now() - started).toBeLessThan(1500);
    expect(error.attempts).toBeLessThanOrEqual(4);
  });

  it('a per-call timeout overrides the client one, and timeouts of GETs are retried', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', hang: true, times: 1 });
    const info = await client({ timeout: 60_000 }).withOptions({ timeout: 150 }).getBotInfo();
    expect(info).toHaveProperty('userId');
  });

  it('an AbortSignal cancels a call', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', hang: true });
    const controller = new AbortController();
    const pending = client().withOptions({ signal: controller.signal }).getBotInfo();
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(LineAbortError);
  });
});

describe('secrets with requests in flight', () => {
  it('inspecting any client while another has a request in flight shows no token (the shared agents are opaque)', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', hang: true });
    const busy = client({ retry: false, timeout: 5000 });
    const controller = new AbortController();
    const pending = busy.withOptions({ signal: controller.signal }).getBotInfo().catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 50));
    const other = client();
    for (const shown of [util.inspect(other, { depth: Infinity, showHidden: true }), util.inspect(busy, { depth: Infinity, showHidden: true })]) {
      expect(shown).not.toContain(server.accessToken);
    }
    controller.abort();
    await pending;
  });

  it('a content stream does not expose the request (and its Authorization header)', async () => {
    server.setMessageContent('m-inspect', Buffer.from('content bytes'));
    const stream = await client().getMessageContentStream('m-inspect');
    expect(util.inspect(stream, { depth: Infinity, showHidden: true })).not.toContain(server.accessToken);
    stream.resume();
    await new Promise((r) => stream.on('end', r));
  });
});

describe('validation before any request', () => {
  it('invalid inputs reach the server zero times', async () => {
    const c = client();
    const long = 'x'.repeat(5001);
    const emoji5000 = '😀'.repeat(2501); // 5,002 UTF-16 code units
    const invalid: [string, () => Promise<unknown>][] = [
      ['no messages', () => c.push(uid('1'), [])],
      ['6 messages', () => c.push(uid('1'), Array.from({ length: 6 }, () => text('x')))],
      ['text over 5,000', () => c.pushText(uid('1'), long)],
      ['text over 5,000 UTF-16 units', () => c.replyText('rt', emoji5000)],
      ['altText over 1,500', () => c.pushFlex(uid('1'), 'a'.repeat(1501), { type: 'bubble' })],
      ['14 quick reply items', () => c.pushText(uid('1'), 'x', { quickReply: { items: Array.from({ length: 14 }, () => ({ type: 'action' as const, action: { type: 'message' as const, label: 'l', text: 't' } })) } })],
      ['11 carousel columns', () => c.pushCarouselTemplate(uid('1'), 'alt', Array.from({ length: 11 }, () => ({ text: 't', actions: [] })))],
      ['13 flex bubbles', () => c.pushFlex(uid('1'), 'alt', { type: 'carousel', contents: Array.from({ length: 13 }, () => ({ type: 'bubble' as const })) })],
      ['empty to', () => c.pushText('', 'x')],
      ['non-string to', () => c.pushText(42 as never, 'x')],
      ['empty reply token', () => c.replyText('', 'x')],
      ['501 multicast recipients in a raw body', () => c.multicastRawBody({ to: Array.from({ length: 501 }, (_, i) => uid(`${i}`)), messages: [text('x')] })],
      ['no multicast recipients', () => c.multicastText([], 'x')],
      ['an empty id among recipients', () => c.multicastText([uid('1'), ''], 'x')],
      ['narrowcast max 0', () => c.narrowcast([text('x')], { max: 0 })],
      ['narrowcast max -1', () => c.narrowcastRawBody({ messages: [text('x')], limit: { max: -1 } })],
      ['empty user id', () => c.getUserProfile('')],
      ['a message without type', () => c.push(uid('1'), [{ text: 'x' } as never])],
    ];
    for (const [name, call] of invalid) {
      const error = await call().catch((e: unknown) => e);
      expect([name, error instanceof LineValidationError]).toEqual([name, true]);
      expect((error as LineValidationError).message).toMatch(/^Invalid argument `[^`]+`: .+\. Nothing was sent\.$/);
    }
    expect(server.requests).toHaveLength(0);
  });

  it('errors name the argument, the size and the limit', async () => {
    const error = (await client()
      .push(uid('1'), Array.from({ length: 7 }, () => text('x')))
      .catch((e: unknown) => e)) as LineValidationError;
    expect(error).toMatchObject({ argument: 'messages', actual: 7, limit: '1-5 messages' });
    const long = (await client()
      .pushText(uid('1'), 'y'.repeat(5001))
      .catch((e: unknown) => e)) as LineValidationError;
    expect(long).toMatchObject({ argument: 'messages[0].text', actual: 5001, limit: 'at most 5000 UTF-16 code units' });
  });
});

describe('bulk multicast', () => {
  it('splits any number of recipients into chunks of 500, each with its own retry key', async () => {
    const to = Array.from({ length: 1234 }, (_, i) => uid(`m${i}`));
    const result = await client().multicastText(to, 'bulk');
    const chunks = server.requests.filter((r) => r.path === '/v2/bot/message/multicast');
    expect(chunks.map((r) => (r.body as { to: string[] }).to.length).sort()).toEqual([234, 500, 500]);
    expect(new Set(chunks.map((r) => r.headers['x-line-retry-key'])).size).toBe(3);
    expect(result.requestIds).toHaveLength(3);
    for (const id of to) expect(server.messagesTo(id)).toHaveLength(1);
  });

  it('re-sending error.unsent with error.retryKey finishes a partly failed multicast exactly once', async () => {
    const to = Array.from({ length: 1500 }, (_, i) => uid(`x${i}`));
    // Sent one chunk at a time, 2 attempts each: chunk 2 is delivered but both answers are lost (requests 2-3);
    // chunk 3 fails with 500 twice (requests 4-5).
    let n = 0;
    const nth = (r: { path: string }) => (r.path === '/v2/bot/message/multicast' ? ++n : 0);
    server.faults.add({ route: (r) => [2, 3].includes(nth(r)), drop: 'after' });
    server.faults.add({ route: () => n === 4 || n === 5, status: 500 });
    const c = client({ retry: { retries: 1, minDelayMs: 1, maxDelayMs: 2 }, multicastConcurrency: 1 });
    const error = (await c.multicastText(to, 'bulk').catch((e: unknown) => e)) as LineMulticastError;
    expect(error).toBeInstanceOf(LineMulticastError);
    expect(error.sent).toEqual(to.slice(0, 500));
    expect(error.unsent).toEqual(to.slice(500));
    expect(error.failedChunks.map((f) => f.to.length)).toEqual([500, 500]);
    server.faults.clear();
    await c.multicastText(error.unsent, 'bulk', { retryKey: error.retryKey });
    for (const id of to) expect(server.messagesTo(id)).toHaveLength(1);
  });

  it('when one chunk failed, error.retryKey is its own key: re-sending error.unsent (one request) is still exactly once', async () => {
    const to = Array.from({ length: 1000 }, (_, i) => uid(`y${i}`));
    // Chunk 2 is delivered but both answers are lost (requests 2-3).
    let n = 0;
    const nth = (r: { path: string }) => (r.path === '/v2/bot/message/multicast' ? ++n : 0);
    server.faults.add({ route: (r) => [2, 3].includes(nth(r)), drop: 'after' });
    const c = client({ retry: { retries: 1, minDelayMs: 1, maxDelayMs: 2 }, multicastConcurrency: 1 });
    const error = (await c.multicastText(to, 'bulk').catch((e: unknown) => e)) as LineMulticastError;
    expect(error).toBeInstanceOf(LineMulticastError);
    expect(error.unsent).toEqual(to.slice(500));
    expect(error.retryKey).toBe(error.failedChunks[0].retryKey);
    server.faults.clear();
    await c.multicastText(error.unsent, 'bulk', { retryKey: error.retryKey });
    for (const id of to) expect(server.messagesTo(id)).toHaveLength(1);
  });

  it('when chunks still fail after retries, the error lists exactly who was sent and who was not', async () => {
    const to = Array.from({ length: 1100 }, (_, i) => uid(`f${i}`));
    server.faults.add({ route: (r) => r.path === '/v2/bot/message/multicast' && (r.headers['x-line-retry-key'] ?? '') !== '' && false, status: 500 });
    // Fail every attempt of the chunk that starts with recipient Uf500.
    server.faults.add({ route: 'POST /v2/bot/message/multicast', status: 500, times: 3 });
    const error = await client({ retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 }, multicastConcurrency: 1 })
      .multicastText(to, 'partial')
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'LineMulticastError' });
    const { sent, unsent } = error as { sent: string[]; unsent: string[] };
    expect(unsent).toEqual(to.slice(0, 500));
    expect(sent).toEqual(to.slice(500));
    for (const id of sent) expect(server.messagesTo(id)).toHaveLength(1);
    for (const id of unsent) expect(server.messagesTo(id)).toHaveLength(0);
  });
});
