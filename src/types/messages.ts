// Message objects sent with reply, push, multicast, broadcast and narrowcast, plus the inputs of the
// `Line` message factory. https://developers.line.biz/en/reference/messaging-api/#message-objects

import type { FlexContainer } from './flex';
import type { MessageOptions } from './messageCommon';
import type { Template } from './templates';

export type * from './messageCommon';

/**
 * A LINE emoji placed inside the text of a {@link TextMessage}.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message | Text message}
 */
export type Emoji = {
  /** Zero-based index of the `$` placeholder character in `text`. */
  index: number;
  /** Product ID of the emoji set. */
  productId: string;
  /** Emoji ID within the set. */
  emojiId: string;
};

/**
 * Text message, optionally with LINE emojis and a quoted message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message | Text message}
 */
export type TextMessage = MessageOptions & {
  /** Discriminator: always `'text'`. */
  type: 'text';
  /** Message text. Max 5,000 characters; each emoji is written as a `$` placeholder. */
  text: string;
  /** LINE emojis replacing `$` placeholders in `text`. Max 20. */
  emojis?: Emoji[];
  /** Quote token of the message to quote. */
  quoteToken?: string;
};

/**
 * Mention target of a {@link MentionSubstitutionObject}: a single user.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mentionee-user | Mentionee: user}
 */
export type UserMentionTarget = {
  /** Discriminator: always `'user'`. */
  type: 'user';
  /** User ID of the mentioned user. */
  userId: string;
};

/**
 * Mention target of a {@link MentionSubstitutionObject}: everyone in the group chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mentionee-all | Mentionee: all}
 */
export type AllMentionTarget = {
  /** Discriminator: always `'all'`. */
  type: 'all';
};

/**
 * Replaces a placeholder of a {@link TextMessageV2} with a mention.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message-v2-mention-object | Mention object}
 */
export type MentionSubstitutionObject = {
  /** Discriminator: always `'mention'`. */
  type: 'mention';
  /** Who is mentioned. */
  mentionee: UserMentionTarget | AllMentionTarget;
};

/**
 * Replaces a placeholder of a {@link TextMessageV2} with a LINE emoji.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message-v2-emoji-object | Emoji object}
 */
export type EmojiSubstitutionObject = {
  /** Discriminator: always `'emoji'`. */
  type: 'emoji';
  /** Product ID of the emoji set. */
  productId: string;
  /** Emoji ID within the set. */
  emojiId: string;
};

/** A substitution of a {@link TextMessageV2} placeholder, discriminated by `type`. */
export type SubstitutionObject = MentionSubstitutionObject | EmojiSubstitutionObject;

/**
 * Text message (v2) whose `{placeholders}` are replaced by mentions or emojis.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message-v2 | Text message (v2)}
 */
export type TextMessageV2 = MessageOptions & {
  /** Discriminator: always `'textV2'`. */
  type: 'textV2';
  /** Message text with placeholders written as `{key}`. Max 5,000 characters. */
  text: string;
  /** Replacement for each placeholder key used in `text`. */
  substitution?: Record<string, SubstitutionObject>;
  /** Quote token of the message to quote. */
  quoteToken?: string;
};

/**
 * Image message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | Image message}
 */
export type ImageMessage = MessageOptions & {
  /** Discriminator: always `'image'`. */
  type: 'image';
  /** Image URL: `https`, JPEG or PNG, max 10 MB, max 2,000 characters. */
  originalContentUrl: string;
  /** Preview image URL: `https`, JPEG or PNG, max 1 MB, max 2,000 characters. */
  previewImageUrl: string;
};

/**
 * Video message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | Video message}
 */
export type VideoMessage = MessageOptions & {
  /** Discriminator: always `'video'`. */
  type: 'video';
  /** Video URL: `https`, mp4, max 200 MB, max 2,000 characters. */
  originalContentUrl: string;
  /** Preview image URL: `https`, JPEG or PNG, max 1 MB, max 2,000 characters. */
  previewImageUrl: string;
  /**
   * ID reported in the video viewing complete event. Max 100 characters: letters, digits and
   * `-.=,+*()%$&;:@{}!?<>[]`.
   */
  trackingId?: string;
};

/**
 * Audio message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | Audio message}
 */
