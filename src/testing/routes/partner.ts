/**
 * Chat actions (loading animation, mark as read), membership, coupons, module channels (module.yml) and
 * mission stickers (shop.yml).
 */

import { LineApiError, badProperty, invalidPropertyError, notFound, validationError } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { MembershipState } from '../state';
import type { JsonObject, JsonValue, LineErrorDetail } from '../types';
import { check, requireObjectBody } from '../validation';
import { DEFAULT_BOT_INFO } from './account';
import { page } from './chats';

const COUPON_STATUSES = ['DRAFT', 'RUNNING', 'CLOSED'];

/** The body as an object; an empty body reads as `{}`. */
function optionalBody(ctx: RouteContext): JsonObject {
  return ctx.rawBody.length > 0 ? requireObjectBody(ctx.body) : {};
}

function finish(out: readonly LineErrorDetail[]): void {
  if (out.length > 0) throw validationError(out);
}

/** A `limit` query parameter: `fallback` when absent, 400 outside 1–`max` (or clamped to `max`). */
function limitOf(ctx: RouteContext, fallback: number, max: number, clamp = false): number {
  const text = ctx.query.limit;
  const limit = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(limit) || limit < 1 || (!clamp && limit > max)) throw badProperty('limit', `Must be between 1 and ${max}`);
  return Math.min(limit, max);
}

/** 400 when `strictRecipients` is on and the id is not a known user. */
function assertKnown(ctx: RouteContext, id: string | undefined, property: string): void {
  if (id !== undefined && ctx.state.options.strictRecipients && !ctx.state.isKnownRecipient(id)) {
    throw badProperty(property, 'The user is not found');
  }
}

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

function get(path: string, handler: RouteDef['handler']): RouteDef {
  return { method: 'GET', host: 'api', path, handler };
}

/** A POST route whose handler only validates; it answers `{}` with `status`. */
function post(path: string, validate: (ctx: RouteContext) => void, status = 200): RouteDef {
  return {
    method: 'POST',
    host: 'api',
    path,
    handler(ctx) {
      validate(ctx);
      return { status, body: {} };
    },
  };
}

/** The partner and chat action routes. */
export const partnerRoutes: readonly RouteDef[] = [
  post(
    '/v2/bot/chat/loading/start',
    (ctx) => {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      assertKnown(ctx, check.string(body, 'chatId', 'chatId', out), 'chatId');
      const seconds = body.loadingSeconds;
      if (seconds !== undefined && seconds !== null) {
        if (typeof seconds !== 'number') throw invalidPropertyError('loadingSeconds');
        if (!Number.isInteger(seconds) || seconds < 5 || seconds > 60 || seconds % 5 !== 0) {
          out.push({ message: 'Must be one of 5, 10, 15, ..., 60', property: 'loadingSeconds' });
        }
      }
      finish(out);
    },
    202,
  ),
  post('/v2/bot/message/markAsRead', (ctx) => {
    const out: LineErrorDetail[] = [];
    const chat = check.object(requireObjectBody(ctx.body), 'chat', 'chat', out);
    if (chat) check.string(chat, 'userId', 'chat.userId', out);
    finish(out);
  }),
  post('/v2/bot/chat/markAsRead', (ctx) => {
    const out: LineErrorDetail[] = [];
    check.string(requireObjectBody(ctx.body), 'markAsReadToken', 'markAsReadToken', out);
    finish(out);
  }),
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
      if (coupon.status === 'CLOSED') throw new LineApiError(410, { message: 'The coupon is already closed' });
      ctx.state.coupons.set(ctx.params.couponId, { ...coupon, status: 'CLOSED' });
      return { body: {} };
    },
  },
  post('/v2/bot/channel/detach', (ctx) => {
    const out: LineErrorDetail[] = [];
    check.string(optionalBody(ctx), 'botId', 'botId', out, undefined, true);
    finish(out);
  }),
  post('/v2/bot/chat/{chatId}/control/acquire', (ctx) => {
    const { expired, ttl } = optionalBody(ctx);
    if (expired !== undefined && typeof expired !== 'boolean') throw invalidPropertyError('expired');
    if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 1 || ttl > 31_536_000)) {
      throw badProperty('ttl', 'Must be between 1 and 31536000');
    }
  }),
  { ...post('/v2/bot/chat/{chatId}/control/release', () => undefined), body: 'none' },
  get('/v2/bot/list', (ctx) => {
    const info = { ...DEFAULT_BOT_INFO, ...ctx.state.options.botInfo };
    const bots = ctx.state.options.moduleBots ?? [
      { userId: info.userId, basicId: info.basicId, displayName: info.displayName, pictureUrl: info.pictureUrl },
    ];
    return page('bots', limitOf(ctx, 100, 100, true), ctx.query.start, (a, b) => bots.slice(a, b));
  }),
  post('/shop/v3/mission', (ctx) => {
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
