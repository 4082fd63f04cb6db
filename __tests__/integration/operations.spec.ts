/**
 * Integration: more operations added after 1.1.0, against the dummy LINE platform: rich menu aliases, bulk links,
 * batch control and insight; chat actions (loading, mark as read, chat control); LINE notification messages (PNP);
 * membership; coupons; message event and aggregation-unit statistics; shared audiences; module channels (the attach
 * endpoint on the manager host); mission stickers.
 */
import { LineClient } from '../../src';
import type { LineTypes } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, COUPON, RICH_MENU, clientOf, lineToday, requestsTo, uid, useDummyServer } from './helpers';

const PHONE_HASH = 'a'.repeat(64);
/** Member ids of the seeded membership (`Ua`, zero-padded to 33 characters). */
const memberId = (i: number): string => `Ua${String(i).padStart(31, '0')}`;
/** The module channels' bots the server lists (getModules). */
const BOTS = [901, 902, 903].map(uid);

let server: DummyLineServer;
let client: LineClient;
useDummyServer(
  (s, c) => ([server, client] = [s, c]),
  {
    memberships: [{ membershipId: 7, title: 'Basic', price: 500, memberIds: { count: 450, prefix: 'Ua' } }],
    aggregationUnits: ['spring_sale'],
    moduleBots: BOTS.map((userId, i) => ({ userId, basicId: `@bot${i}`, displayName: `Bot ${i}` })),
  },
  (s) => clientOf(s, { channelId: s.channelId, channelSecret: s.channelSecret, managerOrigin: s.managerOrigin }),
);

