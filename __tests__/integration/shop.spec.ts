/**
 * Integration: membership plans, subscriptions and member ids; coupons; mission stickers. Against the dummy LINE platform over real HTTP.
 */
import { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, clientOf, COUPON, requestsTo, useDummyServer } from './helpers';

/** Member ids of the seeded membership (`Ua`, zero-padded to 33 characters). */
const memberId = (i: number): string => `Ua${String(i).padStart(31, '0')}`;

let server: DummyLineServer;
let client: LineClient;
useDummyServer(
  (s, c) => ([server, client] = [s, c]),
  { memberships: [{ membershipId: 7, title: 'Basic', price: 500, memberIds: { count: 450, prefix: 'Ua' } }] },
  (s) => clientOf(s, { channelId: s.channelId, channelSecret: s.channelSecret, managerOrigin: s.managerOrigin }),
);

describe('mission stickers', () => {
  it('sendMissionSticker', async () => {
    await expect(client.sendMissionSticker(ALICE, { productId: 'prod-1', productType: 'STICKER', sendPresentMessage: false })).resolves.toEqual({});
    expect(requestsTo(server, 'POST', '/shop/v3/mission')[0].body).toEqual({ to: ALICE, productId: 'prod-1', productType: 'STICKER', sendPresentMessage: false });
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
