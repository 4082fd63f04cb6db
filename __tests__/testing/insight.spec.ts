// The dummy LINE platform, insight domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer, MENU, text } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
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
