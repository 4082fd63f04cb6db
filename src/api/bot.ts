/**
 * Bot: the bot's basic information and its webhook endpoint settings.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { requireString } from '../validate';
import type { ApiClient } from '../client/context';
import { json } from '../client/core';

/**
 * Gets the bot's basic information. Calls `GET /v2/bot/info`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-bot-info | Get bot info}
 * @returns user ID, basic ID, display name, picture, chat mode and mark-as-read mode
 * @group Bot
 */
export async function getBotInfo(client: ApiClient): Promise<LineTypes.BotInfoResponse> {
  return json(client, { method: 'GET', path: '/v2/bot/info' });
}

/**
 * Gets the webhook endpoint URL and whether it is active. Calls `GET /v2/bot/channel/webhook/endpoint`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information | Get webhook endpoint information}
 * @returns `{ endpoint, active }`
 * @group Webhook
 */
export async function getWebhookEndpointInfo(client: ApiClient): Promise<LineTypes.WebhookEndpointInfoResponse> {
  return json(client, { method: 'GET', path: '/v2/bot/channel/webhook/endpoint' });
}

/**
 * Sets the webhook endpoint URL. Calls `PUT /v2/bot/channel/webhook/endpoint`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#set-webhook-endpoint-url | Set webhook endpoint URL}
 * @param endpoint - HTTPS URL of the webhook endpoint (max 500 characters)
 * @returns an empty object
 * @group Webhook
 */
export async function setWebhookEndpointUrl(client: ApiClient, endpoint: string): Promise<LineTypes.MutationSuccessResponse> {
  requireString(endpoint, 'endpoint');
  return json(client, { method: 'PUT', path: '/v2/bot/channel/webhook/endpoint', body: { endpoint } });
}

/**
 * Sends a test webhook event to the endpoint and reports the outcome. Calls `POST /v2/bot/channel/webhook/test`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#test-webhook-endpoint | Test webhook endpoint}
 * @param endpoint - URL to test instead of the configured one (optional)
 * @returns `{ success, timestamp, statusCode, reason, detail }`
 * @group Webhook
 */
export async function testWebhookEndpoint(client: ApiClient, endpoint?: string): Promise<LineTypes.TestWebhookEndpointResponse> {
  return json(client, { method: 'POST', path: '/v2/bot/channel/webhook/test', ...(endpoint !== undefined ? { body: { endpoint } } : {}) });
}
