/**
 * Integration: channel access tokens against the dummy LINE platform. Stateless tokens (also issued automatically by
 * a client built from a channel id and secret), short-lived tokens, v2.1 tokens by JWT assertion (a real RS256 JWT
 * made by createChannelJWT), verify, key ids, revoke; the instance and the static forms. Automatic token management
 * of a client built from a channel id and secret: one token request for concurrent calls, early renewal, replacement
 * of a revoked token, wrong credentials.
 */
import { generateKeyPairSync, verify } from 'node:crypto';
import { LineClient } from '../../src';
import type { DummyLineServer, DummyLineServerOptions } from '../../src/testing';
import { requestsTo, startServer, useDummyServer } from './helpers';

const CHANNEL_ID = '1234567890';
const CHANNEL_SECRET = 'integration-channel-secret';
const MESSAGE_ID = '3001';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

let server: DummyLineServer;
let client: LineClient;
useDummyServer(
  (s, c) => ([server, client] = [s, c]),
  { channels: [{ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET }], messageContent: { [MESSAGE_ID]: Buffer.from([1, 2, 3, 4]) } },
  (s) => new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, origin: s.origin, dataOrigin: s.dataOrigin }),
);

const jwt = (): string => client.createChannelJWT({ channelId: CHANNEL_ID, privateKey, kid: 'kid-1', tokenExpSeconds: 3600 });
const origin = (): { origin: string } => ({ origin: server.origin });

