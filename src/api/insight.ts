/**
 * Insight: statistics of deliveries, followers, demographics, message events, aggregation units and rich menus.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { LineValidationError } from '../errors';
import { path } from '../http/transport';
import { requireString } from '../validate';
import { requireDate } from '../client/args';
import type { ApiClient } from '../client/context';
import { json } from '../client/core';

/**
 * Gets the number of messages delivered on a day, by kind. Calls `GET /v2/bot/insight/message/delivery?date=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-delivery-messages | Get number of message deliveries}
 * @param date - the day, `yyyyMMdd` (UTC+9)
 * @returns `{ status, broadcast?, targeting?, ... }`
 * @group Insight
 */
export async function getNumberOfMessageDeliveries(client: ApiClient, date: string): Promise<LineTypes.NumberOfMessageDeliveriesResponse> {
  requireString(date, 'date');
  return json(client, { method: 'GET', path: '/v2/bot/insight/message/delivery', query: { date }, queryAsParams: true });
}

/**
 * Gets the number of followers on a day. Calls `GET /v2/bot/insight/followers?date=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-followers | Get number of followers}
 * @param date - the day, `yyyyMMdd` (UTC+9)
 * @returns `{ status, followers?, targetedReaches?, blocks? }`
 * @group Insight
 */
export async function getNumberOfFollowers(client: ApiClient, date: string): Promise<LineTypes.NumberOfFollowersResponse> {
  requireString(date, 'date');
  return json(client, { method: 'GET', path: '/v2/bot/insight/followers', query: { date }, queryAsParams: true });
}

/**
 * Gets the demographics of the bot's friends. Calls `GET /v2/bot/insight/demographic`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-demographic | Get friend demographics}
 * @returns `{ available, genders?, ages?, areas?, appTypes?, subscriptionPeriods? }`
 * @group Insight
 */
export async function getFriendDemographics(client: ApiClient): Promise<LineTypes.FriendDemographics> {
  return json(client, { method: 'GET', path: '/v2/bot/insight/demographic' });
}

/**
 * Gets statistics of how users interacted with a narrowcast or broadcast. Calls
 * `GET /v2/bot/insight/message/event?requestId=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-message-event | Get user interaction statistics}
 * @param requestId - the request id of the narrowcast or broadcast (`requestId` of its result)
 * @returns `{ overview, messages, clicks }`
 * @group Insight
 */
export async function getMessageEvent(client: ApiClient, requestId: string): Promise<LineTypes.GetMessageEventResponse> {
  requireString(requestId, 'requestId');
  return json(client, { method: 'GET', path: '/v2/bot/insight/message/event', query: { requestId } });
}

/**
 * Gets statistics of the push and multicast messages sent with one aggregation unit. Calls
 * `GET /v2/bot/insight/message/event/aggregation`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-statistics-per-unit | Get statistics per unit}
 * @param customAggregationUnit - name of the unit (`^[a-zA-Z0-9_]{1,30}$`, case-sensitive)
 * @param from - first day, `yyyyMMdd` (UTC+9)
 * @param to - last day, `yyyyMMdd`, at most 30 days after `from`
 * @returns `{ overview, messages, clicks }`
 * @group Insight
 */
export async function getStatisticsPerUnit(client: ApiClient, customAggregationUnit: string, from: string, to: string): Promise<LineTypes.GetStatisticsPerUnitResponse> {
  requireString(customAggregationUnit, 'customAggregationUnit');
  if (!/^[a-zA-Z0-9_]{1,30}$/.test(customAggregationUnit)) {
    throw new LineValidationError('customAggregationUnit', 'LINE accepts 1 to 30 characters of a-z, A-Z, 0-9 and `_`', '^[a-zA-Z0-9_]{1,30}$');
  }
  requireDate(from, 'from');
  requireDate(to, 'to');
  return json(client, { method: 'GET', path: '/v2/bot/insight/message/event/aggregation', query: { customAggregationUnit, from, to } });
}

/**
 * Gets a rich menu's impressions and clicks per area, summed over a period. Calls
 * `GET /v2/bot/insight/richmenu/{richMenuId}/summary`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-summary | Get rich menu insight summary}
 * @param richMenuId - ID of a rich menu created with the Messaging API
 * @param from - first day, `yyyyMMdd` (UTC+9)
 * @param to - last day, `yyyyMMdd`, at most 396 days after `from`
 * @returns `{ richMenuId, metricsFrom, metricsTo, impression, clicks }` (only `richMenuId` below LINE's privacy threshold)
 * @group Insight
 */
export async function getRichMenuInsightSummary(client: ApiClient, richMenuId: string, from: string, to: string): Promise<LineTypes.GetRichMenuInsightSummaryResponse> {
  const p = path('/v2/bot/insight/richmenu/{richMenuId}/summary', { richMenuId });
  requireDate(from, 'from');
  requireDate(to, 'to');
  return json(client, { method: 'GET', path: p, query: { from, to } });
}

/**
 * Gets a rich menu's impressions and clicks per area, day by day. Calls
 * `GET /v2/bot/insight/richmenu/{richMenuId}/daily`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-daily | Get rich menu insight daily}
 * @param richMenuId - ID of a rich menu created with the Messaging API
 * @param from - first day, `yyyyMMdd` (UTC+9)
 * @param to - last day, `yyyyMMdd`, at most 99 days after `from`
 * @returns `{ richMenuId, metricsFrom, metricsTo, impression, clicks }` with daily metrics
 * @group Insight
 */
export async function getRichMenuInsightDaily(client: ApiClient, richMenuId: string, from: string, to: string): Promise<LineTypes.GetRichMenuInsightDailyResponse> {
  const p = path('/v2/bot/insight/richmenu/{richMenuId}/daily', { richMenuId });
  requireDate(from, 'from');
  requireDate(to, 'to');
  return json(client, { method: 'GET', path: p, query: { from, to } });
}