describe('rich menu aliases, bulk links, batch and insight', () => {
  it('alias create / get / list / update / delete', async () => {
    const a = (await client.createRichMenu(RICH_MENU)).richMenuId;
    const b = (await client.createRichMenu({ ...RICH_MENU, name: 'second' })).richMenuId;
    await expect(client.createRichMenuAlias('tab-a', a)).resolves.toEqual({});
    expect(await client.getRichMenuAlias('tab-a')).toEqual({ richMenuAliasId: 'tab-a', richMenuId: a });
    await expect(client.updateRichMenuAlias('tab-a', b)).resolves.toEqual({});
    expect(await client.getRichMenuAliasList()).toEqual({ aliases: [{ richMenuAliasId: 'tab-a', richMenuId: b }] });
    await expect(client.deleteRichMenuAlias('tab-a')).resolves.toEqual({});
    expect(await client.getRichMenuAliasList()).toEqual({ aliases: [] });
    await expect(client.getRichMenuAlias('tab-a')).rejects.toMatchObject({ status: 404 });
    await expect(client.createRichMenuAlias('tab-x', 'richmenu-00000000000000000000000000000000')).rejects.toMatchObject({ status: 400 });
  });

  it('linkRichMenuToUsers / unlinkRichMenuFromUsers change what getLinkedRichMenu answers', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    await client.linkRichMenuToUsers([ALICE, BOB], richMenuId);
    expect(await client.getLinkedRichMenu(ALICE)).toEqual({ richMenuId });
    expect(await client.getLinkedRichMenu(BOB)).toEqual({ richMenuId });
    await client.unlinkRichMenuFromUsers([ALICE]);
    expect(await client.getLinkedRichMenu(ALICE)).toBeNull();
    expect(await client.getLinkedRichMenu(BOB)).toEqual({ richMenuId });
  });

  it('linkRichMenuToUsers / unlinkRichMenuFromUsers send 1,200 users as 3 requests of at most 500 (500, 500, 200)', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    const users = Array.from({ length: 1200 }, (_, i) => uid(10_000 + i));
    const sizes = (path: string) => requestsTo(server, 'POST', path).map((r) => (r.body as { userIds: string[] }).userIds.length);
    await expect(client.linkRichMenuToUsers(users, richMenuId)).resolves.toEqual({});
    expect(sizes('/v2/bot/richmenu/bulk/link')).toEqual([500, 500, 200]);
    expect(requestsTo(server, 'POST', '/v2/bot/richmenu/bulk/link').every((r) => r.status === 202)).toBe(true);
    expect(await client.getLinkedRichMenu(users[0])).toEqual({ richMenuId });
    expect(await client.getLinkedRichMenu(users[1199])).toEqual({ richMenuId });
    await expect(client.unlinkRichMenuFromUsers(users)).resolves.toEqual({});
    expect(sizes('/v2/bot/richmenu/bulk/unlink')).toEqual([500, 500, 200]);
    expect(await client.getLinkedRichMenu(users[0])).toBeNull(); // 404, answered as null (1.1.0 behaviour)
    expect(await client.getLinkedRichMenu(users[1199])).toBeNull();
  });

  it('validateRichMenuBatch, richMenuBatch (relinks users) and getRichMenuBatchProgress', async () => {
    const from = (await client.createRichMenu(RICH_MENU)).richMenuId;
    const to = (await client.createRichMenu({ ...RICH_MENU, name: 'to' })).richMenuId;
    await client.linkRichMenuToUsers([ALICE, BOB], from);
    const operations: LineTypes.RichMenuBatchOperation[] = [{ type: 'link', from, to }];
    await expect(client.validateRichMenuBatch(operations)).resolves.toEqual({});
    await expect(client.validateRichMenuBatch([{ type: 'link', from, to: 'richmenu-00000000000000000000000000000000' }])).rejects.toMatchObject({ status: 400 });
    const { requestId } = await client.richMenuBatch(operations, { resumeRequestKey: 'resume-1' });
    expect(requestId).toMatch(/\S/);
    expect(await client.getLinkedRichMenu(ALICE)).toEqual({ richMenuId: to });
    expect(await client.getLinkedRichMenu(BOB)).toEqual({ richMenuId: to });
    expect(await client.getRichMenuBatchProgress(requestId ?? '')).toMatchObject({ phase: 'succeeded' });
    await expect(client.getRichMenuBatchProgress('unknown')).rejects.toMatchObject({ status: 404 });
  });

  it('getRichMenuInsightSummary and getRichMenuInsightDaily answer for a known menu, 404 otherwise', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    expect(await client.getRichMenuInsightSummary(richMenuId, '20250101', '20250131')).toEqual({ richMenuId });
    expect(await client.getRichMenuInsightDaily(richMenuId, '20250101', '20250131')).toEqual({ richMenuId });
    await expect(client.getRichMenuInsightSummary('richmenu-00000000000000000000000000000000', '20250101', '20250131')).rejects.toMatchObject({ status: 404 });
  });
});

