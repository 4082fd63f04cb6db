// Rich menus. https://developers.line.biz/en/reference/messaging-api/#rich-menu

import type { Action } from './actions';

/**
 * Size of a rich menu image, in pixels.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#size-object | Size object}
 */
export type RichMenuSize = {
  /** Width: 800 to 2500 pixels. */
  width: number;
  /** Height: 250 pixels or more; the aspect ratio (width / height) must be at least 1.45. */
  height: number;
};

/**
 * Position and size of a tappable area of a rich menu, in pixels of the image.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#bounds-object | Bounds object}
 */
export type RichMenuBounds = {
  /** Horizontal position of the top-left corner. 0 or more. */
  x: number;
  /** Vertical position of the top-left corner. 0 or more. */
  y: number;
  /** Width of the area. 1 or more. */
  width: number;
  /** Height of the area. 1 or more. */
  height: number;
};

/**
 * A tappable area of a rich menu.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#area-object | Area object}
 */
export type RichMenuArea = {
  /** Where the area is. */
  bounds: RichMenuBounds;
  /** What tapping it does. */
  action: Action;
};

/**
 * A rich menu, as sent to create one.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#rich-menu-object | Rich menu object}
 */
export type RichMenu = {
  /** Size of the rich menu image. */
  size: RichMenuSize;
  /** `true` to show the rich menu expanded by default. */
  selected: boolean;
  /** Name used to manage the rich menu; not shown to users. Max 300 characters. */
  name: string;
  /** Text of the chat bar that opens and closes the menu. Max 14 characters. */
  chatBarText: string;
  /** Tappable areas. Max 20. */
  areas: RichMenuArea[];
};

/**
 * A rich menu as returned by LINE: the rich menu plus its ID.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#rich-menu-response-object | Rich menu response object}
 */
export type RichMenuResponse = RichMenu & {
  /** ID of the rich menu. */
  richMenuId: string;
};

/**
 * Response carrying one rich menu ID (create rich menu, get linked or default rich menu).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-rich-menu | Create rich menu}
 */
export type RichMenuIdResponse = {
  /** ID of the rich menu. */
  richMenuId: string;
};

/**
 * Response of the rich menu list endpoint.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-list | Get rich menu list}
 */
export type RichMenuListResponse = {
  /** Every rich menu of the channel. */
  richmenus: RichMenuResponse[];
};
