/**
 * Sending messages (reply, push, multicast, broadcast, narrowcast, phone numbers), validation, narrowcast
 * progress, quota, counts of sent messages and aggregation units.
 */

import { DummyErrorAnswer, badProperty, invalidPropertyError, isObject, notFound } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { DummyState } from '../state';
import { lineDate } from '../state';
import type { DeliveryKind, JsonObject, JsonValue } from '../types';
import { requireDate, requireObjectBody, validateBroadcast, validateMulticast, validatePush, validateReply } from '../validation';
import { get, page } from './shared';

function assertRecipients(state: DummyState, ids: readonly string[]): void {
  if (!state.options.strictRecipients) return;
  if (ids.some((id) => !state.isKnownRecipient(id))) {
    throw new DummyErrorAnswer(400, { message: 'Failed to send messages' });
  }
}

function audienceIds(state: DummyState, id: JsonValue | undefined): Set<string> {
  const audience = typeof id === 'number' || typeof id === 'string' ? state.audiences.get(Number(id)) : undefined;
  if (!audience) {
    throw new DummyErrorAnswer(400, {
      message: 'audience group not found',
      details: [{ message: 'AUDIENCE_GROUP_NOT_FOUND', property: 'recipient.audienceGroupId' }],
    });
  }
  return new Set(audience.ids);
}

/** Resolves a narrowcast recipient object to user ids: audiences, and/or/not operators; anything else means every follower. */
function resolveRecipient(state: DummyState, recipient: JsonValue | undefined): Set<string> {
  if (!isObject(recipient)) return new Set(state.followers);
  if (recipient.type === 'audience') return audienceIds(state, recipient.audienceGroupId);
  if (recipient.type !== 'operator') return new Set(state.followers);
  const { and, or, not } = recipient;
  if (Array.isArray(and)) {
    const sets = (and as readonly JsonValue[]).map((r) => resolveRecipient(state, r));
    const [first, ...rest] = sets;
    return new Set([...(first ?? [])].filter((id) => rest.every((s) => s.has(id))));
  }
  if (Array.isArray(or)) {
    const union = new Set<string>();
    for (const r of or as readonly JsonValue[]) for (const id of resolveRecipient(state, r)) union.add(id);
    return union;
  }
  if (not !== undefined) {
    const excluded = resolveRecipient(state, not);
    return new Set(state.followers.filter((id) => !excluded.has(id)));
  }
  throw invalidPropertyError('recipient');
}

/** Remembers the aggregation unit of a push or multicast (validated already). */
function recordUnits(ctx: RouteContext): void {
  const units = requireObjectBody(ctx.body).customAggregationUnits;
  if (Array.isArray(units)) for (const unit of units as readonly JsonValue[]) ctx.state.aggregationUnits.add(String(unit));
}

const PHONE_HASH = /^[0-9a-f]{64}$/i;

/** `POST /bot/pnp/push`: a LINE notification message to a hashed phone number; not counted in the quota. */
function pnpPush(ctx: RouteContext) {
  const { to, messages } = validatePush(ctx.body, false);
  if (!PHONE_HASH.test(to)) throw badProperty('to', 'Must be the SHA-256 hash of a phone number in E.164 format');
  const header = ctx.headers['x-line-delivery-tag'];
  const tag = Array.isArray(header) ? header[0] : header;
  if (tag !== undefined && (tag.length < 16 || tag.length > 100)) {
    throw new DummyErrorAnswer(400, { message: "The value for the 'X-Line-Delivery-Tag' header is invalid" });
  }
  ctx.state.deliver('pnp', ctx.requestId, undefined, [to], messages, false, tag);
  return { body: {} };
}

function send(ctx: RouteContext, kind: DeliveryKind, recipients: readonly string[], messages: readonly JsonObject[]) {
  ctx.state.assertQuota(kind === 'reply' ? 0 : ctx.state.countRecipients(recipients));
  return ctx.state.deliver(kind, ctx.requestId, ctx.retryKey, recipients, messages, kind === 'reply' || kind === 'push');
}

const PHASES = ['waiting', 'sending', 'succeeded'] as const;

