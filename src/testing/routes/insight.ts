/**
 * Insight (insight.yml): message deliveries, followers, demographics, interaction statistics of messages and of
 * aggregation units, rich menu statistics. The dummy platform has no users who
 * read or tap anything, so statistics are answered the way LINE answers them below its privacy threshold.
 */

import { badProperty, notFound } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { JsonValue } from '../types';
import { lineDate } from '../state';
import { requireDate } from '../validation';
import { get } from './shared';

const AGGREGATION_UNIT = /^[a-zA-Z0-9_]{1,30}$/;
const NO_OVERVIEW = { uniqueImpression: null, uniqueClick: null, uniqueMediaPlayed: null, uniqueMediaPlayed100Percent: null };

function dateParam(ctx: RouteContext, name: string): string {
  const value = ctx.query[name];
  if (value === undefined || value === '') throw badProperty(name, 'May not be empty');
  if (!/^\d{8}$/.test(value)) throw badProperty(name, 'Must match ^[0-9]{8}$');
  return value;
}

/** `{ richMenuId }` of a rich menu insight request: below the privacy threshold, the only field LINE answers. */
function richMenuInsight(ctx: RouteContext) {
  dateParam(ctx, 'from');
  dateParam(ctx, 'to');
  if (!ctx.state.richMenus.has(ctx.params.richMenuId)) throw notFound();
  return { body: { richMenuId: ctx.params.richMenuId } };
}

/** The insight routes. */
export const insightRoutes: readonly RouteDef[] = [
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/insight/demographic',
    handler: (ctx) => ({ body: ctx.state.options.demographic ?? { available: false } }),
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/insight/message/delivery',
    handler(ctx) {
      const date = requireDate(ctx.query.date);
      if (date > lineDate(Date.now())) return { body: { status: 'unready' } };
      const s = ctx.state;
      return {
        body: {
          status: 'ready',
          broadcast: 0,
          targeting: 0,
          autoResponse: 0,
          welcomeResponse: 0,
          chat: 0,
          apiBroadcast: s.sentOn('broadcast', date),
          apiPush: s.sentOn('push', date),
          apiMulticast: s.sentOn('multicast', date),
          apiNarrowcast: s.sentOn('narrowcast', date),
          apiReply: s.sentOn('reply', date),
        },
      };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/insight/followers',
    handler(ctx) {
      const date = requireDate(ctx.query.date);
      if (date > lineDate(Date.now())) return { body: { status: 'unready' } };
      const followers = ctx.state.followers.length;
      return { body: { status: 'ready', followers, targetedReaches: followers, blocks: 0 } };
    },
  },
  get('/v2/bot/insight/message/event', (ctx) => {
    const requestId = ctx.query.requestId;
    if (!requestId) throw badProperty('requestId', 'May not be empty');
    const delivery = ctx.state.deliveries.find(
      (d) => d.requestId === requestId && (d.kind === 'broadcast' || d.kind === 'narrowcast'),
    );
    const narrowcast = ctx.state.narrowcasts.get(requestId);
    if (!delivery && !narrowcast) throw notFound();
    const time = delivery?.time ?? narrowcast?.acceptedTime ?? Date.now();
    const overview = {
      requestId,
      timestamp: Math.floor(time / 1000),
      delivered: delivery?.recipients.length ?? narrowcast?.targetCount ?? 0,
      ...NO_OVERVIEW,
    };
    const messages: JsonValue[] = (delivery?.messages ?? []).map((_, i) => ({ seq: i + 1, impression: null, mediaPlayed: null }));
    return { body: { overview, messages, clicks: [] } };
  }),
  get('/v2/bot/insight/message/event/aggregation', (ctx) => {
    const unit = ctx.query.customAggregationUnit;
    if (unit === undefined || !AGGREGATION_UNIT.test(unit)) {
      throw badProperty('customAggregationUnit', `Must match ${AGGREGATION_UNIT.source}`);
    }
    dateParam(ctx, 'from');
    dateParam(ctx, 'to');
    return { body: { overview: NO_OVERVIEW, messages: [], clicks: [] } };
  }),
  get('/v2/bot/insight/richmenu/{richMenuId}/summary', richMenuInsight),
  get('/v2/bot/insight/richmenu/{richMenuId}/daily', richMenuInsight),
];
