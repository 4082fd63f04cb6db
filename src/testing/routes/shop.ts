/** Shop: membership, coupons (messaging-api.yml) and mission stickers (shop.yml). */

import { DummyErrorAnswer, badProperty, invalidPropertyError, notFound } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { MembershipState } from '../state';
import type { JsonObject, JsonValue, LineErrorDetail } from '../types';
import { check, requireObjectBody } from '../validation';
import { assertKnown, checkedPost, finish, get, limitOf, page } from './shared';

const COUPON_STATUSES = ['DRAFT', 'RUNNING', 'CLOSED'];

function membershipOf(ctx: RouteContext): MembershipState {
  const membership = ctx.state.memberships.get(Number(ctx.params.membershipId));
  if (!membership) throw notFound();
  return membership;
}

function nextBillingDate(): string {
  const date = new Date();
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.toISOString().slice(0, 10);
}

function couponOf(ctx: RouteContext): JsonObject {
  const coupon = ctx.state.coupons.get(ctx.params.couponId);
  if (!coupon) throw notFound();
  return coupon;
}

function validateCoupon(body: JsonObject): void {
  const out: LineErrorDetail[] = [];
  check.string(body, 'title', 'title', out, 60);
  for (const key of ['startTimestamp', 'endTimestamp', 'maxUseCountPerTicket']) check.number(body, key, key, out);
  const { startTimestamp: start, endTimestamp: end } = body;
  if (typeof start === 'number' && typeof end === 'number' && end <= start) {
    out.push({ message: 'Must be after startTimestamp', property: 'endTimestamp' });
  }
  const visibility = check.string(body, 'visibility', 'visibility', out);
  if (visibility !== undefined && visibility !== 'UNLISTED' && visibility !== 'PUBLIC') {
    out.push({ message: 'Must be one of the following values: [UNLISTED, PUBLIC]', property: 'visibility' });
  }
  check.string(body, 'timezone', 'timezone', out);
  const condition = check.object(body, 'acquisitionCondition', 'acquisitionCondition', out);
  if (condition) check.string(condition, 'type', 'acquisitionCondition.type', out);
  const reward = check.object(body, 'reward', 'reward', out, true);
  if (reward) check.string(reward, 'type', 'reward.type', out);
  check.string(body, 'description', 'description', out, 1000, true);
  finish(out);
}

/** The shop routes. */
export const shopRoutes: readonly RouteDef[] = [
  get('/v2/bot/membership/subscription/{userId}', (ctx) => {
    const { userId } = ctx.params;
    const subscriptions: JsonValue[] = [];
    for (const { plan, members } of ctx.state.memberships.values()) {
      const index = members.indexOf(userId);
      if (index < 0) continue;
      const { memberCount: _count, memberLimit: _limit, isInAppPurchase: _iap, isPublished: _published, ...membership } = plan;
      const user = { membershipNo: index + 1, joinedTime: ctx.state.startedAt, nextBillingDate: nextBillingDate(), totalSubscriptionMonths: 1 };
      subscriptions.push({ membership, user });
    }
    if (subscriptions.length === 0) throw notFound();
    return { body: { subscriptions } };
  }),
  get('/v2/bot/membership/list', (ctx) => {
    if (ctx.state.memberships.size === 0) throw notFound();
    return { body: { memberships: [...ctx.state.memberships.values()].map((m) => m.plan) } };
  }),
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/membership/{membershipId}/users/ids',
    paramPatterns: { membershipId: '\\d+' },
    handler(ctx) {
      const { members } = membershipOf(ctx);
      return page('userIds', limitOf(ctx, 300, 1000), ctx.query.start, (a, b) => members.slice(a, b));
    },
  },
  get('/v2/bot/coupon', (ctx) => {
    const statuses = new URLSearchParams(ctx.rawQuery).getAll('status');
    const bad = statuses.find((s) => !COUPON_STATUSES.includes(s));
    if (bad !== undefined) throw badProperty('status', `Must be one of the following values: [${COUPON_STATUSES.join(', ')}]`);
    const items = [...ctx.state.coupons.values()]
      .filter((c) => statuses.length === 0 || statuses.includes(String(c.status)))
      .map((c) => ({ couponId: c.couponId, title: c.title }));
    return page('items', limitOf(ctx, 20, 100), ctx.query.start, (a, b) => items.slice(a, b));
  }),
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/coupon',
    handler(ctx) {
      const body = requireObjectBody(ctx.body);
      validateCoupon(body);
      const couponId = ctx.state.newCouponId();
      const created = { ...body, couponId, status: 'RUNNING', createdTimestamp: Math.floor(Date.now() / 1000) };
      ctx.state.coupons.set(couponId, created);
      return { body: { couponId } };
    },
  },
  get('/v2/bot/coupon/{couponId}', (ctx) => ({ body: couponOf(ctx) })),
  {
    method: 'PUT',
    host: 'api',
    path: '/v2/bot/coupon/{couponId}/close',
    body: 'none',
    handler(ctx) {
      const coupon = couponOf(ctx);
      if (coupon.status === 'CLOSED') throw new DummyErrorAnswer(410, { message: 'The coupon is already closed' });
      ctx.state.coupons.set(ctx.params.couponId, { ...coupon, status: 'CLOSED' });
      return { body: {} };
    },
  },
  checkedPost('/shop/v3/mission', (ctx) => {
    const body = requireObjectBody(ctx.body);
    const out: LineErrorDetail[] = [];
    assertKnown(ctx, check.string(body, 'to', 'to', out), 'to');
    check.string(body, 'productId', 'productId', out);
    check.string(body, 'productType', 'productType', out);
    if (body.sendPresentMessage === undefined || body.sendPresentMessage === null) {
      out.push({ message: 'May not be null', property: 'sendPresentMessage' });
    } else if (typeof body.sendPresentMessage !== 'boolean') throw invalidPropertyError('sendPresentMessage');
    finish(out);
  }),
];
