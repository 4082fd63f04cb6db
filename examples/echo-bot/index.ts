/**
 * Runs the echo bot: `LINE_CHANNEL_SECRET=… LINE_ACCESS_TOKEN=… PORT=3000 node index.js` (after compiling).
 * `LINE_API_ORIGIN` and `LINE_DATA_ORIGIN` point it at the dummy LINE platform (`npx messaging-api-line-dummy`).
 */

import { createServer } from 'node:http';
import { LineClient } from 'messaging-api-line';
import { createEchoBot } from './bot';

const channelSecret = process.env.LINE_CHANNEL_SECRET ?? '';
const client = new LineClient({
  accessToken: process.env.LINE_ACCESS_TOKEN ?? '',
  channelSecret,
  ...(process.env.LINE_API_ORIGIN ? { origin: process.env.LINE_API_ORIGIN } : {}),
  ...(process.env.LINE_DATA_ORIGIN ? { dataOrigin: process.env.LINE_DATA_ORIGIN } : {}),
});
const { webhook } = createEchoBot({ client, channelSecret });
const port = Number(process.env.PORT ?? 3000);
createServer((req, res) => webhook(req, res)).listen(port, () => {
  console.log(`echo bot listening on http://127.0.0.1:${port}/ (POST webhooks here)`);
});
