/**
 * Express, with the LINE middleware on the webhook route only. With `onEvents` it answers 200 itself once the
 * events are handled, and 500 if handling fails, so that LINE can redeliver.
 */
import express from 'express';
import { middleware } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

export function createApp(config: BotConfig): express.Express {
  const client = createClient(config);
  const app = express();
  app.post(
    '/webhook',
    middleware({
      channelSecret: config.channelSecret,
      onEvents: async ({ events }) => {
        await Promise.all(events.map((event) => handleEvent(client, event)));
      },
    }),
  );

  // JSON for the other routes, registered after the webhook route (which has already answered).
  app.use(express.json());
  app.post('/api/notes', (req, res) => {
    res.json({ received: req.body });
  });
  return app;
}
