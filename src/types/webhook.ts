/**
 * Typed webhook events sent by the LINE Platform to a bot's webhook URL.
 *
 * Every event type and message content type of LINE's `webhook.yml` (line-openapi) is modelled as a
 * member of a discriminated union keyed on the literal `type` property, so that
 * `switch (event.type)` narrows to the right event. LINE adds new event types from time to time: such
 * events still reach your code at runtime, in the `default` branch of the switch, so never throw there.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects | Webhook event objects}
 *
 * @packageDocumentation
 */

// ---------------------------------------------------------------------------------------------------------------------
// Request body and common event fields
// ---------------------------------------------------------------------------------------------------------------------

/**
 * The JSON body of a webhook request: the bot that should receive the events, and the events.
 *
 * @remarks
 * The LINE Platform may send an empty `events` array to check that the webhook URL works (the
 * "Verify" button of the LINE Developers Console). Answer it with 200 like any other request.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#request-body | Request body}
 */
export interface WebhookRequestBody {
  /** User ID of the bot that should receive the events (matches `U[0-9a-f]{32}`). */
  destination: string;
  /**
   * The webhook events. Events of a type this version does not know yet are also delivered here at runtime.
   */
  events: WebhookEvent[];
}

/**
 * Channel state when the event was sent: `active` normally, `standby` while another module channel has chat
 * control.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#common-properties | Common properties}
 */
export type EventMode = 'active' | 'standby';

/**
 * How the event was delivered.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#common-properties | Common properties}
 */
export interface DeliveryContext {
  /**
   * `true` when this is a redelivery of an event the bot did not acknowledge with 2xx before. Combine with
   * {@link EventBase.webhookEventId} to process each event only once.
   */
  isRedelivery: boolean;
}

/**
 * Fields shared by every webhook event.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#common-properties | Common properties}
 */
export interface EventBase {
  /** Event type; a string literal in each concrete event. */
  type: string;
  /** Where the event came from. Absent on some events, for example module-channel events. */
  source?: WebhookSource;
  /** Time of the event, in milliseconds since the Unix epoch. */
  timestamp: number;
  /** Channel state. */
  mode: EventMode;
  /** Unique ID of the event (a ULID). It stays the same when the event is redelivered: use it to deduplicate. */
  webhookEventId: string;
  /** Delivery information, including whether this is a redelivery. */
  deliveryContext: DeliveryContext;
}

/**
 * Fields shared by events you can answer with the reply API.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message | Send reply message}
 */
export interface ReplyableEventBase extends EventBase {
  /** Single-use token for the reply API. It expires shortly after the event is sent. */
  replyToken: string;
}

// ---------------------------------------------------------------------------------------------------------------------
// Sources
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Event sent from a one-on-one chat with a user.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#source-user | Source user}
 */
export interface UserSource {
  /** Source type. */
  type: 'user';
  /** User ID of the user. */
  userId?: string;
}

/**
 * Event sent from a group chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#source-group | Source group chat}
 */
export interface GroupSource {
  /** Source type. */
  type: 'group';
  /** Group ID of the group chat. */
  groupId: string;
  /** User ID of the user who caused the event; only on message events from LINE for iOS and Android. */
  userId?: string;
}

/**
 * Event sent from a multi-person chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#source-room | Source multi-person chat}
 */
export interface RoomSource {
  /** Source type. */
  type: 'room';
  /** Room ID of the multi-person chat. */
  roomId: string;
  /** User ID of the user who caused the event; only on message events from LINE for iOS and Android. */
  userId?: string;
}

/**
 * Where an event came from, discriminated by `type`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#source-user | Source objects}
 */
export type WebhookSource = UserSource | GroupSource | RoomSource;

// ---------------------------------------------------------------------------------------------------------------------
// Message contents
// ---------------------------------------------------------------------------------------------------------------------

/**
 * Fields shared by every message content.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#message-event | Message event}
 */
export interface MessageContentBase {
  /** Message type; a string literal in each concrete content. */
  type: string;
  /** Message ID. Use it to fetch media content with the content API. */
  id: string;
  /** Token for the mark-as-read API. */
  markAsReadToken?: string;
}

/**
 * A LINE emoji inside a received text message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-text | Text message}
 */