export type AudioMessage = MessageOptions & {
  /** Discriminator: always `'audio'`. */
  type: 'audio';
  /** Audio URL: `https`, mp3 or m4a, max 200 MB, max 2,000 characters. */
  originalContentUrl: string;
  /** Length of the audio in milliseconds. */
  duration: number;
};

/**
 * A place: title, address and coordinates.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-message | Location message}
 */
export type Location = {
  /** Title. Max 100 characters. */
  title: string;
  /** Address. Max 100 characters. */
  address: string;
  /** Latitude in degrees. */
  latitude: number;
  /** Longitude in degrees. */
  longitude: number;
};

/**
 * Location message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-message | Location message}
 */
export type LocationMessage = MessageOptions & Location & {
  /** Discriminator: always `'location'`. */
  type: 'location';
};

/**
 * Sticker message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | Sticker message}
 */
export type StickerMessage = MessageOptions & {
  /** Discriminator: always `'sticker'`. */
  type: 'sticker';
  /** Package ID of the sticker set (see LINE's sticker list). */
  packageId: string;
  /** Sticker ID within the package. */
  stickerId: string;
  /** Quote token of the message to quote. */
  quoteToken?: string;
};

/**
 * A rectangle on an imagemap, in pixels of the 1040-pixel-wide base image.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-area-object | Imagemap area object}
 */
export type ImageMapArea = {
  /** Horizontal position of the top-left corner. 0 or more. */
  x: number;
  /** Vertical position of the top-left corner. 0 or more. */
  y: number;
  /** Width of the area. */
  width: number;
  /** Height of the area. */
  height: number;
};

/**
 * Imagemap action that opens a web page.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-action-objects | Imagemap action objects}
 */
export type ImageMapUriAction = {
  /** Discriminator: always `'uri'`. */
  type: 'uri';
  /** Label read out by accessibility features. Max 100 characters. */
  label?: string;
  /** URL to open: `http`, `https`, `line` or `tel`. Max 1,000 characters. */
  linkUri: string;
  /** Tappable area. */
  area: ImageMapArea;
};

/**
 * Imagemap action that sends a message from the user.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-action-objects | Imagemap action objects}
 */
export type ImageMapMessageAction = {
  /** Discriminator: always `'message'`. */
  type: 'message';
  /** Label read out by accessibility features. Max 100 characters. */
  label?: string;
  /** Text sent by the user. Max 400 characters. */
  text: string;
  /** Tappable area. */
  area: ImageMapArea;
};

/**
 * Imagemap action that copies text to the clipboard.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-clipboard-action-object | Imagemap clipboard action}
 */
export type ImageMapClipboardAction = {
  /** Discriminator: always `'clipboard'`. */
  type: 'clipboard';
  /** Label read out by accessibility features. Max 100 characters. */
  label?: string;
  /** Text copied to the clipboard. 1 to 1,000 characters. */
  clipboardText: string;
  /** Tappable area. */
  area: ImageMapArea;
};

/** Any imagemap action, discriminated by `type`. */
export type ImageMapAction = ImageMapUriAction | ImageMapMessageAction | ImageMapClipboardAction;

/**
 * Link label shown after an imagemap video finishes.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | Imagemap message}
 */
export type ImageMapExternalLink = {
  /** URL opened when the label is tapped. Max 1,000 characters. */
  linkUri: string;
  /** Label text. Max 30 characters. */
  label: string;
};

/**
 * Video played inside an imagemap.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | Imagemap message}
 */
export type ImageMapVideo = {
  /** Video URL: `https`, mp4, max 200 MB, max 2,000 characters. */
  originalContentUrl: string;
  /** Preview image URL: `https`, JPEG or PNG, max 1 MB, max 2,000 characters. */
  previewImageUrl: string;
  /** Where the video plays on the imagemap. */
  area: ImageMapArea;
  /** Label with a link shown after the video ends. */
  externalLink?: ImageMapExternalLink;
};

/**
 * Size of the imagemap base image.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | Imagemap message}
 */
export type ImageMapBaseSize = {
  /** Width in pixels. Set to 1040. */
  width: number;
  /** Height in pixels, matching a width of 1040. */
  height: number;
};

/**
 * Imagemap message: an image with tappable areas and an optional video.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | Imagemap message}
 */
