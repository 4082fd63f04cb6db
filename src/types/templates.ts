// Templates carried by template messages: buttons, confirm, carousel and image carousel.
// https://developers.line.biz/en/reference/messaging-api/#template-messages

import type { Action } from './actions';
import type { MessageOptions } from './messageCommon';

/** Aspect ratio of a template image: `rectangle` (1.51:1) or `square` (1:1). */
export type TemplateImageAspectRatio = 'rectangle' | 'square';

/** How a template image fits its area: `cover` crops to fill, `contain` shows the whole image. */
export type TemplateImageSize = 'cover' | 'contain';

/**
 * Buttons template: an optional image, title and text with up to 4 action buttons.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | Buttons template}
 */
export type ButtonsTemplate = {
  /** Discriminator: always `'buttons'`. */
  type: 'buttons';
  /** Image URL: `https`, JPEG or PNG, max 1024 pixels wide, max 10 MB, max 2,000 characters. */
  thumbnailImageUrl?: string;
  /** Aspect ratio of the image. Defaults to `rectangle`. */
  imageAspectRatio?: TemplateImageAspectRatio;
  /** How the image fits its area. Defaults to `cover`. */
  imageSize?: TemplateImageSize;
  /** Background colour of the image, as a hex RGB colour such as `#FFFFFF`. */
  imageBackgroundColor?: string;
  /** Title. Max 40 characters. */
  title?: string;
  /** Text. Max 160 characters without image or title, 60 with either. */
  text: string;
  /** Action run when the image, title or text is tapped. */
  defaultAction?: Action;
  /** Buttons. Max 4. */
  actions: Action[];
};

/**
 * Confirm template: a text with exactly two buttons.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#confirm | Confirm template}
 */
export type ConfirmTemplate = {
  /** Discriminator: always `'confirm'`. */
  type: 'confirm';
  /** Text. Max 240 characters. */
  text: string;
  /** The two buttons. */
  actions: Action[];
};

/**
 * One column of a {@link CarouselTemplate}.
 *
 * @remarks
 * All columns of a carousel must have the same number of actions and must all (or none) have an image
 * and a title.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#column-object-for-carousel | Column object for carousel}
 */
export type ColumnObject = {
  /** Image URL: `https`, JPEG or PNG, max 1024 pixels wide, max 10 MB, max 2,000 characters. */
  thumbnailImageUrl?: string;
  /** Background colour of the image, as a hex RGB colour such as `#FFFFFF`. */
  imageBackgroundColor?: string;
  /** Title. Max 40 characters. */
  title?: string;
  /** Text. Max 120 characters without image or title, 60 with either. */
  text: string;
  /** Action run when the image, title or text is tapped. */
  defaultAction?: Action;
  /** Buttons. Max 3. */
  actions: Action[];
};

/** LINE's current name for {@link ColumnObject}. */
export type CarouselColumn = ColumnObject;

/**
 * Carousel template: horizontally scrollable columns.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#carousel | Carousel template}
 */
export type CarouselTemplate = {
  /** Discriminator: always `'carousel'`. */
  type: 'carousel';
  /** Columns. Max 10. */
  columns: ColumnObject[];
  /** Aspect ratio of every column image. Defaults to `rectangle`. */
  imageAspectRatio?: TemplateImageAspectRatio;
  /** How every column image fits its area. Defaults to `cover`. */
  imageSize?: TemplateImageSize;
};

/**
 * One column of an {@link ImageCarouselTemplate}.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#column-object-for-image-carousel | Column object for image carousel}
 */
export type ImageCarouselColumnObject = {
  /** Image URL: `https`, JPEG or PNG, 1:1, max 1024 pixels wide, max 10 MB, max 2,000 characters. */
  imageUrl: string;
  /** Action run when the image is tapped. */
  action: Action;
};

/** LINE's current name for {@link ImageCarouselColumnObject}. */
export type ImageCarouselColumn = ImageCarouselColumnObject;

/**
 * Image carousel template: horizontally scrollable images.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-carousel | Image carousel template}
 */
export type ImageCarouselTemplate = {
  /** Discriminator: always `'image_carousel'`. */
  type: 'image_carousel';
  /** Columns. Max 10. */
  columns: ImageCarouselColumnObject[];
};

/** Any template, discriminated by `type`. */
export type Template = ButtonsTemplate | ConfirmTemplate | CarouselTemplate | ImageCarouselTemplate;

/**
 * Options of `createCarouselTemplate` and the `*CarouselTemplate` helpers: common message options plus the
 * image settings, which go inside the template.
 */
export type CarouselTemplateOptions = MessageOptions & {
  /** Aspect ratio of every column image. Defaults to `rectangle`. */
  imageAspectRatio?: TemplateImageAspectRatio;
  /** How every column image fits its area. Defaults to `cover`. */
  imageSize?: TemplateImageSize;
};

/** Input of `createButtonTemplate` and the `*ButtonTemplate` helpers: a buttons template without `type`. */
export type ButtonsTemplateInput = Omit<ButtonsTemplate, 'type'>;

/** Input of `createConfirmTemplate` and the `*ConfirmTemplate` helpers: a confirm template without `type`. */
export type ConfirmTemplateInput = Omit<ConfirmTemplate, 'type'>;