export interface WebhookEmoji {
  /** Position of the emoji in `text` (the first character is 0). */
  index: number;
  /** Length of the emoji's alternative text in `text`, for example 7 for `(hello)`. */
  length: number;
  /** Product ID of the LINE emoji set. */
  productId: string;
  /** ID of the emoji inside the set. */
  emojiId: string;
}

/**
 * Fields shared by every mentionee.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-text | Text message}
 */
export interface MentioneeBase {
  /** What is mentioned. */
  type: string;
  /** Position of the mention in `text` (the first character is 0). */
  index: number;
  /** Length of the mention text, for example 8 for `@example`. */
  length: number;
}

/**
 * A mentioned user.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-text | Text message}
 */
export interface UserMentionee extends MentioneeBase {
  /** Mention type. */
  type: 'user';
  /** User ID of the mentioned user; only when the user consented to sharing their profile. */
  userId?: string;
  /** `true` when the mentioned user is the bot receiving this webhook. */
  isSelf?: boolean;
}

/**
 * A mention of the whole chat (`@All`).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-text | Text message}
 */
export interface AllMentionee extends MentioneeBase {
  /** Mention type. */
  type: 'all';
}

/**
 * A mentioned target, discriminated by `type`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-text | Text message}
 */
export type Mentionee = UserMentionee | AllMentionee;

/**
 * The mentions in a received text message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-text | Text message}
 */
export interface Mention {
  /** The mentions (at most 20). */
  mentionees: Mentionee[];
}

/**
 * A received text message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-text | Text message}
 */
export interface TextMessageContent extends MessageContentBase {
  /** Message type. */
  type: 'text';
  /** The text. LINE emojis appear as their alternative text, for example `(hello)`. */
  text: string;
  /** LINE emojis in `text`; only when there are some. */
  emojis?: WebhookEmoji[];
  /** Mentions in `text`; only when there are some. */
  mention?: Mention;
  /** Token to quote this message when sending. */
  quoteToken: string;
  /** ID of the message this one quotes; only when it quotes a past message. */
  quotedMessageId?: string;
}

/**
 * Who provides a media file.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-image | Image message}
 */
export interface ContentProvider {
  /** `line`: get the file with the content API; `external`: the file is at `originalContentUrl`. */
  type: 'line' | 'external';
  /** URL of the file; only when `type` is `external`. */
  originalContentUrl?: string;
  /** URL of the preview image; only when `type` is `external`. */
  previewImageUrl?: string;
}

/**
 * Position of an image inside a set of images sent at the same time.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-image | Image message}
 */
export interface ImageSet {
  /** ID of the image set. */
  id: string;
  /** 1-based position of this image in the set. Missing from old LINE for Android versions. */
  index?: number;
  /** Number of images in the set. */
  total?: number;
}

/**
 * A received image.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-image | Image message}
 */
export interface ImageMessageContent extends MessageContentBase {
  /** Message type. */
  type: 'image';
  /** Who provides the image file. */
  contentProvider: ContentProvider;
  /** Set information; only when several images were sent at once. */
  imageSet?: ImageSet;
  /** Token to quote this message when sending. */
  quoteToken: string;
}

/**
 * A received video.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-video | Video message}
 */
export interface VideoMessageContent extends MessageContentBase {
  /** Message type. */
  type: 'video';
  /** Length of the video, in milliseconds. */
  duration?: number;
  /** Who provides the video file. */
  contentProvider: ContentProvider;
  /** Token to quote this message when sending. */
  quoteToken: string;
}

/**
 * A received audio message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-audio | Audio message}
 */
export interface AudioMessageContent extends MessageContentBase {
  /** Message type. */
  type: 'audio';
  /** Who provides the audio file. */
  contentProvider: ContentProvider;
  /** Length of the audio, in milliseconds. */
  duration?: number;
}

/**
 * A received file.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-file | File message}
 */
export interface FileMessageContent extends MessageContentBase {
  /** Message type. */
  type: 'file';
  /** File name. */
  fileName: string;
  /** File size, in bytes. */
  fileSize: number;
}

/**
 * A received location.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-location | Location message}
 */
export interface LocationMessageContent extends MessageContentBase {
  /** Message type. */
  type: 'location';
  /** Title of the place. */
  title?: string;
  /** Address. */
  address?: string;
  /** Latitude. */
  latitude: number;
  /** Longitude. */
  longitude: number;
}

