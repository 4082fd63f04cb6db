import { generateKeyPairSync, verify } from 'node:crypto';
import { inspect } from 'node:util';

import { LineApiError, LineClient, LineValidationError } from '../../src';
import type { RequestInfo } from '../../src/types/client';
import { TokenManager } from '../../src/channelToken';
import { API, MANAGER, baseHeaders, expectedHeaders, intercept, interceptAt, makeClient } from '../support/interceptAt';

const CHANNEL_ID = '1234567890';
const CHANNEL_SECRET = 'chan-Secret-0f1e2d3c4b5a69788796a5b4';
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const JWT_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

function form(body: unknown): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(String(body)));
}

describe('channel access token endpoints: form-encoded, no bearer token', () => {
  const secretsOnly = () => new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false });

  test('issueChannelAccessToken uses the client credentials by default', async () => {
    const reply = { access_token: 'W1TeHCgfH2Liwa', expires_in: 2592000, token_type: 'Bearer' };
    const captured = intercept('POST', 'api', '/v2/oauth/accessToken', { body: reply });
    await expect(secretsOnly().issueChannelAccessToken()).resolves.toEqual(reply);
    expect(captured[0].headers).toEqual(baseHeaders(FORM));
    expect(captured[0].body).toBe(`grant_type=client_credentials&client_id=${CHANNEL_ID}&client_secret=${CHANNEL_SECRET}`);
  });

  test('issueChannelAccessToken with explicit credentials, from a client with an access token, sends no bearer', async () => {
    const captured = intercept('POST', 'api', '/v2/oauth/accessToken', { body: { access_token: 'a', expires_in: 1, token_type: 'Bearer' } });
    await makeClient().issueChannelAccessToken({ channelId: '9', channelSecret: 's9' });
    expect(captured[0].headers).toEqual(baseHeaders(FORM));
    expect(form(captured[0].body)).toEqual({ grant_type: 'client_credentials', client_id: '9', client_secret: 's9' });
  });

  test('verifyChannelAccessToken', async () => {
    const reply = { client_id: '1350031035', expires_in: 3138007490, scope: 'P CM' };
    const captured = intercept('POST', 'api', '/v2/oauth/verify', { body: reply });
    await expect(secretsOnly().verifyChannelAccessToken('tok+/=')).resolves.toEqual(reply);
    expect(captured[0].headers).toEqual(baseHeaders(FORM));
    expect(captured[0].body).toBe('access_token=tok%2B%2F%3D');
  });

  test('revokeChannelAccessToken', async () => {
    const captured = intercept('POST', 'api', '/v2/oauth/revoke', { body: '' });
    await expect(secretsOnly().revokeChannelAccessToken('tok')).resolves.toEqual({});
    expect(captured[0].headers).toEqual(baseHeaders(FORM));
    expect(captured[0].body).toBe('access_token=tok');
  });

  test('issueChannelAccessTokenByJWT', async () => {
    const reply = { access_token: 'eyJ', token_type: 'Bearer', expires_in: 2592000, key_id: 'sDTOzw5wIf' };
    const captured = intercept('POST', 'api', '/oauth2/v2.1/token', { body: reply });
    await expect(secretsOnly().issueChannelAccessTokenByJWT('a.b.c')).resolves.toEqual(reply);
    expect(captured[0].headers).toEqual(baseHeaders(FORM));
    expect(form(captured[0].body)).toEqual({ grant_type: 'client_credentials', client_assertion_type: JWT_TYPE, client_assertion: 'a.b.c' });
  });

  test('verifyChannelAccessTokenByJWT sends the token as a query parameter', async () => {
    const reply = { client_id: '1573163733', expires_in: 2591659, scope: 'profile chat_message.write' };
    const captured = intercept('GET', 'api', '/oauth2/v2.1/verify', { body: reply });
    await expect(secretsOnly().verifyChannelAccessTokenByJWT('eyJ')).resolves.toEqual(reply);
    expect(captured[0].headers).toEqual(baseHeaders({ 'content-type': 'application/json' }));
    expect(captured[0].query).toEqual({ access_token: 'eyJ' });
    expect(captured[0].body).toBeUndefined();
  });

  test('revokeChannelAccessTokenByJWT', async () => {
    const captured = intercept('POST', 'api', '/oauth2/v2.1/revoke', { body: '' });
    await expect(secretsOnly().revokeChannelAccessTokenByJWT({ accessToken: 'eyJ' })).resolves.toEqual({});
    expect(captured[0].headers).toEqual(baseHeaders(FORM));
    expect(form(captured[0].body)).toEqual({ client_id: CHANNEL_ID, client_secret: CHANNEL_SECRET, access_token: 'eyJ' });
  });

  test('getValidChannelAccessTokenKeyIds', async () => {
    const captured = intercept('GET', 'api', '/oauth2/v2.1/tokens/kid', { body: { kids: ['k1', 'k2'] } });
    await expect(secretsOnly().getValidChannelAccessTokenKeyIds('a.b.c')).resolves.toEqual({ kids: ['k1', 'k2'] });
    expect(captured[0].headers).toEqual(baseHeaders({ 'content-type': 'application/json' }));
    expect(captured[0].query).toEqual({ client_assertion_type: JWT_TYPE, client_assertion: 'a.b.c' });
  });

  test('issueStatelessChannelAccessToken with the client secret or a JWT assertion', async () => {
    const reply = { token_type: 'Bearer', access_token: 'eyJhbGciOiJIUz', expires_in: 899 };
    const bySecret = intercept('POST', 'api', '/oauth2/v3/token', { body: reply });
    const byJwt = intercept('POST', 'api', '/oauth2/v3/token', { body: reply });
    const c = secretsOnly();
    await expect(c.issueStatelessChannelAccessToken()).resolves.toEqual(reply);
    await expect(c.issueStatelessChannelAccessToken({ clientAssertion: 'a.b.c' })).resolves.toEqual(reply);
    expect(bySecret[0].headers).toEqual(baseHeaders(FORM));
    expect(form(bySecret[0].body)).toEqual({ grant_type: 'client_credentials', client_id: CHANNEL_ID, client_secret: CHANNEL_SECRET });
    expect(form(byJwt[0].body)).toEqual({ grant_type: 'client_credentials', client_assertion_type: JWT_TYPE, client_assertion: 'a.b.c' });
  });

  test('a client without channel credentials explains what is missing, without echoing anything', async () => {
    await expect(makeClient({ channelSecret: undefined }).issueChannelAccessToken()).rejects.toThrow(/needs a channel ID and secret/);
    await expect(makeClient().revokeChannelAccessTokenByJWT({ accessToken: 'eyJ' })).rejects.toThrow(/needs a channel ID and secret/);
    await expect(makeClient().revokeChannelAccessTokenByJWT({ accessToken: '' })).rejects.toBeInstanceOf(LineValidationError);
  });
});