describe('chat actions', () => {
  it('showLoadingAnimation, markMessagesAsRead, markMessagesAsReadByToken send what LINE expects', async () => {
    await expect(client.showLoadingAnimation(ALICE, { loadingSeconds: 10 })).resolves.toEqual({});
    await expect(client.showLoadingAnimation(ALICE)).resolves.toEqual({});
    await expect(client.markMessagesAsRead(ALICE)).resolves.toEqual({});
    await expect(client.markMessagesAsReadByToken('mark-token')).resolves.toEqual({});
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.body])).toEqual([
      ['POST', '/v2/bot/chat/loading/start', 202, { chatId: ALICE, loadingSeconds: 10 }],
      ['POST', '/v2/bot/chat/loading/start', 202, { chatId: ALICE }],
      ['POST', '/v2/bot/message/markAsRead', 200, { chat: { userId: ALICE } }],
      ['POST', '/v2/bot/chat/markAsRead', 200, { markAsReadToken: 'mark-token' }],
    ]);
  });

  it('acquireChatControl and releaseChatControl (module channels), detachModule, getModules paged with `next`', async () => {
    await expect(client.acquireChatControl(ALICE, { expired: false, ttl: 3600 })).resolves.toEqual({});
    await expect(client.releaseChatControl(ALICE)).resolves.toEqual({});
    await expect(client.detachModule({ botId: BOTS[0] })).resolves.toEqual({});
    const first = await client.getModules({ limit: 2 });
    expect(first.bots).toEqual([0, 1].map((i) => expect.objectContaining({ userId: BOTS[i], basicId: `@bot${i}` })));
    expect(await client.getModules({ start: first.next })).toEqual({ bots: [expect.objectContaining({ userId: BOTS[2], basicId: '@bot2' })] });
    expect(requestsTo(server, 'POST', `/v2/bot/chat/${ALICE}/control/acquire`)[0].body).toEqual({ expired: false, ttl: 3600 });
  });

  it('attachModule authenticates with the channel id and secret on the manager host', async () => {
    const res = await client.attachModule({ code: 'auth-code', redirectUri: 'https://example.com/callback' });
    expect(res).toEqual({ bot_id: expect.stringMatching(/^U/), scopes: ['message:send', 'message:receive'] });
    const [req] = requestsTo(server, 'POST', '/module/auth/v1/token');
    expect(req.host).toBe('manager');
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${server.channelId}:${server.channelSecret}`).toString('base64')}`);
    const wrong = new LineClient({ channelId: server.channelId, channelSecret: 'wrong', origin: server.origin, managerOrigin: server.managerOrigin, retry: false });
    await expect(wrong.attachModule({ code: 'auth-code', redirectUri: 'https://example.com/callback' })).rejects.toMatchObject({ status: 401 });
  });

  it('sendMissionSticker', async () => {
    await expect(client.sendMissionSticker(ALICE, { productId: 'prod-1', productType: 'STICKER', sendPresentMessage: false })).resolves.toEqual({});
    expect(requestsTo(server, 'POST', '/shop/v3/mission')[0].body).toEqual({ to: ALICE, productId: 'prod-1', productType: 'STICKER', sendPresentMessage: false });
  });
});

describe('LINE notification messages (PNP)', () => {
  it('pushMessagesByPhone delivers to the phone hash with the delivery tag; getNumberOfSentPnpMessages counts it', async () => {
    await expect(client.pushMessagesByPhone(PHONE_HASH, [{ type: 'text', text: 'Your parcel arrives today' }], { deliveryTag: 'tag-0123456789abcdef' })).resolves.toEqual({});
    expect(server.deliveries).toEqual([expect.objectContaining({ kind: 'pnp', recipients: [PHONE_HASH], deliveryTag: 'tag-0123456789abcdef' })]);
    expect(server.messagesTo(PHONE_HASH)).toEqual([{ type: 'text', text: 'Your parcel arrives today' }]);
    expect(await client.getNumberOfSentPnpMessages(lineToday())).toEqual({ status: 'ready', success: 1 });
  });
});

describe('membership', () => {
  it('plans, a subscription, and member ids paged with `next` (get and iterate)', async () => {
    const list = await client.getMembershipList();
    expect(list.memberships).toEqual([expect.objectContaining({ membershipId: 7, title: 'Basic', memberCount: 450 })]);
    const sub = await client.getMembershipSubscription(memberId(3));
    expect(sub.subscriptions).toEqual([{ membership: expect.objectContaining({ membershipId: 7 }), user: expect.objectContaining({ membershipNo: 4 }) }]);
    await expect(client.getMembershipSubscription(ALICE)).rejects.toMatchObject({ status: 404 });
    expect((await client.getJoinedMembershipUserIds(7, { limit: 5 })).userIds).toEqual([0, 1, 2, 3, 4].map(memberId));
    const first = await client.getJoinedMembershipUserIds(7);
    expect(first.userIds).toHaveLength(300);
    const second = await client.getJoinedMembershipUserIds(7, { start: first.next, limit: 1000 });
    expect(second.userIds).toHaveLength(150);
    expect(second.next).toBeUndefined();
    const all: string[] = [];
    for await (const id of client.iterateJoinedMembershipUserIds(7, { limit: 200 })) all.push(id);
    expect(all).toEqual([...first.userIds, ...second.userIds]);
    expect(all).toEqual(Array.from({ length: 450 }, (_, i) => memberId(i)));
  });
});

