import { LineApiError, LineClient, LineError, LineValidationError } from '../../src';
import type * as LineTypes from '../../src/LineTypes';
import { API, expectedHeaders, intercept, interceptAt, makeClient } from './support';

const text: LineTypes.Message = { type: 'text', text: 'hi' };
const RICH_MENU: LineTypes.RichMenu = {
  size: { width: 2500, height: 1686 },
  selected: false,
  name: 'menu',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'postback', data: 'a=1' } }],
};
const HASH = 'a'.repeat(64);

/** One JSON operation: what is called, what must reach the wire, what LINE answers and what the method returns. */
interface Row {
  name: string;
  call: (c: LineClient) => Promise<unknown>;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  host?: 'api' | 'data';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  reply?: unknown;
  result: unknown;
}

const rows: Row[] = [
  {
    name: 'getMessageContentTranscoding',
    call: (c) => c.getMessageContentTranscoding('m 1'),
    method: 'GET',
    host: 'data',
    path: '/v2/bot/message/m%201/content/transcoding',
    reply: { status: 'processing' },
    result: { status: 'processing' },
  },
  ...(['reply', 'push', 'multicast', 'narrowcast', 'broadcast'] as const).map(
    (kind): Row => ({
      name: `validate${kind[0].toUpperCase()}${kind.slice(1)}Messages`,
      call: (c) =>
        ({
          reply: c.validateReplyMessages,
          push: c.validatePushMessages,
          multicast: c.validateMulticastMessages,
          narrowcast: c.validateNarrowcastMessages,
          broadcast: c.validateBroadcastMessages,
        })[kind].call(c, [text]),
      method: 'POST',
      path: `/v2/bot/message/validate/${kind}`,
      body: { messages: [text] },
      reply: '',
      result: {},
    }),
  ),
  {
    name: 'getAggregationUnitUsage',
    call: (c) => c.getAggregationUnitUsage(),
    method: 'GET',
    path: '/v2/bot/message/aggregation/info',
    reply: { numOfCustomAggregationUnits: 22 },
    result: { numOfCustomAggregationUnits: 22 },
  },
  {
    name: 'getAggregationUnitNameList',
    call: (c) => c.getAggregationUnitNameList({ limit: 10, start: 'tok' }),
    method: 'GET',
    path: '/v2/bot/message/aggregation/list',
    query: { limit: '10', start: 'tok' },
    reply: { customAggregationUnits: ['promotion_a'], next: 'n' },
    result: { customAggregationUnits: ['promotion_a'], next: 'n' },
  },
  {
    name: 'getAggregationUnitNameList without options',
    call: (c) => c.getAggregationUnitNameList(),
    method: 'GET',
    path: '/v2/bot/message/aggregation/list',
    reply: { customAggregationUnits: [] },
    result: { customAggregationUnits: [] },
  },
  {
    name: 'getFollowerIds',
    call: (c) => c.getFollowerIds({ limit: 1000, start: 'yAN' }),
    method: 'GET',
    path: '/v2/bot/followers/ids',
    query: { start: 'yAN', limit: '1000' },
    reply: { userIds: ['U1', 'U2'], next: 'x' },
    result: { userIds: ['U1', 'U2'], next: 'x' },
  },
  {
    name: 'validateRichMenu',
    call: (c) => c.validateRichMenu(RICH_MENU),
    method: 'POST',
    path: '/v2/bot/richmenu/validate',
    body: RICH_MENU,
    reply: '',
    result: {},
  },
  {
    name: 'createRichMenuAlias',
    call: (c) => c.createRichMenuAlias('richmenu-alias-a', 'richmenu-1'),
    method: 'POST',
    path: '/v2/bot/richmenu/alias',
    body: { richMenuAliasId: 'richmenu-alias-a', richMenuId: 'richmenu-1' },
    reply: {},
    result: {},
  },
  {
    name: 'getRichMenuAlias',
    call: (c) => c.getRichMenuAlias('richmenu-alias-a'),
    method: 'GET',
    path: '/v2/bot/richmenu/alias/richmenu-alias-a',
    reply: { richMenuAliasId: 'richmenu-alias-a', richMenuId: 'richmenu-1' },
    result: { richMenuAliasId: 'richmenu-alias-a', richMenuId: 'richmenu-1' },
  },
  {
    name: 'updateRichMenuAlias',
    call: (c) => c.updateRichMenuAlias('richmenu-alias-a', 'richmenu-2'),
    method: 'POST',
    path: '/v2/bot/richmenu/alias/richmenu-alias-a',
    body: { richMenuId: 'richmenu-2' },
    reply: {},
    result: {},
  },
  {
    name: 'deleteRichMenuAlias',
    call: (c) => c.deleteRichMenuAlias('richmenu-alias-a'),
    method: 'DELETE',
    path: '/v2/bot/richmenu/alias/richmenu-alias-a',
    reply: {},
    result: {},
  },
  {
    name: 'getRichMenuAliasList',
    call: (c) => c.getRichMenuAliasList(),
    method: 'GET',
    path: '/v2/bot/richmenu/alias/list',
    reply: { aliases: [{ richMenuAliasId: 'a', richMenuId: 'r' }] },
    result: { aliases: [{ richMenuAliasId: 'a', richMenuId: 'r' }] },
  },
  {
    name: 'validateRichMenuBatch',
    call: (c) => c.validateRichMenuBatch([{ type: 'unlinkAll' }], { resumeRequestKey: 'key_1' }),
    method: 'POST',
    path: '/v2/bot/richmenu/validate/batch',
    body: { operations: [{ type: 'unlinkAll' }], resumeRequestKey: 'key_1' },
    reply: '',
    result: {},
  },
  {
    name: 'getRichMenuBatchProgress',
    call: (c) => c.getRichMenuBatchProgress('req-9'),
    method: 'GET',
    path: '/v2/bot/richmenu/progress/batch',
    query: { requestId: 'req-9' },
    reply: { phase: 'ongoing', acceptedTime: '2023-07-04T10:15:30.121Z' },
    result: { phase: 'ongoing', acceptedTime: '2023-07-04T10:15:30.121Z' },
  },
  {
    name: 'markMessagesAsRead',
    call: (c) => c.markMessagesAsRead('U1'),
    method: 'POST',
    path: '/v2/bot/message/markAsRead',
    body: { chat: { userId: 'U1' } },
    reply: '',
    result: {},
  },
  {
    name: 'markMessagesAsReadByToken',
    call: (c) => c.markMessagesAsReadByToken('nz0x74'),
    method: 'POST',
    path: '/v2/bot/chat/markAsRead',
    body: { markAsReadToken: 'nz0x74' },
    reply: {},
    result: {},
  },
  {
    name: 'showLoadingAnimation',
    call: (c) => c.showLoadingAnimation('U1', { loadingSeconds: 15 }),
    method: 'POST',
    path: '/v2/bot/chat/loading/start',
    body: { chatId: 'U1', loadingSeconds: 15 },
    reply: {},
    result: {},
  },
  {
    name: 'showLoadingAnimation without seconds',
    call: (c) => c.showLoadingAnimation('U1'),
    method: 'POST',
    path: '/v2/bot/chat/loading/start',
    body: { chatId: 'U1' },
    reply: {},
    result: {},
  },
  {
    name: 'pushMessagesByPhone',
    call: (c) => c.pushMessagesByPhone(HASH, [text], { deliveryTag: 'tag-0123456789abcdef', notificationDisabled: true }),
    method: 'POST',
    path: '/bot/pnp/push',
    headers: { 'x-line-delivery-tag': 'tag-0123456789abcdef' },
    body: { to: HASH, messages: [text], notificationDisabled: true },
    reply: '',
    result: {},
  },
  {
    name: 'pushMessagesByPhone without tag',
    call: (c) => c.pushMessagesByPhone(HASH, [text]),
    method: 'POST',
    path: '/bot/pnp/push',
    body: { to: HASH, messages: [text] },
    reply: '',
    result: {},
  },
  {
    name: 'getNumberOfSentPnpMessages',
    call: (c) => c.getNumberOfSentPnpMessages('20211231'),
    method: 'GET',
    path: '/v2/bot/message/delivery/pnp',
    query: { date: '20211231' },
    reply: { status: 'ready', success: 3 },
    result: { status: 'ready', success: 3 },
  },
  {
    name: 'getMembershipSubscription',
    call: (c) => c.getMembershipSubscription('U1'),
    method: 'GET',
    path: '/v2/bot/membership/subscription/U1',
    reply: { subscriptions: [] },
    result: { subscriptions: [] },
  },
  {
    name: 'getMembershipList',
    call: (c) => c.getMembershipList(),
    method: 'GET',
    path: '/v2/bot/membership/list',
    reply: { memberships: [{ membershipId: 3189, title: 'Basic', memberLimit: null }] },
    result: { memberships: [{ membershipId: 3189, title: 'Basic', memberLimit: null }] },
  },
  {
    name: 'getJoinedMembershipUserIds',
    call: (c) => c.getJoinedMembershipUserIds(3189, { limit: 300, start: 'n1' }),
    method: 'GET',
    path: '/v2/bot/membership/3189/users/ids',
    query: { start: 'n1', limit: '300' },
    reply: { userIds: ['U1'] },
    result: { userIds: ['U1'] },
  },
  {
    name: 'createCoupon',
    call: (c) =>
      c.createCoupon({
        title: 'Ten off',
        acquisitionCondition: { type: 'lottery', lotteryProbability: 50, maxAcquireCount: 100 },
        reward: { type: 'discount', priceInfo: { type: 'percentage', percentage: 10 } },
        startTimestamp: 1700000000,
        endTimestamp: 1800000000,
        maxUseCountPerTicket: 1,
        visibility: 'PUBLIC',
        timezone: 'ASIA_TOKYO',
      }),
    method: 'POST',
    path: '/v2/bot/coupon',
    body: {
      title: 'Ten off',
      acquisitionCondition: { type: 'lottery', lotteryProbability: 50, maxAcquireCount: 100 },
      reward: { type: 'discount', priceInfo: { type: 'percentage', percentage: 10 } },
      startTimestamp: 1700000000,
      endTimestamp: 1800000000,
      maxUseCountPerTicket: 1,
      visibility: 'PUBLIC',
      timezone: 'ASIA_TOKYO',
    },
    reply: { couponId: 'c-1' },
    result: { couponId: 'c-1' },
  },
  {
    name: 'getCoupon',
    call: (c) => c.getCoupon('c-1'),
    method: 'GET',
    path: '/v2/bot/coupon/c-1',
    reply: { couponId: 'c-1', status: 'RUNNING' },
    result: { couponId: 'c-1', status: 'RUNNING' },
  },
  {
    name: 'closeCoupon',
    call: (c) => c.closeCoupon('c-1'),
    method: 'PUT',
    path: '/v2/bot/coupon/c-1/close',
    reply: '',
    result: {},
  },
  {
    name: 'getMessageEvent',
    call: (c) => c.getMessageEvent('f70dd685'),
    method: 'GET',
    path: '/v2/bot/insight/message/event',
    query: { requestId: 'f70dd685' },
    reply: { overview: { requestId: 'f70dd685', delivered: 320 }, messages: [], clicks: [] },
    result: { overview: { requestId: 'f70dd685', delivered: 320 }, messages: [], clicks: [] },
  },
  {
    name: 'getStatisticsPerUnit',
    call: (c) => c.getStatisticsPerUnit('promotion_a', '20210301', '20210331'),
    method: 'GET',
    path: '/v2/bot/insight/message/event/aggregation',
    query: { customAggregationUnit: 'promotion_a', from: '20210301', to: '20210331' },
    reply: { overview: { uniqueImpression: 40 }, messages: [], clicks: [] },
    result: { overview: { uniqueImpression: 40 }, messages: [], clicks: [] },
  },
  {
    name: 'getRichMenuInsightSummary',
    call: (c) => c.getRichMenuInsightSummary('richmenu-0123', '20260213', '20260215'),
    method: 'GET',
    path: '/v2/bot/insight/richmenu/richmenu-0123/summary',
    query: { from: '20260213', to: '20260215' },
    reply: { richMenuId: 'richmenu-0123', impression: { metrics: { count: 567, uniqueUsers: 300 } } },
    result: { richMenuId: 'richmenu-0123', impression: { metrics: { count: 567, uniqueUsers: 300 } } },
  },
  {
    name: 'getRichMenuInsightDaily',
    call: (c) => c.getRichMenuInsightDaily('richmenu-0123', '20260213', '20260215'),
    method: 'GET',
    path: '/v2/bot/insight/richmenu/richmenu-0123/daily',
    query: { from: '20260213', to: '20260215' },
    reply: { richMenuId: 'richmenu-0123' },
    result: { richMenuId: 'richmenu-0123' },
  },
  {
    name: 'getSharedAudienceGroup',
    call: (c) => c.getSharedAudienceGroup(1234567890123),
    method: 'GET',
    path: '/v2/bot/audienceGroup/shared/1234567890123',
    reply: { audienceGroup: { audienceGroupId: 1234567890123 }, jobs: [], owner: { serviceType: 'lap' } },
    result: { audienceGroup: { audienceGroupId: 1234567890123 }, jobs: [], owner: { serviceType: 'lap' } },
  },
  {
    name: 'getSharedAudienceGroups',
    call: (c) => c.getSharedAudienceGroups({ description: 'aud', status: 'READY', size: 40, createRoute: 'OA_MANAGER', includesOwnedAudienceGroups: true }),
    method: 'GET',
    path: '/v2/bot/audienceGroup/shared/list',
    query: { page: '1', description: 'aud', status: 'READY', size: '40', createRoute: 'OA_MANAGER', includesOwnedAudienceGroups: 'true' },
    reply: { audienceGroups: [], hasNextPage: false, totalCount: 0, readWriteAudienceGroupTotalCount: 0, size: 40, page: 1 },
    result: { audienceGroups: [], hasNextPage: false, totalCount: 0, readWriteAudienceGroupTotalCount: 0, size: 40, page: 1 },
  },
  {
    name: 'detachModule',
    call: (c) => c.detachModule({ botId: 'U45c' }),
    method: 'POST',
    path: '/v2/bot/channel/detach',
    body: { botId: 'U45c' },
    reply: '',
    result: {},
  },
  {
    name: 'acquireChatControl',
    call: (c) => c.acquireChatControl('U1', { expired: true, ttl: 3600 }),
    method: 'POST',
    path: '/v2/bot/chat/U1/control/acquire',
    body: { expired: true, ttl: 3600 },
    reply: '',
    result: {},
  },
  {
    name: 'acquireChatControl without options',
    call: (c) => c.acquireChatControl('U1'),
    method: 'POST',
    path: '/v2/bot/chat/U1/control/acquire',
    body: {},
    reply: '',
    result: {},
  },
  {
    name: 'releaseChatControl',
    call: (c) => c.releaseChatControl('U1'),
    method: 'POST',
    path: '/v2/bot/chat/U1/control/release',
    reply: '',
    result: {},
  },
  {
    name: 'getModules',
    call: (c) => c.getModules({ start: 's', limit: 50 }),
    method: 'GET',
    path: '/v2/bot/list',
    query: { start: 's', limit: '50' },
    reply: { bots: [{ userId: 'U1', basicId: '@1', displayName: 'Bot' }], next: 'n' },
    result: { bots: [{ userId: 'U1', basicId: '@1', displayName: 'Bot' }], next: 'n' },
  },
  {
    name: 'sendMissionSticker',
    call: (c) => c.sendMissionSticker('U1', { productId: '12345', productType: 'STICKER', sendPresentMessage: false }),
    method: 'POST',
    path: '/shop/v3/mission',
    body: { to: 'U1', productId: '12345', productType: 'STICKER', sendPresentMessage: false },
    reply: '',
    result: {},
  },
];

