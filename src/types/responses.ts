// Responses of the message sending endpoints.

import type { MutationSuccessResponse } from './bot';

/**
 * A message that was sent.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message-response | Reply message response}
 */
export type SentMessage = {
  /** ID of the sent message. */
  id: string;
  /** Quote token of the sent message; only for message types that can be quoted. */
  quoteToken?: string;
};

/**
 * Response of sending a reply message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message-response | Reply message response}
 */
export type ReplyMessageResponse = {
  /** The sent messages, in request order. */
  sentMessages: SentMessage[];
};

/**
 * Response of sending a push message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-push-message-response | Push message response}
 */
export type PushMessageResponse = {
  /** The sent messages, in request order. */
  sentMessages: SentMessage[];
};

/**
 * Response of sending a multicast message: an empty object.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-multicast-response | Multicast message response}
 */
export type MulticastResponse = MutationSuccessResponse;

/**
 * Response of sending a broadcast message: an empty object.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-broadcast-response | Broadcast message response}
 */
export type BroadcastResponse = MutationSuccessResponse;
