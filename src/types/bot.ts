// Bot information, profiles, groups and rooms, account link and webhook endpoint settings.

/**
 * Profile of a user who is a friend of the account.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-profile | Get profile}
 */
export type User = {
  /** Display name. */
  displayName: string;
  /** User ID. */
  userId: string;
  /** Language as a BCP 47 tag, such as `en`; absent until the user accepts LINE's privacy policy. */
  language?: string;
  /** Profile image URL (`https`); absent when the user has none. */
  pictureUrl?: string;
  /** Status message; absent when the user has none. */
  statusMessage?: string;
};

/** LINE's name for {@link User}. */
export type UserProfile = User;

/**
 * Profile of a member of a group chat or multi-person chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-profile | Get group chat member profile}
 */
export type MemberProfile = {
  /** Display name. */
  displayName: string;
  /** User ID. */
  userId: string;
  /** Profile image URL (`https`); absent when the user has none. */
  pictureUrl?: string;
};

/**
 * Summary of a group chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-summary | Get group chat summary}
 */
export type Group = {
  /** Group ID. */
  groupId: string;
  /** Group name. */
  groupName: string;
  /** Group icon URL; absent when the group has none. */
  pictureUrl?: string;
};

/** LINE's name for {@link Group}. */
export type GroupSummary = Group;

/**
 * One page of member user IDs of a group chat or multi-person chat.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-user-ids | Get group chat member user IDs}
 */
export type MemberIdsResponse = {
  /** User IDs of members. Max 100 per page. */
  memberIds: string[];
  /** Continuation token for the next page; absent on the last page. */
  next?: string;
};

/**
 * Number of members of a group chat or multi-person chat, excluding the account.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-members-group-count | Get number of users in a group chat}
 */
export type MembersCountResponse = {
  /** Number of members. */
  count: number;
};

/**
 * Link token issued for account linking.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-link-token | Issue link token}
 */
export type LinkTokenResponse = {
  /** The link token; valid for 10 minutes and usable once. */
  linkToken: string;
};

/**
 * Basic information about the bot.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-bot-info | Get bot info}
 */
export type BotInfoResponse = {
  /** User ID of the bot. */
  userId: string;
  /** Basic ID of the bot, such as `@abc1234`. */
  basicId: string;
  /** Premium ID; absent when none is set. */
  premiumId?: string;
  /** Display name. */
  displayName: string;
  /** Profile image URL (`https`); absent when none is set. */
  pictureUrl?: string;
  /** Chat setting: `chat` when chat is on, `bot` when it is off. */
  chatMode: 'chat' | 'bot';
  /** Read receipt setting: `auto` marks messages read automatically, `manual` does not. */
  markAsReadMode: 'auto' | 'manual';
};

/**
 * Webhook URL of the channel and whether webhooks are on.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information | Get webhook endpoint information}
 */
export type WebhookEndpointInfoResponse = {
  /** Webhook URL. */
  endpoint: string;
  /** `true` if webhook events are sent to the URL. */
  active: boolean;
};

/**
 * Result of LINE sending a test webhook to the endpoint.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#test-webhook-endpoint | Test webhook endpoint}
 */
export type TestWebhookEndpointResponse = {
  /** `true` if the endpoint answered with a 2xx status. */
  success?: boolean;
  /** When the test event occurred, ISO 8601. */
  timestamp: string;
  /** HTTP status code received; 0 or negative when no response arrived. */
  statusCode: number;
  /** Reason for the result, such as `OK` or `COULD_NOT_CONNECT`. */
  reason: string;
  /** Details of the response. */
  detail: string;
};

/**
 * Body of a successful request that returns no data: LINE sends an empty JSON object (`{}`).
 */
export type MutationSuccessResponse = Record<never, never>;
