/**
 * Account link: link tokens.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { deprecate } from '../debug';
import { path } from '../http/transport';
import type { ApiClient } from '../client/context';
import { json } from '../client/core';

/**
 * Issues a link token for account linking.
 *
 * @deprecated Use {@link LineClient.getLinkToken}, which resolves the token string itself.
 * @param userId - ID of the user
 * @returns `{ linkToken }`
 * @group Account Link
 */
export async function issueLinkToken(client: ApiClient, userId: string): Promise<LineTypes.LinkTokenResponse> {
  deprecate('issueLinkToken', '`issueLinkToken` is deprecated. Use `getLinkToken` instead. Note: It returns a string instead of an object.');
  return json(client, { method: 'POST', path: path('/v2/bot/user/{userId}/linkToken', { userId }) });
}

/**
 * Issues a link token for account linking. Calls `POST /v2/bot/user/{userId}/linkToken` (no body).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-link-token | Issue link token}
 * @param userId - ID of the user
 * @returns the link token
 * @group Account Link
 */
export async function getLinkToken(client: ApiClient, userId: string): Promise<string> {
  return (await json<LineTypes.LinkTokenResponse>(client, { method: 'POST', path: path('/v2/bot/user/{userId}/linkToken', { userId }) })).linkToken;
}
