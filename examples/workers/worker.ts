/**
 * Cloudflare Workers: an echo bot as a module Worker. wrangler bundles it with the `workerd` condition, which selects
 * the package's web build (no Node.js built-ins, the client sends with `fetch`): no `nodejs_compat` flag needed. Set
 * the secrets with `wrangler secret put LINE_CHANNEL_SECRET` and `wrangler secret put LINE_CHANNEL_ACCESS_TOKEN`
 * (`LINE_API_ORIGIN` is for tests only: it points the client at the dummy LINE server). It answers a text message
 * with "You said: …".
 */
import { LineClient, webhookHandler, type WebhookFetchHandler } from 'messaging-api-line';

interface Env {
  LINE_CHANNEL_SECRET: string;
  LINE_CHANNEL_ACCESS_TOKEN: string;
  LINE_API_ORIGIN?: string;
}

// Bindings arrive with the first request, so the client and the handler are built then, once per isolate.
let handler: WebhookFetchHandler | undefined;

function createHandler(env: Env): WebhookFetchHandler {
  const client = new LineClient({
    accessToken: env.LINE_CHANNEL_ACCESS_TOKEN,
    channelSecret: env.LINE_CHANNEL_SECRET,
    ...(env.LINE_API_ORIGIN ? { origin: env.LINE_API_ORIGIN } : {}),
  });
  return webhookHandler({
    channelSecret: env.LINE_CHANNEL_SECRET,
    // The reply is awaited inside the handler, before the 200: one short request, well within LINE's few seconds,
    // and a failure answers 500 instead of vanishing. Work that is slow, or that may outlive the answer, goes to
    // ctx.waitUntil() (fetch's third argument) with the handler answering first.
    onEvents: async ({ events }) => {
      for (const event of events) {
        if (event.type === 'message' && event.message.type === 'text' && event.replyToken) {
          await client.replyText(event.replyToken, `You said: ${event.message.text}`);
        }
      }
    },
  });
}

export default {
  fetch(request: Request, env: Env): Promise<Response> | Response {
    if (new URL(request.url).pathname !== '/webhook') return new Response('Not Found', { status: 404 });
    handler ??= createHandler(env);
    return handler(request);
  },
};
