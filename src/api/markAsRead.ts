/**
 * Mark as read: marking the messages of a chat as read.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { requireString } from '../validate';
import type { ApiClient } from '../client/context';
import { empty } from '../client/core';

/**
 * Marks the messages a user sent as read (partners only). Calls `POST /v2/bot/message/markAsRead`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#mark-messages-from-users-as-read | Mark messages from users as read}
 * @param userId - ID of the user
 * @returns `{}`
 * @group Chat
 */
export async function markMessagesAsRead(client: ApiClient, userId: string): Promise<LineTypes.MutationSuccessResponse> {
  requireString(userId, 'userId');
  return empty(client, { method: 'POST', path: '/v2/bot/message/markAsRead', body: { chat: { userId } } });
}

/**
 * Marks messages as read with the `markAsReadToken` of a message webhook event. Calls
 * `POST /v2/bot/chat/markAsRead`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#mark-as-read | Mark messages as read}
 * @param markAsReadToken - the token from the webhook event
 * @returns `{}`
 * @group Chat
 */
export async function markMessagesAsReadByToken(client: ApiClient, markAsReadToken: string): Promise<LineTypes.MutationSuccessResponse> {
  requireString(markAsReadToken, 'markAsReadToken');
  return empty(client, { method: 'POST', path: '/v2/bot/chat/markAsRead', body: { markAsReadToken } });
}
