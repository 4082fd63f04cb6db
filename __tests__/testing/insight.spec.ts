// The dummy LINE platform, insight domain: what it answers over HTTP, checked with raw requests.
import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';
import { call, text, uid } from './helpers';

const MENU = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'm',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback', data: 'a' } }],
};
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

describe('insight', () => {
  test('message event of a broadcast; 404 for an unknown request', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/broadcast', { body: { messages: [text('a'), text('b')] } });
    const requestId = res.headers.get('x-line-request-id') ?? '';
    const event = await call(server, 'GET', `/v2/bot/insight/message/event?requestId=${requestId}`);
    expect(event.body).toEqual({
      overview: expect.objectContaining({ requestId, delivered: 1, uniqueImpression: null }),
      messages: [expect.objectContaining({ seq: 1 }), expect.objectContaining({ seq: 2 })],
      clicks: [],
    });
    expect((await call(server, 'GET', '/v2/bot/insight/message/event?requestId=none')).status).toBe(404);
  });

  test('rich menu insight answers the below-threshold body', async () => {
    const { richMenuId } = (await call<{ richMenuId: string }>(server, 'POST', '/v2/bot/richmenu', { body: MENU })).body;
    for (const kind of ['summary', 'daily']) {
      expect((await call(server, 'GET', `/v2/bot/insight/richmenu/${richMenuId}/${kind}?from=20240101&to=20240131`)).body).toEqual({ richMenuId });
      expect((await call(server, 'GET', `/v2/bot/insight/richmenu/richmenu-none/${kind}?from=20240101&to=20240131`)).status).toBe(404);
      expect((await call(server, 'GET', `/v2/bot/insight/richmenu/${richMenuId}/${kind}?from=20240101`)).status).toBe(400);
    }
  });
});
