/**
 * Next.js App Router: app/webhook/route.ts. The handler is a route handler as it is.
 */
import { webhookHandler } from 'messaging-api-line';

import { configFromEnv, createClient, handleEvent } from '../../../bot';

const config = configFromEnv();
const client = createClient(config);

export const POST = webhookHandler({
  channelSecret: config.channelSecret,
  onEvents: async ({ events }) => {
    await Promise.all(events.map((event) => handleEvent(client, event)));
  },
});
