/**
 * An echo bot in the style of LINE's echo-bot and kitchensink examples, on messaging-api-line:
 *
 * - follow → a welcome message with the user's display name;
 * - text → the same text back; sticker → a sticker back; location → the address back; postback → its data back;
 * - image → the bot downloads the image from LINE's data host and answers with its size and type;
 * - each event is handled once, by `webhookEventId`: when a handler fails, the webhook answers 500, LINE redelivers
 *   the events, and the ones already handled are skipped.
 *
 * It is a `node:http` request handler (express and connect accept it too).
 */

import { middleware } from 'messaging-api-line';
import type { LineClient, WebhookEvent, WebhookMiddleware } from 'messaging-api-line';

/** What the echo bot needs. */
export interface EchoBotOptions {
  /** The client that answers (pointed at LINE, or at the dummy LINE platform in tests). */
  readonly client: LineClient;
  /** The channel secret that signs the webhooks. */
  readonly channelSecret: string;
  /** The ids of the events already handled; a new set by default (use a shared store with several processes). */
  readonly handled?: Set<string>;
}

/** The echo bot's pieces: the webhook handler and the event handler it runs. */
export interface EchoBot {
  /** The webhook handler: checks the signature, then handles every event once. */
  readonly webhook: WebhookMiddleware;
  /** Handles one event (already handled ones are skipped). */
  readonly handleEvent: (event: WebhookEvent) => Promise<void>;
}

function bytesLabel(size: number): string {
  return size === 1 ? '1 byte' : `${size} bytes`;
}

function imageType(bytes: Buffer): string {
  if (bytes.subarray(0, 4).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47]))) return 'PNG';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'JPEG';
  return 'unknown';
}

/**
 * Creates the echo bot.
 *
 * @param options - the client and the channel secret
 * @returns the webhook handler and the event handler
 */
export function createEchoBot(options: EchoBotOptions): EchoBot {
  const { client, channelSecret } = options;
  const handled = options.handled ?? new Set<string>();

  async function answer(event: WebhookEvent): Promise<void> {
    switch (event.type) {
      case 'follow': {
        const userId = event.source?.userId;
        const profile = userId ? await client.getUserProfile(userId) : null;
        await client.replyText(event.replyToken, `Welcome, ${profile?.displayName ?? 'friend'}! Send me anything.`);
        return;
      }
      case 'message': {
        if (!event.replyToken) return;
        const message = event.message;
        switch (message.type) {
          case 'text':
            await client.replyText(event.replyToken, message.text);
            return;
          case 'sticker':
            await client.replySticker(event.replyToken, { packageId: message.packageId, stickerId: message.stickerId });
            return;
          case 'location':
            await client.replyText(event.replyToken, `You are at ${message.address ?? `${message.latitude},${message.longitude}`}`);
            return;
          case 'image': {
            const bytes = await client.getMessageContent(message.id);
            await client.replyText(event.replyToken, `Got your image: ${imageType(bytes)}, ${bytesLabel(bytes.length)}`);
            return;
          }
          default:
            await client.replyText(event.replyToken, `Got a ${message.type} message`);
            return;
        }
      }
      case 'postback':
        if (event.replyToken) await client.replyText(event.replyToken, `You chose ${event.postback.data}`);
        return;
      default:
        return; // unfollow, join, leave, and event types LINE adds later: nothing to answer
    }
  }

  async function handleEvent(event: WebhookEvent): Promise<void> {
    if (handled.has(event.webhookEventId)) return; // a redelivery of an event handled before
    await answer(event);
    handled.add(event.webhookEventId);
  }

  const webhook = middleware({
    channelSecret,
    onEvents: async ({ events }) => {
      for (const event of events) await handleEvent(event);
    },
  });
  return { webhook, handleEvent };
}