export type ImagemapMessage = MessageOptions & {
  /** Discriminator: always `'imagemap'`. */
  type: 'imagemap';
  /** Base URL of the image, without the width suffix: `https`, max 2,000 characters. */
  baseUrl: string;
  /** Alternative text shown in notifications and chat lists. Max 1,500 characters. */
  altText: string;
  /** Size of the base image. */
  baseSize: ImageMapBaseSize;
  /** Video played on the image. */
  video?: ImageMapVideo;
  /** Tappable areas and what they do. Max 50. */
  actions: ImageMapAction[];
};

/**
 * Template message carrying a buttons, confirm, carousel or image carousel template.
 *
 * @typeParam T - The template carried.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#template-messages | Template messages}
 */
export type TemplateMessage<T extends Template = Template> = MessageOptions & {
  /** Discriminator: always `'template'`. */
  type: 'template';
  /** Alternative text shown in notifications and chat lists. Max 400 characters. */
  altText: string;
  /** The template. */
  template: T;
};

/**
 * Flex Message: a layout built from Flex containers and components.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#flex-message | Flex Message}
 */
export type FlexMessage = MessageOptions & {
  /** Discriminator: always `'flex'`. */
  type: 'flex';
  /** Alternative text shown in notifications and chat lists. Max 1,500 characters. */
  altText: string;
  /** A bubble or a carousel. */
  contents: FlexContainer;
};

/**
 * Coupon message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#coupon-message | Coupon message}
 */
export type CouponMessage = MessageOptions & {
  /** Discriminator: always `'coupon'`. */
  type: 'coupon';
  /** ID of the coupon. */
  couponId: string;
  /** Delivery route tag for analysis in LINE Official Account Manager. Max 30 characters. */
  deliveryTag?: string;
};

/**
 * Any message object, discriminated by `type`. At most 5 can be sent per request.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#message-objects | Message objects}
 */
export type Message =
  | TextMessage
  | TextMessageV2
  | ImageMessage
  | ImagemapMessage
  | VideoMessage
  | AudioMessage
  | LocationMessage
  | StickerMessage
  | TemplateMessage
  | FlexMessage
  | CouponMessage;

/** The string literal of every message `type`. */
export type MessageType = Message['type'];

/** Options of `createText` and the `*Text` helpers: common message options, emojis and a quote token. */
export type TextMessageOptions = MessageOptions & {
  /** LINE emojis replacing `$` placeholders in the text. Max 20. */
  emojis?: Emoji[];
  /** Quote token of the message to quote. */
  quoteToken?: string;
};

/** Input of `createImage` and the `*Image` helpers. */
export type ImageMessageInput = {
  /** Image URL: `https`, JPEG or PNG, max 10 MB, max 2,000 characters. */
  originalContentUrl: string;
  /** Preview image URL; `originalContentUrl` is used when omitted. */
  previewImageUrl?: string;
};

/** Input of `createVideo` and the `*Video` helpers. */
export type VideoMessageInput = {
  /** Video URL: `https`, mp4, max 200 MB, max 2,000 characters. */
  originalContentUrl: string;
  /** Preview image URL: `https`, JPEG or PNG, max 1 MB. */
  previewImageUrl: string;
  /** ID reported in the video viewing complete event. Max 100 characters. */
  trackingId?: string;
};

/** Input of `createAudio` and the `*Audio` helpers. */
export type AudioMessageInput = {
  /** Audio URL: `https`, mp3 or m4a, max 200 MB, max 2,000 characters. */
  originalContentUrl: string;
  /** Length of the audio in milliseconds. */
  duration: number;
};

/** Input of `createLocation` and the `*Location` helpers. */
export type LocationMessageInput = Location;

/** Input of `createSticker` and the `*Sticker` helpers. */
export type StickerMessageInput = {
  /** Package ID of the sticker set. */
  packageId: string;
  /** Sticker ID within the package. */
  stickerId: string;
  /** Quote token of the message to quote. */
  quoteToken?: string;
};

/** Input of `createImagemap` and the `*Imagemap` helpers (everything but `type` and `altText`). */
export type ImagemapMessageInput = {
  /** Base URL of the image, without the width suffix: `https`, max 2,000 characters. */
  baseUrl: string;
  /** Size of the base image. */
  baseSize: ImageMapBaseSize;
  /** Video played on the image. */
  video?: ImageMapVideo;
  /** Tappable areas and what they do. Max 50. */
  actions: ImageMapAction[];
};
