import { generateKeyPairSync } from 'node:crypto';

import { LineClient } from '../../src';
import type * as LineTypes from '../../src/LineTypes';
import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';

// The extended operations the dummy LINE server implements, run end to end over real sockets.
/** A user id as LINE makes them (`U` + 32 lowercase hex digits). */
const uid = (n: number): string => `U${n.toString(16).padStart(32, '0')}`;
/** A generated membership member id (prefix `Ue`, zero-padded to 33 characters). */
const member = (i: number): string => `Ue${String(i).padStart(31, '0')}`;
const FOLLOWERS = Array.from({ length: 2500 }, (_, i) => uid(i));
const RICH_MENU: LineTypes.RichMenu = {
  size: { width: 2500, height: 1686 },
  selected: false,
  name: 'menu',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'postback', data: 'a=1' } }],
};

let server: DummyLineServer;
let client: LineClient;

beforeAll(async () => {
  server = await createDummyLineServer({ followers: FOLLOWERS, messageContent: { m1: Buffer.from([1, 2, 3, 4]) } });
  client = new LineClient({ accessToken: server.accessToken, origin: server.origin, dataOrigin: server.dataOrigin, retry: false });
});
afterEach(() => server.reset());
afterAll(() => server.close());

test('getAllFollowerIds pages through every follower', async () => {
  expect(await client.getAllFollowerIds()).toEqual(FOLLOWERS);
  const page = await client.getFollowerIds({ limit: 10 });
  expect(page.userIds).toEqual(FOLLOWERS.slice(0, 10));
  expect(typeof page.next).toBe('string');
});

test('content preview and transcoding status from the data host', async () => {
  const preview = await client.getMessageContentPreview('m1');
  expect(Buffer.isBuffer(preview)).toBe(true);
  await expect(client.getMessageContentTranscoding('m1')).resolves.toEqual({ status: 'succeeded' });
  await expect(client.waitForMessageContent('m1', { timeout: 2000, interval: 10 })).resolves.toEqual({ status: 'succeeded' });
});

test('validateRichMenu', async () => {
  await expect(client.validateRichMenu(RICH_MENU)).resolves.toEqual({});
});

test('audience upload by file: create, then add more IDs', async () => {
  const created = await client.createUploadAudienceGroupByFile('file audience', FOLLOWERS.slice(0, 1000), { uploadDescription: 'first' });
  expect(created).toMatchObject({ type: 'UPLOAD', description: 'file audience', isIfaAudience: false });
  expect(typeof created.audienceGroupId).toBe('number');
  await expect(client.updateUploadAudienceGroupByFile(created.audienceGroupId, Buffer.from(FOLLOWERS.slice(1000, 1500).join('\n')), { uploadDescription: 'second' })).resolves.toEqual({});
  const file = server.requests.filter((r) => r.path === '/v2/bot/audienceGroup/upload/byFile');
  expect(file.map((r) => r.method)).toEqual(['POST', 'PUT']);
});

// ---------------------------------------------------------------------------------------------------------------
// Operations the dummy server learned with the channel access token endpoints and the partner/module/insight APIs.
// ---------------------------------------------------------------------------------------------------------------

const HASH = 'b'.repeat(64);

async function createMenu(): Promise<string> {
  return (await client.createRichMenu(RICH_MENU)).richMenuId;
}

