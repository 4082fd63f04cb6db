/**
 * Shop: coupons, membership and mission stickers.
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
import { API_LIMITS, compactQuery, optionalInt } from '../client/args';
import type { ApiClient } from '../client/context';
import { empty, json } from '../client/core';
import { paginate } from '../client/pager';

/**
 * Gets the membership plans a user subscribes to. Calls `GET /v2/bot/membership/subscription/{userId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-a-users-membership-subscription-status | Get a user's membership subscription status}
 * @param userId - ID of the user
 * @returns `{ subscriptions: [{ membership, user }] }`
 * @group Membership
 */
export async function getMembershipSubscription(client: ApiClient, userId: string): Promise<LineTypes.GetMembershipSubscriptionResponse> {
  return json(client, { method: 'GET', path: path('/v2/bot/membership/subscription/{userId}', { userId }) });
}

/**
 * Gets the account's membership plans. Calls `GET /v2/bot/membership/list`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-plans | Get membership plans}
 * @returns `{ memberships }`
 * @group Membership
 */
export async function getMembershipList(client: ApiClient): Promise<LineTypes.MembershipListResponse> {
  return json(client, { method: 'GET', path: '/v2/bot/membership/list' });
}

/**
 * Gets one page of the user IDs of a membership plan's members. Calls
 * `GET /v2/bot/membership/{membershipId}/users/ids`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids | Get membership user IDs}
 * @param membershipId - ID of the membership plan
 * @param options - `limit` (1 to 1,000; LINE's default 300), `start` (the `next` token of the previous page)
 * @returns `{ userIds, next? }`
 * @group Membership
 */
export async function getJoinedMembershipUserIds(client: ApiClient, membershipId: number, options: LineTypes.GetJoinedMembershipUserIdsOptions = {}): Promise<LineTypes.GetJoinedMembershipUsersResponse> {
  const p = path('/v2/bot/membership/{membershipId}/users/ids', { membershipId });
  optionalInt(options.limit, 'limit', 1, API_LIMITS.membershipPage);
  const query = compactQuery({ start: options.start, limit: options.limit });
  return json(client, { method: 'GET', path: p, ...(query ? { query } : {}) });
}

/**
 * Iterates over the user IDs of every member of a membership plan, one page at a time. Calls
 * `GET /v2/bot/membership/{membershipId}/users/ids` once per page.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids | Get membership user IDs}
 * @param membershipId - ID of the membership plan
 * @param options - `limit` (IDs per page, default 1,000), `start` (a page to resume from)
 * @returns an async iterator of user IDs
 * @group Membership
 */
export async function* iterateJoinedMembershipUserIds(
  client: ApiClient,
  membershipId: number,
  options: LineTypes.GetJoinedMembershipUserIdsOptions = {},
): AsyncGenerator<string, void, undefined> {
  const limit = options.limit ?? API_LIMITS.membershipPage;
  yield* paginate<string, string>(options.start, async (start) => {
    const page = await getJoinedMembershipUserIds(client, membershipId, { limit, ...(start ? { start } : {}) });
    return { items: page.userIds, next: page.next };
  });
}

/**
 * Lists coupons, one page. Calls `GET /v2/bot/coupon` (each status as its own `status=` parameter).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-coupons-list | Get a list of coupons}
 * @param options - `status` (e.g. `['RUNNING']`), `limit` (1 to 100; LINE's default 20), `start` (the `next` token)
 * @returns `{ items: [{ couponId, title }], next? }`
 * @group Coupon
 */
export async function getCouponList(client: ApiClient, options: LineTypes.GetCouponListOptions = {}): Promise<LineTypes.CouponListResponse> {
  const { status, limit, start } = options;
  optionalInt(limit, 'limit', 1, API_LIMITS.couponPage);
  if (status !== undefined && (!Array.isArray(status) || status.some((s) => !['DRAFT', 'RUNNING', 'CLOSED'].includes(s)))) {
    throw new LineValidationError('status', 'expected an array of `DRAFT`, `RUNNING` and `CLOSED`');
  }
  // LINE takes the statuses as repeated parameters (`status=DRAFT&status=RUNNING`), which the query object cannot
  // express: the query string is built here.
  const params = new URLSearchParams();
  for (const s of new Set(status ?? [])) params.append('status', s);
  if (start !== undefined) params.append('start', start);
  if (limit !== undefined) params.append('limit', String(limit));
  const qs = params.toString();
  return json(client, { method: 'GET', path: `/v2/bot/coupon${qs ? `?${qs}` : ''}` });
}

/**
 * Creates a coupon. Calls `POST /v2/bot/coupon`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-coupon | Create a coupon}
 * @param coupon - title, validity, visibility, time zone, acquisition condition, reward, ...
 * @returns `{ couponId }`
 * @group Coupon
 */
export async function createCoupon(client: ApiClient, coupon: LineTypes.CouponCreateRequest): Promise<LineTypes.CouponCreateResponse> {
  if (!coupon || typeof coupon !== 'object') throw new LineValidationError('coupon', 'expected a coupon object');
  requireString(coupon.title, 'coupon.title');
  if (coupon.title.length > 60) throw new LineValidationError('coupon.title', `${coupon.title.length} characters is over LINE's limit of 60`, 'at most 60 characters', coupon.title.length);
  return json(client, { method: 'POST', path: '/v2/bot/coupon', body: coupon });
}

/**
 * Gets a coupon's details. Calls `GET /v2/bot/coupon/{couponId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-coupon | Get coupon details}
 * @param couponId - ID of the coupon
 * @returns the coupon
 * @group Coupon
 */
export async function getCoupon(client: ApiClient, couponId: string): Promise<LineTypes.CouponResponse> {
  return json(client, { method: 'GET', path: path('/v2/bot/coupon/{couponId}', { couponId }) });
}

/**
 * Closes (discontinues) a coupon. Calls `PUT /v2/bot/coupon/{couponId}/close`. LINE answers 410 for a coupon
 * that is already closed.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#discontinue-coupon | Discontinue a coupon}
 * @param couponId - ID of the coupon
 * @returns `{}`
 * @group Coupon
 */
export async function closeCoupon(client: ApiClient, couponId: string): Promise<LineTypes.MutationSuccessResponse> {
  return empty(client, { method: 'PUT', path: path('/v2/bot/coupon/{couponId}/close', { couponId }) });
}

/**
 * Sends a mission sticker to a user (partners only). Calls `POST /shop/v3/mission`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#send-mission-stickers-v3 | Send mission stickers (v3)}
 * @param to - user ID of the recipient
 * @param options - `productId` (sticker package ID), `productType` (`STICKER`), `sendPresentMessage` (`false`)
 * @returns `{}`
 * @group Mission Stickers
 */
export async function sendMissionSticker(client: ApiClient, to: string, options: LineTypes.MissionStickerOptions): Promise<LineTypes.MutationSuccessResponse> {
  requireString(to, 'to');
  if (!options || typeof options !== 'object') throw new LineValidationError('options', 'expected `{ productId, productType, sendPresentMessage }`');
  requireString(options.productId, 'productId');
  requireString(options.productType, 'productType');
  if (typeof options.sendPresentMessage !== 'boolean') throw new LineValidationError('sendPresentMessage', 'expected a boolean');
  const { productId, productType, sendPresentMessage } = options;
  return empty(client, { method: 'POST', path: '/shop/v3/mission', body: { to, productId, productType, sendPresentMessage } });
}
