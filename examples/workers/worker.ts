/**
 * Cloudflare Workers module (wrangler bundles it with the `workerd` condition, which selects the package's build
 * without Node.js built-ins: no `nodejs_compat` flag needed). Set the secret with
 * `wrangler secret put LINE_CHANNEL_SECRET`. Each verified event is logged as one JSON line; replace that with your
 * bot, and move slow work to ctx.waitUntil().
 */
import { webhookHandler, type WebhookFetchHandler } from 'messaging-api-line';

interface Env {
  LINE_CHANNEL_SECRET: string;
}

let handler: WebhookFetchHandler | undefined;

export default {
  fetch(request: Request, env: Env): Promise<Response> | Response {
    if (new URL(request.url).pathname !== '/webhook') return new Response('Not Found', { status: 404 });
    handler ??= webhookHandler({
      channelSecret: env.LINE_CHANNEL_SECRET,
      onEvents: ({ events }) => {
        for (const event of events) console.log(JSON.stringify(event));
      },
    });
    return handler(request);
  },
};