describe('channel access tokens', () => {
  it('a client built from channel id and secret issues a stateless token and uses it', async () => {
    expect(client.accessToken).toBe('');
    expect((await client.getBotInfo()).userId).toMatch(/^U/);
    const [issue] = requestsTo(server, 'POST', '/oauth2/v3/token');
    expect(issue.headers.authorization).toBeUndefined();
    expect(new URLSearchParams(String(issue.body)).get('client_id')).toBe(CHANNEL_ID);
    expect(client.accessToken).not.toBe('');
    expect(requestsTo(server, 'GET', '/v2/bot/info')[0].headers.authorization).toBe(`Bearer ${client.accessToken}`);
  });

  it('issueStatelessChannelAccessToken by credentials or by JWT assertion; both tokens work', async () => {
    const byCredentials = await client.issueStatelessChannelAccessToken({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET });
    const byJwt = await client.issueStatelessChannelAccessToken({ clientAssertion: jwt() });
    const byOwnCredentials = await client.issueStatelessChannelAccessToken(); // the client's own channel id and secret
    for (const { access_token: token, expires_in: expiresIn } of [byCredentials, byJwt, byOwnCredentials]) {
      expect(expiresIn).toBe(900);
      await expect(new LineClient({ accessToken: token, origin: server.origin }).getBotInfo()).resolves.toBeTruthy();
    }
    await expect(client.issueStatelessChannelAccessToken({ channelId: CHANNEL_ID, channelSecret: 'wrong' })).rejects.toMatchObject({ status: 400 });
  });

  it('short-lived token: issue (client credentials), verify, revoke; a revoked token answers 401', async () => {
    const issued = await client.issueChannelAccessToken();
    expect(issued).toMatchObject({ access_token: expect.any(String), token_type: 'Bearer' });
    expect(await client.verifyChannelAccessToken(issued.access_token)).toMatchObject({ client_id: CHANNEL_ID });
    const user = new LineClient({ accessToken: issued.access_token, origin: server.origin, retry: false });
    await expect(user.getBotInfo()).resolves.toBeTruthy();
    await expect(client.revokeChannelAccessToken(issued.access_token)).resolves.toEqual({});
    await expect(client.verifyChannelAccessToken(issued.access_token)).rejects.toMatchObject({ status: 400 });
    await expect(user.getBotInfo()).rejects.toMatchObject({ status: 401 });
  });

  it('v2.1 token by JWT: issue, verify, key ids, revoke', async () => {
    const assertion = jwt();
    const issued = await client.issueChannelAccessTokenByJWT(assertion);
    expect(issued).toMatchObject({ expires_in: 3600, key_id: expect.any(String) });
    expect(await client.verifyChannelAccessTokenByJWT(issued.access_token)).toMatchObject({ client_id: CHANNEL_ID });
    expect((await client.getValidChannelAccessTokenKeyIds(assertion)).kids).toEqual([issued.key_id]);
    await expect(client.revokeChannelAccessTokenByJWT({ accessToken: issued.access_token })).resolves.toEqual({});
    expect((await client.getValidChannelAccessTokenKeyIds(assertion)).kids).toEqual([]);
    expect(requestsTo(server, 'GET', '/oauth2/v2.1/verify')[0].query.access_token).toBe(issued.access_token);
  });

  it('the static forms need no client: short-lived issue, verify, revoke; no Authorization header, form-encoded', async () => {
    const credentials = { channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET };
    const shortLived = await LineClient.issueChannelAccessToken(credentials, origin());
    expect(shortLived).toEqual({ access_token: expect.any(String), expires_in: 2592000, token_type: 'Bearer' });
    expect(await LineClient.verifyChannelAccessToken(shortLived.access_token, origin())).toMatchObject({ client_id: CHANNEL_ID });
    const user = new LineClient({ accessToken: shortLived.access_token, origin: server.origin, retry: false });
    await expect(user.getBotInfo()).resolves.toMatchObject({ displayName: expect.any(String) });
    await expect(LineClient.revokeChannelAccessToken(shortLived.access_token, origin())).resolves.toEqual({});
    await expect(user.getBotInfo()).rejects.toMatchObject({ status: 401 });
    await expect(LineClient.verifyChannelAccessToken(shortLived.access_token, origin())).rejects.toMatchObject({ status: 400 });
    const oauth = server.requests.filter((r) => r.path.startsWith('/v2/oauth/'));
    expect(oauth.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /v2/oauth/accessToken', 'POST /v2/oauth/verify', 'POST /v2/oauth/revoke', 'POST /v2/oauth/verify']);
    expect(oauth.every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(requestsTo(server, 'POST', '/v2/oauth/accessToken')[0].headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
  });

  it('the static forms need no client: v2.1 by a real JWT (key ids, verify, revoke), stateless by secret and by JWT', async () => {
    const credentials = { channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET };
    const stateless = await LineClient.issueStatelessChannelAccessToken(credentials, origin());
    expect(stateless).toEqual({ token_type: 'Bearer', access_token: expect.any(String), expires_in: 900 });

    const assertion = LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey, kid: 'kid-2', tokenExpSeconds: 3600 });
    expect((await LineClient.issueStatelessChannelAccessToken({ clientAssertion: assertion }, origin())).expires_in).toBe(900);
    const v21 = await LineClient.issueChannelAccessTokenByJWT(assertion, origin());
    expect(v21).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, key_id: expect.any(String) });
    expect(await LineClient.verifyChannelAccessTokenByJWT(v21.access_token, origin())).toMatchObject({ client_id: CHANNEL_ID });
    expect((await LineClient.getValidChannelAccessTokenKeyIds(assertion, origin())).kids).toEqual([v21.key_id]);
    await expect(LineClient.revokeChannelAccessTokenByJWT({ ...credentials, accessToken: v21.access_token }, origin())).resolves.toEqual({});
    expect((await LineClient.getValidChannelAccessTokenKeyIds(assertion, origin())).kids).toEqual([]);
    await expect(LineClient.verifyChannelAccessTokenByJWT(v21.access_token, origin())).rejects.toMatchObject({ status: 400 });
  });

  it('a wrong secret rejects with LINE’s 400 (invalid_client) and the error does not echo the secret', async () => {
    const secret = 'definitely-wrong-secret';
    const err = await LineClient.issueStatelessChannelAccessToken({ channelId: CHANNEL_ID, channelSecret: secret }, { ...origin(), retry: false }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, response: { data: { error: 'invalid_client' } } });
    expect(String((err as Error).message)).not.toContain(secret);
  });

});