function narrowcastProgress(ctx: RouteContext) {
  const requestId = ctx.query.requestId;
  if (!requestId) throw badProperty('requestId', 'May not be empty');
  const progress = ctx.state.narrowcasts.get(requestId);
  if (!progress) throw notFound();
  const phaseMs = ctx.state.options.narrowcastPhaseMs;
  const step = phaseMs !== undefined ? Math.floor((Date.now() - progress.acceptedTime) / Math.max(1, phaseMs)) : progress.polls;
  progress.polls += 1;
  const phase = PHASES[Math.min(step, PHASES.length - 1)];
  const body: Record<string, JsonValue> = { phase, acceptedTime: new Date(progress.acceptedTime).toISOString() };
  if (phase !== 'waiting') body.targetCount = progress.targetCount;
  if (phase === 'succeeded') {
    body.successCount = progress.targetCount;
    body.failureCount = 0;
    body.completedTime = new Date(progress.acceptedTime + (phaseMs ?? 0) * 2).toISOString();
  }
  return { body };
}

function deliveryCount(kind: DeliveryKind): RouteDef {
  return {
    method: 'GET',
    host: 'api',
    path: `/v2/bot/message/delivery/${kind}`,
    handler(ctx) {
      const date = requireDate(ctx.query.date);
      if (date > lineDate(Date.now())) return { body: { status: 'unready' } };
      return { body: { status: 'ready', success: ctx.state.sentOn(kind, date) } };
    },
  };
}

/** `POST /v2/bot/message/validate/{kind}`: the message checks of a send, without sending. */
function validateMessages(kind: string): RouteDef {
  return {
    method: 'POST',
    host: 'api',
    path: `/v2/bot/message/validate/${kind}`,
    handler(ctx) {
      validateBroadcast({ messages: requireObjectBody(ctx.body).messages });
      return { body: {} };
    },
  };
}

/** The message routes. */
export const messageRoutes: readonly RouteDef[] = [
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/message/reply',
    handler(ctx) {
      const { replyToken, messages } = validateReply(ctx.body);
      const to = ctx.state.consumeReplyToken(replyToken);
      return { body: { sentMessages: send(ctx, 'reply', [to], messages) } };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/message/push',
    retryKey: true,
    handler(ctx) {
      const { to, messages } = validatePush(ctx.body, ctx.state.options.validateIds !== false);
      assertRecipients(ctx.state, [to]);
      recordUnits(ctx);
      return { body: { sentMessages: send(ctx, 'push', [to], messages) } };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/message/multicast',
    retryKey: true,
    handler(ctx) {
      const { to, messages } = validateMulticast(ctx.body, ctx.state.options.validateIds !== false);
      assertRecipients(ctx.state, to);
      recordUnits(ctx);
      send(ctx, 'multicast', to, messages);
      return { body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/message/broadcast',
    retryKey: true,
    handler(ctx) {
      const { messages } = validateBroadcast(ctx.body);
      send(ctx, 'broadcast', ctx.state.followers, messages);
      return { body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/message/narrowcast',
    retryKey: true,
    handler(ctx) {
      const { body, messages } = validateBroadcast(ctx.body);
      let recipients = [...resolveRecipient(ctx.state, body.recipient)];
      const max = isObject(body.limit) ? body.limit.max : undefined;
      if (typeof max === 'number') recipients = recipients.slice(0, max);
      send(ctx, 'narrowcast', recipients, messages);
      ctx.state.narrowcasts.set(ctx.requestId, { acceptedTime: Date.now(), targetCount: recipients.length, polls: 0 });
      return { status: 202, body: {} };
    },
  },
  { method: 'GET', host: 'api', path: '/v2/bot/message/progress/narrowcast', handler: narrowcastProgress },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/message/quota',
    handler: (ctx) => ({ body: { ...ctx.state.quota } }),
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/message/quota/consumption',
    handler: (ctx) => ({ body: { totalUsage: ctx.state.totalUsage } }),
  },
  deliveryCount('reply'),
  deliveryCount('push'),
  deliveryCount('multicast'),
  deliveryCount('broadcast'),
  deliveryCount('pnp'),
  { method: 'POST', host: 'api', path: '/bot/pnp/push', handler: pnpPush },
  ...['reply', 'push', 'multicast', 'narrowcast', 'broadcast'].map(validateMessages),
  get('/v2/bot/message/aggregation/info', (ctx) => ({ body: { numOfCustomAggregationUnits: ctx.state.aggregationUnits.size } })),
  get('/v2/bot/message/aggregation/list', (ctx) => {
    const limit = ctx.query.limit === undefined ? 100 : Number(ctx.query.limit);
    if (!Number.isInteger(limit) || limit < 1) throw badProperty('limit', 'Must be greater than or equal to 1');
    const units = [...ctx.state.aggregationUnits];
    return page('customAggregationUnits', Math.min(limit, 100), ctx.query.start, (a, b) => units.slice(a, b));
  }),
];
