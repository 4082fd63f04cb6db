// The dummy LINE platform, markAsRead domain: what it answers over HTTP, checked with raw requests.
import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';
import { call, uid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => {
  server = await createDummyLineServer({
    channels: [
      { channelId: '1111', channelSecret: 'secret-1' },
      { channelId: '2222', channelSecret: 'secret-2' },
    ],
    profiles: [{ userId: uid(1), displayName: 'One' }],
    memberships: [{ membershipId: 7, title: 'Basic', memberIds: { count: 450, prefix: 'Ue' } }],
    audienceGroups: [{ audienceGroupId: 42, description: 'shared one', audienceIds: [uid(1)] }],
  });
});
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
