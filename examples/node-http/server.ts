/**
 * Plain node:http: with onEvents the middleware is a complete request listener.
 */
import http from 'node:http';
import { middleware } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

export function createServer(config: BotConfig): http.Server {
  const client = createClient(config);
  const handler = middleware({
    channelSecret: config.channelSecret,
    onEvents: async ({ events }) => {
      await Promise.all(events.map((event) => handleEvent(client, event)));
    },
    onError: (error) => console.warn('webhook rejected:', error instanceof Error ? error.message : error),
  });

  return http.createServer((req, res) => {
    if (req.method === 'POST' && req.url === '/webhook') {
      void handler(req, res);
      return;
    }
    res.statusCode = 404;
    res.end();
  });
}
