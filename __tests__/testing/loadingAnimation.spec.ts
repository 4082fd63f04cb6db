// The dummy LINE platform, loadingAnimation domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer, uid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
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
