// The dummy LINE platform, module domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer, FORM, uid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
afterEach(() => server.reset());
afterAll(() => server.close());

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

describe('module attach (manager host)', () => {
  test('module attach on the manager host: Basic auth with the channel id and secret', async () => {
    const attach = (authorization: string, body: string) =>
      fetch(`${server.managerOrigin}/module/auth/v1/token`, { method: 'POST', headers: { ...FORM, authorization }, body });
    const basic = `Basic ${Buffer.from('1111:secret-1').toString('base64')}`;
    const ok = await attach(basic, form({ grant_type: 'authorization_code', code: 'c', redirect_uri: 'https://example.com/cb' }));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ bot_id: expect.any(String), scopes: ['message:send', 'message:receive'] });
    const bad = await attach(`Basic ${Buffer.from('1111:nope').toString('base64')}`, form({ grant_type: 'authorization_code', code: 'c', redirect_uri: 'x' }));
    expect(bad.status).toBe(401);
    expect(await bad.json()).toMatchObject({ error: 'invalid_client' });
    const missing = await attach(basic, form({ grant_type: 'authorization_code', code: 'c' }));
    expect(missing.status).toBe(400);
    expect((await fetch(`${server.managerOrigin}/v2/bot/info`, { headers: { authorization: `Bearer ${server.accessToken}` } })).status).toBe(404);
  });
});

describe('module channels', () => {
  test('module channel: detach, acquire and release chat control, bots', async () => {
    expect((await call(server, 'POST', '/v2/bot/channel/detach', { body: { botId: 'Ub1' } })).status).toBe(200);
    expect((await call(server, 'POST', `/v2/bot/chat/${uid(1)}/control/acquire`, { body: { expired: true, ttl: 60 } })).status).toBe(200);
    expect((await call(server, 'POST', `/v2/bot/chat/${uid(1)}/control/acquire`, { body: { ttl: 0 } })).status).toBe(400);
    expect((await call(server, 'POST', `/v2/bot/chat/${uid(1)}/control/release`)).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/list')).body).toEqual({ bots: [expect.objectContaining({ userId: expect.any(String), basicId: expect.any(String) })] });
  });
});
