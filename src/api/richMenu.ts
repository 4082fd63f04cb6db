/**
 * Rich menu: rich menus, their images, links to users (one, bulk, default), aliases, batch operations and validation.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { LineValidationError } from '../errors';
import { path } from '../http/transport';
import { LIMITS, requireString, validateRecipients } from '../validate';
import { API_LIMITS, chunk, UPLOAD_TIMEOUT } from '../client/args';
import type { ApiClient } from '../client/context';
import { empty, json, or404, request } from '../client/core';
import { imageType, toBytes, type Bytes } from '../platform';

/**
 * Lists the rich menus of the channel. Calls `GET /v2/bot/richmenu/list`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-list | Get rich menu list}
 * @returns the rich menus (an array)
 * @group Rich Menu
 */
export async function getRichMenuList(client: ApiClient): Promise<LineTypes.RichMenuResponse[]> {
  return (await json<{ richmenus: LineTypes.RichMenuResponse[] }>(client, { method: 'GET', path: '/v2/bot/richmenu/list' })).richmenus;
}

/**
 * Gets a rich menu. Calls `GET /v2/bot/richmenu/{richMenuId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu | Get rich menu}
 * @param richMenuId - ID of the rich menu
 * @returns the rich menu, or `null` when LINE answers 404
 * @group Rich Menu
 */
export async function getRichMenu(client: ApiClient, richMenuId: string): Promise<LineTypes.RichMenuResponse | null> {
  return or404(client, { method: 'GET', path: path('/v2/bot/richmenu/{richMenuId}', { richMenuId }) }, null);
}

/**
 * Creates a rich menu (upload its image next). Calls `POST /v2/bot/richmenu`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-rich-menu | Create rich menu}
 * @param richMenu - size, selected, name, chatBarText and areas
 * @returns `{ richMenuId }`
 * @group Rich Menu
 */
export async function createRichMenu(client: ApiClient, richMenu: LineTypes.RichMenu): Promise<LineTypes.RichMenuIdResponse> {
  return json(client, { method: 'POST', path: '/v2/bot/richmenu', body: richMenu });
}

/**
 * Deletes a rich menu. Calls `DELETE /v2/bot/richmenu/{richMenuId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu | Delete rich menu}
 * @param richMenuId - ID of the rich menu
 * @returns an empty object
 * @group Rich Menu
 */
export async function deleteRichMenu(client: ApiClient, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'DELETE', path: path('/v2/bot/richmenu/{richMenuId}', { richMenuId }) });
}

/**
 * Gets the ID of the rich menu linked to a user. Calls `GET /v2/bot/user/{userId}/richmenu`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-id-of-user | Get rich menu ID of user}
 * @param userId - ID of the user
 * @returns `{ richMenuId }`, or `null` when no menu is linked (404)
 * @group Rich Menu
 */
export async function getLinkedRichMenu(client: ApiClient, userId: string): Promise<LineTypes.RichMenuIdResponse | null> {
  return or404(client, { method: 'GET', path: path('/v2/bot/user/{userId}/richmenu', { userId }) }, null);
}

/**
 * Links a rich menu to a user. Calls `POST /v2/bot/user/{userId}/richmenu/{richMenuId}` (no body).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-user | Link rich menu to user}
 * @param userId - ID of the user
 * @param richMenuId - ID of the rich menu
 * @returns an empty object
 * @group Rich Menu
 */
export async function linkRichMenu(client: ApiClient, userId: string, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'POST', path: path('/v2/bot/user/{userId}/richmenu/{richMenuId}', { userId, richMenuId }) });
}

/**
 * Unlinks the rich menu from a user. Calls `DELETE /v2/bot/user/{userId}/richmenu`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-user | Unlink rich menu from user}
 * @param userId - ID of the user
 * @returns an empty object
 * @group Rich Menu
 */
export async function unlinkRichMenu(client: ApiClient, userId: string): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'DELETE', path: path('/v2/bot/user/{userId}/richmenu', { userId }) });
}

/**
 * Gets the ID of the default rich menu. Calls `GET /v2/bot/user/all/richmenu`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-default-rich-menu-id | Get default rich menu ID}
 * @returns `{ richMenuId }`, or `null` when none is set (404)
 * @group Rich Menu
 */
export async function getDefaultRichMenu(client: ApiClient): Promise<LineTypes.RichMenuIdResponse | null> {
  return or404(client, { method: 'GET', path: '/v2/bot/user/all/richmenu' }, null);
}

