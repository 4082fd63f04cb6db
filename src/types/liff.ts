// LIFF apps (LIFF server API v1). https://developers.line.biz/en/reference/liff-server/

/** Size of the LIFF browser: `compact` (50% of the screen), `tall` (80%) or `full`. */
export type LiffViewType = 'compact' | 'tall' | 'full';

/**
 * How a LIFF app is displayed.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#add-liff-app | Add LIFF app}
 */
export type LiffView = {
  /** Size of the LIFF browser. */
  type: LiffViewType;
  /** Endpoint URL of the web app: `https`, no URL fragment. */
  url: string;
  /** `true` to use modular mode (no action button in the header). */
  moduleMode?: boolean;
};

/**
 * Optional features of a LIFF app.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#add-liff-app | Add LIFF app}
 */
export type LiffFeatures = {
  /** `true` if the app supports Bluetooth Low Energy for LINE Things. */
  ble?: boolean;
  /** `true` to enable the 2D code reader. Defaults to `false`. */
  qrCode?: boolean;
};

/** Scopes a LIFF app may request. LINE's default is `profile` and `chat_message.write`. */
export type LiffScope = 'openid' | 'email' | 'profile' | 'chat_message.write';

/**
 * Bot link setting: `normal` shows the add-friend option on the consent screen, `aggressive` on a
 * separate screen after it, `none` (default) hides it.
 */
export type LiffBotPrompt = 'normal' | 'aggressive' | 'none';

/**
 * A LIFF app as returned by LINE.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#get-all-liff-apps | Get all LIFF apps}
 */
export type LiffApp = {
  /** ID of the LIFF app. */
  liffId: string;
  /** How the app is displayed. */
  view: LiffView;
  /** Name of the app. Must not contain "LINE" or similar strings. */
  description?: string;
  /** Optional features. */
  features?: LiffFeatures;
  /** How extra information in LIFF URLs is handled; `concat`. */
  permanentLinkPattern?: string;
  /** Scopes requested by the app. */
  scope?: LiffScope[];
  /** Bot link setting. */
  botPrompt?: LiffBotPrompt;
};

/**
 * Body to create a LIFF app.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#add-liff-app | Add LIFF app}
 */
export type CreateLiffAppRequest = {
  /** How the app is displayed. */
  view: LiffView;
  /** Name of the app. Must not contain "LINE" or similar strings. */
  description?: string;
  /** Optional features. */
  features?: LiffFeatures;
  /** How extra information in LIFF URLs is handled; specify `concat`. */
  permanentLinkPattern?: string;
  /** Scopes requested by the app. */
  scope?: LiffScope[];
  /** Bot link setting. */
  botPrompt?: LiffBotPrompt;
};

/**
 * Partial LIFF app used to update one; only the given fields change.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#update-liff-app | Update LIFF app}
 */
export type PartialLiffApp = {
  /** Ignored by LINE when updating; kept for compatibility with messaging-api-line 1.x. */
  liffId?: string;
  /** Display settings to change. */
  view?: Partial<LiffView>;
  /** New name of the app. */
  description?: string;
  /** Features to change. */
  features?: Partial<LiffFeatures>;
  /** How extra information in LIFF URLs is handled; specify `concat`. */
  permanentLinkPattern?: string;
  /** New scopes. */
  scope?: LiffScope[];
  /** New bot link setting. */
  botPrompt?: LiffBotPrompt;
};

/** LINE's name for the body of the update endpoint; the same as {@link PartialLiffApp}. */
export type UpdateLiffAppRequest = PartialLiffApp;

/**
 * Response of creating a LIFF app.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#add-liff-app | Add LIFF app}
 */
export type LiffIdResponse = {
  /** ID of the new LIFF app. */
  liffId: string;
};

/** LINE's name for {@link LiffIdResponse}. */
export type CreateLiffAppResponse = LiffIdResponse;

/**
 * Response of listing LIFF apps.
 *
 * @see {@link https://developers.line.biz/en/reference/liff-server/#get-all-liff-apps | Get all LIFF apps}
 */
export type LiffAppListResponse = {
  /** Every LIFF app of the channel. */
  apps: LiffApp[];
};
