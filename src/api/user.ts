/**
 * User: user profiles and the IDs of the followers.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { path } from '../http/transport';
import { API_LIMITS, compactQuery, optionalInt } from '../client/args';
import type { ApiClient } from '../client/context';
import { json, or404 } from '../client/core';
import { collect, paginate } from '../client/pager';

/**
 * Gets a user's profile. Calls `GET /v2/bot/profile/{userId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-profile | Get profile}
 * @param userId - ID of the user
 * @returns the profile, or `null` when LINE answers 404 (the user blocked the bot or is not a friend)
 * @group Profile
 */
export async function getUserProfile(client: ApiClient, userId: string): Promise<LineTypes.User | null> {
  return or404(client, { method: 'GET', path: path('/v2/bot/profile/{userId}', { userId }) }, null);
}

/**
 * Gets one page of the user IDs of the account's friends. Calls `GET /v2/bot/followers/ids`. Available to
 * verified and premium accounts only.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-follower-ids | Get a list of users who added your LINE Official Account as a friend}
 * @param options - `limit` (1 to 1,000; LINE's default 300), `start` (the `next` token of the previous page)
 * @returns `{ userIds, next? }`
 * @group Followers
 */
export async function getFollowerIds(client: ApiClient, options: LineTypes.PageOptions = {}): Promise<LineTypes.GetFollowersResponse> {
  optionalInt(options.limit, 'limit', 1, API_LIMITS.followerPage);
  const query = compactQuery({ start: options.start, limit: options.limit });
  return json(client, { method: 'GET', path: '/v2/bot/followers/ids', ...(query ? { query } : {}) });
}

/**
 * Iterates over every follower's user ID, one page at a time (memory stays flat). Calls
 * `GET /v2/bot/followers/ids` once per page.
 *
 * @example `for await (const userId of client.iterateFollowerIds()) { ... }`
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-follower-ids | Get a list of users who added your LINE Official Account as a friend}
 * @param options - `limit` (IDs per page, default 1,000), `start` (a page to resume from)
 * @returns an async iterator of user IDs
 * @group Followers
 */
export async function* iterateFollowerIds(client: ApiClient, options: LineTypes.PageOptions = {}): AsyncGenerator<string, void, undefined> {
  const limit = options.limit ?? API_LIMITS.followerPage;
  yield* paginate<string, string>(options.start, async (start) => {
    const page = await getFollowerIds(client, { limit, ...(start ? { start } : {}) });
    return { items: page.userIds, next: page.next };
  });
}

/**
 * Gets every follower's user ID, following `next` until the last page. Calls `GET /v2/bot/followers/ids` once
 * per 1,000 IDs.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-follower-ids | Get a list of users who added your LINE Official Account as a friend}
 * @returns all follower user IDs
 * @group Followers
 */
export async function getAllFollowerIds(client: ApiClient): Promise<string[]> {
  return collect(iterateFollowerIds(client));
}