describe('automatic token management (a client built from channel id and secret)', () => {
  const tokenRequests = (s: DummyLineServer) => s.requests.filter((r) => r.path === '/oauth2/v3/token');
  const bearers = (s: DummyLineServer) => s.requests.filter((r) => r.path.startsWith('/v2/bot/')).map((r) => r.headers.authorization);
  const infos = (s: DummyLineServer) => s.requests.filter((r) => r.path === '/v2/bot/info');
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  /** Runs `fn` with a server of its own (made with `options`) and a managed client of it (no retries). */
  async function withOwnServer(options: DummyLineServerOptions, fn: (s: DummyLineServer, auto: LineClient) => Promise<void>): Promise<void> {
    const own = await startServer(options);
    try {
      await fn(own, new LineClient({ channelId: own.channelId, channelSecret: own.channelSecret, origin: own.origin, dataOrigin: own.dataOrigin, retry: false }));
    } finally {
      await own.close();
    }
  }

  it('concurrent first calls on the api and data hosts share ONE token request, and later calls reuse the token', async () => {
    const auto = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, origin: server.origin, dataOrigin: server.dataOrigin });
    expect(auto.accessToken).toBe('');
    const results = await Promise.all([
      auto.getBotInfo(),
      auto.getFollowerIds({ limit: 1 }),
      auto.getRichMenuAliasList(),
      auto.getAggregationUnitUsage(),
      auto.getMessageContentTranscoding(MESSAGE_ID), // data host
      ...Array.from({ length: 10 }, () => auto.getBotInfo()),
    ]);
    expect(results).toHaveLength(15);
    const issued = tokenRequests(server);
    expect(issued).toHaveLength(1);
    expect(issued[0].headers.authorization).toBeUndefined();
    expect(issued[0].body).toBe(`grant_type=client_credentials&client_id=${CHANNEL_ID}&client_secret=${CHANNEL_SECRET}`);
    const token = auto.accessToken;
    expect(token).not.toBe('');
    expect(new Set(bearers(server))).toEqual(new Set([`Bearer ${token}`]));
    expect(server.requests.some((r) => r.host === 'data' && r.headers.authorization === `Bearer ${token}`)).toBe(true);
    await auto.getBotInfo();
    expect(tokenRequests(server)).toHaveLength(1);
  });

  it('a short token life is renewed before it expires, once for concurrent calls', () =>
    withOwnServer({ statelessTokenExpiresIn: 1 }, async (own, auto) => {
      await auto.getBotInfo();
      const first = auto.accessToken;
      await sleep(600); // past half the 1 s life: the client renews early; the server still accepts the old token
      await Promise.all(Array.from({ length: 5 }, () => auto.getBotInfo()));
      const second = auto.accessToken;
      expect(second).not.toBe(first);
      expect(tokenRequests(own)).toHaveLength(2);
      expect(infos(own).every((r) => r.status === 200)).toBe(true);
      expect(bearers(own)).toEqual([`Bearer ${first}`, ...Array.from({ length: 5 }, () => `Bearer ${second}`)]);
    }));

  it('a revoked managed token is replaced: the call that hits the 401 is sent once more with a fresh token', () =>
    withOwnServer({ statelessTokenExpiresIn: 1 }, async (own, auto) => {
      await auto.getBotInfo();
      const revoked = auto.accessToken;
      expect(own.revokeAccessToken(revoked)).toBe(true);
      await expect(auto.getBotInfo()).resolves.toMatchObject({ displayName: expect.any(String) });
      expect(auto.accessToken).not.toBe(revoked);
      expect(tokenRequests(own)).toHaveLength(2);
      expect(infos(own).map((r) => r.status)).toEqual([200, 401, 200]);
    }));

  it('wrong credentials reject every call with the token endpoint’s 400; nothing reaches the bot API', async () => {
    const auto = new LineClient({ channelId: CHANNEL_ID, channelSecret: 'wrong', origin: server.origin, retry: false });
    const results = await Promise.allSettled([auto.getBotInfo(), auto.getBotInfo()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(results[0]).toMatchObject({ reason: { status: 400, path: '/oauth2/v3/token' } });
    expect(results[1]).toMatchObject({ reason: { status: 400, path: '/oauth2/v3/token' } });
    expect(tokenRequests(server)).toHaveLength(1);
    expect(bearers(server)).toEqual([]); // no request reached /v2/bot/ at all
  });
});

describe('createChannelJWT (local, no request)', () => {
  it('signs an RS256 assertion that verifies with the public key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwt = client.createChannelJWT({ channelId: '1234567890', privateKey: privateKey.export({ format: 'jwk' }), kid: 'kid-1', now: 1_700_000_000_000 });
    const [header, payload, signature] = jwt.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-1' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ iss: '1234567890', sub: '1234567890', aud: 'https://api.line.me/' });
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    // The static form signs the same way
    const again = LineClient.createChannelJWT({ channelId: '1234567890', privateKey, kid: 'kid-1', now: 1_700_000_000_000 });
    expect(again.split('.').slice(0, 2)).toEqual([header, payload]);
    expect(server.requests).toHaveLength(0);
  });

  it('createChannelJWTAsync (instance and static) resolves the same JWT as the synchronous form, sending nothing', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const options = { channelId: '1234567890', privateKey, kid: 'kid-1', now: 1_700_000_000_000 };
    const expected = client.createChannelJWT(options);
    expect(await client.createChannelJWTAsync(options)).toBe(expected);
    expect(await LineClient.createChannelJWTAsync({ ...options, privateKey: privateKey.export({ format: 'jwk' }) })).toBe(expected);
    expect(server.requests).toHaveLength(0);
  });
});
