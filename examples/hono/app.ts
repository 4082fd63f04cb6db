/**
 * Hono: give the handler the untouched fetch Request, c.req.raw (before any c.req.json()).
 */
import { Hono } from 'hono';
import { webhookHandler } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

export function createApp(config: BotConfig): Hono {
  const client = createClient(config);
  const handler = webhookHandler({
    channelSecret: config.channelSecret,
    onEvents: async ({ events }) => {
      await Promise.all(events.map((event) => handleEvent(client, event)));
    },
  });

  const app = new Hono();
  app.post('/webhook', (c) => handler(c.req.raw));
  return app;
}