/**
 * Sets the default rich menu. Calls `POST /v2/bot/user/all/richmenu/{richMenuId}` (no body).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#set-default-rich-menu | Set default rich menu}
 * @param richMenuId - ID of the rich menu
 * @returns an empty object
 * @group Rich Menu
 */
export async function setDefaultRichMenu(client: ApiClient, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'POST', path: path('/v2/bot/user/all/richmenu/{richMenuId}', { richMenuId }) });
}

/**
 * Clears the default rich menu. Calls `DELETE /v2/bot/user/all/richmenu`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#clear-default-rich-menu | Clear default rich menu}
 * @returns an empty object
 * @group Rich Menu
 */
export async function deleteDefaultRichMenu(client: ApiClient): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'DELETE', path: '/v2/bot/user/all/richmenu' });
}

/**
 * Uploads the image of a rich menu. The type (PNG or JPEG) is detected from the bytes; anything else, or an image
 * over 1 MB, is rejected before any request. Calls `POST /v2/bot/richmenu/{richMenuId}/content` on the data host.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image | Upload rich menu image}
 * @param richMenuId - ID of the rich menu
 * @param image - the image bytes (Buffer or Uint8Array; PNG or JPEG, at most 1 MB)
 * @returns an empty object
 * @group Rich Menu
 */
export async function uploadRichMenuImage(client: ApiClient, richMenuId: string, image: Buffer | Uint8Array): Promise<LineTypes.MutationSuccessResponse> {
  const p = path('/v2/bot/richmenu/{richMenuId}/content', { richMenuId });
  if (!(image instanceof Uint8Array)) throw new LineValidationError('image', 'expected a Buffer or Uint8Array of PNG or JPEG bytes');
  const bytes = toBytes(image);
  if (bytes.length > LIMITS.richMenuImageBytes) {
    throw new LineValidationError('image', `${bytes.length} bytes is over LINE's limit of 1 MB (${LIMITS.richMenuImageBytes} bytes)`, 'at most 1 MB', bytes.length);
  }
  // The type is sniffed by file-type, loaded only here, on the first upload (by magic bytes in the web build).
  const mime = await imageType(bytes);
  if (mime !== 'image/png' && mime !== 'image/jpeg') {
    throw new LineValidationError('image', `a rich menu image must be image/png or image/jpeg, got ${mime ?? 'unrecognised bytes'}`, 'image/png or image/jpeg');
  }
  return json(client, { method: 'POST', host: 'data', path: p, body: bytes, headers: { 'Content-Type': mime }, timeout: UPLOAD_TIMEOUT });
}

/**
 * Downloads the image of a rich menu. Calls `GET /v2/bot/richmenu/{richMenuId}/content` on the data host.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#download-rich-menu-image | Download rich menu image}
 * @param richMenuId - ID of the rich menu
 * @returns the image bytes, or `undefined` when LINE answers 404
 * @group Rich Menu
 */
export async function downloadRichMenuImage(client: ApiClient, richMenuId: string): Promise<Buffer | undefined> {
  const p = path('/v2/bot/richmenu/{richMenuId}/content', { richMenuId });
  const data = await or404<ArrayBuffer | Uint8Array, undefined>(client, { method: 'GET', host: 'data', path: p, responseType: 'arraybuffer' }, undefined);
  return data === undefined ? undefined : (toBytes(data) as Bytes);
}

/**
 * Asks LINE whether a rich menu object is valid, without creating it. Calls `POST /v2/bot/richmenu/validate`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-rich-menu-object | Validate rich menu object}
 * @param richMenu - the rich menu object
 * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
 * @group Rich Menu
 */
export async function validateRichMenu(client: ApiClient, richMenu: LineTypes.RichMenu): Promise<LineTypes.MutationSuccessResponse> {
  if (!richMenu || typeof richMenu !== 'object') throw new LineValidationError('richMenu', 'expected a rich menu object');
  return empty(client, { method: 'POST', path: '/v2/bot/richmenu/validate', body: richMenu });
}

/**
 * Creates a rich menu alias, used by rich menu switch actions. Calls `POST /v2/bot/richmenu/alias`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-rich-menu-alias | Create rich menu alias}
 * @param richMenuAliasId - the alias (`^[a-z0-9_-]{1,32}$`, unique in the channel)
 * @param richMenuId - the rich menu it points to
 * @returns `{}`
 * @group Rich Menu Alias
 */