describe('rich menu aliases, bulk link and batch', () => {
  test('alias create, get, update, list, delete', async () => {
    const [a, b] = [await createMenu(), await createMenu()];
    await expect(client.createRichMenuAlias('alias-a', a)).resolves.toEqual({});
    await expect(client.getRichMenuAlias('alias-a')).resolves.toEqual({ richMenuAliasId: 'alias-a', richMenuId: a });
    await expect(client.updateRichMenuAlias('alias-a', b)).resolves.toEqual({});
    await expect(client.getRichMenuAliasList()).resolves.toEqual({ aliases: [{ richMenuAliasId: 'alias-a', richMenuId: b }] });
    await expect(client.deleteRichMenuAlias('alias-a')).resolves.toEqual({});
    await expect(client.getRichMenuAlias('alias-a')).rejects.toMatchObject({ status: 404 });
    await expect(client.createRichMenuAlias('alias-b', 'richmenu-none')).rejects.toMatchObject({ status: 400 });
  });

  test('linkRichMenuToUsers chunks 1,200 users into 3 requests of at most 500; unlink likewise', async () => {
    const menu = await createMenu();
    const users = FOLLOWERS.slice(0, 1200);
    await expect(client.linkRichMenuToUsers(users, menu)).resolves.toEqual({});
    const links = server.requests.filter((r) => r.path === '/v2/bot/richmenu/bulk/link');
    expect(links.map((r) => (r.body as { userIds: string[] }).userIds.length)).toEqual([500, 500, 200]);
    expect(links.every((r) => r.status === 202)).toBe(true);
    await expect(client.getLinkedRichMenu(users[1199])).resolves.toMatchObject({ richMenuId: menu });
    await expect(client.unlinkRichMenuFromUsers(users)).resolves.toEqual({});
    await expect(client.getLinkedRichMenu(users[0])).resolves.toBeNull(); // 404, answered as null (1.1.0 behaviour)
  });

  test('richMenuBatch returns the request id that getRichMenuBatchProgress takes; validateRichMenuBatch', async () => {
    const [a, b] = [await createMenu(), await createMenu()];
    await client.linkRichMenuToUsers([uid(1), uid(2)], a);
    const operations: LineTypes.RichMenuBatchOperation[] = [{ type: 'link', from: a, to: b }];
    await expect(client.validateRichMenuBatch(operations)).resolves.toEqual({});
    await expect(client.validateRichMenuBatch([{ type: 'link', from: a, to: 'richmenu-none' }])).rejects.toMatchObject({ status: 400 });
    const { requestId } = await client.richMenuBatch(operations, { resumeRequestKey: 'resume-1' });
    expect(typeof requestId).toBe('string');
    await expect(client.getRichMenuBatchProgress(requestId ?? '')).resolves.toMatchObject({ phase: 'succeeded' });
    await expect(client.getLinkedRichMenu(uid(2))).resolves.toMatchObject({ richMenuId: b });
  });
});

describe('chat actions, LINE notification messages, membership, coupons', () => {
  test('markMessagesAsRead, markMessagesAsReadByToken, showLoadingAnimation', async () => {
    await expect(client.markMessagesAsRead(uid(1))).resolves.toEqual({});
    await expect(client.markMessagesAsReadByToken('token-1')).resolves.toEqual({});
    await expect(client.showLoadingAnimation(uid(1), { loadingSeconds: 10 })).resolves.toEqual({});
    await expect(client.showLoadingAnimation(uid(1))).resolves.toEqual({});
    expect(server.requests.find((r) => r.path === '/v2/bot/chat/loading/start')?.status).toBe(202);
  });

  test('pushMessagesByPhone with a delivery tag, then getNumberOfSentPnpMessages', async () => {
    await expect(client.pushMessagesByPhone(HASH, [{ type: 'text', text: 'hi' }], { deliveryTag: 'delivery-tag-0001' })).resolves.toEqual({});
    expect(server.deliveries).toEqual([expect.objectContaining({ kind: 'pnp', recipients: [HASH], deliveryTag: 'delivery-tag-0001' })]);
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    await expect(client.getNumberOfSentPnpMessages(today)).resolves.toEqual({ status: 'ready', success: 1 });
  });

  test('aggregation units used by a push', async () => {
    await client.pushMessages(uid(1), [{ type: 'text', text: 'hi' }], { customAggregationUnits: ['unit_a'] });
    await expect(client.getAggregationUnitUsage()).resolves.toEqual({ numOfCustomAggregationUnits: 1 });
    await expect(client.getAggregationUnitNameList({ limit: 10 })).resolves.toEqual({ customAggregationUnits: ['unit_a'] });
  });

  test('coupons: create, list by status, get, close; closing twice is a 410', async () => {
    const coupon: LineTypes.CouponCreateRequest = {
      title: 'Ten off',
      startTimestamp: 1_700_000_000,
      endTimestamp: 1_800_000_000,
      maxUseCountPerTicket: 1,
      visibility: 'PUBLIC',
      timezone: 'ASIA_TOKYO',
      acquisitionCondition: { type: 'normal' },
      reward: { type: 'free' },
    };
    const { couponId } = await client.createCoupon(coupon);
    await expect(client.getCoupon(couponId)).resolves.toMatchObject({ couponId, title: 'Ten off', status: 'RUNNING' });
    await expect(client.getCouponList({ status: ['RUNNING'], limit: 10 })).resolves.toEqual({ items: [{ couponId, title: 'Ten off' }] });
    await expect(client.closeCoupon(couponId)).resolves.toEqual({});
    await expect(client.closeCoupon(couponId)).rejects.toMatchObject({ status: 410 });
    await expect(client.getCouponList({ status: ['DRAFT', 'RUNNING'] })).resolves.toEqual({ items: [] });
    await expect(client.getCouponList({ status: ['CLOSED', 'RUNNING'] })).resolves.toEqual({ items: [{ couponId, title: 'Ten off' }] });
  });
});

