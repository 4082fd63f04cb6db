// The module domain: module channels attached to a LINE Official Account, and chat control.
// https://developers.line.biz/en/reference/partner-docs/#module

/**
 * Options of `acquireChatControl`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#acquire-control-api | Acquire Control API}
 */
export type AcquireChatControlOptions = {
  /** `true` (LINE's default): Chat Control returns to the Primary Channel after `ttl`; `false`: no time limit. */
  expired?: boolean;
  /** Seconds before Chat Control returns to the Primary Channel (default 3,600, at most one year). */
  ttl?: number;
};

/**
 * Options of `detachModule`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#unlink-detach-module-channel-by-operation-mc-admin | Detach module channel}
 */
export type DetachModuleOptions = {
  /** User ID of the LINE Official Account bot the module channel is attached to. */
  botId?: string;
};

/**
 * Options of `getModules`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#get-multiple-bot-info-api | Get multiple bot info}
 */
export type GetModulesOptions = {
  /** The `next` continuation token of the previous page. */
  start?: string;
  /** Bots per page, at most and by default 100. */
  limit?: number;
};

/** Basic information about a bot a module channel is attached to. */
export type ModuleBot = {
  /** The bot's user ID. */
  userId: string;
  /** The bot's basic ID. */
  basicId: string;
  /** The bot's premium ID, when set. */
  premiumId?: string;
  /** Display name. */
  displayName: string;
  /** Profile image URL, when set. */
  pictureUrl?: string;
};

/**
 * One page of bots with attached module channels.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#get-multiple-bot-info-api | Get multiple bot info}
 */
export type GetModulesResponse = {
  /** The bots. */
  bots: ModuleBot[];
  /** Continuation token, present when more bots follow. */
  next?: string;
};

/**
 * Form fields of `attachModule` (besides the Basic authentication, which the client adds from its channel ID and
 * secret).
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#link-attach-by-operation-module-channel-provider | Attach by operation of the module channel provider}
 */
export type AttachModuleOptions = {
  /** Authorization code received from the LINE Platform. */
  code: string;
  /** The `redirect_uri` of the authentication and authorization URL. */
  redirectUri: string;
  /** Default `authorization_code`. */
  grantType?: string;
  /** PKCE code verifier. */
  codeVerifier?: string;
  /** Same `region` as in the authorization URL. */
  region?: string;
  /** Same `basic_search_id` as in the authorization URL. */
  basicSearchId?: string;
  /** Same `scope` as in the authorization URL. */
  scope?: string;
  /** Same `brand_type` as in the authorization URL. */
  brandType?: string;
};

/**
 * Result of attaching a module channel.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#link-attach-by-operation-module-channel-provider | Attach by operation of the module channel provider}
 */
export type AttachModuleResponse = {
  /** User ID of the bot of the LINE Official Account. */
  bot_id: string;
  /** Permissions granted by the LINE Official Account admin. */
  scopes: string[];
};
