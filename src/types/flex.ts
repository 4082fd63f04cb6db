// Flex Message containers and components.
// https://developers.line.biz/en/reference/messaging-api/#flex-message

import type { Action } from './actions';

/** A length in pixels, such as `'10px'`. */
export type FlexPixels = `${number}px`;

/** A percentage, such as `'50%'`. */
export type FlexPercentage = `${number}%`;

/** Spacing keywords, from none to the largest: `none`, `xs`, `sm`, `md`, `lg`, `xl`, `xxl`. */
export type FlexSpacingKeyword = 'none' | 'xs' | 'sm' | 'md' | 'lg' | 'xl' | 'xxl';

/** Space before a component inside its parent box: a keyword or pixels. */
export type FlexMargin = FlexSpacingKeyword | FlexPixels;

/** Minimum space between the children of a box: a keyword or pixels. */
export type FlexBoxSpacing = FlexSpacingKeyword | FlexPixels;

/** Size keywords of images, icons and text, from smallest to largest. */
export type FlexSizeKeyword = 'xxs' | 'xs' | 'sm' | 'md' | 'lg' | 'xl' | 'xxl' | '3xl' | '4xl' | '5xl';

/** Width of a Flex image: a keyword, `full`, pixels or a percentage. */
export type FlexImageSize = FlexSizeKeyword | 'full' | FlexPixels | FlexPercentage;

/** Width of a Flex icon: a keyword or pixels. */
export type FlexIconSize = FlexSizeKeyword | FlexPixels;

/** Font size of Flex text and spans: a keyword or pixels. */
export type FlexTextFontSize = FlexSizeKeyword | FlexPixels;

/** Border width keywords of a box, from thinnest (`none` draws no border). */
export type FlexBoxBorderWidthKeyword = 'none' | 'light' | 'normal' | 'medium' | 'semi-bold' | 'bold';

/** Horizontal alignment inside the parent: `start`, `end` or `center`. */
export type FlexAlign = 'start' | 'end' | 'center';

/** Vertical alignment inside the parent: `top`, `bottom` or `center`. */
export type FlexGravity = 'top' | 'bottom' | 'center';

/**
 * Position and offsets of a component.
 *
 * @remarks
 * Offsets take a keyword (`none` to `xxl`), pixels (`'10px'`) or a percentage of the parent box
 * (`'10%'`).
 *
 * @see {@link https://developers.line.biz/en/docs/messaging-api/flex-message-layout/#component-position | Component position}
 */
export type Offset = {
  /** `relative` (default) offsets from the normal position; `absolute` from the parent box's edges. */
  position?: 'relative' | 'absolute';
  /** Offset from the top edge. */
  offsetTop?: string;
  /** Offset from the bottom edge. */
  offsetBottom?: string;
  /** Offset from the start edge. */
  offsetStart?: string;
  /** Offset from the end edge. */
  offsetEnd?: string;
};

/**
 * Style of one block (header, hero, body or footer) of a bubble.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#block-style | Block style}
 */
export type FlexBlockStyle = {
  /** Background colour of the block, as a hex colour such as `#00ff00`. */
  backgroundColor?: string;
  /** `true` to draw a separator above the block. Ignored on the first block. */
  separator?: boolean;
  /** Colour of the separator, as a hex colour. */
  separatorColor?: string;
};

/**
 * Styles of the blocks of a bubble.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#bubble-style | Bubble style}
 */
export type FlexBubbleStyle = {
  /** Header block style. */
  header?: FlexBlockStyle;
  /** Hero block style. */
  hero?: FlexBlockStyle;
  /** Body block style. */
  body?: FlexBlockStyle;
  /** Footer block style. */
  footer?: FlexBlockStyle;
};

/** LINE's current name for {@link FlexBubbleStyle}. */
export type FlexBubbleStyles = FlexBubbleStyle;

/**
 * Bubble: one message bubble with up to four blocks.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#bubble | Bubble}
 */
