/**
 * Module: module channels (token by authorization code, bots of the modules, detaching) and chat control.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { formBody } from '../channelToken';
import { LineValidationError } from '../errors';
import { path } from '../http/transport';
import { requireString } from '../validate';
import { API_LIMITS, compactQuery, FORM_HEADERS, optionalInt } from '../client/args';
import type { ApiClient } from '../client/context';
import { empty, json } from '../client/core';
import { stateOf } from '../client/state';
import { base64 } from '../platform';

/**
 * Detaches a module channel from a LINE Official Account (module channel admins). Calls
 * `POST /v2/bot/channel/detach`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#unlink-detach-module-channel-by-operation-mc-admin | Detach module channel}
 * @param options - `botId`: user ID of the bot the module is attached to
 * @returns `{}`
 * @group Module
 */
export async function detachModule(client: ApiClient, options: LineTypes.DetachModuleOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
  if (options.botId !== undefined) requireString(options.botId, 'botId');
  return empty(client, { method: 'POST', path: '/v2/bot/channel/detach', body: options.botId !== undefined ? { botId: options.botId } : {} });
}

/**
 * Takes Chat Control of a chat (a module channel on standby becomes active). Calls
 * `POST /v2/bot/chat/{chatId}/control/acquire`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#acquire-control-api | Acquire Control API}
 * @param chatId - the user, group or room ID
 * @param options - `expired` (default `true`: control returns after `ttl`), `ttl` (seconds, default 3,600, at most a year)
 * @returns `{}`
 * @group Module
 */
export async function acquireChatControl(client: ApiClient, chatId: string, options: LineTypes.AcquireChatControlOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
  const p = path('/v2/bot/chat/{chatId}/control/acquire', { chatId });
  optionalInt(options.ttl, 'ttl', 1, 31_536_000);
  const body = { ...(options.expired !== undefined ? { expired: options.expired } : {}), ...(options.ttl !== undefined ? { ttl: options.ttl } : {}) };
  return empty(client, { method: 'POST', path: p, body });
}

/**
 * Returns Chat Control of a chat to the Primary Channel. Calls `POST /v2/bot/chat/{chatId}/control/release`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#release-control-api | Release Control API}
 * @param chatId - the user, group or room ID
 * @returns `{}`
 * @group Module
 */
export async function releaseChatControl(client: ApiClient, chatId: string): Promise<LineTypes.MutationSuccessResponse> {
  return empty(client, { method: 'POST', path: path('/v2/bot/chat/{chatId}/control/release', { chatId }) });
}

/**
 * Lists the bots the module channel is attached to, one page. Calls `GET /v2/bot/list`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#get-multiple-bot-info-api | Get multiple bot info}
 * @param options - `start` (the `next` token of the previous page), `limit` (at most and by default 100)
 * @returns `{ bots, next? }`
 * @group Module
 */
export async function getModules(client: ApiClient, options: LineTypes.GetModulesOptions = {}): Promise<LineTypes.GetModulesResponse> {
  optionalInt(options.limit, 'limit', 1, API_LIMITS.modulePage);
  const query = compactQuery({ start: options.start, limit: options.limit });
  return json(client, { method: 'GET', path: '/v2/bot/list', ...(query ? { query } : {}) });
}

/**
 * Attaches the module channel to a LINE Official Account with the authorization code of the attach flow. Calls
 * `POST /module/auth/v1/token` on LINE Official Account Manager (`managerOrigin`), form-encoded, with HTTP Basic
 * authentication from the client's `channelId` and `channelSecret`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#link-attach-by-operation-module-channel-provider | Attach by operation of the module channel provider}
 * @param options - `code`, `redirectUri`, and the optional `codeVerifier`, `region`, `basicSearchId`, `scope`, `brandType`, `grantType`
 * @returns `{ bot_id, scopes }`
 * @group Module
 */
export async function attachModule(client: ApiClient, options: LineTypes.AttachModuleOptions): Promise<LineTypes.AttachModuleResponse> {
  const { channelId, channelSecret } = stateOf(client);
  if (!channelId || !channelSecret) {
    throw new LineValidationError('config', 'attachModule authenticates with the channel ID and secret: construct the client with `channelId` and `channelSecret`');
  }
  if (!options || typeof options !== 'object') throw new LineValidationError('options', 'expected `{ code, redirectUri, ... }`');
  requireString(options.code, 'code');
  requireString(options.redirectUri, 'redirectUri');
  const body = formBody({
    grant_type: options.grantType ?? 'authorization_code',
    code: options.code,
    redirect_uri: options.redirectUri,
    code_verifier: options.codeVerifier,
    region: options.region,
    basic_search_id: options.basicSearchId,
    scope: options.scope,
    brand_type: options.brandType,
  });
  const basic = base64(`${channelId}:${channelSecret}`);
  return json(client, {
    method: 'POST',
    host: 'manager',
    path: '/module/auth/v1/token',
    body,
    headers: { ...FORM_HEADERS, Authorization: `Basic ${basic}` },
    noAuth: true,
  });
}
