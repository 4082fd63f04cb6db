/**
 * Webhook events as LINE sends them: the `x-line-signature` of a body, and builders that turn a few fields into
 * complete events of every webhook type (`webhook.yml`), with the rest filled as LINE fills it.
 */

import { createHmac, randomBytes } from 'node:crypto';
import type {
  AccountLinkEvent,
  ActivatedEvent,
  BeaconContent,
  BeaconEvent,
  BotResumedEvent,
  BotSuspendedEvent,
  DeactivatedEvent,
  EventMode,
  FollowEvent,
  JoinEvent,
  LeaveEvent,
  MemberJoinedEvent,
  MemberLeftEvent,
  MembershipContent,
  MembershipEvent,
  MessageContent,
  MessageEditedEvent,
  MessageEvent,
  ModuleContent,
  ModuleEvent,
  PnpDeliveryCompletionEvent,
  PostbackEvent,
  PostbackParams,
  ThingsContent,
  ThingsEvent,
  UnfollowEvent,
  UnsendEvent,
  VideoPlayCompleteEvent,
  WebhookEvent,
  WebhookRequestBody,
  WebhookSource,
} from '../../types/webhook';

/**
 * Computes the `x-line-signature` header LINE sends with a webhook: the Base64 HMAC-SHA256 digest of the raw body,
 * keyed with the channel secret.
 *
 * @example
 * ```ts
 * const body = JSON.stringify({ destination: 'Ub0000000000000000000000000000000', events: [] });
 * await fetch(botUrl, { method: 'POST', body, headers: { 'x-line-signature': signWebhook(body, secret) } });
 * ```
 *
 * @param body - the raw body, exactly as it is sent (a string is encoded as UTF-8)
 * @param channelSecret - the channel secret
 * @returns the signature
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export function signWebhook(body: string | Uint8Array, channelSecret: string): string {
  return createHmac('sha256', channelSecret).update(body).digest('base64');
}

/**
 * Who an event comes from: a user id (a one-on-one chat), or a source object (a group or room, with the user who
 * spoke).
 */
export type EventFrom = string | WebhookSource;

/** The common fields of an event; every one is filled when absent. */
export interface EventFields {
  /** Milliseconds since the epoch; now by default. */
  readonly timestamp?: number;
  /** `active` by default. */
  readonly mode?: EventMode;
  /** A new ULID by default. */
  readonly webhookEventId?: string;
  /** `{ isRedelivery: false }` by default. */
  readonly deliveryContext?: { readonly isRedelivery: boolean };
  /** For events that carry one: a new reply token by default, which the dummy server accepts once. */
  readonly replyToken?: string;
}

/**
 * A message as a test writes it: a string (a text message), or a message content with only `type` required;
 * `id`, `quoteToken`, `contentProvider`, `stickerResourceType`… are filled as LINE fills them.
 */
export type MessageInit =
  | string
  | { [T in MessageContent['type']]: Partial<Extract<MessageContent, { type: T }>> & { readonly type: T } }[MessageContent['type']];

/**
 * An event as a test writes it: a complete {@link WebhookEvent}, or `type` and what is specific to it;
 * `sendWebhook` and {@link completeWebhookEvent} fill the rest (`timestamp`, `mode`, `webhookEventId`,
 * `deliveryContext`, `replyToken`, the message's ids).
 */
export type PartialWebhookEvent = WebhookEvent | LooseWebhookEvent;

