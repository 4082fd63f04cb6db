/**
 * Aggregation units and the newer insight endpoints (insight.yml). The dummy platform has no users who
 * read or tap anything, so statistics are answered the way LINE answers them below its privacy threshold.
 */

import { badProperty, notFound } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { JsonValue } from '../types';
import { page } from './chats';

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

function get(path: string, handler: RouteDef['handler']): RouteDef {
  return { method: 'GET', host: 'api', path, handler };
}

/** The insight routes. */
export const insightRoutes: readonly RouteDef[] = [
  get('/v2/bot/message/aggregation/info', (ctx) => ({ body: { numOfCustomAggregationUnits: ctx.state.aggregationUnits.size } })),
  get('/v2/bot/message/aggregation/list', (ctx) => {
    const limit = ctx.query.limit === undefined ? 100 : Number(ctx.query.limit);
    if (!Number.isInteger(limit) || limit < 1) throw badProperty('limit', 'Must be greater than or equal to 1');
    const units = [...ctx.state.aggregationUnits];
    return page('customAggregationUnits', Math.min(limit, 100), ctx.query.start, (a, b) => units.slice(a, b));
  }),
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
