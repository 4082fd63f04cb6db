// The rich menu domain: rich menus, their aliases, batch control and per-user links.
// https://developers.line.biz/en/reference/messaging-api/#rich-menu

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

/**
 * A rich menu alias.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-by-id | Get rich menu alias information}
 */
export type RichMenuAliasResponse = {
  /** Alias ID. */
  richMenuAliasId: string;
  /** The rich menu it points to. */
  richMenuId: string;
};

/**
 * Every rich menu alias.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-list | Get list of rich menu aliases}
 */
export type RichMenuAliasListResponse = {
  /** The aliases. */
  aliases: RichMenuAliasResponse[];
};

/**
 * One operation of a rich menu batch: replace (`link`), unlink one rich menu, or unlink every rich menu.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users-operations | Rich menu operation object}
 */
export type RichMenuBatchOperation =
  | {
      /** Users linked to `from` get `to` instead. */
      type: 'link';
      /** Rich menu ID to replace. */
      from: string;
      /** Rich menu ID to link instead. */
      to: string;
    }
  | {
      /** Users linked to `from` are unlinked. */
      type: 'unlink';
      /** Rich menu ID to unlink. */
      from: string;
    }
  | {
      /** Every user is unlinked from every rich menu. */
      type: 'unlinkAll';
    };

/** Options of `richMenuBatch`. */
export type RichMenuBatchOptions = {
  /** Key to resume a failed batch (`^[a-zA-Z0-9_-]{1,100}$`). */
  resumeRequestKey?: string;
};

/**
 * Progress of a rich menu batch.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-batch-control-rich-menus-progress-status | Get the status of rich menu batch control}
 */
export type RichMenuBatchProgressResponse = {
  /** `ongoing`, `succeeded` or `failed`. */
  phase: 'ongoing' | 'succeeded' | 'failed';
  /** When the batch was accepted (ISO 8601, UTC). */
  acceptedTime: string;
  /** When it completed (ISO 8601, UTC); present when `phase` is `succeeded` or `failed`. */
  completedTime?: string;
};

/** Result of `richMenuBatch`: LINE answers 202 with an empty body; the request id tracks the batch. */
export type RichMenuBatchResponse = {
  /** The `x-line-request-id` to pass to `getRichMenuBatchProgress`. */
  requestId?: string;
};
