/**
 * Integration: more operations added after 1.1.0, against the dummy LINE platform: rich menu aliases, bulk links,
 * batch control and insight; chat actions (loading, mark as read, chat control); LINE notification messages (PNP);
 * membership; coupons; message event and aggregation-unit statistics; shared audiences; module channels (the attach
 * endpoint on the manager host); mission stickers.
 */
import { LineClient } from '../../src';
import type { LineTypes } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, RICH_MENU, clientOf, lineToday, requestsTo, startServer } from './helpers';

const PHONE_HASH = 'a'.repeat(64);

let server: DummyLineServer;
let client: LineClient;

beforeAll(async () => {
  server = await startServer({
    memberships: [{ membershipId: 7, title: 'Basic', price: 500, memberIds: { count: 450, prefix: 'Ua' } }],
    aggregationUnits: ['spring_sale'],
  });
  client = clientOf(server, { channelId: server.channelId, channelSecret: server.channelSecret, managerOrigin: server.managerOrigin });
});
afterEach(() => server.reset());
afterAll(() => server.close());

describe('rich menu aliases, bulk links, batch and insight', () => {
  it('alias create / get / list / update / delete', async () => {
    const a = (await client.createRichMenu(RICH_MENU)).richMenuId;
    const b = (await client.createRichMenu({ ...RICH_MENU, name: 'second' })).richMenuId;
    await client.createRichMenuAlias('tab-a', a);
    expect(await client.getRichMenuAlias('tab-a')).toEqual({ richMenuAliasId: 'tab-a', richMenuId: a });
    await client.updateRichMenuAlias('tab-a', b);
    expect(await client.getRichMenuAliasList()).toEqual({ aliases: [{ richMenuAliasId: 'tab-a', richMenuId: b }] });
    await client.deleteRichMenuAlias('tab-a');
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
    expect(await client.getRichMenuInsightSummary(richMenuId, '20250101', '20250131')).toMatchObject({ richMenuId });
    expect(await client.getRichMenuInsightDaily(richMenuId, '20250101', '20250131')).toMatchObject({ richMenuId });
    await expect(client.getRichMenuInsightSummary('richmenu-00000000000000000000000000000000', '20250101', '20250131')).rejects.toMatchObject({ status: 404 });
  });
});

describe('chat actions', () => {
  it('showLoadingAnimation, markMessagesAsRead, markMessagesAsReadByToken send what LINE expects', async () => {
    await client.showLoadingAnimation(ALICE, { loadingSeconds: 10 });
    await client.markMessagesAsRead(ALICE);
    await client.markMessagesAsReadByToken('mark-token');
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.body])).toEqual([
      ['POST', '/v2/bot/chat/loading/start', 202, { chatId: ALICE, loadingSeconds: 10 }],
      ['POST', '/v2/bot/message/markAsRead', 200, { chat: { userId: ALICE } }],
      ['POST', '/v2/bot/chat/markAsRead', 200, { markAsReadToken: 'mark-token' }],
    ]);
  });

  it('acquireChatControl and releaseChatControl (module channels), detachModule, getModules', async () => {
    await client.acquireChatControl(ALICE, { expired: false, ttl: 3600 });
    await client.releaseChatControl(ALICE);
    await client.detachModule({ botId: 'Ub0000000000000000000000000000000' });
    const modules = await client.getModules({ limit: 10 });
    expect(modules.bots).toEqual([expect.objectContaining({ userId: expect.stringMatching(/^U/), basicId: expect.any(String) })]);
    expect(requestsTo(server, 'POST', `/v2/bot/chat/${ALICE}/control/acquire`)[0].body).toEqual({ expired: false, ttl: 3600 });
  });

  it('attachModule authenticates with the channel id and secret on the manager host', async () => {
    const res = await client.attachModule({ code: 'auth-code', redirectUri: 'https://example.com/callback' });
    expect(res).toMatchObject({ bot_id: expect.stringMatching(/^U/), scopes: expect.any(Array) });
    const [req] = requestsTo(server, 'POST', '/module/auth/v1/token');
    expect(req.host).toBe('manager');
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${server.channelId}:${server.channelSecret}`).toString('base64')}`);
    const wrong = new LineClient({ channelId: server.channelId, channelSecret: 'wrong', origin: server.origin, managerOrigin: server.managerOrigin, retry: false });
    await expect(wrong.attachModule({ code: 'auth-code', redirectUri: 'https://example.com/callback' })).rejects.toMatchObject({ status: 401 });
  });

  it('sendMissionSticker', async () => {
    await client.sendMissionSticker(ALICE, { productId: 'prod-1', productType: 'STICKER', sendPresentMessage: false });
    expect(requestsTo(server, 'POST', '/shop/v3/mission')[0].body).toEqual({ to: ALICE, productId: 'prod-1', productType: 'STICKER', sendPresentMessage: false });
  });
});