describe('static token methods (no client needed)', () => {
  test('LineClient.issueChannelAccessToken with a custom origin', async () => {
    const captured = interceptAt('http://line.test', 'POST', '/v2/oauth/accessToken', { body: { access_token: 'x', expires_in: 5, token_type: 'Bearer' } });
    const res = await LineClient.issueChannelAccessToken({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET }, { origin: 'http://line.test' });
    expect(res.access_token).toBe('x');
    expect(captured[0].headers).toEqual(baseHeaders(FORM));
    expect(form(captured[0].body)).toEqual({ grant_type: 'client_credentials', client_id: CHANNEL_ID, client_secret: CHANNEL_SECRET });
  });

  test('every static method reaches its endpoint without a bearer token', async () => {
    const calls: [string, string, () => Promise<unknown>][] = [
      ['POST', '/v2/oauth/verify', () => LineClient.verifyChannelAccessToken('t')],
      ['POST', '/v2/oauth/revoke', () => LineClient.revokeChannelAccessToken('t')],
      ['POST', '/oauth2/v2.1/token', () => LineClient.issueChannelAccessTokenByJWT('a.b.c')],
      ['GET', '/oauth2/v2.1/verify', () => LineClient.verifyChannelAccessTokenByJWT('t')],
      ['POST', '/oauth2/v2.1/revoke', () => LineClient.revokeChannelAccessTokenByJWT({ channelId: '1', channelSecret: 's', accessToken: 't' })],
      ['GET', '/oauth2/v2.1/tokens/kid', () => LineClient.getValidChannelAccessTokenKeyIds('a.b.c')],
      ['POST', '/oauth2/v3/token', () => LineClient.issueStatelessChannelAccessToken({ clientAssertion: 'a.b.c' })],
    ];
    for (const [method, p, call] of calls) {
      const captured = intercept(method, 'api', p, { body: {} });
      await call();
      expect(captured[0].headers.authorization).toBeUndefined();
    }
  });
});

