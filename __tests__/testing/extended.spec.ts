import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';
import { call, text, uid } from './helpers';

// The dummy platform's newer endpoints: channel access tokens, rich menu aliases and batches, chat actions,
// PNP, membership, coupons, insight, shared audiences, module channels and mission stickers.

const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const MENU = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'm',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback', data: 'a' } }],
};
const HASH = 'a'.repeat(64);

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

describe('rich menu aliases, bulk link and batch', () => {
  async function menu(): Promise<string> {
    return (await call<{ richMenuId: string }>(server, 'POST', '/v2/bot/richmenu', { body: MENU })).body.richMenuId;
  }

  test('aliases: create, get, list, update, delete', async () => {
    const [a, b] = [await menu(), await menu()];
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'alias-a', richMenuId: a } })).status).toBe(200);
    const dup = await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'alias-a', richMenuId: a } });
    expect([dup.status, dup.body]).toEqual([400, { message: 'conflict richmenu alias id' }]);
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'Bad!', richMenuId: a } })).status).toBe(400);
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'x', richMenuId: 'richmenu-none' } })).status).toBe(400);
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/alias-a')).body).toEqual({ richMenuAliasId: 'alias-a', richMenuId: a });
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias/alias-a', { body: { richMenuId: b } })).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/list')).body).toEqual({ aliases: [{ richMenuAliasId: 'alias-a', richMenuId: b }] });
    expect((await call(server, 'DELETE', '/v2/bot/richmenu/alias/alias-a')).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/alias-a')).status).toBe(404);
    expect((await call(server, 'DELETE', '/v2/bot/richmenu/alias/alias-a')).status).toBe(400);
  });

  test('bulk link and unlink answer 202 and change the links', async () => {
    const a = await menu();
    const link = await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: a, userIds: [uid(1), uid(2)] } });
    expect(link.status).toBe(202);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(2)}/richmenu`)).body).toEqual({ richMenuId: a });
    expect((await call(server, 'POST', '/v2/bot/richmenu/bulk/unlink', { body: { userIds: [uid(2)] } })).status).toBe(202);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(2)}/richmenu`)).status).toBe(404);
    const tooMany = await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: a, userIds: Array.from({ length: 501 }, (_, i) => uid(i)) } });
    expect(tooMany.status).toBe(400);
    expect((await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: 'richmenu-none', userIds: [uid(1)] } })).status).toBe(400);
  });

  test('batch replaces links; validate and progress', async () => {
    const [a, b] = [await menu(), await menu()];
    await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: a, userIds: [uid(1), uid(2)] } });
    const ops = { operations: [{ type: 'link', from: a, to: b }] };
    expect((await call(server, 'POST', '/v2/bot/richmenu/validate/batch', { body: ops })).status).toBe(200);
    const bad = await call(server, 'POST', '/v2/bot/richmenu/validate/batch', { body: { operations: [{ type: 'link', from: a, to: 'richmenu-none' }, { type: 'x' }] } });
    expect(bad.status).toBe(400);
    expect((bad.body as { details: unknown[] }).details).toHaveLength(2);
    const batch = await call(server, 'POST', '/v2/bot/richmenu/batch', { body: ops });
    expect(batch.status).toBe(202);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(1)}/richmenu`)).body).toEqual({ richMenuId: b });
    const requestId = batch.headers.get('x-line-request-id') ?? '';
    const progress = await call(server, 'GET', `/v2/bot/richmenu/progress/batch?requestId=${requestId}`);
    expect(progress.body).toEqual({ phase: 'succeeded', acceptedTime: expect.any(String), completedTime: expect.any(String) });
    expect((await call(server, 'GET', '/v2/bot/richmenu/progress/batch?requestId=nope')).status).toBe(404);
    await call(server, 'POST', '/v2/bot/richmenu/batch', { body: { operations: [{ type: 'unlinkAll' }] } });
    expect((await call(server, 'GET', `/v2/bot/user/${uid(2)}/richmenu`)).status).toBe(404);
  });
});

describe('chat actions, PNP, membership and coupons', () => {
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

  test('mark as read, by user and by token', async () => {
    expect((await call(server, 'POST', '/v2/bot/message/markAsRead', { body: { chat: { userId: uid(1) } } })).status).toBe(200);
    expect((await call(server, 'POST', '/v2/bot/message/markAsRead', { body: {} })).status).toBe(400);
    expect((await call(server, 'POST', '/v2/bot/chat/markAsRead', { body: { markAsReadToken: 't' } })).status).toBe(200);
    expect((await call(server, 'POST', '/v2/bot/chat/markAsRead', { body: {} })).status).toBe(400);
  });

  test('PNP push records a delivery with its tag, outside the quota, counted by the pnp statistics', async () => {
    const res = await call(server, 'POST', '/bot/pnp/push', { body: { to: HASH, messages: [text('hi')] }, headers: { 'X-Line-Delivery-Tag': 'tag-0123456789abcdef' } });
    expect(res.status).toBe(200);
    expect(server.deliveries).toEqual([expect.objectContaining({ kind: 'pnp', recipients: [HASH], deliveryTag: 'tag-0123456789abcdef' })]);
    expect(server.messagesTo(HASH)).toEqual([text('hi')]);
    expect((await call(server, 'GET', '/v2/bot/message/quota/consumption')).body).toEqual({ totalUsage: 0 });
    const date = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    expect((await call(server, 'GET', `/v2/bot/message/delivery/pnp?date=${date}`)).body).toEqual({ status: 'ready', success: 1 });
    expect((await call(server, 'POST', '/bot/pnp/push', { body: { to: '+819012345678', messages: [text('hi')] } })).status).toBe(400);
    expect((await call(server, 'POST', '/bot/pnp/push', { body: { to: HASH, messages: [text('hi')] }, headers: { 'X-Line-Delivery-Tag': 'short' } })).status).toBe(400);
  });

  test('membership: plans, a member subscription, member ids with paging', async () => {
    const list = await call(server, 'GET', '/v2/bot/membership/list');
    expect(list.body).toEqual({ memberships: [expect.objectContaining({ membershipId: 7, title: 'Basic', memberCount: 450, currency: 'JPY' })] });
    const sub = await call(server, 'GET', `/v2/bot/membership/subscription/Ue${'3'.padStart(31, '0')}`);
    expect(sub.body).toEqual({ subscriptions: [{ membership: expect.objectContaining({ membershipId: 7 }), user: expect.objectContaining({ membershipNo: 4 }) }] });
    expect((await call(server, 'GET', `/v2/bot/membership/subscription/${uid(1)}`)).status).toBe(404);
    const first = await call<{ userIds: string[]; next: string }>(server, 'GET', '/v2/bot/membership/7/users/ids');
    expect(first.body.userIds).toHaveLength(300);
    const second = await call<{ userIds: string[]; next?: string }>(server, 'GET', `/v2/bot/membership/7/users/ids?start=${first.body.next}&limit=1000`);
    expect(second.body.userIds).toHaveLength(150);
    expect(second.body.next).toBeUndefined();
    expect((await call(server, 'GET', '/v2/bot/membership/8/users/ids')).status).toBe(404);
    expect((await call(server, 'GET', '/v2/bot/membership/7/users/ids?limit=1001')).status).toBe(400);
  });

  test('coupons: create, list by status, get, close (410 when already closed)', async () => {
    const coupon = {
      title: 'Ten off',
      startTimestamp: 1_700_000_000,
      endTimestamp: 1_800_000_000,
      maxUseCountPerTicket: 1,
      visibility: 'PUBLIC',
      timezone: 'ASIA_TOKYO',
      acquisitionCondition: { type: 'normal' },
      reward: { type: 'discount', priceInfo: { type: 'fixed', fixedAmount: 10 } },
    };
    const created = await call<{ couponId: string }>(server, 'POST', '/v2/bot/coupon', { body: coupon });
    const id = created.body.couponId;
    const other = (await call<{ couponId: string }>(server, 'POST', '/v2/bot/coupon', { body: { ...coupon, title: 'Other' } })).body.couponId;
    expect((await call(server, 'GET', `/v2/bot/coupon/${id}`)).body).toEqual({ ...coupon, couponId: id, status: 'RUNNING', createdTimestamp: expect.any(Number) });
    expect((await call(server, 'PUT', `/v2/bot/coupon/${id}/close`)).status).toBe(200);
    const closedAgain = await call(server, 'PUT', `/v2/bot/coupon/${id}/close`);
    expect(closedAgain.status).toBe(410);
    expect((await call(server, 'GET', '/v2/bot/coupon?status=CLOSED')).body).toEqual({ items: [{ couponId: id, title: 'Ten off' }] });
    expect((await call(server, 'GET', '/v2/bot/coupon?status=CLOSED&status=RUNNING')).body).toEqual({
      items: [
        { couponId: id, title: 'Ten off' },
        { couponId: other, title: 'Other' },
      ],
    });
    const page = await call<{ items: unknown[]; next: string }>(server, 'GET', '/v2/bot/coupon?limit=1');
    expect(page.body.items).toHaveLength(1);
    expect((await call(server, 'GET', `/v2/bot/coupon?limit=1&start=${page.body.next}`)).body).toEqual({ items: [{ couponId: other, title: 'Other' }] });
    expect((await call(server, 'GET', '/v2/bot/coupon?status=NOPE')).status).toBe(400);
    expect((await call(server, 'GET', '/v2/bot/coupon/none')).status).toBe(404);
    expect((await call(server, 'PUT', '/v2/bot/coupon/none/close')).status).toBe(404);
    const invalid = await call(server, 'POST', '/v2/bot/coupon', { body: { ...coupon, title: '', endTimestamp: 1 } });
    expect(invalid.status).toBe(400);
    expect((invalid.body as { details: { property: string }[] }).details.map((d) => d.property)).toEqual(['title', 'endTimestamp']);
  });
});

describe('insight, shared audiences, module channels and mission stickers', () => {
  test('aggregation units used by push and multicast', async () => {
    await call(server, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text('a')], customAggregationUnits: ['promo_a'] } });
    await call(server, 'POST', '/v2/bot/message/multicast', { body: { to: [uid(1)], messages: [text('a')], customAggregationUnits: ['promo_b'] } });
    expect((await call(server, 'GET', '/v2/bot/message/aggregation/info')).body).toEqual({ numOfCustomAggregationUnits: 2 });
    const page = await call<{ customAggregationUnits: string[]; next: string }>(server, 'GET', '/v2/bot/message/aggregation/list?limit=1');
    expect(page.body.customAggregationUnits).toEqual(['promo_a']);
    expect((await call(server, 'GET', `/v2/bot/message/aggregation/list?start=${page.body.next}`)).body).toEqual({ customAggregationUnits: ['promo_b'] });
    const stats = await call(server, 'GET', '/v2/bot/insight/message/event/aggregation?customAggregationUnit=promo_a&from=20240101&to=20240102');
    expect(stats.body).toEqual({ overview: expect.any(Object), messages: [], clicks: [] });
    expect((await call(server, 'GET', '/v2/bot/insight/message/event/aggregation?customAggregationUnit=bad-unit&from=20240101&to=20240102')).status).toBe(400);
    expect((await call(server, 'GET', '/v2/bot/insight/message/event/aggregation?customAggregationUnit=a&from=2024&to=20240102')).status).toBe(400);
  });

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

  test('shared audiences: one, and the list', async () => {
    const one = await call(server, 'GET', '/v2/bot/audienceGroup/shared/42');
    expect(one.body).toEqual({ audienceGroup: expect.objectContaining({ audienceGroupId: 42 }), jobs: [], owner: expect.objectContaining({ serviceType: 'bm' }) });
    expect((await call(server, 'GET', '/v2/bot/audienceGroup/shared/43')).status).toBe(400);
    const list = await call(server, 'GET', '/v2/bot/audienceGroup/shared/list?page=1&description=SHARED');
    expect(list.body).toMatchObject({ audienceGroups: [{ audienceGroupId: 42 }], totalCount: 1, hasNextPage: false });
  });

  test('module channel: detach, acquire and release chat control, bots', async () => {
    expect((await call(server, 'POST', '/v2/bot/channel/detach', { body: { botId: 'Ub1' } })).status).toBe(200);
    expect((await call(server, 'POST', `/v2/bot/chat/${uid(1)}/control/acquire`, { body: { expired: true, ttl: 60 } })).status).toBe(200);
    expect((await call(server, 'POST', `/v2/bot/chat/${uid(1)}/control/acquire`, { body: { ttl: 0 } })).status).toBe(400);
    expect((await call(server, 'POST', `/v2/bot/chat/${uid(1)}/control/release`)).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/list')).body).toEqual({ bots: [expect.objectContaining({ userId: expect.any(String), basicId: expect.any(String) })] });
  });

  test('mission sticker', async () => {
    const body = { to: uid(1), productId: 'p', productType: 'STICKER', sendPresentMessage: false };
    expect((await call(server, 'POST', '/shop/v3/mission', { body })).status).toBe(200);
    const bad = await call(server, 'POST', '/shop/v3/mission', { body: { to: uid(1), productId: 'p', productType: 'STICKER' } });
    expect(bad.body).toMatchObject({ details: [{ property: 'sendPresentMessage' }] });
  });

  test('the new endpoints need a bearer token', async () => {
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/list', { token: null })).status).toBe(401);
    expect((await call(server, 'GET', '/v2/bot/coupon', { token: 'nope' })).status).toBe(401);
  });
});
