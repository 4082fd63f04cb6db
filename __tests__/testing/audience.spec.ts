// The dummy LINE platform, audience domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
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