describe('createChannelJWT', () => {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = privateKey.export({ format: 'jwk' });
  const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();

  function decode(jwt: string): { header: unknown; payload: Record<string, unknown>; valid: boolean } {
    const [h, p, s] = jwt.split('.');
    const valid = verify('sha256', Buffer.from(`${h}.${p}`), publicKey, Buffer.from(s, 'base64url'));
    return { header: JSON.parse(Buffer.from(h, 'base64url').toString()), payload: JSON.parse(Buffer.from(p, 'base64url').toString()), valid };
  }

  test.each([
    ['a JWK object', jwk],
    ['a PEM string', pem],
  ])('signs RS256 with %s, verifiable with the public key', (_kind, key) => {
    const now = 1_700_000_000_000;
    const jwt = LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: key, kid: 'kid-1', tokenExpSeconds: 86400, now });
    const { header, payload, valid } = decode(jwt);
    expect(valid).toBe(true);
    expect(header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-1' });
    expect(payload).toEqual({ iss: CHANNEL_ID, sub: CHANNEL_ID, aud: 'https://api.line.me/', exp: 1_700_000_000 + 1800, token_exp: 86400 });
  });

  test('the instance method signs too, and token_exp is omitted when not given', () => {
    const { payload, valid } = decode(makeClient().createChannelJWT({ channelId: CHANNEL_ID, privateKey: jwk, kid: 'k', expiresInSeconds: 60 }));
    expect(valid).toBe(true);
    expect(payload.token_exp).toBeUndefined();
    expect(Number(payload.exp) - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(60);
  });

  test('checks its input without echoing the key', () => {
    expect(() => LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: jwk, kid: 'k', expiresInSeconds: 1801 })).toThrow(/30 minutes/);
    expect(() => LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: jwk, kid: 'k', tokenExpSeconds: 31 * 86400 })).toThrow(/30 days/);
    expect(() => LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: jwk, kid: '' })).toThrow(LineValidationError);
    let message = '';
    try {
      LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: 'not-a-key-SECRET', kid: 'k' });
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/privateKey/);
    expect(message).not.toContain('SECRET');
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    expect(() => LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: ec, kid: 'k' })).toThrow(/RSA/);
    // The public half, or a key shorter than LINE's 2,048 bits, is a clear validation error, not a crypto TypeError.
    expect(() => LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: publicKey, kid: 'k' })).toThrow(LineValidationError);
    const short = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() => LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey: short, kid: 'k' })).toThrow(/2048-bit/);
  });

  test('createChannelJWTAsync (static and instance) resolves the same JWT, and rejects bad input with the same errors', async () => {
    const options = { channelId: CHANNEL_ID, privateKey: pem, kid: 'kid-1', tokenExpSeconds: 86400, now: 1_700_000_000_000 };
    const expected = LineClient.createChannelJWT(options);
    expect(await LineClient.createChannelJWTAsync(options)).toBe(expected);
    expect(await makeClient().createChannelJWTAsync({ ...options, privateKey: jwk })).toBe(expected);
    expect(decode(expected).valid).toBe(true);
    await expect(LineClient.createChannelJWTAsync({ ...options, expiresInSeconds: 1801 })).rejects.toThrow(/30 minutes/);
    await expect(LineClient.createChannelJWTAsync({ ...options, privateKey: publicKey })).rejects.toThrow(LineValidationError);
  });
});

