/**
 * Audience: upload, click-based and impression-based audiences, their descriptions, lists and shared audiences.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { deprecate } from '../debug';
import { LineValidationError } from '../errors';
import { path } from '../http/transport';
import { requireString } from '../validate';
import { API_LIMITS, compactQuery, optionalInt, UPLOAD_TIMEOUT } from '../client/args';
import type { ApiClient } from '../client/context';
import { empty, json, request } from '../client/core';
import { audienceForm, FILE_UPLOAD_TIMEOUT } from '../client/form';
import { paginate } from '../client/pager';

/**
 * Creates an audience from user IDs or IFAs (at most 10,000 per request). Calls `POST /v2/bot/audienceGroup/upload`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group | Create audience for uploading user IDs (by JSON)}
 * @param description - audience name (max 120 characters)
 * @param isIfaAudience - `true` when the IDs are IFAs
 * @param audiences - `[{ id }]`
 * @param options - `uploadDescription`
 * @returns the new audience group
 * @group Audience
 */
export async function createUploadAudienceGroup(
    client: ApiClient,
    description: string,
    isIfaAudience: boolean,
    audiences: LineTypes.Audience[],
    options: LineTypes.CreateUploadAudienceGroupOptions = {},): Promise<LineTypes.UploadAudienceGroup> {
  requireString(description, 'description');
  return json(client, { method: 'POST', path: '/v2/bot/audienceGroup/upload', body: { description, isIfaAudience, audiences, ...options }, timeout: UPLOAD_TIMEOUT });
}

/**
 * Adds user IDs or IFAs to an audience (at most 10,000 per request). Calls `PUT /v2/bot/audienceGroup/upload`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group | Add user IDs or IFAs to an audience (by JSON)}
 * @param audienceGroupId - ID of the audience group
 * @param audiences - `[{ id }]`
 * @param options - `uploadDescription` (`description` is accepted for 1.1.0 compatibility but not sent: LINE's endpoint
 * has no such field; use {@link LineClient.setDescriptionAudienceGroup})
 * @returns an empty object
 * @group Audience
 */
export async function updateUploadAudienceGroup(
    client: ApiClient,
    audienceGroupId: number,
    audiences: LineTypes.Audience[],
    options: LineTypes.UpdateUploadAudienceGroupOptions = {},): Promise<LineTypes.MutationSuccessResponse> {
  // LINE's endpoint takes no `description` (1.1.0 sent it anyway); rename with setDescriptionAudienceGroup.
  const { description, uploadDescription } = options;
  if (description !== undefined) {
    deprecate('updateUploadAudienceGroup.description', '`updateUploadAudienceGroup` ignores `description`: LINE does not take it there. Use `setDescriptionAudienceGroup`.');
  }
  const body = { audienceGroupId, audiences, ...(uploadDescription !== undefined ? { uploadDescription } : {}) };
  return json(client, { method: 'PUT', path: '/v2/bot/audienceGroup/upload', body, timeout: UPLOAD_TIMEOUT });
}

/**
 * Creates an audience of users who clicked a URL in a message. Calls `POST /v2/bot/audienceGroup/click`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-click-audience-group | Create message click audience}
 * @param description - audience name (max 120 characters)
 * @param requestId - request id of a broadcast or narrowcast sent in the past 60 days
 * @param options - `clickUrl`
 * @returns the new audience group
 * @group Audience
 */
export async function createClickAudienceGroup(client: ApiClient, description: string, requestId: string, options: LineTypes.CreateClickAudienceGroupOptions = {}): Promise<LineTypes.ClickAudienceGroup> {
  requireString(description, 'description');
  requireString(requestId, 'requestId');
  return json(client, { method: 'POST', path: '/v2/bot/audienceGroup/click', body: { description, requestId, ...options } });
}

/**
 * Creates an audience of users who saw a message. Calls `POST /v2/bot/audienceGroup/imp`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-imp-audience-group | Create message impression audience}
 * @param description - audience name (max 120 characters)
 * @param requestId - request id of a broadcast or narrowcast sent in the past 60 days
 * @returns the new audience group
 * @group Audience
 */
export async function createImpAudienceGroup(client: ApiClient, description: string, requestId: string): Promise<LineTypes.ImpAudienceGroup> {
  requireString(description, 'description');
  requireString(requestId, 'requestId');
  return json(client, { method: 'POST', path: '/v2/bot/audienceGroup/imp', body: { description, requestId } });
}

/**
 * Renames an audience. Calls `PUT /v2/bot/audienceGroup/{audienceGroupId}/updateDescription`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#set-description-audience-group | Rename an audience}
 * @param description - the new name (max 120 characters); note the 1.1.0 argument order, description first
 * @param audienceGroupId - ID of the audience group
 * @returns an empty object
 * @group Audience
 */