/**
 * Kind of a received sticker.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-sticker | Sticker message}
 */
export type StickerResourceType =
  | 'STATIC'
  | 'ANIMATION'
  | 'SOUND'
  | 'ANIMATION_SOUND'
  | 'POPUP'
  | 'POPUP_SOUND'
  | 'CUSTOM'
  | 'MESSAGE'
  | 'NAME_TEXT'
  | 'PER_STICKER_TEXT';

/**
 * A received sticker.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#wh-sticker | Sticker message}
 */
export interface StickerMessageContent extends MessageContentBase {
  /** Message type. */
  type: 'sticker';
  /** Package ID. */
  packageId: string;
  /** Sticker ID. */
  stickerId: string;
  /** Kind of sticker. */
  stickerResourceType: StickerResourceType;
  /** Up to 15 keywords describing the sticker (experimental; may vary between events). */
  keywords?: string[];
  /** Text the user entered; only for message stickers (at most 100 characters). */
  text?: string;
  /** Token to quote this message when sending. */
  quoteToken: string;
  /** ID of the message this one quotes; only when it quotes a past message. */
  quotedMessageId?: string;
}

/**
 * The content of a received message, discriminated by `type`.
 *
 * @remarks
 * Message types added by LINE later arrive at runtime too: keep a `default` branch when you switch on
 * `message.type`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#message-event | Message event}
 */
export type MessageContent =
  | TextMessageContent
  | ImageMessageContent
  | VideoMessageContent
  | AudioMessageContent
  | FileMessageContent
  | LocationMessageContent
  | StickerMessageContent;

// ---------------------------------------------------------------------------------------------------------------------
// Events
// ---------------------------------------------------------------------------------------------------------------------

/**
 * A user sent a message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#message-event | Message event}
 */
export interface MessageEvent extends EventBase {
  /** Event type. */
  type: 'message';
  /** Token for the reply API. */
  replyToken?: string;
  /** The message. */
  message: MessageContent;
}

/**
 * A user edited a text message they sent (currently only in group chats). Several edits of one message may
 * arrive out of order: the event with the largest `timestamp` is the latest state.
 *
 * @remarks
 * Not in the `webhook.yml` this version was generated from; modelled on LINE's reference.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#edit-event | Message edited event}
 */
export interface MessageEditedEvent extends EventBase {
  /** Event type. */
  type: 'messageEdited';
  /** Token for the reply API. */
  replyToken?: string;
  /** The message after the edit. */
  message: MessageContent;
}

/**
 * Details of an unsent message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#unsend-event | Unsend event}
 */
export interface UnsendDetail {
  /** ID of the message the user unsent. */
  messageId: string;
}

/**
 * A user unsent a message. Delete any copy of it you stored.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#unsend-event | Unsend event}
 */
export interface UnsendEvent extends EventBase {
  /** Event type. */
  type: 'unsend';
  /** The unsent message. */
  unsend: UnsendDetail;
}

/**
 * Details of a follow event.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#follow-event | Follow event}
 */
export interface FollowDetail {
  /** `true` when the user unblocked the account; `false` when they added it as a friend. */
  isUnblocked: boolean;
}

/**
 * A user added the LINE Official Account as a friend, or unblocked it.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#follow-event | Follow event}
 */
export interface FollowEvent extends ReplyableEventBase {
  /** Event type. */
  type: 'follow';
  /** Whether this was an unblock. */
  follow: FollowDetail;
}

/**
 * A user blocked the LINE Official Account.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#unfollow-event | Unfollow event}
 */
export interface UnfollowEvent extends EventBase {
  /** Event type. */
  type: 'unfollow';
}

/**
 * The LINE Official Account joined a group chat or multi-person chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#join-event | Join event}
 */
export interface JoinEvent extends ReplyableEventBase {
  /** Event type. */
  type: 'join';
}

/**
 * The LINE Official Account was removed from, or left, a group chat or multi-person chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#leave-event | Leave event}
 */
export interface LeaveEvent extends EventBase {
  /** Event type. */
  type: 'leave';
}

/**
 * Users who joined a chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#member-joined-event | Member join event}
 */
export interface JoinedMembers {
  /** The users who joined. */
  members: UserSource[];
}

