// Action objects: what happens when a user taps a button, a quick-reply item, an image, a rich-menu area
// or a Flex component. https://developers.line.biz/en/reference/messaging-api/#action-objects

/**
 * Sends a postback event with `data` to the bot's webhook when tapped.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#postback-action | Postback action}
 */
export type PostbackAction = {
  /** Discriminator: always `'postback'`. */
  type: 'postback';
  /**
   * Text shown on the control. Max 20 characters (12 on image carousel columns). Required everywhere except
   * image carousel columns, rich menus and Flex components other than buttons.
   */
  label?: string;
  /** String returned in `postback.data` of the postback event. Max 300 characters. */
  data: string;
  /**
   * Text shown in the chat as if the user sent it. Max 300 characters. Required for quick-reply buttons.
   * Cannot be combined with `text`.
   */
  displayText?: string;
  /**
   * Deprecated by LINE in favour of `displayText`. Text sent as a message from the user. Max 300 characters.
   * Cannot be combined with `displayText`; not for quick-reply buttons.
   */
  text?: string;
  /** What the client opens after the tap: close or open the rich menu, open the keyboard or the voice input. */
  inputOption?: 'closeRichMenu' | 'openRichMenu' | 'openKeyboard' | 'openVoice';
  /** Text pre-filled in the input field when `inputOption` is `'openKeyboard'`. Max 300 characters. */
  fillInText?: string;
};

/**
 * Sends `text` as a message from the user when tapped.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#message-action | Message action}
 */
export type MessageAction = {
  /** Discriminator: always `'message'`. */
  type: 'message';
  /** Text shown on the control. Max 20 characters (12 on image carousel columns). */
  label?: string;
  /** Text sent by the user when the action runs. Max 300 characters. */
  text: string;
};

/**
 * Alternative URI opened on LINE for macOS and Windows.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#uri-action | URI action}
 */
export type AltUri = {
  /** URI opened on the desktop version of LINE. Max 1,000 characters; `http`, `https`, `line` or `tel`. */
  desktop: string;
};

/**
 * Opens `uri` when tapped.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#uri-action | URI action}
 */
export type URIAction = {
  /** Discriminator: always `'uri'`. */
  type: 'uri';
  /** Text shown on the control. Max 20 characters (12 on image carousel columns). */
  label?: string;
  /** URI to open. Max 1,000 characters; schemes `http`, `https`, `line` and `tel`. */
  uri: string;
  /** URI opened instead on LINE for desktop. */
  altUri?: AltUri;
};

/**
 * Opens a date and/or time picker; the selection comes back in a postback event.
 *
 * @remarks
 * Date values use `yyyy-MM-dd`, time values `HH:mm`, datetime values `yyyy-MM-ddTHH:mm`
 * (e.g. `2017-12-25T01:00`). Time zones are not supported.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#datetime-picker-action | Datetime picker action}
 */
export type DatetimePickerAction = {
  /** Discriminator: always `'datetimepicker'`. */
  type: 'datetimepicker';
  /** Text shown on the control. Max 20 characters (12 on image carousel columns). */
  label?: string;
  /** String returned in `postback.data` of the postback event. Max 300 characters. */
  data: string;
  /** Picker mode: `date`, `time` or `datetime`. */
  mode: 'date' | 'time' | 'datetime';
  /** Initial value, in the format of `mode`. */
  initial?: string;
  /** Largest selectable value, in the format of `mode`. Must be greater than `min`. */
  max?: string;
  /** Smallest selectable value, in the format of `mode`. Must be less than `max`. */
  min?: string;
};

/**
 * Opens the camera. Quick-reply buttons only.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#camera-action | Camera action}
 */
export type CameraAction = {
  /** Discriminator: always `'camera'`. */
  type: 'camera';
  /** Text shown on the button. Max 20 characters. */
  label: string;
};

/**
 * Opens the camera roll. Quick-reply buttons only.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#camera-roll-action | Camera roll action}
 */
export type CameraRollAction = {
  /** Discriminator: always `'cameraRoll'`. */
  type: 'cameraRoll';
  /** Text shown on the button. Max 20 characters. */
  label: string;
};

/**
 * Opens the location picker. Quick-reply buttons only.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-action | Location action}
 */
export type LocationAction = {
  /** Discriminator: always `'location'`. */
  type: 'location';
  /** Text shown on the button. Max 20 characters. */
  label: string;
};

/**
 * Switches the user's rich menu to the one behind `richMenuAliasId`. Rich menus only.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#richmenu-switch-action | Rich menu switch action}
 */
export type RichMenuSwitchAction = {
  /** Discriminator: always `'richmenuswitch'`. */
  type: 'richmenuswitch';
  /** Label read out by accessibility features. Max 20 characters. */
  label?: string;
  /** Alias ID of the rich menu to switch to. Max 32 characters. */
  richMenuAliasId: string;
  /** String returned in `postback.data` of the resulting postback event. Max 300 characters. */
  data: string;
};

/**
 * Copies `clipboardText` to the device's clipboard when tapped.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#clipboard-action | Clipboard action}
 */
export type ClipboardAction = {
  /** Discriminator: always `'clipboard'`. */
  type: 'clipboard';
  /** Text shown on the control. Max 20 characters. */
  label?: string;
  /** Text copied to the clipboard. 1 to 1,000 characters. */
  clipboardText: string;
};

/**
 * Any action object, discriminated by `type`.
 *
 * @remarks
 * Not every action fits everywhere: camera, camera roll and location actions work only on quick-reply
 * buttons, and the rich menu switch action only in rich menus.
 */
export type Action =
  | PostbackAction
  | MessageAction
  | URIAction
  | DatetimePickerAction
  | CameraAction
  | CameraRollAction
  | LocationAction
  | RichMenuSwitchAction
  | ClipboardAction;

/** The string literal of every action `type`. */
export type ActionType = Action['type'];