export type FlexBubble = {
  /** Discriminator: always `'bubble'`. */
  type: 'bubble';
  /** Bubble width. Defaults to `mega`. A bubble with a video must be `kilo`, `mega` or `giga`. */
  size?: 'nano' | 'micro' | 'deca' | 'hecto' | 'kilo' | 'mega' | 'giga';
  /** Text direction and horizontal box order: `ltr` (default) or `rtl`. */
  direction?: 'ltr' | 'rtl';
  /** Header block. */
  header?: FlexBox;
  /** Hero block: a box, an image or a video. */
  hero?: FlexBox | FlexImage | FlexVideo;
  /** Body block. */
  body?: FlexBox;
  /** Footer block. */
  footer?: FlexBox;
  /** Block styles. */
  styles?: FlexBubbleStyle;
  /** Action run when the bubble is tapped. */
  action?: Action;
};

/**
 * Carousel: horizontally scrollable bubbles.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#f-carousel | Carousel}
 */
export type FlexCarousel = {
  /** Discriminator: always `'carousel'`. */
  type: 'carousel';
  /** Bubbles. Max 12; the whole message max 50 KB. */
  contents: FlexBubble[];
};

/** A Flex container: a bubble or a carousel, discriminated by `type`. */
export type FlexContainer = FlexBubble | FlexCarousel;

/** Box layouts: `horizontal`, `vertical` or `baseline` (children aligned on the text baseline). */
export type FlexBoxLayout = 'horizontal' | 'vertical' | 'baseline';

/** Components allowed inside a `baseline` box. */
export type FlexBaselineBoxContent = FlexIcon | FlexText | FlexFiller | FlexSpacer;

/** Components allowed inside a `horizontal` or `vertical` box. */
export type FlexBoxContent =
  | FlexBox
  | FlexButton
  | FlexImage
  | FlexText
  | FlexSeparator
  | FlexFiller
  | FlexSpacer;

/**
 * Linear gradient background of a box.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#f-box | Box}
 */
export type FlexBoxLinearGradient = {
  /** Discriminator: always `'linearGradient'`. */
  type: 'linearGradient';
  /** Direction of the gradient, in degrees, such as `'90deg'`. */
  angle: string;
  /** Start colour, as a hex colour. */
  startColor: string;
  /** End colour, as a hex colour. */
  endColor: string;
  /** Middle colour, as a hex colour. */
  centerColor?: string;
  /** Position of the middle colour, as a percentage such as `'30%'`. */
  centerPosition?: string;
};

/** Background of a box. Only linear gradients exist today. */
export type FlexBoxBackground = FlexBoxLinearGradient;

/**
 * A box with a given layout. Use {@link FlexBox} (optionally with a layout argument) rather than this
 * type directly.
 *
 * @typeParam L - The box layout.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#box | Box}
 */
export type FlexBoxWithLayout<L extends FlexBoxLayout> = Offset & {
  /** Discriminator: always `'box'`. */
  type: 'box';
  /** How the children are laid out. */
  layout: L;
  /** Children, in display order. A `baseline` box takes only icons, texts, fillers and spacers. */
  contents: L extends 'baseline' ? FlexBaselineBoxContent[] : FlexBoxContent[];
  /** Background colour, as a hex colour. */
  backgroundColor?: string;
  /** Border colour, as a hex colour. */
  borderColor?: string;
  /** Border width: a keyword (`none`, `light`, `normal`, `medium`, `semi-bold`, `bold`) or pixels. */
  borderWidth?: string;
  /** Corner radius: a keyword (`none` to `xxl`) or pixels. */
  cornerRadius?: string;
  /** Width, in pixels or as a percentage of the parent box. */
  width?: string;
  /** Maximum width, in pixels or as a percentage of the parent box. */
  maxWidth?: string;
  /** Height, in pixels or as a percentage of the parent box. */
  height?: string;
  /** Maximum height, in pixels or as a percentage of the parent box. */
  maxHeight?: string;
  /** Share of the parent box's space taken by this box. */
  flex?: number;
  /** Minimum space between the children. */
  spacing?: FlexBoxSpacing;
  /** Space before this box in its parent. */
  margin?: FlexMargin;
  /** Padding on all sides: a keyword, pixels or a percentage. */
  paddingAll?: string;
  /** Top padding: a keyword, pixels or a percentage. */
  paddingTop?: string;
  /** Bottom padding: a keyword, pixels or a percentage. */
  paddingBottom?: string;
  /** Start padding: a keyword, pixels or a percentage. */
  paddingStart?: string;
  /** End padding: a keyword, pixels or a percentage. */
  paddingEnd?: string;
  /** Action run when the box is tapped. */
  action?: Action;
  /** How free space along the main axis is distributed (when no child uses `flex`). */
  justifyContent?: 'center' | 'flex-start' | 'flex-end' | 'space-between' | 'space-around' | 'space-evenly';
  /** How children are aligned along the cross axis. */
  alignItems?: 'center' | 'flex-start' | 'flex-end';
  /** Background gradient. */
  background?: FlexBoxBackground;
};

