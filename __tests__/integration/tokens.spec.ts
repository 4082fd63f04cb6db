/**
 * Integration: channel access tokens against the dummy LINE platform. Stateless tokens (also issued automatically by
 * a client built from a channel id and secret), short-lived tokens, v2.1 tokens by JWT assertion (a real RS256 JWT
 * made by createChannelJWT), verify, key ids, revoke; the instance and the static forms.
 */
import { generateKeyPairSync } from 'node:crypto';
import { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { requestsTo, startServer } from './helpers';

const CHANNEL_ID = '1234567890';
const CHANNEL_SECRET = 'integration-channel-secret';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

let server: DummyLineServer;
let client: LineClient;

beforeAll(async () => {
  server = await startServer({ channels: [{ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET }] });
  client = new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, origin: server.origin, dataOrigin: server.dataOrigin });
});
afterEach(() => server.reset());
afterAll(() => server.close());

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
    for (const { access_token: token, expires_in: expiresIn } of [byCredentials, byJwt]) {
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
    await client.revokeChannelAccessToken(issued.access_token);
    await expect(client.verifyChannelAccessToken(issued.access_token)).rejects.toMatchObject({ status: 400 });
    await expect(user.getBotInfo()).rejects.toMatchObject({ status: 401 });
  });

  it('v2.1 token by JWT: issue, verify, key ids, revoke', async () => {
    const assertion = jwt();
    const issued = await client.issueChannelAccessTokenByJWT(assertion);
    expect(issued).toMatchObject({ expires_in: 3600, key_id: expect.any(String) });
    expect(await client.verifyChannelAccessTokenByJWT(issued.access_token)).toMatchObject({ client_id: CHANNEL_ID });
    expect((await client.getValidChannelAccessTokenKeyIds(assertion)).kids).toEqual([issued.key_id]);
    await client.revokeChannelAccessTokenByJWT({ accessToken: issued.access_token });
    expect((await client.getValidChannelAccessTokenKeyIds(assertion)).kids).toEqual([]);
    expect(requestsTo(server, 'GET', '/oauth2/v2.1/verify')[0].query.access_token).toBe(issued.access_token);
  });

  it('the static forms need no client', async () => {
    const credentials = { channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET };
    const stateless = await LineClient.issueStatelessChannelAccessToken(credentials, origin());
    expect(stateless.expires_in).toBe(900);
    const shortLived = await LineClient.issueChannelAccessToken(credentials, origin());
    expect(await LineClient.verifyChannelAccessToken(shortLived.access_token, origin())).toMatchObject({ client_id: CHANNEL_ID });
    await LineClient.revokeChannelAccessToken(shortLived.access_token, origin());
    await expect(LineClient.verifyChannelAccessToken(shortLived.access_token, origin())).rejects.toMatchObject({ status: 400 });

    const assertion = LineClient.createChannelJWT({ channelId: CHANNEL_ID, privateKey, kid: 'kid-2' });
    const v21 = await LineClient.issueChannelAccessTokenByJWT(assertion, origin());
    expect(await LineClient.verifyChannelAccessTokenByJWT(v21.access_token, origin())).toMatchObject({ client_id: CHANNEL_ID });
    expect((await LineClient.getValidChannelAccessTokenKeyIds(assertion, origin())).kids).toEqual([v21.key_id]);
    await LineClient.revokeChannelAccessTokenByJWT({ ...credentials, accessToken: v21.access_token }, origin());
    expect((await LineClient.getValidChannelAccessTokenKeyIds(assertion, origin())).kids).toEqual([]);
  });
});