export async function createRichMenuAlias(client: ApiClient, richMenuAliasId: string, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
  requireString(richMenuAliasId, 'richMenuAliasId');
  if (!/^[a-z0-9_-]{1,32}$/.test(richMenuAliasId)) {
    throw new LineValidationError('richMenuAliasId', 'LINE accepts 1 to 32 characters of a-z, 0-9, `_` and `-`', '^[a-z0-9_-]{1,32}$');
  }
  requireString(richMenuId, 'richMenuId');
  return empty(client, { method: 'POST', path: '/v2/bot/richmenu/alias', body: { richMenuAliasId, richMenuId } });
}

/**
 * Gets a rich menu alias. Calls `GET /v2/bot/richmenu/alias/{richMenuAliasId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-by-id | Get rich menu alias information}
 * @param richMenuAliasId - the alias
 * @returns `{ richMenuAliasId, richMenuId }`
 * @group Rich Menu Alias
 */
export async function getRichMenuAlias(client: ApiClient, richMenuAliasId: string): Promise<LineTypes.RichMenuAliasResponse> {
  return json(client, { method: 'GET', path: path('/v2/bot/richmenu/alias/{richMenuAliasId}', { richMenuAliasId }) });
}

/**
 * Points a rich menu alias at another rich menu. Calls `POST /v2/bot/richmenu/alias/{richMenuAliasId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#update-rich-menu-alias | Update rich menu alias}
 * @param richMenuAliasId - the alias
 * @param richMenuId - the rich menu it now points to
 * @returns `{}`
 * @group Rich Menu Alias
 */
export async function updateRichMenuAlias(client: ApiClient, richMenuAliasId: string, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
  const p = path('/v2/bot/richmenu/alias/{richMenuAliasId}', { richMenuAliasId });
  requireString(richMenuId, 'richMenuId');
  return empty(client, { method: 'POST', path: p, body: { richMenuId } });
}

/**
 * Deletes a rich menu alias. Calls `DELETE /v2/bot/richmenu/alias/{richMenuAliasId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu-alias | Delete rich menu alias}
 * @param richMenuAliasId - the alias
 * @returns `{}`
 * @group Rich Menu Alias
 */
export async function deleteRichMenuAlias(client: ApiClient, richMenuAliasId: string): Promise<LineTypes.MutationSuccessResponse> {
  return empty(client, { method: 'DELETE', path: path('/v2/bot/richmenu/alias/{richMenuAliasId}', { richMenuAliasId }) });
}

/**
 * Lists every rich menu alias. Calls `GET /v2/bot/richmenu/alias/list`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-list | Get list of rich menu aliases}
 * @returns `{ aliases: [{ richMenuAliasId, richMenuId }] }`
 * @group Rich Menu Alias
 */
export async function getRichMenuAliasList(client: ApiClient): Promise<LineTypes.RichMenuAliasListResponse> {
  return json(client, { method: 'GET', path: '/v2/bot/richmenu/alias/list' });
}

/**
 * Links a rich menu to any number of users. LINE accepts 500 users per request: longer lists are sent as
 * consecutive requests of 500. Calls `POST /v2/bot/richmenu/bulk/link`.
 *
 * @remarks
 * Every user ID is checked before the first request. If a request fails, the chunks before it stay linked and the
 * error is thrown; linking again is harmless.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-users | Link rich menu to multiple users}
 * @param userIds - user IDs
 * @param richMenuId - ID of the rich menu
 * @returns `{}`
 * @group Rich Menu
 */
export async function linkRichMenuToUsers(client: ApiClient, userIds: string[], richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
  validateRecipients(userIds, 'userIds', undefined, 'user IDs');
  requireString(richMenuId, 'richMenuId');
  for (const ids of chunk(userIds, API_LIMITS.richMenuBulkUsers)) {
    await empty(client, { method: 'POST', path: '/v2/bot/richmenu/bulk/link', body: { richMenuId, userIds: ids } });
  }
  return {};
}

/**
 * Unlinks the rich menus of any number of users, 500 users per request. Calls `POST /v2/bot/richmenu/bulk/unlink`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-users | Unlink rich menus from multiple users}
 * @param userIds - user IDs
 * @returns `{}`
 * @group Rich Menu
 */
