// The dummy LINE platform, channelAccessToken domain: what it answers over HTTP, checked with raw requests.
import { createDummyLineServer, type DummyLineServer } from '../../src/testing';
import { call, createSeededServer, FORM } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
afterEach(() => server.reset());
afterAll(() => server.close());

function form(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString();
}

function jwt(payload: Record<string, unknown>, alg = 'RS256'): string {
  const part = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  return `${part({ alg, typ: 'JWT', kid: 'k1' })}.${part(payload)}.c2ln`;
}

async function stateless(fields: Record<string, string> = { client_id: '1111', client_secret: 'secret-1' }) {
  return call<{ access_token: string; expires_in: number; token_type: string }>(server, 'POST', '/oauth2/v3/token', {
    token: null,
    headers: FORM,
    body: form({ grant_type: 'client_credentials', ...fields }),
  });
}

describe('channel access tokens', () => {
  test('the default channel is the first seeded one', () => {
    expect(server.channelId).toBe('1111');
    expect(server.channelSecret).toBe('secret-1');
  });

  test('stateless: client_credentials issues a bearer token that works on the api and data hosts', async () => {
    const res = await stateless();
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ token_type: 'Bearer', access_token: expect.any(String), expires_in: 900 });
    const token = res.body.access_token;
    expect((await call(server, 'GET', '/v2/bot/info', { token })).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/message/m/content/transcoding', { host: 'data', token })).status).toBe(404);
    expect(server.requests[0].headers.authorization).toBeUndefined();
  });

  test('stateless: a JWT assertion whose iss is a seeded channel', async () => {
    const res = await stateless({
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: jwt({ iss: '2222', sub: '2222', aud: 'https://api.line.me/', exp: Math.floor(Date.now() / 1000) + 60 }),
    });
    expect(res.status).toBe(200);
    const verify = await call(server, 'POST', '/v2/oauth/verify', { token: null, headers: FORM, body: form({ access_token: res.body.access_token }) });
    expect(verify.body).toEqual({ client_id: '2222', expires_in: expect.any(Number), scope: expect.any(String) });
  });

  test.each([
    ['a wrong secret', { client_id: '1111', client_secret: 'wrong' }, 'invalid_client'],
    ['an unknown channel', { client_id: '9999', client_secret: 'secret-1' }, 'invalid_client'],
    ['a missing secret', { client_id: '1111' }, 'invalid_request'],
    ['a JWT of an unknown channel', { client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: jwt({ iss: '9999' }) }, 'invalid_client'],
    ['a malformed JWT', { client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: 'not-a-jwt' }, 'invalid_request'],
    ['an expired JWT', { client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: jwt({ iss: '1111', exp: 1 }) }, 'invalid_request'],
    ['a JWT that is not RS256', { client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: jwt({ iss: '1111' }, 'HS256') }, 'invalid_request'],
  ])('stateless: %s answers 400', async (_label, fields, error) => {
    const res = await stateless(fields);
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error, error_description: expect.any(String) });
  });

  test('a wrong grant type, or a JSON body, answers 400', async () => {
    const grant = await call(server, 'POST', '/oauth2/v3/token', { token: null, headers: FORM, body: form({ grant_type: 'password', client_id: '1111', client_secret: 'secret-1' }) });
    expect(grant.status).toBe(400);
    expect(grant.body).toMatchObject({ error: 'unsupported_grant_type' });
    const json = await call(server, 'POST', '/oauth2/v3/token', { token: null, body: { grant_type: 'client_credentials', client_id: '1111', client_secret: 'secret-1' } });
    expect(json.status).toBe(400);
    expect(json.body).toMatchObject({ error: 'invalid_request' });
  });

  test('stateless tokens expire when their life ends', async () => {
    const short = await createDummyLineServer({ statelessTokenExpiresIn: 0.5 });
    try {
      const res = await call<{ access_token: string; expires_in: number }>(short, 'POST', '/oauth2/v3/token', {
        token: null,
        headers: FORM,
        body: form({ grant_type: 'client_credentials', client_id: short.channelId, client_secret: short.channelSecret }),
      });
      expect(res.body.expires_in).toBe(0.5);
      expect((await call(short, 'GET', '/v2/bot/info', { token: res.body.access_token })).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 550));
      const expired = await call(short, 'GET', '/v2/bot/info', { token: res.body.access_token });
      expect(expired.status).toBe(401);
      expect(expired.body).toEqual({ message: expect.stringContaining('Authentication failed') });
    } finally {
      await short.close();
    }
  });

  test('short-lived: issue, verify, revoke', async () => {
    const issued = await call<{ access_token: string; expires_in: number }>(server, 'POST', '/v2/oauth/accessToken', {
      token: null,
      headers: FORM,
      body: form({ grant_type: 'client_credentials', client_id: '2222', client_secret: 'secret-2' }),
    });
    expect(issued.body).toEqual({ access_token: expect.any(String), expires_in: 2592000, token_type: 'Bearer' });
    const token = issued.body.access_token;
    const verify = await call(server, 'POST', '/v2/oauth/verify', { token: null, headers: FORM, body: form({ access_token: token }) });
    expect(verify.body).toEqual({ client_id: '2222', expires_in: expect.any(Number), scope: expect.any(String) });
    expect((await call(server, 'POST', '/v2/oauth/revoke', { token: null, headers: FORM, body: form({ access_token: token }) })).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/info', { token })).status).toBe(401);
    const again = await call(server, 'POST', '/v2/oauth/verify', { token: null, headers: FORM, body: form({ access_token: token }) });
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ error: 'invalid_request', error_description: expect.any(String) });
    const wrong = await call(server, 'POST', '/v2/oauth/accessToken', {
      token: null,
      headers: FORM,
      body: form({ grant_type: 'client_credentials', client_id: '2222', client_secret: 'secret-1' }),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ error: 'invalid_client' });
  });

  test('the seeded token verifies as a long-lived token of the default channel, and revoking it works', async () => {
    const verify = await call(server, 'POST', '/v2/oauth/verify', { token: null, headers: FORM, body: form({ access_token: server.accessToken }) });
    expect(verify.body).toMatchObject({ client_id: '1111' });
    await call(server, 'POST', '/v2/oauth/revoke', { token: null, headers: FORM, body: form({ access_token: server.accessToken }) });
    expect((await call(server, 'GET', '/v2/bot/info')).status).toBe(401);
  });

  test('a stateless token cannot be revoked (as LINE documents); revoking an unknown token is not an error', async () => {
    const { access_token: token } = (await stateless()).body;
    expect((await call(server, 'POST', '/v2/oauth/revoke', { token: null, headers: FORM, body: form({ access_token: token }) })).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/info', { token })).status).toBe(200);
    expect((await call(server, 'POST', '/v2/oauth/revoke', { token: null, headers: FORM, body: form({ access_token: 'nope' }) })).status).toBe(200);
    expect(server.revokeAccessToken(token)).toBe(true);
    expect((await call(server, 'GET', '/v2/bot/info', { token })).status).toBe(401);
  });

  test('v2.1: issue by JWT (token_exp), verify, list key ids, revoke with the channel secret', async () => {
    const assertion = jwt({ iss: '1111', sub: '1111', aud: 'https://api.line.me/', exp: Math.floor(Date.now() / 1000) + 60, token_exp: 3600 });
    const body = form({ grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion });
    const issued = await call<{ access_token: string; key_id: string }>(server, 'POST', '/oauth2/v2.1/token', { token: null, headers: FORM, body });
    expect(issued.body).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, key_id: expect.any(String) });
    const token = issued.body.access_token;
    const verify = await call(server, 'GET', `/oauth2/v2.1/verify?access_token=${encodeURIComponent(token)}`, { token: null });
    expect(verify.body).toEqual({ client_id: '1111', expires_in: expect.any(Number), scope: expect.any(String) });
    expect((verify.body as { expires_in: number }).expires_in).toBeLessThanOrEqual(3600);
    const kidQuery = new URLSearchParams({ client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion });
    const kids = await call(server, 'GET', `/oauth2/v2.1/tokens/kid?${kidQuery.toString()}`, { token: null });
    expect(kids.body).toEqual({ kids: [issued.body.key_id] });
    const other = await call(server, 'POST', '/oauth2/v2.1/revoke', { token: null, headers: FORM, body: form({ client_id: '2222', client_secret: 'secret-2', access_token: token }) });
    expect(other.status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/info', { token })).status).toBe(200);
    const wrong = await call(server, 'POST', '/oauth2/v2.1/revoke', { token: null, headers: FORM, body: form({ client_id: '1111', client_secret: 'x', access_token: token }) });
    expect(wrong.status).toBe(400);
    await call(server, 'POST', '/oauth2/v2.1/revoke', { token: null, headers: FORM, body: form({ client_id: '1111', client_secret: 'secret-1', access_token: token }) });
    expect((await call(server, 'GET', '/v2/bot/info', { token })).status).toBe(401);
    expect((await call(server, 'GET', `/oauth2/v2.1/tokens/kid?${kidQuery.toString()}`, { token: null })).body).toEqual({ kids: [] });
  });

  test('reset forgets issued tokens but keeps the channel', async () => {
    const { access_token: token } = (await stateless()).body;
    server.reset();
    expect((await call(server, 'GET', '/v2/bot/info', { token })).status).toBe(401);
    expect((await stateless()).status).toBe(200);
  });
});
