import { once } from 'node:events';
import { connect } from 'node:net';
import { LINE_ERROR_BODIES, createDummyLineServer } from '../../src/testing';
import type { DummyLineServer, FaultRule } from '../../src/testing';
import { call, text, uid, uuid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => {
  server = await createDummyLineServer({ profiles: [{ userId: uid(1), displayName: 'Taro' }] });
});
afterEach(() => server.reset());
afterAll(() => server.close());

const PUSH = 'POST /v2/bot/message/push';
const push = (body: unknown = { to: uid(1), messages: [text('hi')] }, headers?: Record<string, string>) =>
  call(server, 'POST', '/v2/bot/message/push', { body, headers });

describe('status faults', () => {
  it('answers the injected status `times` times, then recovers', async () => {
    const handle = server.faults.add({ route: PUSH, status: 500, times: 2 });
    const a = await push();
    const b = await push();
    const c = await push();
    expect([a.status, b.status, c.status]).toEqual([500, 500, 200]);
    expect(a.body).toEqual({ message: 'Internal Server Error' });
    expect(a.headers.get('x-line-request-id')).toBeTruthy();
    expect(handle.hits).toBe(2);
    expect(handle.remaining).toBe(0);
    expect(server.messagesTo(uid(1))).toHaveLength(1);
    expect(server.requests.map((r) => r.status)).toEqual([500, 500, 200]);
  });

  it('answers 429 with LINE’s rate-limit body by default', async () => {
    server.faults.add({ route: PUSH, status: 429, times: 1 });
    const res = await push();
    expect(res.status).toBe(429);
    expect(res.body).toEqual({ message: 'The API rate limit has been exceeded. Try again later.' });
  });

  it('answers 429 with the monthly-limit body when asked', async () => {
    server.faults.add({ route: PUSH, status: 429, body: LINE_ERROR_BODIES.monthlyLimit });
    const res = await push();
    expect(res.body).toEqual({ message: 'You have reached your monthly limit.' });
  });

  it('only applies to matching routes: exact path, route template, RegExp or predicate', async () => {
    server.faults.add({ route: 'GET /v2/bot/profile/{userId}', status: 503, times: 1 });
    server.faults.add({ route: /^GET \/v2\/bot\/info$/, status: 502, times: 1 });
    server.faults.add({ route: (r) => r.host === 'data', status: 500, times: 1 });
    expect((await push()).status).toBe(200);
    expect((await call(server, 'GET', `/v2/bot/profile/${uid(1)}`)).status).toBe(503);
    expect((await call(server, 'GET', '/v2/bot/info')).status).toBe(502);
    expect((await call(server, 'GET', '/v2/bot/message/1/content', { host: 'data' })).status).toBe(500);
    expect((await call(server, 'GET', `/v2/bot/profile/${uid(1)}`)).status).toBe(200);
  });

  it('is removed by handle.remove() and faults.clear()', async () => {
    const handle = server.faults.add({ route: PUSH, status: 500 });
    expect((await push()).status).toBe(500);
    handle.remove();
    expect((await push()).status).toBe(200);
    server.faults.add({ status: 500 });
    server.faults.clear();
    expect((await push()).status).toBe(200);
  });

  it('answers 500 for a rule that names no effect, and rejects malformed rules', async () => {
    server.faults.add({ route: PUSH, times: 1 });
    expect((await push()).status).toBe(500);
    expect(() => server.faults.add({ probability: 2 })).toThrow(TypeError);
    expect(() => server.faults.add({ drop: 'sideways' } as unknown as FaultRule)).toThrow(TypeError);
    expect(() => server.faults.add({ status: 42 })).toThrow(TypeError);
  });

  it('can wait and then answer a status', async () => {
    server.faults.add({ route: PUSH, status: 503, delayMs: 100, times: 1, headers: { 'retry-after': '1' } });
    const started = Date.now();
    const res = await push();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('1');
    expect(server.messagesTo(uid(1))).toEqual([]);
  });
});