export async function unlinkRichMenuFromUsers(client: ApiClient, userIds: string[]): Promise<LineTypes.MutationSuccessResponse> {
  validateRecipients(userIds, 'userIds', undefined, 'user IDs');
  for (const ids of chunk(userIds, API_LIMITS.richMenuBulkUsers)) {
    await empty(client, { method: 'POST', path: '/v2/bot/richmenu/bulk/unlink', body: { userIds: ids } });
  }
  return {};
}

/** Checks and builds the body of a rich menu batch. */
function batchBody(operations: LineTypes.RichMenuBatchOperation[], options: LineTypes.RichMenuBatchOptions): object {
  if (!Array.isArray(operations) || operations.length === 0 || operations.length > API_LIMITS.richMenuBatchOperations) {
    throw new LineValidationError(
      'operations',
      `expected 1 to ${API_LIMITS.richMenuBatchOperations} operations`,
      `1-${API_LIMITS.richMenuBatchOperations} operations`,
      Array.isArray(operations) ? operations.length : typeof operations,
    );
  }
  operations.forEach((op, i) => {
    if (!op || typeof op !== 'object' || !['link', 'unlink', 'unlinkAll'].includes(op.type)) {
      throw new LineValidationError(`operations[${i}].type`, 'expected `link`, `unlink` or `unlinkAll`');
    }
  });
  const { resumeRequestKey } = options;
  if (resumeRequestKey !== undefined && (typeof resumeRequestKey !== 'string' || !/^[a-zA-Z0-9_-]{1,100}$/.test(resumeRequestKey))) {
    throw new LineValidationError('resumeRequestKey', 'LINE accepts 1 to 100 characters of a-z, A-Z, 0-9, `_` and `-`', '^[a-zA-Z0-9_-]{1,100}$');
  }
  return { operations, ...(resumeRequestKey !== undefined ? { resumeRequestKey } : {}) };
}

/**
 * Replaces or unlinks the rich menus of every user linked to them, in one asynchronous batch. Calls
 * `POST /v2/bot/richmenu/batch`; follow it with {@link LineClient.getRichMenuBatchProgress}.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users | Replace or unlink the linked rich menus in batches}
 * @param operations - 1 to 1,000 `{ type: 'link', from, to }`, `{ type: 'unlink', from }` or `{ type: 'unlinkAll' }`
 * @param options - `resumeRequestKey`, to resume a batch that failed
 * @returns `{ requestId }`, the handle of the batch
 * @group Rich Menu
 */
export async function richMenuBatch(client: ApiClient, operations: LineTypes.RichMenuBatchOperation[], options: LineTypes.RichMenuBatchOptions = {}): Promise<LineTypes.RichMenuBatchResponse> {
  const body = batchBody(operations, options);
  const res = await request<unknown>(client, { method: 'POST', path: '/v2/bot/richmenu/batch', body });
  const requestId = res.headers['x-line-request-id'];
  return requestId ? { requestId } : {};
}

/**
 * Asks LINE whether a rich menu batch request is valid, without running it. Calls
 * `POST /v2/bot/richmenu/validate/batch`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-batch-control-rich-menus-request | Validate a request of rich menu batch control}
 * @param operations - the operations of {@link LineClient.richMenuBatch}
 * @param options - `resumeRequestKey`
 * @returns `{}` when valid; rejects with a {@link LineApiError} otherwise
 * @group Rich Menu
 */
export async function validateRichMenuBatch(client: ApiClient, operations: LineTypes.RichMenuBatchOperation[], options: LineTypes.RichMenuBatchOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
  return empty(client, { method: 'POST', path: '/v2/bot/richmenu/validate/batch', body: batchBody(operations, options) });
}

/**
 * Gets the progress of a rich menu batch. Calls `GET /v2/bot/richmenu/progress/batch?requestId=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-batch-control-rich-menus-progress-status | Get the status of rich menu batch control}
 * @param requestId - the `requestId` returned by {@link LineClient.richMenuBatch}
 * @returns `{ phase, acceptedTime, completedTime? }`
 * @group Rich Menu
 */
export async function getRichMenuBatchProgress(client: ApiClient, requestId: string): Promise<LineTypes.RichMenuBatchProgressResponse> {
  requireString(requestId, 'requestId');
  return json(client, { method: 'GET', path: '/v2/bot/richmenu/progress/batch', query: { requestId } });
}