/**
 * Box component: lays out child components. `FlexBox` alone is the union of the three layouts, so the
 * allowed `contents` follow from `layout`.
 *
 * @typeParam L - The box layout; defaults to every layout.
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#box | Box}
 */
export type FlexBox<L extends FlexBoxLayout = FlexBoxLayout> = L extends FlexBoxLayout ? FlexBoxWithLayout<L> : never;

/**
 * Button component.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#button | Button}
 */
export type FlexButton = Offset & {
  /** Discriminator: always `'button'`. */
  type: 'button';
  /** Action run when tapped; its label is the button text. */
  action: Action;
  /** Share of the parent box's space taken by this button. */
  flex?: number;
  /** Space before this button in its parent. */
  margin?: FlexMargin;
  /** Height: `sm` or `md` (default). */
  height?: 'sm' | 'md';
  /** Look: `link` (default), `primary` or `secondary`. */
  style?: 'link' | 'primary' | 'secondary';
  /** Character colour for `link`, background colour otherwise, as a hex colour. */
  color?: string;
  /** Vertical alignment inside a horizontal box. */
  gravity?: FlexGravity;
  /** `shrink-to-fit` to shrink the label font to fit the button. */
  adjustMode?: 'shrink-to-fit';
  /** `true` to scale the font with the user's LINE font-size setting. */
  scaling?: boolean;
};

/**
 * Filler component: flexible empty space.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#filler | Filler}
 */
export type FlexFiller = {
  /** Discriminator: always `'filler'`. */
  type: 'filler';
  /** Share of the parent box's space taken by this filler. */
  flex?: number;
};

/**
 * Icon component, for `baseline` boxes.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#icon | Icon}
 */
export type FlexIcon = Offset & {
  /** Discriminator: always `'icon'`. */
  type: 'icon';
  /** Image URL: `https`, JPEG or PNG, max 1024 by 1024 pixels, max 1 MB, max 2,000 characters. */
  url: string;
  /** Space before this icon in its parent. */
  margin?: FlexMargin;
  /** Icon width. Defaults to `md`. */
  size?: FlexIconSize;
  /** Aspect ratio as `'width:height'`, each 1 to 100000; height at most 3 times width. Defaults to `1:1`. */
  aspectRatio?: string;
  /** `true` to scale the icon with the user's LINE font-size setting. */
  scaling?: boolean;
};

/**
 * Image component.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#f-image | Image}
 */
export type FlexImage = Offset & {
  /** Discriminator: always `'image'`. */
  type: 'image';
  /**
   * Image URL: `https`, JPEG or PNG, max 1024 by 1024 pixels, max 10 MB (300 KB when animated), max
   * 2,000 characters.
   */
  url: string;
  /** Share of the parent box's space taken by this image. */
  flex?: number;
  /** Space before this image in its parent. */
  margin?: FlexMargin;
  /** Horizontal alignment. Defaults to `center`. */
  align?: FlexAlign;
  /** Vertical alignment. Defaults to `top`. */
  gravity?: FlexGravity;
  /** Maximum image width. Defaults to `md`. */
  size?: FlexImageSize;
  /** Aspect ratio as `'width:height'`, each 1 to 100000; height at most 3 times width. Defaults to `1:1`. */
  aspectRatio?: string;
  /** `fit` (default) shows the whole image; `cover` fills the area and crops. */
  aspectMode?: 'cover' | 'fit';
  /** Background colour, as a hex colour. */
  backgroundColor?: string;
  /** Action run when the image is tapped. */
  action?: Action;
  /** `true` to play an animated PNG. Max 10 animated images per message. */
  animated?: boolean;
};

/**
 * Video component, for the hero block of a `kilo`, `mega` or `giga` bubble.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#f-video | Video}
 */