/**
 * Users joined a group chat or multi-person chat the LINE Official Account is in.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#member-joined-event | Member join event}
 */
export interface MemberJoinedEvent extends ReplyableEventBase {
  /** Event type. */
  type: 'memberJoined';
  /** The users who joined. */
  joined: JoinedMembers;
}

/**
 * Users who left a chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#member-left-event | Member leave event}
 */
export interface LeftMembers {
  /** The users who left. */
  members: UserSource[];
}

/**
 * Users left a group chat or multi-person chat the LINE Official Account is in.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#member-left-event | Member leave event}
 */
export interface MemberLeftEvent extends EventBase {
  /** Event type. */
  type: 'memberLeft';
  /** The users who left. */
  left: LeftMembers;
}

/**
 * Parameters of a postback: what the user picked in a datetime picker, or the result of a rich menu switch.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#postback-params-object | Postback params object}
 */
export interface PostbackParams {
  /** Date picked by the user (`full-date`), for a datetime picker in `date` mode. */
  date?: string;
  /** Time picked by the user (`time-hour:time-minute`), for a datetime picker in `time` mode. */
  time?: string;
  /** Date and time picked by the user, for a datetime picker in `datetime` mode. */
  datetime?: string;
  /** Rich menu alias ID switched to, for a rich menu switch action. */
  newRichMenuAliasId?: string;
  /** Result of a rich menu switch action, for example `SUCCESS`. */
  status?: string;
  /** Parameters LINE may add later. */
  [key: string]: string | undefined;
}

/**
 * Content of a postback.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#postback-event | Postback event}
 */
export interface PostbackContent {
  /** The `data` of the postback action. */
  data: string;
  /** Extra parameters, for datetime picker and rich menu switch actions. */
  params?: PostbackParams;
}

/**
 * A user performed a postback action.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#postback-event | Postback event}
 */
export interface PostbackEvent extends EventBase {
  /** Event type. */
  type: 'postback';
  /** Token for the reply API. */
  replyToken?: string;
  /** The postback. */
  postback: PostbackContent;
}

/**
 * The video that was watched to the end.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-viewing-complete | Video viewing complete event}
 */
export interface VideoPlayComplete {
  /** The `trackingId` set on the video message. */
  trackingId: string;
}

/**
 * A user watched a video message with a `trackingId` to the end.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-viewing-complete | Video viewing complete event}
 */
export interface VideoPlayCompleteEvent extends ReplyableEventBase {
  /** Event type. */
  type: 'videoPlayComplete';
  /** The video. */
  videoPlayComplete: VideoPlayComplete;
}

/**
 * What a LINE Beacon detected.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#beacon-event | Beacon event}
 */
export interface BeaconContent {
  /** Hardware ID of the beacon. */
  hwid: string;
  /** `enter`: the user came into range; `banner`: the user tapped the beacon banner; `stay`: the user stays in range. */
  type: 'enter' | 'banner' | 'stay';
  /** Device message of the beacon, as a hex string. */
  dm?: string;
}

/**
 * A user came into range of a LINE Beacon.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#beacon-event | Beacon event}
 */
export interface BeaconEvent extends ReplyableEventBase {
  /** Event type. */
  type: 'beacon';
  /** The beacon. */
  beacon: BeaconContent;
}

/**
 * Result of account linking.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#account-link-event | Account link event}
 */
export interface LinkContent {
  /** Whether linking succeeded. */
  result: 'ok' | 'failed';
  /** The nonce you generated when verifying the user ID. */
  nonce: string;
}

/**
 * A user linked (or failed to link) their LINE account with your service's account.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#account-link-event | Account link event}
 */
export interface AccountLinkEvent extends EventBase {
  /** Event type. */
  type: 'accountLink';
  /** Token for the reply API; absent when linking failed. */
  replyToken?: string;
  /** The result. */
  link: LinkContent;
}

/**
 * A user joined a membership.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#membership-event | Membership event}
 */
export interface JoinedMembershipContent {
  /** Membership event type. */
  type: 'joined';
  /** ID of the membership. */
  membershipId: number;
}

/**
 * A user left a membership.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#membership-event | Membership event}
 */
export interface LeftMembershipContent {
  /** Membership event type. */
  type: 'left';
  /** ID of the membership. */
  membershipId: number;
}

