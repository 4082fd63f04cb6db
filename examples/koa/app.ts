/**
 * Koa: hand the webhook route's raw Node.js request and response to the LINE middleware (with `onEvents` it reads
 * the body, checks the signature and answers itself), and tell Koa not to answer.
 */
import Koa from 'koa';
import { middleware } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

export function createApp(config: BotConfig): Koa {
  const client = createClient(config);
  const line = middleware({
    channelSecret: config.channelSecret,
    onEvents: async ({ events }) => {
      await Promise.all(events.map((event) => handleEvent(client, event)));
    },
  });

  const app = new Koa();
  app.use(async (ctx, next) => {
    if (ctx.method === 'POST' && ctx.path === '/webhook') {
      ctx.respond = false; // the LINE middleware writes the response
      await line(ctx.req, ctx.res);
      return;
    }
    await next();
  });
  return app;
}
