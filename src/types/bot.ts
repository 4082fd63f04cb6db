// The bot domain: bot information and webhook endpoint settings.
// https://developers.line.biz/en/reference/messaging-api/#bot-info

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
