// The dummy LINE platform, audience domain: what it answers over HTTP, checked with raw requests.
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

describe('shared audiences', () => {
  test('shared audiences: one, and the list', async () => {
    const one = await call(server, 'GET', '/v2/bot/audienceGroup/shared/42');
    expect(one.body).toEqual({ audienceGroup: expect.objectContaining({ audienceGroupId: 42 }), jobs: [], owner: expect.objectContaining({ serviceType: 'bm' }) });
    expect((await call(server, 'GET', '/v2/bot/audienceGroup/shared/43')).status).toBe(400);
    const list = await call(server, 'GET', '/v2/bot/audienceGroup/shared/list?page=1&description=SHARED');
    expect(list.body).toMatchObject({ audienceGroups: [{ audienceGroupId: 42 }], totalCount: 1, hasNextPage: false });
  });
});
