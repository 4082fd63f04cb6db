// The `Line` message factory: pure functions that build LINE message objects. No I/O, no Node built-ins,
// so it also works in browsers.

import type {
  AudioMessage,
  AudioMessageInput,
  ImageMessage,
  ImageMessageInput,
  ImagemapMessage,
  ImagemapMessageInput,
  LocationMessage,
  LocationMessageInput,
  MessageOptions,
  StickerMessage,
  StickerMessageInput,
  TextMessage,
  TextMessageOptions,
  VideoMessage,
  VideoMessageInput,
  TemplateMessage,
  FlexMessage,
} from './types/messages';
import type {
  ButtonsTemplate,
  ButtonsTemplateInput,
  CarouselTemplate,
  CarouselTemplateOptions,
  ColumnObject,
  ConfirmTemplate,
  ConfirmTemplateInput,
  ImageCarouselColumnObject,
  ImageCarouselTemplate,
  Template,
} from './types/templates';
import type { FlexContainer } from './types/flex';
import { splitSendOptions } from './messageOptions';

/** Drops send-level keys (they belong to the request, never inside a message). */
function messageLevel<O extends object>(options: O | undefined) {
  return splitSendOptions(options)[0];
}

/**
 * Builds a text message.
 *
 * @param text - Message text. Max 5,000 characters; each LINE emoji is a `$` placeholder.
 * @param options - Quick reply, sender, `emojis` and `quoteToken`, spread into the message.
 * @returns `{ type: 'text', text, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message | Text message}
 */
export function createText(text: string, options?: TextMessageOptions): TextMessage {
  return { type: 'text', text, ...messageLevel(options) };
}

/**
 * Builds an image message.
 *
 * @param image - Image URL and optional preview URL; the preview falls back to the image URL.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'image', originalContentUrl, previewImageUrl, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | Image message}
 */
export function createImage(image: ImageMessageInput, options?: MessageOptions): ImageMessage;
/**
 * Builds an image message from positional URLs (the form of messaging-api-line 0.x).
 *
 * @param originalContentUrl - Image URL: `https`, JPEG or PNG, max 10 MB.
 * @param previewImageUrl - Preview image URL; falls back to `originalContentUrl`.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'image', originalContentUrl, previewImageUrl, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | Image message}
 */
export function createImage(originalContentUrl: string, previewImageUrl?: string, options?: MessageOptions): ImageMessage;
export function createImage(
  image: ImageMessageInput | string,
  previewOrOptions?: string | MessageOptions,
  options?: MessageOptions,
): ImageMessage {
  let originalContentUrl: string;
  let previewImageUrl: string | undefined;
  let opts: MessageOptions | undefined;
  if (typeof image === 'string') {
    originalContentUrl = image;
    if (typeof previewOrOptions === 'string' || previewOrOptions == null) {
      previewImageUrl = previewOrOptions ?? undefined;
      opts = options;
    } else {
      // createImage(url, options): tolerated although not a documented form.
      opts = previewOrOptions;
    }
  } else {
    originalContentUrl = image.originalContentUrl;
    previewImageUrl = image.previewImageUrl;
    opts = previewOrOptions as MessageOptions | undefined;
  }
  return {
    type: 'image',
    originalContentUrl,
    previewImageUrl: previewImageUrl || originalContentUrl,
    ...messageLevel(opts),
  };
}

/**
 * Builds a video message.
 *
 * @param video - Video URL, preview image URL and optional `trackingId`.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'video', originalContentUrl, previewImageUrl, trackingId?, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | Video message}
 */
export function createVideo(video: VideoMessageInput, options?: MessageOptions): VideoMessage;
/**
 * Builds a video message from positional URLs (the form of messaging-api-line 0.x).
 *
 * @param originalContentUrl - Video URL: `https`, mp4, max 200 MB.
 * @param previewImageUrl - Preview image URL (required; there is no fallback).
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'video', originalContentUrl, previewImageUrl, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | Video message}
 */