describe('membership, insight, shared audiences, module channels, mission stickers', () => {
  let seeded: DummyLineServer;
  let c: LineClient;

  beforeAll(async () => {
    seeded = await createDummyLineServer({
      memberships: [{ membershipId: 3, title: 'Gold', memberIds: { count: 2100, prefix: 'Ue' } }],
      audienceGroups: [{ audienceGroupId: 77, description: 'shared', audienceIds: [uid(1)] }],
      moduleBots: Array.from({ length: 3 }, (_, i) => ({ userId: `Ubot${i}`, basicId: `@bot${i}`, displayName: `Bot ${i}` })),
    });
    c = new LineClient({ accessToken: seeded.accessToken, origin: seeded.origin, dataOrigin: seeded.dataOrigin, managerOrigin: seeded.managerOrigin, channelId: seeded.channelId, channelSecret: seeded.channelSecret, retry: false });
  });
  afterAll(() => seeded.close());

  test('membership plans, a subscription, joined user ids (one page and every page)', async () => {
    await expect(c.getMembershipList()).resolves.toEqual({ memberships: [expect.objectContaining({ membershipId: 3, title: 'Gold', memberCount: 2100 })] });
    await expect(c.getMembershipSubscription(member(9))).resolves.toEqual({
      subscriptions: [{ membership: expect.objectContaining({ membershipId: 3 }), user: expect.objectContaining({ membershipNo: 10 }) }],
    });
    const page = await c.getJoinedMembershipUserIds(3, { limit: 5 });
    expect(page.userIds).toEqual([0, 1, 2, 3, 4].map(member));
    const all: string[] = [];
    for await (const id of c.iterateJoinedMembershipUserIds(3)) all.push(id);
    expect(all).toHaveLength(2100);
    expect(all[2099]).toBe(member(2099));
  });

  test('message event of a narrowcast, statistics per unit, rich menu insight', async () => {
    await c.narrowcast([{ type: 'text', text: 'hi' }]);
    const requestId = seeded.requests.find((r) => r.path === '/v2/bot/message/narrowcast')?.requestId ?? '';
    await expect(c.getMessageEvent(requestId)).resolves.toMatchObject({ overview: { requestId }, clicks: [] });
    await expect(c.getStatisticsPerUnit('unit_a', '20240101', '20240131')).resolves.toEqual({ overview: expect.any(Object), messages: [], clicks: [] });
    const { richMenuId } = await c.createRichMenu(RICH_MENU);
    await expect(c.getRichMenuInsightSummary(richMenuId, '20240101', '20240131')).resolves.toEqual({ richMenuId });
    await expect(c.getRichMenuInsightDaily(richMenuId, '20240101', '20240131')).resolves.toEqual({ richMenuId });
  });

  test('shared audiences', async () => {
    await expect(c.getSharedAudienceGroup(77)).resolves.toMatchObject({ audienceGroup: { audienceGroupId: 77 }, owner: { serviceType: 'bm' } });
    await expect(c.getSharedAudienceGroups({ description: 'SHARED', size: 10 })).resolves.toMatchObject({ audienceGroups: [{ audienceGroupId: 77 }], page: 1, size: 10 });
  });

  test('module channel: detach, acquire and release chat control, bots with paging, attach on the manager host', async () => {
    await expect(c.detachModule({ botId: 'Ubot0' })).resolves.toEqual({});
    await expect(c.acquireChatControl(uid(1), { expired: true, ttl: 60 })).resolves.toEqual({});
    await expect(c.releaseChatControl(uid(1))).resolves.toEqual({});
    const first = await c.getModules({ limit: 2 });
    expect(first.bots.map((b) => b.userId)).toEqual(['Ubot0', 'Ubot1']);
    await expect(c.getModules({ start: first.next })).resolves.toEqual({ bots: [expect.objectContaining({ userId: 'Ubot2' })] });
    await expect(c.attachModule({ code: 'auth-code', redirectUri: 'https://example.com/cb' })).resolves.toEqual({ bot_id: expect.any(String), scopes: ['message:send', 'message:receive'] });
    const attach = seeded.requests.find((r) => r.host === 'manager');
    expect(attach?.headers.authorization).toBe(`Basic ${Buffer.from(`${seeded.channelId}:${seeded.channelSecret}`).toString('base64')}`);
  });

  test('sendMissionSticker', async () => {
    await expect(c.sendMissionSticker(uid(1), { productId: 'pkg', productType: 'STICKER', sendPresentMessage: false })).resolves.toEqual({});
  });
});