describe('automatic token management', () => {
  const tokenReply = (n: number, expires = 900) => ({ body: { access_token: `stateless-${n}`, expires_in: expires, token_type: 'Bearer' } });

  test('a client with only channelId and channelSecret issues one token for concurrent calls', async () => {
    const issue = intercept('POST', 'api', '/oauth2/v3/token', tokenReply(1));
    const calls = [0, 1, 2].map(() => intercept('GET', 'api', '/v2/bot/info', { body: { userId: 'Ubot' } }));
    const client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false });
    expect(client.accessToken).toBe('');
    await Promise.all([client.getBotInfo(), client.getBotInfo(), client.getBotInfo()]);
    expect(issue).toHaveLength(1);
    expect(issue[0].headers).toEqual(baseHeaders(FORM));
    expect(form(issue[0].body)).toEqual({ grant_type: 'client_credentials', client_id: CHANNEL_ID, client_secret: CHANNEL_SECRET });
    for (const c of calls) expect(c[0].headers).toEqual({ ...expectedHeaders(), authorization: 'Bearer stateless-1' });
    expect(client.accessToken).toBe('stateless-1');
  });

  test('client.axios used directly gets the current token', async () => {
    intercept('POST', 'api', '/oauth2/v3/token', tokenReply(1));
    intercept('GET', 'api', '/v2/bot/info', { body: {} });
    const direct = intercept('GET', 'api', '/v2/bot/profile/U1', { body: {} });
    const client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false });
    await client.getBotInfo();
    await client.axios.get('/v2/bot/profile/U1');
    expect(direct[0].headers.authorization).toBe('Bearer stateless-1');
  });

  test('renews the token before it expires (TokenManager with a fake clock)', async () => {
    let now = 0;
    let n = 0;
    const issue = jest.fn(async () => ({ access_token: `t${++n}`, expires_in: 900 }));
    const tokens = new TokenManager(issue, () => now, 60_000);
    expect(await tokens.get()).toBe('t1');
    now = 839_000; // 61 s before expiry: still fresh
    expect(await tokens.get()).toBe('t1');
    now = 841_000; // 59 s before expiry: renewed
    const [a, b] = await Promise.all([tokens.get(), tokens.get()]);
    expect([a, b]).toEqual(['t2', 't2']);
    expect(issue).toHaveBeenCalledTimes(2);
    now = 841_000 + 900_000;
    expect(tokens.current).toBeUndefined();
  });

  test('a failed early renewal keeps the still-valid token; the renewal is tried again on the next call', async () => {
    let now = 0;
    let n = 0;
    let down = false;
    const issue = jest.fn(async () => {
      if (down) throw new Error('token endpoint unavailable');
      return { access_token: `t${++n}`, expires_in: 900 };
    });
    const tokens = new TokenManager(issue, () => now, 60_000);
    expect(await tokens.get()).toBe('t1');
    now = 841_000; // in the renewal window, t1 still valid for 59 s
    down = true;
    expect(await tokens.get()).toBe('t1');
    down = false;
    expect(await tokens.get()).toBe('t2');
    now = 841_000 + 900_000 + 1; // past every token's life: a failure now rejects
    down = true;
    await expect(tokens.get()).rejects.toThrow('token endpoint unavailable');
  });

  test('renews through the wire when the token has expired', async () => {
    const first = intercept('POST', 'api', '/oauth2/v3/token', tokenReply(1, 1));
    const second = intercept('POST', 'api', '/oauth2/v3/token', tokenReply(2, 900));
    const a = intercept('GET', 'api', '/v2/bot/info', { body: {} });
    const b = intercept('GET', 'api', '/v2/bot/info', { body: {} });
    const client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false });
    await client.getBotInfo(); // a 1-second token is renewed at half its life
    await new Promise((r) => setTimeout(r, 600));
    await client.getBotInfo();
    expect([first.length, second.length]).toEqual([1, 1]);
    expect(a[0].headers.authorization).toBe('Bearer stateless-1');
    expect(b[0].headers.authorization).toBe('Bearer stateless-2');
  });

  test('a failed issue rejects the call, is not cached, and its error carries no secret', async () => {
    intercept('POST', 'api', '/oauth2/v3/token', { status: 400, body: { error: 'invalid_client', error_description: 'bad secret' } });
    const client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false });
    const err = await client.getBotInfo().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineApiError);
    const shown = [String(err), JSON.stringify(err), inspect(err, { depth: 10 }), inspect(client, { depth: 10 })].join('\n');
    expect(shown).not.toContain(CHANNEL_SECRET);
    expect(shown).toContain('invalid_client');
    intercept('POST', 'api', '/oauth2/v3/token', tokenReply(3));
    const ok = intercept('GET', 'api', '/v2/bot/info', { body: {} });
    await client.getBotInfo();
    expect(ok[0].headers.authorization).toBe('Bearer stateless-3');
  });

  test('the token never shows in errors of later calls', async () => {
    intercept('POST', 'api', '/oauth2/v3/token', tokenReply(7));
    intercept('GET', 'api', '/v2/bot/info', { status: 500, body: { message: 'boom' } });
    const client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false });
    const err = await client.getBotInfo().catch((e: unknown) => e);
    const shown = [String(err), JSON.stringify(err), inspect(err, { depth: 10 })].join('\n');
    expect(shown).not.toContain('stateless-7');
    expect(shown).not.toContain(CHANNEL_SECRET);
  });

  test('constructor errors are clear and never echo secrets', () => {
    const attempts = [{ channelSecret: CHANNEL_SECRET }, { channelId: CHANNEL_ID }, { channelId: '', channelSecret: CHANNEL_SECRET }, {}];
    for (const config of attempts) {
      let message = '';
      try {
        new LineClient(config);
      } catch (e) {
        expect(e).toBeInstanceOf(LineValidationError);
        message = (e as Error).message;
      }
      expect(message).toMatch(/accessToken.*channelId.*channelSecret/);
      expect(message).not.toContain(CHANNEL_SECRET);
    }
  });
});

