/**
 * LIFF: LIFF apps.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { path } from '../http/transport';
import type { ApiClient } from '../client/context';
import { json, or404 } from '../client/core';

/**
 * Lists the LIFF apps of the channel. Calls `GET /liff/v1/apps`.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#get-all-liff-apps | Get all LIFF apps}
 * @returns the LIFF apps (an array; `[]` when the channel has none, which LINE answers with a 404)
 * @group LIFF
 */
export async function getLiffAppList(client: ApiClient): Promise<LineTypes.LiffApp[]> {
  const res = await or404<{ apps: LineTypes.LiffApp[] }, null>(client, { method: 'GET', path: '/liff/v1/apps' }, null);
  return res?.apps ?? [];
}

/**
 * Adds a LIFF app. Calls `POST /liff/v1/apps`.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#add-liff-app | Add LIFF app to a channel}
 * @param liffApp - view, description, features, permanentLinkPattern, scope, botPrompt
 * @returns `{ liffId }`
 * @group LIFF
 */
export async function createLiffApp(client: ApiClient, liffApp: LineTypes.CreateLiffAppRequest): Promise<LineTypes.LiffIdResponse> {
  return json(client, { method: 'POST', path: '/liff/v1/apps', body: liffApp });
}

/**
 * Updates a LIFF app (only the fields given). Calls `PUT /liff/v1/apps/{liffId}` (1.1.0 used the retired `/view`
 * path).
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#update-liff-app | Update LIFF app settings}
 * @param liffId - ID of the LIFF app
 * @param liffApp - the fields to change
 * @returns an empty object
 * @group LIFF
 */
export async function updateLiffApp(client: ApiClient, liffId: string, liffApp: LineTypes.PartialLiffApp): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'PUT', path: path('/liff/v1/apps/{liffId}', { liffId }), body: liffApp });
}

/**
 * Deletes a LIFF app. Calls `DELETE /liff/v1/apps/{liffId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#delete-liff-app | Delete LIFF app from a channel}
 * @param liffId - ID of the LIFF app
 * @returns an empty object
 * @group LIFF
 */
export async function deleteLiffApp(client: ApiClient, liffId: string): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'DELETE', path: path('/liff/v1/apps/{liffId}', { liffId }) });
}
