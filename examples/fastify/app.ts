/**
 * Fastify parses JSON before handlers run. In a plugin scoped to the webhook route, keep the body as a Buffer
 * instead, and check it with parseWebhook().
 */
import Fastify, { type FastifyInstance } from 'fastify';
import { LineSignatureError, LineWebhookBodyError, parseWebhook } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

export function createApp(config: BotConfig): FastifyInstance {
  const client = createClient(config);
  const app = Fastify();

  void app.register(async (webhook) => {
    // Only inside this plugin: application/json bodies stay raw bytes.
    webhook.addContentTypeParser('application/json', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
    webhook.post('/webhook', async (request, reply) => {
      try {
        const { events } = parseWebhook(request.body as Buffer, request.headers['x-line-signature'], config.channelSecret);
        await Promise.all(events.map((event) => handleEvent(client, event)));
        return reply.code(200).send('OK');
      } catch (error) {
        const known = error instanceof LineSignatureError || error instanceof LineWebhookBodyError;
        return reply.code(known ? error.statusCode : 500).send(known ? error.message : 'Internal Server Error');
      }
    });
  });
  return app;
}
