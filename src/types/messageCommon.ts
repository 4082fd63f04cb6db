// Common properties of every message object: quick reply buttons and the sender's display name and icon.
// Shared by ./messages and ./templates (re-exported by ./messages), so neither imports the other.
// https://developers.line.biz/en/reference/messaging-api/#message-common-properties

import type {
  CameraAction,
  CameraRollAction,
  ClipboardAction,
  DatetimePickerAction,
  LocationAction,
  MessageAction,
  PostbackAction,
  URIAction,
} from './actions';

/**
 * Actions allowed on a quick-reply button.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#items-object | Quick reply items}
 */
export type QuickReplyAction =
  | PostbackAction
  | MessageAction
  | URIAction
  | DatetimePickerAction
  | CameraAction
  | CameraRollAction
  | LocationAction
  | ClipboardAction;

/**
 * One quick-reply button.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#items-object | Quick reply items}
 */
export type QuickReplyItem = {
  /** Always `'action'`. */
  type: 'action';
  /**
   * Icon shown at the start of the button: `https` PNG URL, 1:1, up to 1 MB, max 2,000 characters. Camera,
   * camera roll and location actions get a default icon when omitted.
   */
  imageUrl?: string;
  /** What the button does. */
  action: QuickReplyAction;
};

/**
 * Quick-reply buttons shown above the input field with a message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#quick-reply | Quick reply}
 */
export type QuickReply = {
  /** The buttons. Max 13 items. */
  items: QuickReplyItem[];
};

/**
 * Overrides the display name and icon of the LINE Official Account for one message.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#icon-nickname-switch | Change icon and display name}
 */
export type Sender = {
  /** Display name. Max 20 characters; words such as "LINE" are not allowed. */
  name?: string;
  /** Icon URL: `https`, max 2,000 characters. */
  iconUrl?: string;
};

/**
 * Properties every message object accepts.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#message-common-properties | Common properties for messages}
 */
export type MessageOptions = {
  /** Quick-reply buttons attached to the message. */
  quickReply?: QuickReply;
  /** Display name and icon used for this message. */
  sender?: Sender;
};