describe('channel access tokens against the dummy server', () => {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });

  test('static methods: short-lived issue, verify, revoke', async () => {
    const options = { origin: server.origin, retry: false as const };
    const issued = await LineClient.issueChannelAccessToken({ channelId: server.channelId, channelSecret: server.channelSecret }, options);
    expect(issued).toEqual({ access_token: expect.any(String), expires_in: 2592000, token_type: 'Bearer' });
    await expect(LineClient.verifyChannelAccessToken(issued.access_token, options)).resolves.toMatchObject({ client_id: server.channelId });
    const botClient = new LineClient({ accessToken: issued.access_token, origin: server.origin, retry: false });
    await expect(botClient.getBotInfo()).resolves.toMatchObject({ displayName: expect.any(String) });
    await expect(LineClient.revokeChannelAccessToken(issued.access_token, options)).resolves.toEqual({});
    await expect(botClient.getBotInfo()).rejects.toMatchObject({ status: 401 });
    await expect(LineClient.verifyChannelAccessToken(issued.access_token, options)).rejects.toMatchObject({ status: 400 });
    expect(server.requests.filter((r) => r.path.startsWith('/v2/oauth/')).every((r) => r.headers.authorization === undefined)).toBe(true);
    expect(server.requests.find((r) => r.path === '/v2/oauth/accessToken')?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
  });

  test('static methods: v2.1 by JWT (createChannelJWT), key ids, verify, revoke; stateless by secret and by JWT', async () => {
    const options = { origin: server.origin, retry: false as const };
    const assertion = LineClient.createChannelJWT({ channelId: server.channelId, privateKey, kid: 'kid-1', tokenExpSeconds: 3600 });
    const issued = await LineClient.issueChannelAccessTokenByJWT(assertion, options);
    expect(issued).toEqual({ access_token: expect.any(String), token_type: 'Bearer', expires_in: 3600, key_id: expect.any(String) });
    await expect(LineClient.getValidChannelAccessTokenKeyIds(assertion, options)).resolves.toEqual({ kids: [issued.key_id] });
    await expect(LineClient.verifyChannelAccessTokenByJWT(issued.access_token, options)).resolves.toMatchObject({ client_id: server.channelId });
    await expect(
      LineClient.revokeChannelAccessTokenByJWT({ channelId: server.channelId, channelSecret: server.channelSecret, accessToken: issued.access_token }, options),
    ).resolves.toEqual({});
    await expect(LineClient.verifyChannelAccessTokenByJWT(issued.access_token, options)).rejects.toMatchObject({ status: 400 });
    const bySecret = await LineClient.issueStatelessChannelAccessToken({ channelId: server.channelId, channelSecret: server.channelSecret }, options);
    expect(bySecret).toEqual({ token_type: 'Bearer', access_token: expect.any(String), expires_in: 900 });
    const byJwt = await LineClient.issueStatelessChannelAccessToken({ clientAssertion: assertion }, options);
    expect(byJwt.expires_in).toBe(900);
  });

  test('instance methods default to the client’s own channel id and secret', async () => {
    const own = new LineClient({ channelId: server.channelId, channelSecret: server.channelSecret, origin: server.origin, dataOrigin: server.dataOrigin, retry: false });
    const issued = await own.issueChannelAccessToken();
    await expect(own.verifyChannelAccessToken(issued.access_token)).resolves.toMatchObject({ client_id: server.channelId });
    await expect(own.revokeChannelAccessToken(issued.access_token)).resolves.toEqual({});
    const v21 = await own.issueChannelAccessTokenByJWT(own.createChannelJWT({ channelId: server.channelId, privateKey, kid: 'kid-1' }));
    await expect(own.verifyChannelAccessTokenByJWT(v21.access_token)).resolves.toMatchObject({ client_id: server.channelId });
    await expect(own.revokeChannelAccessTokenByJWT({ accessToken: v21.access_token })).resolves.toEqual({});
    await expect(own.issueStatelessChannelAccessToken()).resolves.toMatchObject({ expires_in: 900 });
  });

  test('a wrong secret rejects with LINE’s 400 and does not echo the secret', async () => {
    const secret = 'definitely-wrong-secret';
    const err = await LineClient.issueStatelessChannelAccessToken({ channelId: server.channelId, channelSecret: secret }, { origin: server.origin, retry: false }).catch((e: unknown) => e);
    expect(err).toMatchObject({ status: 400, response: { data: { error: 'invalid_client' } } });
    expect(String((err as Error).message)).not.toContain(secret);
  });
});