/** An event given by its `type` and the fields a test cares about (see {@link PartialWebhookEvent}). */
export interface LooseWebhookEvent {
  /** The event type, for example `message`. */
  readonly type: string;
  /** The source; a user source by default, for the event types that have one. */
  readonly source?: WebhookSource;
  /** The message of a `message` or `messageEdited` event. */
  readonly message?: MessageInit;
  /** Any other property, kept as given. */
  readonly [key: string]: unknown;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A new ULID (26 characters, time first), as LINE's `webhookEventId`s are.
 *
 * @param time - epoch milliseconds; now by default
 * @returns the id
 */
export function newWebhookEventId(time: number = Date.now()): string {
  let out = '';
  let t = time;
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[t % 32] + out;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(16);
  for (let i = 0; i < 16; i++) out += CROCKFORD[bytes[i] % 32];
  return out;
}

let messageSeq = 0;

/** @returns a new message id: 18 digits, increasing, as LINE's */
function newMessageId(): string {
  messageSeq += 1;
  const base = (BigInt(Date.now()) * 1000n) % 1_000_000_000_000_000n;
  return String(500_000_000_000_000_000n + base + BigInt(messageSeq % 1000));
}

/** @returns a new reply token (32 hex digits, as LINE's) */
export function newReplyToken(): string {
  return randomBytes(16).toString('hex');
}

function newQuoteToken(): string {
  return randomBytes(60).toString('base64url');
}

/** Reply tokens the builders made, by token: who a reply goes to, and when the token was made. */
const builtReplyTokens = new Map<string, { readonly to: string; readonly issuedAt: number }>();
/** The most built tokens remembered (the oldest are forgotten first): a bound, not a limit anyone reaches. */
const MAX_BUILT_REPLY_TOKENS = 100_000;

/**
 * Takes (and forgets) a reply token a builder made, so a dummy server accepts it once even when the event never
 * went through `sendWebhook` (a test that hands a built event straight to its handler).
 *
 * @internal
 * @param token - the reply token
 * @returns who a reply goes to and when the token was made, or undefined when no builder made it (or it was taken)
 */
export function takeBuiltReplyToken(token: string): { readonly to: string; readonly issuedAt: number } | undefined {
  const built = builtReplyTokens.get(token);
  builtReplyTokens.delete(token);
  return built;
}

function rememberReplyToken(token: string, source: WebhookSource | undefined): void {
  const to = source?.type === 'group' ? source.groupId : source?.type === 'room' ? source.roomId : source?.userId;
  if (to === undefined) return;
  if (builtReplyTokens.size >= MAX_BUILT_REPLY_TOKENS) builtReplyTokens.delete(builtReplyTokens.keys().next().value as string);
  builtReplyTokens.set(token, { to, issuedAt: Date.now() });
}

/** Events whose `source` LINE leaves out (module channel and PNP events). */
const SOURCELESS = new Set(['module', 'botSuspended', 'botResumed', 'delivery']);
/** Events that always carry a reply token. */
const REPLYABLE = new Set(['message', 'follow', 'join', 'memberJoined', 'postback', 'videoPlayComplete', 'beacon', 'membership', 'things']);

function sourceOf(from: EventFrom): WebhookSource {
  return typeof from === 'string' ? { type: 'user', userId: from } : { ...from };
}

function completeMessage(init: MessageInit): MessageContent {
  const m: Record<string, unknown> = typeof init === 'string' ? { type: 'text', text: init } : { ...init };
  m.id ??= newMessageId();
  switch (m.type) {
    case 'text':
      m.text ??= '';
      m.quoteToken ??= newQuoteToken();
      break;
    case 'image':
    case 'video':
      m.contentProvider ??= { type: 'line' };
      m.quoteToken ??= newQuoteToken();
      if (m.type === 'video') m.duration ??= 60_000;
      break;
    case 'audio':
      m.contentProvider ??= { type: 'line' };
      m.duration ??= 60_000;
      break;
    case 'file':
      m.fileName ??= 'file.txt';
      m.fileSize ??= 0;
      break;
    case 'location':
      m.latitude ??= 35.6873;
      m.longitude ??= 139.7067;
      break;
    case 'sticker':
      m.packageId ??= '446';
      m.stickerId ??= '1988';
      m.stickerResourceType ??= 'STATIC';
      m.quoteToken ??= newQuoteToken();
      break;
    default:
      break;
  }
  return m as unknown as MessageContent;
}

/**
 * Fills what an event leaves out, as LINE fills it: `timestamp`, `mode: 'active'`, a new `webhookEventId`,
 * `deliveryContext: { isRedelivery: false }`, a user `source` (for the event types that have one), a reply token for
 * the event types that carry one, and for a message its `id`, `quoteToken`, `contentProvider` and the like.
 *
 * @param event - the event as written; not modified
 * @returns a complete event (a new object)
 */
export function completeWebhookEvent(event: PartialWebhookEvent): WebhookEvent {
  const out: Record<string, unknown> = { ...event };
  out.timestamp ??= Date.now();
  out.mode ??= 'active';
  out.webhookEventId ??= newWebhookEventId(out.timestamp as number);
  out.deliveryContext ??= { isRedelivery: false };
  if (out.source === undefined && !SOURCELESS.has(event.type)) out.source = { type: 'user', userId: `U${randomBytes(16).toString('hex')}` };
  if (REPLYABLE.has(event.type) && out.replyToken === undefined) {
    out.replyToken = newReplyToken();
    rememberReplyToken(out.replyToken as string, out.source as WebhookSource | undefined);
  }
  if (event.type === 'follow') out.follow ??= { isUnblocked: false };
  const message = (event as LooseWebhookEvent).message;
  if ((event.type === 'message' || event.type === 'messageEdited') && message !== undefined) out.message = completeMessage(message);
  return out as unknown as WebhookEvent;
}

function build<E extends WebhookEvent>(type: E['type'], from: EventFrom | undefined, specific: object, fields: EventFields | undefined): E {
  return completeWebhookEvent({ ...fields, ...specific, type, ...(from !== undefined ? { source: sourceOf(from) } : {}) }) as E;
}

/**
 * A message event: a user sent a message (text, image, video, audio, file, location or sticker).
 *
 * @example
 * ```ts
 * messageEvent(ALICE, 'hello');                                     // a text message from Alice
 * messageEvent({ type: 'group', groupId, userId: ALICE }, { type: 'sticker', packageId: '446', stickerId: '1988' });
 * ```
 *
 * @param from - who sent it
 * @param message - the message: a string for text, or the content with only `type` required
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#message-event | Message event}
 */
export function messageEvent(from: EventFrom, message: MessageInit, fields?: EventFields): MessageEvent {
  return build<MessageEvent>('message', from, { message }, fields);
}

/**
 * A message edited event: a user edited a text message they sent.
 *
 * @param from - who edited it
 * @param message - the message after the edit (keep its `id`)
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#edit-event | Message edited event}
 */
export function messageEditedEvent(from: EventFrom, message: MessageInit, fields?: EventFields): MessageEditedEvent {
  return build<MessageEditedEvent>('messageEdited', from, { message }, fields);
}

/**
 * An unsend event: a user unsent a message.
 *
 * @param from - who unsent it
 * @param messageId - the id of the unsent message
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#unsend-event | Unsend event}
 */
export function unsendEvent(from: EventFrom, messageId: string, fields?: EventFields): UnsendEvent {
  return build<UnsendEvent>('unsend', from, { unsend: { messageId } }, fields);
}

/**
 * A follow event: a user added the bot as a friend (or unblocked it).
 *
 * @param from - the user
 * @param fields - common fields, and `isUnblocked` (false by default)
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#follow-event | Follow event}
 */
export function followEvent(from: EventFrom, fields?: EventFields & { readonly isUnblocked?: boolean }): FollowEvent {
  const { isUnblocked = false, ...rest } = fields ?? {};
  return build<FollowEvent>('follow', from, { follow: { isUnblocked } }, rest);
}

/**
 * An unfollow event: a user blocked the bot.
 *
 * @param from - the user
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#unfollow-event | Unfollow event}
 */
export function unfollowEvent(from: EventFrom, fields?: EventFields): UnfollowEvent {
  return build<UnfollowEvent>('unfollow', from, {}, fields);
}

/**
 * A join event: the bot joined a group or room.
 *
 * @param chat - the group or room source (without `userId`)
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#join-event | Join event}
 */
export function joinEvent(chat: WebhookSource, fields?: EventFields): JoinEvent {
  return build<JoinEvent>('join', chat, {}, fields);
}

/**
 * A leave event: the bot was removed from a group or room.
 *
 * @param chat - the group or room source
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#leave-event | Leave event}
 */
export function leaveEvent(chat: WebhookSource, fields?: EventFields): LeaveEvent {
  return build<LeaveEvent>('leave', chat, {}, fields);
}

/**
 * A member joined event: users joined a group or room the bot is in.
 *
 * @param chat - the group or room source
 * @param userIds - who joined
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#member-joined-event | Member join event}
 */
export function memberJoinedEvent(chat: WebhookSource, userIds: readonly string[], fields?: EventFields): MemberJoinedEvent {
  return build<MemberJoinedEvent>('memberJoined', chat, { joined: { members: userIds.map((userId) => ({ type: 'user', userId })) } }, fields);
}

/**
 * A member left event: users left a group or room the bot is in.
 *
 * @param chat - the group or room source
 * @param userIds - who left
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#member-left-event | Member leave event}
 */
export function memberLeftEvent(chat: WebhookSource, userIds: readonly string[], fields?: EventFields): MemberLeftEvent {
  return build<MemberLeftEvent>('memberLeft', chat, { left: { members: userIds.map((userId) => ({ type: 'user', userId })) } }, fields);
}

/**
 * A postback event: a user tapped a postback action (a button, a rich menu area, a datetime picker).
 *
 * @param from - who tapped it
 * @param data - the action's `data`
 * @param params - the datetime picker or rich menu switch parameters, if any
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#postback-event | Postback event}
 */
export function postbackEvent(from: EventFrom, data: string, params?: PostbackParams, fields?: EventFields): PostbackEvent {
  return build<PostbackEvent>('postback', from, { postback: params ? { data, params } : { data } }, fields);
}

/**
 * A video viewing complete event.
 *
 * @param from - who watched
 * @param trackingId - the video message's `trackingId`
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-viewing-complete | Video viewing complete event}
 */
export function videoPlayCompleteEvent(from: EventFrom, trackingId: string, fields?: EventFields): VideoPlayCompleteEvent {
  return build<VideoPlayCompleteEvent>('videoPlayComplete', from, { videoPlayComplete: { trackingId } }, fields);
}

/**
 * A beacon event: a user came into range of a LINE Beacon.
 *
 * @param from - the user
 * @param beacon - the beacon's `hwid`, `type` (`enter` by default) and `dm`
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#beacon-event | Beacon event}
 */
export function beaconEvent(from: EventFrom, beacon: Partial<BeaconContent> & { readonly hwid: string }, fields?: EventFields): BeaconEvent {
  return build<BeaconEvent>('beacon', from, { beacon: { type: 'enter', ...beacon } }, fields);
}

/**
 * An account link event.
 *
 * @param from - the user
 * @param link - the result (`ok` carries a reply token, `failed` none) and the nonce
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#account-link-event | Account link event}
 */
export function accountLinkEvent(from: EventFrom, link: { readonly result: 'ok' | 'failed'; readonly nonce: string }, fields?: EventFields): AccountLinkEvent {
  const replyToken = link.result === 'ok' ? (fields?.replyToken ?? newReplyToken()) : undefined;
  if (replyToken !== undefined && fields?.replyToken === undefined) rememberReplyToken(replyToken, sourceOf(from));
  return build<AccountLinkEvent>('accountLink', from, { link: { ...link }, ...(replyToken ? { replyToken } : {}) }, fields);
}

/**
 * A membership event: a user joined, left or renewed a membership.
 *
 * @param from - the user
 * @param membership - what happened, and the membership id
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#membership-event | Membership event}
 */
export function membershipEvent(from: EventFrom, membership: MembershipContent, fields?: EventFields): MembershipEvent {
  return build<MembershipEvent>('membership', from, { membership: { ...membership } }, fields);
}

/**
 * A LINE Things event: a device was linked or unlinked, or ran a scenario.
 *
 * @param from - the user
 * @param things - what happened
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event, with a reply token
 * @see {@link https://developers.line.biz/en/docs/line-things/develop-bot/ | Receiving LINE Things events}
 */
export function thingsEvent(from: EventFrom, things: ThingsContent, fields?: EventFields): ThingsEvent {
  return build<ThingsEvent>('things', from, { things: { ...things } }, fields);
}

/**
 * A module event (sent to a module channel): attached to or detached from a bot. It has no source.
 *
 * @param module - what happened
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#module-channel-specific-webhook-events | Module webhook events}
 */
export function moduleEvent(module: ModuleContent, fields?: EventFields): ModuleEvent {
  return build<ModuleEvent>('module', undefined, { module: { ...module } }, fields);
}

/**
 * An activated event (sent to a module channel): it became the Active Channel of a chat.
 *
 * @param from - the chat
 * @param expireAt - when chat control expires (epoch milliseconds); in an hour by default
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#activated-event | Activated event}
 */
export function activatedEvent(from: EventFrom, expireAt: number = Date.now() + 3_600_000, fields?: EventFields): ActivatedEvent {
  return build<ActivatedEvent>('activated', from, { chatControl: { expireAt } }, fields);
}

/**
 * A deactivated event (sent to a module channel): it became a Standby Channel of a chat.
 *
 * @param from - the chat
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#deactivated-event | Deactivated event}
 */
export function deactivatedEvent(from: EventFrom, fields?: EventFields): DeactivatedEvent {
  return build<DeactivatedEvent>('deactivated', from, {}, fields);
}

/**
 * A bot suspended event (sent to a module channel). It has no source.
 *
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#botsuspend-event | Bot suspended event}
 */
export function botSuspendedEvent(fields?: EventFields): BotSuspendedEvent {
  return build<BotSuspendedEvent>('botSuspended', undefined, {}, fields);
}

/**
 * A bot resumed event (sent to a module channel). It has no source.
 *
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#botresumed-event | Bot resumed event}
 */
export function botResumedEvent(fields?: EventFields): BotResumedEvent {
  return build<BotResumedEvent>('botResumed', undefined, {}, fields);
}

/**
 * A delivery completion event of a LINE notification message (PNP). It has no source.
 *
 * @param data - the hashed phone number, or the `X-Line-Delivery-Tag` of the send
 * @param fields - common fields to set instead of the generated ones
 * @returns the complete event
 * @see {@link https://developers.line.biz/en/docs/partner-docs/line-notification-messages/message-sending-complete-webhook-event/ | Delivery completion event}
 */
export function pnpDeliveryCompletionEvent(data: string, fields?: EventFields): PnpDeliveryCompletionEvent {
  return build<PnpDeliveryCompletionEvent>('delivery', undefined, { delivery: { data } }, fields);
}

/**
 * The body of a webhook request: the destination (the bot's user id) and the events.
 *
 * @param destination - the bot's user id
 * @param events - the events, complete
 * @returns the body
 */
export function webhookBody(destination: string, events: readonly WebhookEvent[]): WebhookRequestBody {
  return { destination, events: [...events] };
}
