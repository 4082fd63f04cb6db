// The dummy LINE platform, markAsRead domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer, uid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
afterEach(() => server.reset());
afterAll(() => server.close());

describe('mark as read', () => {
  test('mark as read, by user and by token', async () => {
    expect((await call(server, 'POST', '/v2/bot/message/markAsRead', { body: { chat: { userId: uid(1) } } })).status).toBe(200);
    expect((await call(server, 'POST', '/v2/bot/message/markAsRead', { body: {} })).status).toBe(400);
    expect((await call(server, 'POST', '/v2/bot/chat/markAsRead', { body: { markAsReadToken: 't' } })).status).toBe(200);
    expect((await call(server, 'POST', '/v2/bot/chat/markAsRead', { body: {} })).status).toBe(400);
  });
});