export function createVideo(originalContentUrl: string, previewImageUrl: string, options?: MessageOptions): VideoMessage;
export function createVideo(
  video: VideoMessageInput | string,
  previewOrOptions?: string | MessageOptions,
  options?: MessageOptions,
): VideoMessage {
  if (typeof video === 'string') {
    return {
      type: 'video',
      originalContentUrl: video,
      previewImageUrl: previewOrOptions as string,
      ...messageLevel(options),
    };
  }
  const message: VideoMessage = {
    type: 'video',
    originalContentUrl: video.originalContentUrl,
    previewImageUrl: video.previewImageUrl,
  };
  if (video.trackingId !== undefined) message.trackingId = video.trackingId;
  return { ...message, ...messageLevel(previewOrOptions as MessageOptions | undefined) };
}

/**
 * Builds an audio message.
 *
 * @param audio - Audio URL and duration in milliseconds.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'audio', originalContentUrl, duration, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | Audio message}
 */
export function createAudio(audio: AudioMessageInput, options?: MessageOptions): AudioMessage;
/**
 * Builds an audio message from positional arguments (the form of messaging-api-line 0.x).
 *
 * @param originalContentUrl - Audio URL: `https`, mp3 or m4a, max 200 MB.
 * @param duration - Length of the audio in milliseconds.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'audio', originalContentUrl, duration, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | Audio message}
 */
export function createAudio(originalContentUrl: string, duration: number, options?: MessageOptions): AudioMessage;
export function createAudio(
  audio: AudioMessageInput | string,
  durationOrOptions?: number | MessageOptions,
  options?: MessageOptions,
): AudioMessage {
  if (typeof audio === 'string') {
    return {
      type: 'audio',
      originalContentUrl: audio,
      duration: durationOrOptions as number,
      ...messageLevel(options),
    };
  }
  return {
    type: 'audio',
    originalContentUrl: audio.originalContentUrl,
    duration: audio.duration,
    ...messageLevel(durationOrOptions as MessageOptions | undefined),
  };
}

/**
 * Builds a location message.
 *
 * @param location - Title, address, latitude and longitude.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'location', title, address, latitude, longitude, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-message | Location message}
 */
export function createLocation(location: LocationMessageInput, options?: MessageOptions): LocationMessage {
  const { title, address, latitude, longitude } = location;
  return { type: 'location', title, address, latitude, longitude, ...messageLevel(options) };
}

/**
 * Builds a sticker message.
 *
 * @param sticker - Package ID, sticker ID and optional `quoteToken`.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'sticker', packageId, stickerId, quoteToken?, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | Sticker message}
 */
export function createSticker(sticker: StickerMessageInput, options?: MessageOptions): StickerMessage;
/**
 * Builds a sticker message from positional IDs (the form of messaging-api-line 0.x).
 *
 * @param packageId - Package ID of the sticker set.
 * @param stickerId - Sticker ID within the package.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'sticker', packageId, stickerId, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | Sticker message}
 */
export function createSticker(packageId: string, stickerId: string, options?: MessageOptions): StickerMessage;
export function createSticker(
  sticker: StickerMessageInput | string,
  stickerIdOrOptions?: string | MessageOptions,
  options?: MessageOptions,
): StickerMessage {
  if (typeof sticker === 'string') {
    return {
      type: 'sticker',
      packageId: sticker,
      stickerId: stickerIdOrOptions as string,
      ...messageLevel(options),
    };
  }
  const message: StickerMessage = { type: 'sticker', packageId: sticker.packageId, stickerId: sticker.stickerId };
  if (sticker.quoteToken !== undefined) message.quoteToken = sticker.quoteToken;
  return { ...message, ...messageLevel(stickerIdOrOptions as MessageOptions | undefined) };
}

