/**
 * Google Cloud Functions and Firebase Functions parse JSON before your code runs and keep the original bytes in
 * req.rawBody: check those with parseWebhook(). (The types below are the parts of their request and response this
 * function uses.)
 */
import { LineSignatureError, LineWebhookBodyError, parseWebhook } from 'messaging-api-line';

import { type BotConfig, createClient, handleEvent } from '../bot';

interface FunctionRequest {
  rawBody: Buffer;
  get(header: string): string | undefined;
}
interface FunctionResponse {
  sendStatus(status: number): unknown;
}

export function createFunction(config: BotConfig): (req: FunctionRequest, res: FunctionResponse) => Promise<void> {
  const client = createClient(config);
  return async (req, res) => {
    try {
      const { events } = parseWebhook(req.rawBody, req.get('x-line-signature'), config.channelSecret);
      await Promise.all(events.map((event) => handleEvent(client, event)));
      res.sendStatus(200);
    } catch (error) {
      const known = error instanceof LineSignatureError || error instanceof LineWebhookBodyError;
      res.sendStatus(known ? error.statusCode : 500); // 401, 400, 413 or 500
    }
  };
}
