// The dummy LINE platform, shop domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer, uid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
afterEach(() => server.reset());
afterAll(() => server.close());

describe('membership and coupons', () => {
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

describe('mission stickers', () => {
  test('mission sticker', async () => {
    const body = { to: uid(1), productId: 'p', productType: 'STICKER', sendPresentMessage: false };
    expect((await call(server, 'POST', '/shop/v3/mission', { body })).status).toBe(200);
    const bad = await call(server, 'POST', '/shop/v3/mission', { body: { to: uid(1), productId: 'p', productType: 'STICKER' } });
    expect(bad.body).toMatchObject({ details: [{ property: 'sendPresentMessage' }] });
  });
});