/**
 * Builds an imagemap message.
 *
 * @param altText - Alternative text. Max 1,500 characters.
 * @param imagemap - Base URL, base size, optional video and the tappable actions.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'imagemap', baseUrl, altText, baseSize, video?, actions, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | Imagemap message}
 */
export function createImagemap(altText: string, imagemap: ImagemapMessageInput, options?: MessageOptions): ImagemapMessage {
  const { baseUrl, baseSize, video, actions } = imagemap;
  const message: ImagemapMessage = { type: 'imagemap', baseUrl, altText, baseSize, actions };
  if (video !== undefined) {
    // Keep 1.1.0's key order: video before actions.
    return { type: 'imagemap', baseUrl, altText, baseSize, video, actions, ...messageLevel(options) };
  }
  return { ...message, ...messageLevel(options) };
}

/**
 * Builds a template message around any template, passed through unchanged.
 *
 * @typeParam T - The template type.
 * @param altText - Alternative text. Max 400 characters.
 * @param template - A buttons, confirm, carousel or image carousel template (with `type`).
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'template', altText, template, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#template-messages | Template messages}
 */
export function createTemplate<T extends Template>(altText: string, template: T, options?: MessageOptions): TemplateMessage<T> {
  return { type: 'template', altText, template, ...messageLevel(options) };
}

/**
 * Builds a template message with a buttons template. Only the buttons-template fields are copied.
 *
 * @param altText - Alternative text. Max 400 characters.
 * @param buttonTemplate - The buttons template without `type`.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'template', altText, template: { type: 'buttons', ... }, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | Buttons template}
 */
export function createButtonTemplate(
  altText: string,
  buttonTemplate: ButtonsTemplateInput,
  options?: MessageOptions,
): TemplateMessage<ButtonsTemplate> {
  const { thumbnailImageUrl, imageAspectRatio, imageSize, imageBackgroundColor, title, text, defaultAction, actions } =
    buttonTemplate;
  const template: ButtonsTemplate = { type: 'buttons' } as ButtonsTemplate;
  if (thumbnailImageUrl !== undefined) template.thumbnailImageUrl = thumbnailImageUrl;
  if (imageAspectRatio !== undefined) template.imageAspectRatio = imageAspectRatio;
  if (imageSize !== undefined) template.imageSize = imageSize;
  if (imageBackgroundColor !== undefined) template.imageBackgroundColor = imageBackgroundColor;
  if (title !== undefined) template.title = title;
  template.text = text;
  if (defaultAction !== undefined) template.defaultAction = defaultAction;
  template.actions = actions;
  return createTemplate(altText, template, options);
}

/**
 * Alias of `createButtonTemplate` (the same function): builds a template message with a buttons template.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | Buttons template}
 */
export const createButtonsTemplate: typeof createButtonTemplate = createButtonTemplate;

/**
 * Builds a template message with a confirm template.
 *
 * @param altText - Alternative text. Max 400 characters.
 * @param confirmTemplate - Text and the two actions.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'template', altText, template: { type: 'confirm', text, actions }, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#confirm | Confirm template}
 */
export function createConfirmTemplate(
  altText: string,
  confirmTemplate: ConfirmTemplateInput,
  options?: MessageOptions,
): TemplateMessage<ConfirmTemplate> {
  const { text, actions } = confirmTemplate;
  return createTemplate<ConfirmTemplate>(altText, { type: 'confirm', text, actions }, options);
}

/**
 * Builds a template message with a carousel template.
 *
 * @remarks
 * `imageAspectRatio` and `imageSize` go inside the template; every other option (quick reply, sender)
 * is spread into the message. Unlike messaging-api-line 1.1.0, `sender` is kept.
 *
 * @param altText - Alternative text. Max 400 characters.
 * @param columns - The columns. Max 10.
 * @param options - Image settings of the template, plus quick reply and sender.
 * @returns `{ type: 'template', altText, template: { type: 'carousel', columns, imageAspectRatio?, imageSize? }, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#carousel | Carousel template}
 */
