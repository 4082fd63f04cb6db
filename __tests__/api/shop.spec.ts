/**
 * The shop domain (membership, coupons and mission stickers): every LineClient method on the wire (host, method,
 * path, query, headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { LineApiError, LineValidationError } from '../../src';
import type { LineTypes } from '../../src';
import { API, expectedHeaders, intercept, interceptAt, makeClient } from '../support/interceptAt';
import { describeRows, type OperationRow } from '../support/wire';

const rows: OperationRow[] = [
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
    name: 'sendMissionSticker',
    call: (c) => c.sendMissionSticker('U1', { productId: '12345', productType: 'STICKER', sendPresentMessage: false }),
    method: 'POST',
    path: '/shop/v3/mission',
    body: { to: 'U1', productId: '12345', productType: 'STICKER', sendPresentMessage: false },
    reply: '',
    result: {},
  },
];

describeRows('shop: exact wire and shaped result', rows);

describe('paginators', () => {
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

describe('errors', () => {
  test('LINE errors come through as LineApiError', async () => {
    intercept('PUT', 'api', '/v2/bot/coupon/c-1/close', { status: 410, body: { message: 'The coupon is already closed' } });
    const err = await makeClient().closeCoupon('c-1').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineApiError);
    expect(err).toMatchObject({ status: 410, message: 'LINE API - The coupon is already closed' });
  });
});
