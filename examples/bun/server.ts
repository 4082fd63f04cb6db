/**
 * Bun: `bun run examples/bun/server.ts` (LINE_CHANNEL_SECRET set; PORT optional, 0 picks a free port).
 * Each verified event is logged as one JSON line; replace that with your bot.
 */
import { webhookHandler } from 'messaging-api-line';

const handler = webhookHandler({
  channelSecret: Bun.env.LINE_CHANNEL_SECRET!,
  onEvents: ({ events }) => {
    for (const event of events) console.log(JSON.stringify(event));
  },
});

const server = Bun.serve({
  hostname: '127.0.0.1',
  port: Number(Bun.env.PORT ?? 3000),
  fetch: (request) => (new URL(request.url).pathname === '/webhook' ? handler(request) : new Response('Not Found', { status: 404 })),
});
console.log(`listening on ${server.url.origin}`);
