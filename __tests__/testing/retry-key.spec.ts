import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer, SentMessage } from '../../src/testing';
import { call, text, uid, uuid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => {
  server = await createDummyLineServer({ followers: [uid(1), uid(2)] });
});
afterEach(() => server.reset());
afterAll(() => server.close());

const withKey = (key: string) => ({ 'x-line-retry-key': key });

describe('X-Line-Retry-Key', () => {
  it('executes a push once; a repeat answers 409 with the first request id and sentMessages, and delivers nothing', async () => {
    const key = uuid();
    const body = { to: uid(1), messages: [text('once')] };
    const first = await call<{ sentMessages: SentMessage[] }>(server, 'POST', '/v2/bot/message/push', {
      body,
      headers: withKey(key),
    });
    expect(first.status).toBe(200);
    const second = await call(server, 'POST', '/v2/bot/message/push', { body, headers: withKey(key) });
    expect(second.status).toBe(409);
    expect(second.headers.get('x-line-accepted-request-id')).toBe(first.headers.get('x-line-request-id'));
    expect(second.headers.get('x-line-request-id')).not.toBe(first.headers.get('x-line-request-id'));
    expect(second.body).toEqual({ message: 'The retry key is already accepted', sentMessages: first.body.sentMessages });
    expect(server.messagesTo(uid(1))).toEqual([text('once')]);
    expect(server.deliveries).toHaveLength(1);
    expect(server.deliveries[0].retryKey).toBe(key);
  });

  it.each([
    ['multicast', { to: [uid(1), uid(2)], messages: [text('m')] }, 200],
    ['broadcast', { messages: [text('b')] }, 200],
    ['narrowcast', { messages: [text('n')] }, 202],
  ])('executes a %s once and answers 409 to a repeat', async (kind, body, status) => {
    const key = uuid();
    const first = await call(server, 'POST', `/v2/bot/message/${kind}`, { body, headers: withKey(key) });
    expect(first.status).toBe(status);
    const second = await call(server, 'POST', `/v2/bot/message/${kind}`, { body, headers: withKey(key) });
    expect(second.status).toBe(409);
    expect(second.body).toEqual({ message: 'The retry key is already accepted' });
    expect(second.headers.get('x-line-accepted-request-id')).toBe(first.headers.get('x-line-request-id'));
    expect(server.messagesTo(uid(1))).toHaveLength(1);
  });

  it('accepts each of many concurrent requests with distinct keys once', async () => {
    const keys = Array.from({ length: 20 }, () => uuid());
    const results = await Promise.all(
      [...keys, ...keys].map((key, i) =>
        call(server, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text(`m${i % 20}`)] }, headers: withKey(key) }),
      ),
    );
    expect(results.filter((r) => r.status === 200)).toHaveLength(20);
    expect(results.filter((r) => r.status === 409)).toHaveLength(20);
    expect(server.messagesTo(uid(1))).toHaveLength(20);
  });

  it('does not remember a key whose request was rejected', async () => {
    const key = uuid();
    const bad = await call(server, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [] }, headers: withKey(key) });
    expect(bad.status).toBe(400);
    const good = await call(server, 'POST', '/v2/bot/message/push', {
      body: { to: uid(1), messages: [text('now')] },
      headers: withKey(key),
    });
    expect(good.status).toBe(200);
  });

  it('answers 400 when the key is not a UUID', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/push', {
      body: { to: uid(1), messages: [text('x')] },
      headers: withKey('not-a-uuid'),
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: "The value for the 'X-Line-Retry-Key' parameter is invalid" });
    expect(server.messagesTo(uid(1))).toEqual([]);
  });

  it.each([
    ['POST', '/v2/bot/message/reply', { replyToken: 'x', messages: [text('x')] }],
    ['GET', '/v2/bot/info', undefined],
    ['POST', '/v2/bot/richmenu', { size: { width: 2500, height: 843 } }],
  ])('answers 400 when the header is sent to %s %s', async (method, path, body) => {
    const res = await call(server, method, path, { body, headers: withKey(uuid()) });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: expect.stringContaining('X-Line-Retry-Key') });
  });

  it('forgets accepted keys on reset()', async () => {
    const key = uuid();
    const body = { to: uid(1), messages: [text('x')] };
    expect((await call(server, 'POST', '/v2/bot/message/push', { body, headers: withKey(key) })).status).toBe(200);
    server.reset();
    expect((await call(server, 'POST', '/v2/bot/message/push', { body, headers: withKey(key) })).status).toBe(200);
  });
});