export function createCarouselTemplate(
  altText: string,
  columns: ColumnObject[],
  options?: CarouselTemplateOptions,
): TemplateMessage<CarouselTemplate> {
  const { imageAspectRatio, imageSize, ...rest } = messageLevel(options);
  const template: CarouselTemplate = { type: 'carousel', columns };
  if (imageAspectRatio !== undefined) template.imageAspectRatio = imageAspectRatio;
  if (imageSize !== undefined) template.imageSize = imageSize;
  return { type: 'template', altText, template, ...rest };
}

/**
 * Builds a template message with an image carousel template.
 *
 * @param altText - Alternative text. Max 400 characters.
 * @param columns - The image columns. Max 10.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'template', altText, template: { type: 'image_carousel', columns }, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-carousel | Image carousel template}
 */
export function createImageCarouselTemplate(
  altText: string,
  columns: ImageCarouselColumnObject[],
  options?: MessageOptions,
): TemplateMessage<ImageCarouselTemplate> {
  return createTemplate<ImageCarouselTemplate>(altText, { type: 'image_carousel', columns }, options);
}

/**
 * Builds a Flex Message.
 *
 * @param altText - Alternative text. Max 1,500 characters.
 * @param contents - A bubble or a carousel.
 * @param options - Quick reply and sender, spread into the message.
 * @returns `{ type: 'flex', altText, contents, ...options }`.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#flex-message | Flex Message}
 */
export function createFlex(altText: string, contents: FlexContainer, options?: MessageOptions): FlexMessage {
  return { type: 'flex', altText, contents, ...messageLevel(options) };
}

/**
 * The message factory, with the 14 keys of messaging-api-line 1.1.0 in the same order.
 * `createButtonsTemplate` and `createButtonTemplate` are the same function.
 *
 * @example
 * ```ts
 * import { Line } from 'messaging-api-line';
 * const message = Line.createText('Hello', { quickReply: { items: [] } });
 * ```
 */
export const Line = {
  /** Builds a text message: `createText(text, options?)`. */
  createText,
  /** Builds an image message: `createImage({ originalContentUrl, previewImageUrl? }, options?)` or `createImage(url, previewUrl?, options?)`. */
  createImage,
  /** Builds a video message: `createVideo({ originalContentUrl, previewImageUrl, trackingId? }, options?)` or `createVideo(url, previewUrl, options?)`. */
  createVideo,
  /** Builds an audio message: `createAudio({ originalContentUrl, duration }, options?)` or `createAudio(url, duration, options?)`. */
  createAudio,
  /** Builds a location message: `createLocation({ title, address, latitude, longitude }, options?)`. */
  createLocation,
  /** Builds a sticker message: `createSticker({ packageId, stickerId }, options?)` or `createSticker(packageId, stickerId, options?)`. */
  createSticker,
  /** Builds an imagemap message: `createImagemap(altText, { baseUrl, baseSize, video?, actions }, options?)`. */
  createImagemap,
  /** Builds a template message around any template: `createTemplate(altText, template, options?)`. */
  createTemplate,
  /** Same function as `createButtonTemplate`. */
  createButtonsTemplate,
  /** Builds a buttons template message: `createButtonTemplate(altText, { text, actions, ... }, options?)`. */
  createButtonTemplate,
  /** Builds a confirm template message: `createConfirmTemplate(altText, { text, actions }, options?)`. */
  createConfirmTemplate,
  /** Builds a carousel template message: `createCarouselTemplate(altText, columns, { imageAspectRatio?, imageSize?, ...options })`. */
  createCarouselTemplate,
  /** Builds an image carousel template message: `createImageCarouselTemplate(altText, columns, options?)`. */
  createImageCarouselTemplate,
  /** Builds a Flex Message: `createFlex(altText, contents, options?)`. */
  createFlex,
};

export default Line;
