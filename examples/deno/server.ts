/**
 * Deno: `deno run --allow-env --allow-net --allow-read examples/deno/server.ts` (LINE_CHANNEL_SECRET set; PORT
 * optional, 0 picks a free port). Each verified event is logged as one JSON line; replace that with your bot.
 */
import { webhookHandler } from 'messaging-api-line';

const handler = webhookHandler({
  channelSecret: Deno.env.get('LINE_CHANNEL_SECRET')!,
  onEvents: ({ events }) => {
    for (const event of events) console.log(JSON.stringify(event));
  },
});

Deno.serve(
  {
    hostname: '127.0.0.1',
    port: Number(Deno.env.get('PORT') ?? 3000),
    onListen: ({ hostname, port }) => console.log(`listening on http://${hostname}:${port}`),
  },
  (request) => (new URL(request.url).pathname === '/webhook' ? handler(request) : new Response('Not Found', { status: 404 })),
);