export async function setDescriptionAudienceGroup(client: ApiClient, description: string, audienceGroupId: number): Promise<LineTypes.MutationSuccessResponse> {
  requireString(description, 'description');
  return json(client, { method: 'PUT', path: path('/v2/bot/audienceGroup/{audienceGroupId}/updateDescription', { audienceGroupId }), body: { description } });
}

/**
 * Deletes an audience. Calls `DELETE /v2/bot/audienceGroup/{audienceGroupId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#delete-audience-group | Delete audience}
 * @param audienceGroupId - ID of the audience group
 * @returns an empty object
 * @group Audience
 */
export async function deleteAudienceGroup(client: ApiClient, audienceGroupId: number): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'DELETE', path: path('/v2/bot/audienceGroup/{audienceGroupId}', { audienceGroupId }) });
}

/**
 * Gets an audience and its jobs. Calls `GET /v2/bot/audienceGroup/{audienceGroupId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-group | Get audience data}
 * @param audienceGroupId - ID of the audience group
 * @returns `{ audienceGroup, jobs, ... }`
 * @group Audience
 */
export async function getAudienceGroup(client: ApiClient, audienceGroupId: number): Promise<LineTypes.GetAudienceDataResponse> {
  return json(client, { method: 'GET', path: path('/v2/bot/audienceGroup/{audienceGroupId}', { audienceGroupId }) });
}

/**
 * Lists audiences, one page. Calls `GET /v2/bot/audienceGroup/list?page=1&...`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-groups | Get a list of audiences}
 * @param options - `page` (default 1), `description`, `status`, `size`, `includesExternalPublicGroups`, `createRoute`
 * @returns `{ audienceGroups, hasNextPage, totalCount, readWriteAudienceGroupTotalCount, page, size }`
 * @group Audience
 */
export async function getAudienceGroups(client: ApiClient, options: LineTypes.GetAudienceGroupsOptions = {}): Promise<LineTypes.AudienceGroups> {
  // In the URL as 1.1.0 built it (querystring.stringify: `page` first, spaces as %20), which users' mocks match.
  const qs = Object.entries({ page: 1, ...options })
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&');
  return json(client, { method: 'GET', path: `/v2/bot/audienceGroup/list?${qs}` });
}

/**
 * Iterates over every audience group, page by page.
 *
 * @param options - filters of {@link LineClient.getAudienceGroups} (`page` is where to start)
 * @returns an async iterator of audience groups
 * @group Audience
 */
export async function* iterateAudienceGroups(client: ApiClient, options: LineTypes.GetAudienceGroupsOptions = {}): AsyncGenerator<LineTypes.AudienceGroup, void, undefined> {
  yield* paginate<LineTypes.AudienceGroup, number>(options.page ?? 1, async (page) => {
    const res = await getAudienceGroups(client, { ...options, page });
    return { items: res.audienceGroups, next: res.hasNextPage ? (page ?? 1) + 1 : undefined };
  });
}

/**
 * Gets the authority level of audiences.
 *
 * @deprecated LINE retired `GET /v2/bot/audienceGroup/authorityLevel`; it is no longer in LINE's API reference.
 * Kept for 1.1.0 compatibility.
 * @returns `{ authorityLevel }`
 * @group Audience
 */
export async function getAudienceGroupAuthorityLevel(client: ApiClient): Promise<LineTypes.AudienceGroupAuthorityLevelResponse> {
  deprecate('getAudienceGroupAuthorityLevel', '`getAudienceGroupAuthorityLevel` calls an endpoint LINE has retired.');
  return json(client, { method: 'GET', path: '/v2/bot/audienceGroup/authorityLevel' });
}

/**
 * Changes the authority level of audiences.
 *
 * @deprecated LINE retired `PUT /v2/bot/audienceGroup/authorityLevel`; it is no longer in LINE's API reference.
 * Kept for 1.1.0 compatibility.
 * @param authorityLevel - `PUBLIC` or `PRIVATE`
 * @returns an empty object
 * @group Audience
 */
export async function changeAudienceGroupAuthorityLevel(client: ApiClient, authorityLevel: LineTypes.AudienceGroupAuthorityLevel['authorityLevel']): Promise<LineTypes.MutationSuccessResponse> {
  deprecate('changeAudienceGroupAuthorityLevel', '`changeAudienceGroupAuthorityLevel` calls an endpoint LINE has retired.');
  return json(client, { method: 'PUT', path: '/v2/bot/audienceGroup/authorityLevel', body: { authorityLevel } });
}

/**
 * Creates an audience from a file of user IDs or IFAs (up to 1,500,000). Calls
 * `POST /v2/bot/audienceGroup/upload/byFile` on the data host, as `multipart/form-data` with the IDs in a
 * `text/plain` file, one per line.
 *
 * @remarks
 * The default timeout of this call is 10 minutes. A `string[]` is joined into one Buffer; a Buffer is sent as is;
 * a Readable is streamed without being buffered.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group-by-file | Create audience for uploading user IDs (by file)}
 * @param description - audience name (max 120 characters)
 * @param userIdsOrFile - the IDs: an array, or a text file (Buffer or Readable) with one ID per line
 * @param options - `isIfaAudience`, `uploadDescription`, `timeout`, `signal`
 * @returns the new audience: `{ audienceGroupId, type, description, created, ... }`
 * @group Audience
 */