describe('automatic token management (new LineClient({ channelId, channelSecret }))', () => {
  const tokenRequests = (s: DummyLineServer) => s.requests.filter((r) => r.path === '/oauth2/v3/token');
  const bearers = (s: DummyLineServer) => s.requests.filter((r) => r.path.startsWith('/v2/bot/')).map((r) => r.headers.authorization);
  const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

  test('works with only { channelId, channelSecret, origin, dataOrigin }; concurrent first calls share ONE token request', async () => {
    const auto = new LineClient({ channelId: server.channelId, channelSecret: server.channelSecret, origin: server.origin, dataOrigin: server.dataOrigin });
    expect(auto.accessToken).toBe('');
    const results = await Promise.all([
      auto.getBotInfo(),
      auto.getFollowerIds({ limit: 1 }),
      auto.getMessageContentTranscoding('m1'),
      auto.getRichMenuAliasList(),
      auto.getAggregationUnitUsage(),
      ...Array.from({ length: 10 }, () => auto.getBotInfo()),
    ]);
    expect(results).toHaveLength(15);
    const issued = tokenRequests(server);
    expect(issued).toHaveLength(1);
    expect(issued[0].headers.authorization).toBeUndefined();
    expect(issued[0].body).toBe(`grant_type=client_credentials&client_id=${server.channelId}&client_secret=${server.channelSecret}`);
    const token = auto.accessToken;
    expect(token).not.toBe('');
    expect(new Set(bearers(server))).toEqual(new Set([`Bearer ${token}`]));
    expect(server.requests.some((r) => r.host === 'data' && r.headers.authorization === `Bearer ${token}`)).toBe(true);
    await auto.getBotInfo();
    expect(tokenRequests(server)).toHaveLength(1);
  });

  test('a short token life is renewed before it expires, once for concurrent calls', async () => {
    const short = await createDummyLineServer({ statelessTokenExpiresIn: 1 });
    try {
      const auto = new LineClient({ channelId: short.channelId, channelSecret: short.channelSecret, origin: short.origin, dataOrigin: short.dataOrigin, retry: false });
      await auto.getBotInfo();
      const first = auto.accessToken;
      await sleep(600); // past half the 1 s life: the client renews early; the server still accepts the old token
      await Promise.all(Array.from({ length: 5 }, () => auto.getBotInfo()));
      const second = auto.accessToken;
      expect(second).not.toBe(first);
      expect(tokenRequests(short)).toHaveLength(2);
      expect(short.requests.filter((r) => r.path === '/v2/bot/info').every((r) => r.status === 200)).toBe(true);
      expect(bearers(short).slice(1)).toEqual(Array.from({ length: 5 }, () => `Bearer ${second}`));
    } finally {
      await short.close();
    }
  });

  test('a revoked managed token is replaced: the call that hits the 401 is sent once more with a fresh token', async () => {
    const short = await createDummyLineServer({ statelessTokenExpiresIn: 1 });
    try {
      const auto = new LineClient({ channelId: short.channelId, channelSecret: short.channelSecret, origin: short.origin, dataOrigin: short.dataOrigin, retry: false });
      await auto.getBotInfo();
      const revoked = auto.accessToken;
      expect(short.revokeAccessToken(revoked)).toBe(true);
      await expect(auto.getBotInfo()).resolves.toMatchObject({ displayName: expect.any(String) });
      expect(auto.accessToken).not.toBe(revoked);
      expect(tokenRequests(short)).toHaveLength(2);
      const infos = short.requests.filter((r) => r.path === '/v2/bot/info');
      expect(infos.map((r) => r.status)).toEqual([200, 401, 200]);
    } finally {
      await short.close();
    }
  });

  test('wrong credentials reject every call with the token endpoint’s 400; nothing reaches the bot API', async () => {
    const auto = new LineClient({ channelId: server.channelId, channelSecret: 'wrong', origin: server.origin, retry: false });
    const results = await Promise.allSettled([auto.getBotInfo(), auto.getBotInfo()]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(results[0]).toMatchObject({ reason: { status: 400, path: '/oauth2/v3/token' } });
    expect(tokenRequests(server)).toHaveLength(1);
    expect(server.requests.filter((r) => r.path === '/v2/bot/info')).toHaveLength(0);
  });
});