describe('coupons', () => {
  it('create, get, list by status (one or several) with paging, close; closing twice is a 410', async () => {
    const { couponId } = await client.createCoupon(COUPON);
    const other = (await client.createCoupon({ ...COUPON, title: 'Other' })).couponId;
    expect(await client.getCoupon(couponId)).toMatchObject({ ...COUPON, couponId, status: 'RUNNING' });
    const both = [
      { couponId, title: 'Ten off' },
      { couponId: other, title: 'Other' },
    ];
    expect(await client.getCouponList({ status: ['RUNNING'], limit: 10 })).toEqual({ items: both });
    await expect(client.closeCoupon(couponId)).resolves.toEqual({});
    expect((await client.getCoupon(couponId)).status).toBe('CLOSED');
    await expect(client.closeCoupon(couponId)).rejects.toMatchObject({ status: 410 });
    expect((await client.getCouponList({ status: ['CLOSED'] })).items).toEqual([{ couponId, title: 'Ten off' }]);
    expect(await client.getCouponList({ status: ['DRAFT', 'RUNNING'] })).toEqual({ items: [{ couponId: other, title: 'Other' }] });
    expect(await client.getCouponList({ status: ['CLOSED', 'RUNNING'] })).toEqual({ items: both });
    const page = await client.getCouponList({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect((await client.getCouponList({ limit: 1, start: page.next })).items).toEqual([{ couponId: other, title: 'Other' }]);
    await expect(client.createCoupon({ ...COUPON, endTimestamp: 1 })).rejects.toMatchObject({ status: 400 });
  });
});

describe('message statistics', () => {
  it('aggregation units are recorded by sends; usage and name list', async () => {
    await client.pushText(ALICE, 'x', { customAggregationUnits: ['summer_sale'] });
    expect(await client.getAggregationUnitUsage()).toEqual({ numOfCustomAggregationUnits: 2 });
    expect(await client.getAggregationUnitNameList()).toEqual({ customAggregationUnits: ['spring_sale', 'summer_sale'] });
    const first = await client.getAggregationUnitNameList({ limit: 1 });
    expect(first.customAggregationUnits).toEqual(['spring_sale']);
    expect((await client.getAggregationUnitNameList({ limit: 1, start: first.next })).customAggregationUnits).toEqual(['summer_sale']);
    expect(await client.getStatisticsPerUnit('summer_sale', '20250101', '20250131')).toEqual({ overview: expect.any(Object), messages: [], clicks: [] });
  });

  it('getMessageEvent answers for a broadcast or narrowcast request id, 404 for an unknown one', async () => {
    const { requestId } = await client.broadcastText('stats');
    const event = await client.getMessageEvent(requestId ?? '');
    expect(event.overview).toMatchObject({ requestId, delivered: 3 });
    const narrowcast = (await client.narrowcast([{ type: 'text', text: 'stats' }])).requestId ?? '';
    expect(await client.getMessageEvent(narrowcast)).toMatchObject({ overview: { requestId: narrowcast }, clicks: [] });
    await expect(client.getMessageEvent('unknown')).rejects.toMatchObject({ status: 404 });
  });
});

describe('shared audiences', () => {
  it('getSharedAudienceGroup and getSharedAudienceGroups', async () => {
    const { audienceGroupId } = await client.createUploadAudienceGroup('shared one', false, [{ id: ALICE }, { id: CAROL }]);
    const shared = await client.getSharedAudienceGroup(audienceGroupId);
    expect(shared.audienceGroup).toMatchObject({ audienceGroupId, description: 'shared one' });
    expect(shared.owner).toMatchObject({ serviceType: 'bm' });
    const list = await client.getSharedAudienceGroups({ size: 10 });
    expect(list.audienceGroups?.map((g) => g.audienceGroupId)).toEqual([audienceGroupId]);
    await client.createUploadAudienceGroup('not this', false, [{ id: BOB }]);
    const filtered = await client.getSharedAudienceGroups({ description: 'SHARED', size: 10 });
    expect(filtered).toMatchObject({ page: 1, size: 10 });
    expect(filtered.audienceGroups?.map((g) => g.audienceGroupId)).toEqual([audienceGroupId]);
  });
});