export async function createUploadAudienceGroupByFile(
    client: ApiClient,
    description: string,
    userIdsOrFile: LineTypes.AudienceFileInput,
    options: LineTypes.CreateUploadAudienceGroupByFileOptions = {},): Promise<LineTypes.CreateUploadAudienceGroupByFileResponse> {
  requireString(description, 'description');
  if (description.length > 120) throw new LineValidationError('description', `${description.length} characters is over LINE's limit of 120`, 'at most 120 characters', description.length);
  const { isIfaAudience, uploadDescription, ...call } = options;
  const form = audienceForm(
    { description, isIfaAudience: isIfaAudience === undefined ? undefined : String(isIfaAudience), uploadDescription },
    userIdsOrFile,
    'userIdsOrFile',
  );
  return request<LineTypes.CreateUploadAudienceGroupByFileResponse>(client, 
    { method: 'POST', host: 'data', path: '/v2/bot/audienceGroup/upload/byFile', body: form, headers: form.getHeaders(), timeout: FILE_UPLOAD_TIMEOUT },
    call,
  ).then((r) => r.data);
}

/**
 * Adds user IDs or IFAs from a file (up to 1,500,000) to an audience. Calls
 * `PUT /v2/bot/audienceGroup/upload/byFile` on the data host, as `multipart/form-data`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group-by-file | Add user IDs or IFAs to an audience (by file)}
 * @param audienceGroupId - ID of the audience
 * @param userIdsOrFile - the IDs: an array, or a text file (Buffer or Readable) with one ID per line
 * @param options - `uploadDescription`, `timeout` (default 10 minutes), `signal`
 * @returns `{}`
 * @group Audience
 */
export async function updateUploadAudienceGroupByFile(
    client: ApiClient,
    audienceGroupId: number,
    userIdsOrFile: LineTypes.AudienceFileInput,
    options: LineTypes.UpdateUploadAudienceGroupByFileOptions = {},): Promise<LineTypes.MutationSuccessResponse> {
  if (typeof audienceGroupId !== 'number' || !Number.isSafeInteger(audienceGroupId) || audienceGroupId < 1) {
    throw new LineValidationError('audienceGroupId', 'expected the numeric ID of an audience');
  }
  const { uploadDescription, ...call } = options;
  const form = audienceForm({ audienceGroupId: String(audienceGroupId), uploadDescription }, userIdsOrFile, 'userIdsOrFile');
  return empty(client, 
    { method: 'PUT', host: 'data', path: '/v2/bot/audienceGroup/upload/byFile', body: form, headers: form.getHeaders(), timeout: FILE_UPLOAD_TIMEOUT },
    call,
  );
}

/**
 * Gets an audience, including audiences shared through Business Manager. Calls
 * `GET /v2/bot/audienceGroup/shared/{audienceGroupId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience | Get shared audience}
 * @param audienceGroupId - ID of the audience
 * @returns `{ audienceGroup, jobs, owner }`
 * @group Audience
 */
export async function getSharedAudienceGroup(client: ApiClient, audienceGroupId: number): Promise<LineTypes.GetSharedAudienceDataResponse> {
  return json(client, { method: 'GET', path: path('/v2/bot/audienceGroup/shared/{audienceGroupId}', { audienceGroupId }) });
}

/**
 * Lists audiences, including those shared through Business Manager, one page. Calls
 * `GET /v2/bot/audienceGroup/shared/list?page=1&...`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list | Get a list of shared audiences}
 * @param options - `page` (default 1), `description`, `status`, `size` (at most 40), `createRoute`, `includesOwnedAudienceGroups`
 * @returns `{ audienceGroups, hasNextPage, totalCount, readWriteAudienceGroupTotalCount, page, size }`
 * @group Audience
 */
export async function getSharedAudienceGroups(client: ApiClient, options: LineTypes.GetSharedAudienceGroupsOptions = {}): Promise<LineTypes.GetSharedAudienceGroupsResponse> {
  optionalInt(options.page, 'page', 1, Number.MAX_SAFE_INTEGER);
  optionalInt(options.size, 'size', 1, API_LIMITS.sharedAudiencePage);
  const query = compactQuery({
    page: options.page ?? 1,
    description: options.description,
    status: options.status,
    size: options.size,
    createRoute: options.createRoute,
    includesOwnedAudienceGroups: options.includesOwnedAudienceGroups,
  });
  return json(client, { method: 'GET', path: '/v2/bot/audienceGroup/shared/list', query });
}
