/**
 * Express, with the LINE middleware mounted app-wide on /webhook BEFORE express.json(): the middleware reads the
 * raw body, checks the signature and sets req.body; express.json() then leaves the request alone.
 */
import express from 'express';
import { middleware, type WebhookRequestBody } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

export function createApp(config: BotConfig): express.Express {
  const client = createClient(config);
  const app = express();

  app.use('/webhook', middleware({ channelSecret: config.channelSecret }));
  app.use(express.json()); // for the app's other routes

  app.post('/webhook', async (req, res, next) => {
    try {
      const { events } = req.body as WebhookRequestBody;
      await Promise.all(events.map((event) => handleEvent(client, event)));
      res.sendStatus(200);
    } catch (error) {
      next(error);
    }
  });

  app.post('/api/notes', (req, res) => {
    res.json({ received: req.body });
  });
  return app;
}
