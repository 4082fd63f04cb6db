// The dummy LINE platform, loadingAnimation domain: what it answers over HTTP, checked with raw requests.
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

describe('loading animation', () => {
  test('loading animation: 202, loadingSeconds 5 to 60 in steps of 5', async () => {
    expect((await call(server, 'POST', '/v2/bot/chat/loading/start', { body: { chatId: uid(1), loadingSeconds: 5 } })).status).toBe(202);
    expect((await call(server, 'POST', '/v2/bot/chat/loading/start', { body: { chatId: uid(1) } })).status).toBe(202);
    for (const loadingSeconds of [0, 7, 65]) {
      const res = await call(server, 'POST', '/v2/bot/chat/loading/start', { body: { chatId: uid(1), loadingSeconds } });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ details: [{ property: 'loadingSeconds' }] });
    }
    expect((await call(server, 'POST', '/v2/bot/chat/loading/start', { body: {} })).status).toBe(400);
  });
});
