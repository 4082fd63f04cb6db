/**
 * Replying to a webhook event with opt-in fallbacks: push when the reply token is spent, and more than five
 * messages as a reply of five plus pushes of the rest. Built on the client's public `reply` and `push`.
 *
 * @packageDocumentation
 */

import { LineError, LineValidationError } from '../errors';
import type { Message } from '../types/messages';
import type { WebhookSource } from '../types/webhook';

/** Most messages LINE accepts in one reply or push. */
const MAX_MESSAGES_PER_SEND = 5;

/**
 * What {@link replyToEvent} needs of a client: `reply` and `push` as `LineClient` has them.
 */
export interface ReplySender {
  /** Sends a reply (see `LineClient.reply`). */
  reply(replyToken: string, messages: Message[]): Promise<unknown>;
  /** Sends a push message (see `LineClient.push`). */
  push(to: string, messages: Message[]): Promise<unknown>;
}

/**
 * The parts of a webhook event a reply needs.
 */
export interface ReplyableEvent {
  /** The event's reply token, if it has one. */
  replyToken?: string;
  /** Where the event came from; a push goes to its group, room or user. */
  source?: WebhookSource;
}

/**
 * Opt-in fallbacks of {@link replyToEvent}. Without any, it is `client.reply(event.replyToken, messages)`.
 */
export interface ReplyToEventOptions {
  /**
   * When the reply token was already used or has expired (LINE answers 400 "Invalid reply token"), or the
   * event has none, push the messages to the event's source instead. Pushes count against the channel's
   * monthly message quota; replies do not.
   */
  pushWhenReplyFails?: boolean;
  /**
   * Send more than 5 messages: the first 5 as the reply, the rest as pushes of up to 5 each, in order (pushes
   * count against the monthly quota).
   */
  pushOverflow?: boolean;
}

/**
 * How {@link replyToEvent} delivered the messages.
 */
export interface ReplyToEventResult {
  /** Messages sent by the reply (0 when the reply failed over to pushes). */
  replied: number;
  /** Messages sent by pushes. */
  pushed: number;
  /** The push recipient, when there were pushes. */
  pushedTo?: string;
}

/**
 * Whether an error is LINE's answer to a spent or expired reply token.
 *
 * @param error - an error thrown by `client.reply`
 * @returns `true` for a 400 "Invalid reply token"
 */
export function isInvalidReplyTokenError(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { status, lineMessage } = error as { status?: unknown; lineMessage?: unknown };
  return status === 400 && typeof lineMessage === 'string' && /invalid reply token/i.test(lineMessage);
}

function recipient(source: WebhookSource | undefined): string | undefined {
  if (!source) return undefined;
  if (source.type === 'group') return source.groupId;
  if (source.type === 'room') return source.roomId;
  return source.userId;
}

function chunks(messages: readonly Message[]): Message[][] {
  const out: Message[][] = [];
  for (let i = 0; i < messages.length; i += MAX_MESSAGES_PER_SEND) out.push(messages.slice(i, i + MAX_MESSAGES_PER_SEND));
  return out;
}

/**
 * Replies to a webhook event, with opt-in fallbacks to push messages.
 *
 * @remarks
 * Uses only the client's public `reply` and `push` (so `jest.spyOn(client, 'push')` sees the pushes, and each
 * push is retried safely with its own `X-Line-Retry-Key`). Messages go out in order: the reply first, then the
 * pushes one after the other. The push recipient is the event's group, room or user, in that order.
 *
 * @example
 * ```ts
 * await replyToEvent(client, event, messages, { pushWhenReplyFails: true, pushOverflow: true });
 * ```
 *
 * @param client - a `LineClient` (or anything with its `reply` and `push`)
 * @param event - the webhook event being answered
 * @param messages - the messages, in order
 * @param options - the fallbacks to allow
 * @returns how many messages went by reply and by push
 * @throws {@link LineValidationError} before sending anything when there are no messages, more than 5 without
 * `pushOverflow`, or a push is needed and the event has no source to push to
 * @throws the client's error when a send fails (a reply error other than an invalid token is never turned into a
 * push)
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message | Send reply message}
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-push-message | Send push message}
 */
export async function replyToEvent(
  client: ReplySender,
  event: ReplyableEvent,
  messages: readonly Message[],
  options: ReplyToEventOptions = {},
): Promise<ReplyToEventResult> {
  if (!Array.isArray(messages) || messages.length === 0) {
    throw new LineValidationError('messages', 'give at least one message', '1 or more messages', Array.isArray(messages) ? 0 : typeof messages);
  }
  const { pushWhenReplyFails = false, pushOverflow = false } = options;
  if (messages.length > MAX_MESSAGES_PER_SEND && !pushOverflow) {
    throw new LineValidationError(
      'messages',
      `a reply takes at most ${MAX_MESSAGES_PER_SEND} messages, got ${messages.length} (pass { pushOverflow: true } to push the rest)`,
      `1-${MAX_MESSAGES_PER_SEND} messages`,
      messages.length,
    );
  }
  const to = recipient(event?.source);
  const canReply = typeof event?.replyToken === 'string' && event.replyToken !== '';
  const needsPush = messages.length > MAX_MESSAGES_PER_SEND || !canReply;
  if (needsPush && to === undefined) {
    throw new LineValidationError('event', 'it has no source user, group or room to push to');
  }
  if (!canReply && !pushWhenReplyFails) {
    throw new LineValidationError('event', 'it has no reply token (pass { pushWhenReplyFails: true } to push instead)');
  }

  const [first = [], ...rest] = chunks(messages);
  let replied = 0;
  let pending = rest;
  if (canReply) {
    try {
      await client.reply(event.replyToken as string, first);
      replied = first.length;
    } catch (error) {
      if (!pushWhenReplyFails || !isInvalidReplyTokenError(error)) throw error;
      if (to === undefined) {
        throw new LineError('replyToEvent(): the reply token was invalid and the event has no source to push to.', { cause: error });
      }
      pending = [first, ...rest];
    }
  } else {
    pending = [first, ...rest];
  }
  let pushed = 0;
  for (const batch of pending) {
    await client.push(to as string, batch);
    pushed += batch.length;
  }
  return pushed > 0 ? { replied, pushed, pushedTo: to } : { replied, pushed };
}