/**
 * A user renewed a membership.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#membership-event | Membership event}
 */
export interface RenewedMembershipContent {
  /** Membership event type. */
  type: 'renewed';
  /** ID of the membership. */
  membershipId: number;
}

/**
 * What happened to a membership, discriminated by `type`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#membership-event | Membership event}
 */
export type MembershipContent = JoinedMembershipContent | LeftMembershipContent | RenewedMembershipContent;

/**
 * A user joined, left or renewed the LINE Official Account's membership.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#membership-event | Membership event}
 */
export interface MembershipEvent extends ReplyableEventBase {
  /** Event type. */
  type: 'membership';
  /** What happened. */
  membership: MembershipContent;
}

/**
 * The module channel was attached to a LINE Official Account.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#attached-event | Attached event}
 */
export interface AttachedModuleContent {
  /** Module event type. */
  type: 'attached';
  /** User ID of the bot of the LINE Official Account. */
  botId: string;
  /** Scopes the LINE Official Account's admin granted. */
  scopes: string[];
}

/**
 * The module channel was detached from a LINE Official Account.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#detached-event | Detached event}
 */
export interface DetachedModuleContent {
  /** Module event type. */
  type: 'detached';
  /** User ID of the bot of the LINE Official Account. */
  botId: string;
  /** Why it was detached. */
  reason: 'bot_deleted';
}

/**
 * What happened to the module channel, discriminated by `type`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#module-channel-specific-webhook-events | Module webhook events}
 */
export type ModuleContent = AttachedModuleContent | DetachedModuleContent;

/**
 * The module channel was attached to or detached from a LINE Official Account (sent to module channels).
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#module-channel-specific-webhook-events | Module webhook events}
 */
export interface ModuleEvent extends EventBase {
  /** Event type. */
  type: 'module';
  /** What happened. */
  module: ModuleContent;
}

/**
 * Chat control granted to the module channel.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#activated-event | Activated event}
 */
export interface ChatControl {
  /** When chat control expires, in milliseconds since the Unix epoch. */
  expireAt: number;
}

/**
 * The module channel became the Active Channel (sent to module channels).
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#activated-event | Activated event}
 */
export interface ActivatedEvent extends EventBase {
  /** Event type. */
  type: 'activated';
  /** The chat control. */
  chatControl: ChatControl;
}

/**
 * The module channel became a Standby Channel (sent to module channels).
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#deactivated-event | Deactivated event}
 */
export interface DeactivatedEvent extends EventBase {
  /** Event type. */
  type: 'deactivated';
}

/**
 * The LINE Official Account was suspended (sent to module channels).
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#botsuspend-event | Bot suspended event}
 */
export interface BotSuspendedEvent extends EventBase {
  /** Event type. */
  type: 'botSuspended';
}

/**
 * The LINE Official Account came back from suspension (sent to module channels).
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#botresumed-event | Bot resumed event}
 */
export interface BotResumedEvent extends EventBase {
  /** Event type. */
  type: 'botResumed';
}

/**
 * Which delivery of a LINE notification message completed.
 *
 * @see {@link https://developers.line.biz/en/docs/partner-docs/line-notification-messages/message-sending-complete-webhook-event/ | Delivery completion event}
 */
export interface PnpDelivery {
  /** The hashed phone number, or the value of the `X-Line-Delivery-Tag` header of the send request. */
  data: string;
}

/**
 * A LINE notification message (PNP) was delivered to the user.
 *
 * @see {@link https://developers.line.biz/en/docs/partner-docs/line-notification-messages/message-sending-complete-webhook-event/ | Delivery completion event}
 */
export interface PnpDeliveryCompletionEvent extends EventBase {
  /** Event type. */
  type: 'delivery';
  /** The delivery. */
  delivery: PnpDelivery;
}

/**
 * Result of one action of a LINE Things automatic-communication scenario.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#scenario-result-event | Scenario result event}
 */
export interface ThingsActionResult {
  /** `binary` when `data` holds bytes read from the device, `void` otherwise. */
  type: 'binary' | 'void';
  /** Base64-encoded data; only when `type` is `binary`. */
  data?: string;
}

/**
 * Result of a LINE Things automatic-communication scenario.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#scenario-result-event | Scenario result event}
 */