describe('LINE notification messages (PNP)', () => {
  it('pushMessagesByPhone delivers to the phone hash with the delivery tag; getNumberOfSentPnpMessages counts it', async () => {
    await client.pushMessagesByPhone(PHONE_HASH, [{ type: 'text', text: 'Your parcel arrives today' }], { deliveryTag: 'tag-0123456789abcdef' });
    expect(server.deliveries).toEqual([expect.objectContaining({ kind: 'pnp', recipients: [PHONE_HASH], deliveryTag: 'tag-0123456789abcdef' })]);
    expect(server.messagesTo(PHONE_HASH)).toEqual([{ type: 'text', text: 'Your parcel arrives today' }]);
    expect(await client.getNumberOfSentPnpMessages(lineToday())).toEqual({ status: 'ready', success: 1 });
  });
});

describe('membership', () => {
  it('plans, a subscription, and member ids paged with `next` (get and iterate)', async () => {
    const list = await client.getMembershipList();
    expect(list.memberships).toEqual([expect.objectContaining({ membershipId: 7, title: 'Basic', memberCount: 450 })]);
    const sub = await client.getMembershipSubscription(`Ua${'3'.padStart(31, '0')}`);
    expect(sub.subscriptions[0]).toMatchObject({ membership: { membershipId: 7 }, user: { membershipNo: 4 } });
    await expect(client.getMembershipSubscription(ALICE)).rejects.toMatchObject({ status: 404 });
    const first = await client.getJoinedMembershipUserIds(7);
    expect(first.userIds).toHaveLength(300);
    const second = await client.getJoinedMembershipUserIds(7, { start: first.next, limit: 1000 });
    expect(second.userIds).toHaveLength(150);
    expect(second.next).toBeUndefined();
    const all: string[] = [];
    for await (const id of client.iterateJoinedMembershipUserIds(7, { limit: 200 })) all.push(id);
    expect(all).toEqual([...first.userIds, ...second.userIds]);
  });
});

describe('coupons', () => {
  it('create, get, list by status with paging, close', async () => {
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
    const other = (await client.createCoupon({ ...coupon, title: 'Other' })).couponId;
    expect(await client.getCoupon(couponId)).toMatchObject({ ...coupon, couponId, status: 'RUNNING' });
    await client.closeCoupon(couponId);
    expect((await client.getCoupon(couponId)).status).toBe('CLOSED');
    await expect(client.closeCoupon(couponId)).rejects.toMatchObject({ status: 410 });
    expect((await client.getCouponList({ status: ['CLOSED'] })).items).toEqual([{ couponId, title: 'Ten off' }]);
    const page = await client.getCouponList({ limit: 1 });
    expect(page.items).toHaveLength(1);
    expect((await client.getCouponList({ limit: 1, start: page.next })).items).toEqual([{ couponId: other, title: 'Other' }]);
    await expect(client.createCoupon({ ...coupon, endTimestamp: 1 })).rejects.toMatchObject({ status: 400 });
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
    expect(await client.getStatisticsPerUnit('summer_sale', '20250101', '20250131')).toMatchObject({ messages: [], clicks: [] });
  });

  it('getMessageEvent answers for a broadcast request id, 404 for an unknown one', async () => {
    const { requestId } = await client.broadcastText('stats');
    const event = await client.getMessageEvent(requestId ?? '');
    expect(event.overview).toMatchObject({ requestId, delivered: 3 });
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
  });
});
