/**
 * Loading animation: the indicator shown in a chat while the bot prepares an answer.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { LineValidationError } from '../errors';
import { requireString } from '../validate';
import type { ApiClient } from '../client/context';
import { empty } from '../client/core';

/**
 * Shows a loading animation in a one-on-one chat until a message arrives or the time runs out. Calls
 * `POST /v2/bot/chat/loading/start`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator | Display a loading animation}
 * @param chatId - user ID of the one-on-one chat
 * @param options - `loadingSeconds`: 5 to 60, in steps of 5 (LINE's default 20)
 * @returns `{}`
 * @group Chat
 */
export async function showLoadingAnimation(client: ApiClient, chatId: string, options: LineTypes.ShowLoadingAnimationOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
  requireString(chatId, 'chatId');
  const { loadingSeconds } = options;
  if (loadingSeconds !== undefined && (typeof loadingSeconds !== 'number' || !Number.isInteger(loadingSeconds) || loadingSeconds < 5 || loadingSeconds > 60 || loadingSeconds % 5 !== 0)) {
    throw new LineValidationError('loadingSeconds', 'LINE accepts 5 to 60 seconds, in steps of 5', '5, 10, ..., 60', typeof loadingSeconds === 'number' ? loadingSeconds : typeof loadingSeconds);
  }
  return empty(client, { method: 'POST', path: '/v2/bot/chat/loading/start', body: { chatId, ...(loadingSeconds !== undefined ? { loadingSeconds } : {}) } });
}