describe('redaction of token requests', () => {
  test('onRequest sees neither the secret nor the form body', async () => {
    const seen: RequestInfo[] = [];
    intercept('POST', 'api', '/oauth2/v3/token', { body: { access_token: 'tok-XYZ', expires_in: 900, token_type: 'Bearer' } });
    intercept('GET', 'api', '/v2/bot/info', { body: {} });
    const client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false, onRequest: (r) => seen.push(r) });
    await client.getBotInfo();
    const shown = JSON.stringify(seen);
    expect(shown).not.toContain(CHANNEL_SECRET);
    expect(shown).not.toContain('tok-XYZ');
    expect(seen[0]).toMatchObject({ method: 'post', url: `${API}/oauth2/v3/token`, body: '<redacted>' });
    expect(seen[1].headers.Authorization).toBe('Bearer <redacted>');
  });

  test('an error of a GET token endpoint does not show the token sent in the query', async () => {
    intercept('GET', 'api', '/oauth2/v2.1/verify', { status: 400, body: { error: 'invalid_request' } });
    const err = await makeClient().verifyChannelAccessTokenByJWT('SECRET-JWT-TOKEN').catch((e: unknown) => e);
    const shown = [String(err), JSON.stringify(err), inspect(err, { depth: 10 })].join('\n');
    expect(shown).not.toContain('SECRET-JWT-TOKEN');
  });
});

describe('attachModule (manager host, Basic auth)', () => {
  test('posts the form with Basic authentication to manager.line.biz', async () => {
    const captured = interceptAt(MANAGER, 'POST', '/module/auth/v1/token', { body: { bot_id: 'U45c', scopes: ['message:send', 'message:receive'] } });
    const seen: RequestInfo[] = [];
    const client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, retry: false, onRequest: (r) => seen.push(r) });
    const res = await client.attachModule({ code: 'code-1', redirectUri: 'https://example.com/cb', codeVerifier: 'v', region: 'JP', basicSearchId: '@abc', scope: 'message:send', brandType: 'premium' });
    expect(res).toEqual({ bot_id: 'U45c', scopes: ['message:send', 'message:receive'] });
    const basic = Buffer.from(`${CHANNEL_ID}:${CHANNEL_SECRET}`).toString('base64');
    expect(captured[0].headers).toEqual(baseHeaders({ ...FORM, authorization: `Basic ${basic}` }));
    expect(form(captured[0].body)).toEqual({
      grant_type: 'authorization_code',
      code: 'code-1',
      redirect_uri: 'https://example.com/cb',
      code_verifier: 'v',
      region: 'JP',
      basic_search_id: '@abc',
      scope: 'message:send',
      brand_type: 'premium',
    });
    expect(JSON.stringify(seen)).not.toContain(basic);
    expect(seen[0].headers.Authorization).toBe('Basic <redacted>');
  });

  test('honours managerOrigin', async () => {
    const captured = interceptAt('http://manager.test', 'POST', '/module/auth/v1/token', { body: { bot_id: 'U', scopes: [] } });
    const client = new LineClient({ accessToken: 'x', channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, managerOrigin: 'http://manager.test' });
    await client.attachModule({ code: 'c', redirectUri: 'https://e.com' });
    expect(form(captured[0].body)).toEqual({ grant_type: 'authorization_code', code: 'c', redirect_uri: 'https://e.com' });
    expect(client.managerAxios.defaults.baseURL).toBe('http://manager.test');
  });

  test('needs the channel ID and secret', async () => {
    await expect(makeClient().attachModule({ code: 'c', redirectUri: 'r' })).rejects.toThrow(/channelId/);
  });
});