describe('delay', () => {
  it('delays the answer by delayMs and then processes the request', async () => {
    server.faults.add({ route: PUSH, delayMs: 150, times: 1 });
    const started = Date.now();
    const res = await push();
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    expect(res.status).toBe(200);
    expect(server.messagesTo(uid(1))).toHaveLength(1);
  });

  it('lets a client time out while the server waits', async () => {
    server.faults.add({ route: PUSH, delayMs: 1000, times: 1 });
    await expect(
      fetch(`${server.origin}/v2/bot/message/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.accessToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ to: uid(1), messages: [text('hi')] }),
        signal: AbortSignal.timeout(100),
      }),
    ).rejects.toThrow();
  });
});

describe('drop', () => {
  it("drop: 'before' destroys the connection without processing: recorded as dropped, nothing delivered", async () => {
    const key = uuid();
    server.faults.add({ route: PUSH, drop: 'before', times: 1 });
    await expect(push(undefined, { 'x-line-retry-key': key })).rejects.toThrow();
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ dropped: true, status: undefined, path: '/v2/bot/message/push' });
    expect(server.messagesTo(uid(1))).toEqual([]);
    // The key was not accepted, so a retry with it is executed.
    const retry = await push(undefined, { 'x-line-retry-key': key });
    expect(retry.status).toBe(200);
    expect(server.messagesTo(uid(1))).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
    expect(server.requests[1]).toMatchObject({ dropped: false, status: 200 });
  });

  it("drop: 'after' delivers and records the retry key, then destroys the connection without answering", async () => {
    const key = uuid();
    server.faults.add({ route: PUSH, drop: 'after', times: 1 });
    await expect(push(undefined, { 'x-line-retry-key': key })).rejects.toThrow();
    expect(server.messagesTo(uid(1))).toEqual([text('hi')]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]).toMatchObject({ dropped: true, path: '/v2/bot/message/push' });
    const retry = await push(undefined, { 'x-line-retry-key': key });
    expect(retry.status).toBe(409);
    expect(retry.headers.get('x-line-accepted-request-id')).toBe(server.requests[0].requestId);
    expect(server.messagesTo(uid(1))).toHaveLength(1);
  });
});

describe('hang', () => {
  it('never answers until the client gives up', async () => {
    server.faults.add({ route: PUSH, hang: true, times: 1 });
    const started = Date.now();
    await expect(
      fetch(`${server.origin}/v2/bot/message/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${server.accessToken}` },
        body: JSON.stringify({ to: uid(1), messages: [text('hi')] }),
        signal: AbortSignal.timeout(200),
      }),
    ).rejects.toThrow();
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
    expect(server.messagesTo(uid(1))).toEqual([]);
    expect((await push()).status).toBe(200);
  });

  it('is ended by close()', async () => {
    const own = await createDummyLineServer();
    own.faults.add({ hang: true });
    const pending = fetch(`${own.origin}/v2/bot/info`, { headers: { authorization: `Bearer ${own.accessToken}` } });
    await new Promise((resolve) => setTimeout(resolve, 50));
    await own.close();
    await expect(pending).rejects.toThrow();
  });
});

describe('seeded randomness', () => {
  async function run(seed: number): Promise<number[]> {
    const own = await createDummyLineServer({ seed });
    try {
      own.faults.add({ route: 'GET /v2/bot/info', status: 500, probability: 0.5 });
      const statuses: number[] = [];
      for (let i = 0; i < 40; i++) statuses.push((await call(own, 'GET', '/v2/bot/info')).status);
      return statuses;
    } finally {
      await own.close();
    }
  }

  it('repeats the same failures for the same seed, and differs for another seed', async () => {
    const a = await run(42);
    const b = await run(42);
    const c = await run(7);
    expect(a).toEqual(b);
    expect(a).not.toEqual(c);
    expect(a.filter((s) => s === 500).length).toBeGreaterThan(5);
    expect(a.filter((s) => s === 200).length).toBeGreaterThan(5);
  });

  it('restarts the sequence on reset()', async () => {
    const sample = async () => {
      server.faults.add({ route: 'GET /v2/bot/info', status: 500, probability: 0.3 });
      const out: number[] = [];
      for (let i = 0; i < 20; i++) out.push((await call(server, 'GET', '/v2/bot/info')).status);
      server.reset();
      return out;
    };
    expect(await sample()).toEqual(await sample());
  });
});

describe('keep-alive', () => {
  it('serves several requests over one kept-alive connection', async () => {
    // A raw socket, so that the test sees the connection itself (nock patches node:http clients).
    const socket = connect(server.port, '127.0.0.1');
    await once(socket, 'connect');
    let buffered = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      buffered += chunk;
    });
    const exchange = async (): Promise<string> => {
      buffered = '';
      socket.write(`GET /v2/bot/info HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${server.accessToken}\r\n\r\n`);
      for (let i = 0; i < 100; i++) {
        const end = buffered.indexOf('\r\n\r\n');
        const length = /content-length: (\d+)/i.exec(buffered);
        if (end >= 0 && length && buffered.length >= end + 4 + Number(length[1])) return buffered;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      throw new Error(`no complete response: ${buffered}`);
    };
    try {
      for (let i = 0; i < 3; i++) {
        const response = await exchange();
        expect(response).toMatch(/^HTTP\/1\.1 200 OK/);
        expect(response).toMatch(/connection: keep-alive/i);
      }
      expect(socket.destroyed).toBe(false);
    } finally {
      socket.destroy();
    }
  });
});
