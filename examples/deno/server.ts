/**
 * Deno: an echo bot on `Deno.serve`. Run `deno run --allow-env --allow-net --allow-read examples/deno/server.ts`
 * with `LINE_CHANNEL_SECRET` and `LINE_CHANNEL_ACCESS_TOKEN` set (`PORT` optional, 0 picks a free port;
 * `LINE_API_ORIGIN` is for tests only: it points the client at the dummy LINE server). It answers a text message
 * with "You said: …"; Deno runs the package's full Node.js build, so the client is the same as on Node.js.
 */
import { LineClient, webhookHandler } from 'messaging-api-line';

const channelSecret = Deno.env.get('LINE_CHANNEL_SECRET');
const accessToken = Deno.env.get('LINE_CHANNEL_ACCESS_TOKEN');
const origin = Deno.env.get('LINE_API_ORIGIN');
if (!channelSecret || !accessToken) throw new Error('Set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN.');

const client = new LineClient({ accessToken, channelSecret, ...(origin ? { origin } : {}) });

const handler = webhookHandler({
  channelSecret,
  // Awaited, so the 200 goes to LINE once the replies are sent (a failed reply answers 500).
  onEvents: async ({ events }) => {
    for (const event of events) {
      if (event.type === 'message' && event.message.type === 'text' && event.replyToken) {
        await client.replyText(event.replyToken, `You said: ${event.message.text}`);
      }
    }
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
