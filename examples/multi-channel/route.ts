/**
 * One endpoint for several channels: each request is checked with the secret of the channel its body's
 * `destination` (the bot user id) names, and answered with that channel's client.
 */
import { type LineClient, webhookHandler, type WebhookFetchHandler } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

export function createHandler(channels: Record<string, BotConfig>): WebhookFetchHandler {
  const clients = new Map<string, LineClient>(Object.entries(channels).map(([destination, config]) => [destination, createClient(config)]));
  return webhookHandler({
    channels: Object.fromEntries(Object.entries(channels).map(([destination, { channelSecret }]) => [destination, { channelSecret }])),
    onEvents: async ({ events }, { destination }) => {
      const client = clients.get(destination) as LineClient;
      await Promise.all(events.map((event) => handleEvent(client, event)));
    },
  });
}