export type FlexVideo = {
  /** Discriminator: always `'video'`. */
  type: 'video';
  /** Video URL: `https`, mp4, max 200 MB, max 2,000 characters. */
  url: string;
  /** Preview image URL: `https`, JPEG or PNG, max 1 MB, max 2,000 characters. */
  previewUrl: string;
  /** Component shown on LINE versions that cannot play the video: a box or an image. */
  altContent: FlexBox | FlexImage;
  /** Aspect ratio as `'width:height'`, each 1 to 100000; height at most 3 times width. */
  aspectRatio?: string;
  /** URI action offered after playback. */
  action?: Action;
};

/**
 * Separator component: a line between components.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#separator | Separator}
 */
export type FlexSeparator = {
  /** Discriminator: always `'separator'`. */
  type: 'separator';
  /** Space before the separator in its parent. */
  margin?: FlexMargin;
  /** Line colour, as a hex colour. */
  color?: string;
};

/**
 * Spacer component: fixed space at the end of a box.
 *
 * @remarks
 * LINE has deprecated spacers; prefer `margin`, `spacing` or padding on boxes.
 */
export type FlexSpacer = {
  /** Discriminator: always `'spacer'`. */
  type: 'spacer';
  /** Size of the space. Defaults to `md`. */
  size?: 'xs' | 'sm' | 'md' | 'lg' | 'xl' | 'xxl';
};

/** Properties common to every {@link FlexText}, whichever of `text` or `contents` is set. */
export type FlexTextBase = Offset & {
  /** Discriminator: always `'text'`. */
  type: 'text';
  /** Share of the parent box's space taken by this text. */
  flex?: number;
  /** Space before this text in its parent. */
  margin?: FlexMargin;
  /** Font size. Defaults to `md`. */
  size?: FlexTextFontSize;
  /** Horizontal alignment. Defaults to `start`. */
  align?: FlexAlign;
  /** Vertical alignment. Defaults to `top`. */
  gravity?: FlexGravity;
  /** `true` to wrap long text. Defaults to `false`. */
  wrap?: boolean;
  /** Line spacing of wrapped text, in pixels. */
  lineSpacing?: string;
  /** Maximum number of lines; the rest is cut with an ellipsis. 0 means no limit. */
  maxLines?: number;
  /** Font weight: `regular` (default) or `bold`. */
  weight?: 'regular' | 'bold';
  /** Font colour, as a hex colour. */
  color?: string;
  /** Action run when the text is tapped. */
  action?: Action;
  /** Font style: `normal` (default) or `italic`. */
  style?: 'normal' | 'italic';
  /** Decoration: `none` (default), `underline` or `line-through`. */
  decoration?: 'none' | 'underline' | 'line-through';
  /** `shrink-to-fit` to shrink the font to fit the component. */
  adjustMode?: 'shrink-to-fit';
  /** `true` to scale the font with the user's LINE font-size setting. */
  scaling?: boolean;
};

/**
 * Text component. Set `text`, or `contents` with spans (then `text` is ignored).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#f-text | Text}
 */
export type FlexText = FlexTextBase &
  (
    | {
        /** The text. */
        text: string;
        /** Spans styled separately; when set, `text` is ignored. */
        contents?: FlexSpan[];
      }
    | {
        /** The text; ignored because `contents` is set. */
        text?: string;
        /** Spans styled separately. */
        contents: FlexSpan[];
      }
  );

/**
 * Span: a separately styled piece of a {@link FlexText}.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#span | Span}
 */
export type FlexSpan = {
  /** Discriminator: always `'span'`. */
  type: 'span';
  /** The text. */
  text: string;
  /** Font colour, as a hex colour. */
  color?: string;
  /** Font size. Defaults to the parent text's size. */
  size?: FlexTextFontSize;
  /** Font weight: `regular` or `bold`. */
  weight?: 'regular' | 'bold';
  /** Font style: `normal` or `italic`. */
  style?: 'normal' | 'italic';
  /** Decoration: `none`, `underline` or `line-through`. */
  decoration?: 'none' | 'underline' | 'line-through';
};

/** Any Flex component, discriminated by `type`. */
export type FlexComponent =
  | FlexBox
  | FlexButton
  | FlexImage
  | FlexVideo
  | FlexIcon
  | FlexText
  | FlexSpan
  | FlexSeparator
  | FlexFiller
  | FlexSpacer;