describe('extended operations: exact wire and shaped result', () => {
  test.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const captured = intercept(row.method, row.host ?? 'api', row.path, { body: row.reply });
    const result = await row.call(makeClient());
    expect(result).toEqual(row.result);
    expect(captured).toHaveLength(1);
    const [req] = captured;
    expect(req.method).toBe(row.method);
    expect(req.path).toBe(row.path);
    expect(req.query).toEqual(row.query ?? {});
    expect(req.headers).toEqual(expectedHeaders(row.headers));
    expect(req.body).toEqual(row.body);
  });
});

describe('message content', () => {
  test('getMessageContentPreview returns the bytes from the data host', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    const captured = intercept('GET', 'data', '/v2/bot/message/m1/content/preview', { body: png, headers: { 'content-type': 'image/png' } });
    const result = await makeClient().getMessageContentPreview('m1');
    expect(Buffer.isBuffer(result)).toBe(true);
    expect(result.equals(png)).toBe(true);
    expect(captured[0].headers).toEqual(expectedHeaders());
    expect(captured[0].body).toBeUndefined();
  });

  test('getMessageContentPreviewStream streams the bytes', async () => {
    const bytes = Buffer.from('preview-bytes');
    intercept('GET', 'data', '/v2/bot/message/m1/content/preview', { body: bytes, headers: { 'content-type': 'image/jpeg' } });
    const stream = await makeClient().getMessageContentPreviewStream('m1');
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  test('waitForMessageContent polls until succeeded', async () => {
    const p = '/v2/bot/message/m1/content/transcoding';
    const a = intercept('GET', 'data', p, { body: { status: 'processing' } });
    const b = intercept('GET', 'data', p, { body: { status: 'processing' } });
    const c = intercept('GET', 'data', p, { body: { status: 'succeeded' } });
    await expect(makeClient().waitForMessageContent('m1', { interval: 5, timeout: 5000 })).resolves.toEqual({ status: 'succeeded' });
    expect([a.length, b.length, c.length]).toEqual([1, 1, 1]);
    expect(a[0].headers).toEqual(expectedHeaders());
  });

  test('waitForMessageContent rejects when LINE reports failed', async () => {
    intercept('GET', 'data', '/v2/bot/message/m1/content/transcoding', { body: { status: 'failed' } });
    const err = await makeClient().waitForMessageContent('m1', { interval: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineError);
    expect((err as Error).message).toMatch(/m1.*failed/);
  });

  test('waitForMessageContent rejects after the timeout, with a bounded number of checks', async () => {
    const captured = interceptAt('https://api-data.line.me', 'GET', '/v2/bot/message/m1/content/transcoding', { body: { status: 'processing' } }, 2);
    const started = Date.now();
    const err = await makeClient().waitForMessageContent('m1', { timeout: 40, interval: 1000 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(900);
    expect(err).toBeInstanceOf(LineError);
    expect((err as Error).message).toMatch(/still not ready after 40 ms \(last status: processing\)/);
    expect(captured.length).toBe(2);
  });

  test('waitForMessageContent validates its options before any request', async () => {
    await expect(makeClient().waitForMessageContent('m1', { interval: 0 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(makeClient().waitForMessageContent('')).rejects.toBeInstanceOf(LineValidationError);
  });
});

describe('paginators', () => {
  test('iterateFollowerIds and getAllFollowerIds follow next', async () => {
    const p1 = intercept('GET', 'api', '/v2/bot/followers/ids', { body: { userIds: ['U1', 'U2'], next: 'n2' } });
    const p2 = intercept('GET', 'api', '/v2/bot/followers/ids', { body: { userIds: ['U3'] } });
    expect(await makeClient().getAllFollowerIds()).toEqual(['U1', 'U2', 'U3']);
    expect(p1[0].query).toEqual({ limit: '1000' });
    expect(p2[0].query).toEqual({ limit: '1000', start: 'n2' });
  });

  test('iterateJoinedMembershipUserIds follows next', async () => {
    const p1 = intercept('GET', 'api', '/v2/bot/membership/7/users/ids', { body: { userIds: ['U1'], next: 'n2' } });
    const p2 = intercept('GET', 'api', '/v2/bot/membership/7/users/ids', { body: { userIds: ['U2'] } });
    const ids: string[] = [];
    for await (const id of makeClient().iterateJoinedMembershipUserIds(7, { limit: 1 })) ids.push(id);
    expect(ids).toEqual(['U1', 'U2']);
    expect(p1[0].query).toEqual({ limit: '1' });
    expect(p2[0].query).toEqual({ limit: '1', start: 'n2' });
  });
});

describe('coupon list', () => {
  test('sends each status as its own parameter', async () => {
    const captured = interceptAt(API, 'GET', '/v2/bot/coupon', { body: { items: [{ couponId: 'c', title: 't' }], next: 'n' } });
    const res = await makeClient().getCouponList({ status: ['DRAFT', 'RUNNING'], limit: 5, start: 'tok' });
    expect(res).toEqual({ items: [{ couponId: 'c', title: 't' }], next: 'n' });
    expect(captured[0].search).toBe('?status=DRAFT&status=RUNNING&start=tok&limit=5');
    expect(captured[0].headers).toEqual(expectedHeaders());
  });

  test('without options sends no query', async () => {
    const captured = interceptAt(API, 'GET', '/v2/bot/coupon', { body: { items: [] } });
    await makeClient().getCouponList();
    expect(captured[0].search).toBe('');
  });

  test('rejects unknown statuses and limits before sending', async () => {
    await expect(makeClient().getCouponList({ status: ['OPEN' as LineTypes.CouponStatus] })).rejects.toBeInstanceOf(LineValidationError);
    await expect(makeClient().getCouponList({ limit: 101 })).rejects.toBeInstanceOf(LineValidationError);
  });
});

describe('rich menu bulk link and batch', () => {
  const users = Array.from({ length: 1201 }, (_, i) => `U${i}`);

  test('linkRichMenuToUsers sends chunks of 500 in order', async () => {
    const captured = [0, 1, 2].map(() => intercept('POST', 'api', '/v2/bot/richmenu/bulk/link', { status: 202, body: {} }));
    await expect(makeClient().linkRichMenuToUsers(users, 'richmenu-1')).resolves.toEqual({});
    expect(captured.map((c) => (c[0].body as { userIds: string[] }).userIds.length)).toEqual([500, 500, 201]);
    expect(captured[0][0].body).toEqual({ richMenuId: 'richmenu-1', userIds: users.slice(0, 500) });
    expect(captured[2][0].body).toEqual({ richMenuId: 'richmenu-1', userIds: users.slice(1000) });
    expect(captured[0][0].headers).toEqual(expectedHeaders());
  });

  test('unlinkRichMenuFromUsers sends chunks of 500', async () => {
    const captured = [0, 1, 2].map(() => intercept('POST', 'api', '/v2/bot/richmenu/bulk/unlink', { status: 202, body: {} }));
    await makeClient().unlinkRichMenuFromUsers(users);
    expect(captured.map((c) => c[0].body)).toEqual([{ userIds: users.slice(0, 500) }, { userIds: users.slice(500, 1000) }, { userIds: users.slice(1000) }]);
  });

  test('validates every user ID before the first request', async () => {
    const bad = [...users.slice(0, 700), ''];
    await expect(makeClient().linkRichMenuToUsers(bad, 'richmenu-1')).rejects.toThrow(/userIds\[700\]/);
    await expect(makeClient().unlinkRichMenuFromUsers([])).rejects.toBeInstanceOf(LineValidationError);
  });

  test('richMenuBatch returns the request id of the batch', async () => {
    const captured = intercept('POST', 'api', '/v2/bot/richmenu/batch', { status: 202, body: '', headers: { 'x-line-request-id': 'batch-1' } });
    const ops: LineTypes.RichMenuBatchOperation[] = [
      { type: 'link', from: 'richmenu-1', to: 'richmenu-2' },
      { type: 'unlink', from: 'richmenu-3' },
    ];
    await expect(makeClient().richMenuBatch(ops, { resumeRequestKey: 'r-1' })).resolves.toEqual({ requestId: 'batch-1' });
    expect(captured[0].body).toEqual({ operations: ops, resumeRequestKey: 'r-1' });
    expect(captured[0].headers).toEqual(expectedHeaders());
  });

  test('richMenuBatch validates operations and key', async () => {
    const c = makeClient();
    await expect(c.richMenuBatch([])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.richMenuBatch(Array.from({ length: 1001 }, () => ({ type: 'unlinkAll' as const })))).rejects.toThrow(/1 to 1000/);
    await expect(c.richMenuBatch([{ type: 'unlinkAll' }], { resumeRequestKey: 'bad key' })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.validateRichMenuBatch([{ type: 'relink' } as unknown as LineTypes.RichMenuBatchOperation])).rejects.toThrow(/operations\[0\]\.type/);
  });

  test('createRichMenuAlias checks the alias pattern', async () => {
    await expect(makeClient().createRichMenuAlias('Upper', 'richmenu-1')).rejects.toBeInstanceOf(LineValidationError);
  });
});

describe('argument checks send nothing', () => {
  test.each([5, 10, 60])('showLoadingAnimation accepts %i seconds', async (loadingSeconds) => {
    const captured = intercept('POST', 'api', '/v2/bot/chat/loading/start', { status: 202, body: {} });
    await makeClient().showLoadingAnimation('U1', { loadingSeconds });
    expect(captured[0].body).toEqual({ chatId: 'U1', loadingSeconds });
  });

  test.each([0, 4, 7, 65, 12.5])('showLoadingAnimation rejects %p seconds', async (loadingSeconds) => {
    await expect(makeClient().showLoadingAnimation('U1', { loadingSeconds })).rejects.toBeInstanceOf(LineValidationError);
  });

  test('pushMessagesByPhone checks the hash, the messages and the delivery tag', async () => {
    const c = makeClient();
    const err = (await c.pushMessagesByPhone('+818012345678', [text]).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(LineValidationError);
    expect(err?.message).not.toContain('818012345678');
    await expect(c.pushMessagesByPhone(HASH, [])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.pushMessagesByPhone(HASH, [text], { deliveryTag: 'short' })).rejects.toThrow(/16 to 100/);
  });

  test('dates, units and pages', async () => {
    const c = makeClient();
    await expect(c.getNumberOfSentPnpMessages('2021-12-31')).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getStatisticsPerUnit('bad unit', '20210301', '20210331')).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getRichMenuInsightDaily('r', '20210301', 'x')).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getFollowerIds({ limit: 1001 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getJoinedMembershipUserIds(1, { limit: 0 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getModules({ limit: 101 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.getSharedAudienceGroups({ size: 41 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.acquireChatControl('U1', { ttl: 31_536_001 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.sendMissionSticker('U1', { productId: '1', productType: 'STICKER' } as LineTypes.MissionStickerOptions)).rejects.toThrow(/sendPresentMessage/);
    await expect(c.validatePushMessages([])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.createCoupon({ title: 'x'.repeat(61) } as LineTypes.CouponCreateRequest)).rejects.toBeInstanceOf(LineValidationError);
  });

  test('LINE errors come through as LineApiError', async () => {
    intercept('PUT', 'api', '/v2/bot/coupon/c-1/close', { status: 410, body: { message: 'The coupon is already closed' } });
    const err = await makeClient().closeCoupon('c-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineApiError);
    expect(err).toMatchObject({ status: 410, message: 'LINE API - The coupon is already closed' });
  });
});

describe('validation rejects, never throws synchronously', () => {
  const needArgs = [
    'getMessageContentPreview', 'getMessageContentPreviewStream', 'getMessageContentTranscoding', 'waitForMessageContent',
    'validateReplyMessages', 'validatePushMessages', 'validateMulticastMessages', 'validateNarrowcastMessages', 'validateBroadcastMessages',
    'validateRichMenu', 'createRichMenuAlias', 'getRichMenuAlias', 'updateRichMenuAlias', 'deleteRichMenuAlias',
    'linkRichMenuToUsers', 'unlinkRichMenuFromUsers', 'richMenuBatch', 'validateRichMenuBatch', 'getRichMenuBatchProgress',
    'markMessagesAsRead', 'markMessagesAsReadByToken', 'showLoadingAnimation', 'pushMessagesByPhone', 'getNumberOfSentPnpMessages',
    'getMembershipSubscription', 'getJoinedMembershipUserIds', 'createCoupon', 'getCoupon', 'closeCoupon',
    'getMessageEvent', 'getStatisticsPerUnit', 'getRichMenuInsightSummary', 'getRichMenuInsightDaily',
    'createUploadAudienceGroupByFile', 'updateUploadAudienceGroupByFile', 'getSharedAudienceGroup',
    'acquireChatControl', 'releaseChatControl', 'attachModule', 'sendMissionSticker',
    'verifyChannelAccessToken', 'revokeChannelAccessToken', 'issueChannelAccessTokenByJWT', 'verifyChannelAccessTokenByJWT',
    'revokeChannelAccessTokenByJWT', 'getValidChannelAccessTokenKeyIds',
  ] as const;

  test.each(needArgs)('%s', async (name) => {
    const method = (makeClient() as unknown as Record<string, (...args: unknown[]) => unknown>)[name];
    let result: unknown;
    expect(() => {
      result = method.call(makeClient());
    }).not.toThrow();
    await expect(result).rejects.toBeInstanceOf(LineValidationError);
  });
});