export interface ThingsScenarioResult {
  /** Scenario ID. */
  scenarioId: string;
  /** Revision of the scenario set. */
  revision: number;
  /** When the scenario started, in milliseconds since the Unix epoch. */
  startTime: number;
  /** When the scenario ended, in milliseconds since the Unix epoch. */
  endTime: number;
  /** Outcome of the scenario. */
  resultCode: 'success' | 'gatt_error' | 'runtime_error';
  /** Results of the scenario's actions. */
  actionResults?: ThingsActionResult[];
  /** Base64-encoded data of the BLE notification that triggered the scenario. */
  bleNotificationPayload?: string;
  /** Error reason, when the scenario failed. */
  errorReason?: string;
}

/**
 * A user linked a LINE Things device.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#device-link-event | Device link event}
 */
export interface LinkThingsContent {
  /** Things event type. */
  type: 'link';
  /** Device ID. */
  deviceId: string;
}

/**
 * A user unlinked a LINE Things device.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#device-unlink-event | Device unlink event}
 */
export interface UnlinkThingsContent {
  /** Things event type. */
  type: 'unlink';
  /** Device ID. */
  deviceId: string;
}

/**
 * A LINE Things scenario finished.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#scenario-result-event | Scenario result event}
 */
export interface ScenarioResultThingsContent {
  /** Things event type. */
  type: 'scenarioResult';
  /** Device ID. */
  deviceId: string;
  /** The scenario's result. */
  result: ThingsScenarioResult;
}

/**
 * What happened to a LINE Things device, discriminated by `type`.
 *
 * @see {@link https://developers.line.biz/en/docs/line-things/develop-bot/ | Receiving LINE Things events}
 */
export type ThingsContent = LinkThingsContent | UnlinkThingsContent | ScenarioResultThingsContent;

/**
 * A LINE Things device was linked or unlinked, or ran a scenario.
 *
 * @remarks
 * LINE Things events are not in `webhook.yml`; the type follows LINE's LINE Things documentation.
 *
 * @see {@link https://developers.line.biz/en/docs/line-things/develop-bot/ | Receiving LINE Things events}
 */
export interface ThingsEvent extends ReplyableEventBase {
  /** Event type. */
  type: 'things';
  /** What happened. */
  things: ThingsContent;
}

/**
 * Every webhook event this version knows, discriminated by the literal `type`.
 *
 * @remarks
 * `switch (event.type)` narrows to the matching event. LINE adds new event types over time; they arrive at
 * runtime as objects this union does not list, so keep a `default` branch that ignores (or logs) them and
 * never throws. See {@link UnknownEvent} for the type to cast to in that branch.
 *
 * @example
 * ```ts
 * switch (event.type) {
 *   case 'message':
 *     if (event.message.type === 'text') console.log(event.message.text);
 *     break;
 *   case 'follow':
 *     console.log(event.follow.isUnblocked);
 *     break;
 *   default:
 *     console.log('ignored event', (event as UnknownEvent).type);
 * }
 * ```
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects | Webhook event objects}
 */
export type WebhookEvent =
  | MessageEvent
  | MessageEditedEvent
  | UnsendEvent
  | FollowEvent
  | UnfollowEvent
  | JoinEvent
  | LeaveEvent
  | MemberJoinedEvent
  | MemberLeftEvent
  | PostbackEvent
  | VideoPlayCompleteEvent
  | BeaconEvent
  | AccountLinkEvent
  | ThingsEvent
  | MembershipEvent
  | ModuleEvent
  | ActivatedEvent
  | DeactivatedEvent
  | BotSuspendedEvent
  | BotResumedEvent
  | PnpDeliveryCompletionEvent;

/**
 * The literal `type` of every event in {@link WebhookEvent}.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects | Webhook event objects}
 */
export type WebhookEventType = WebhookEvent['type'];

/**
 * Shape of an event whose `type` this version does not know. It is deliberately not part of
 * {@link WebhookEvent}, so that it cannot spoil narrowing; cast to it in the `default` branch of a switch.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects | Webhook event objects}
 */
export interface UnknownEvent extends EventBase {
  /** The event type, as LINE sent it. */
  type: string;
  /** Any other property LINE sent. */
  [key: string]: unknown;
}
