/**
 * What the example and runtime tests share: the dummy LINE server (its simulator drives the example bots), and, for
 * the tests that post by hand (the runtime processes, the handler's unit tests), webhook bodies signed with the
 * simulator's `signWebhook`.
 */
import { createDummyLineServer, type DummyLineServer, signWebhook } from 'messaging-api-line/testing';

export const SECRET = 'example-channel-secret-0123456789';
export const USER_ID = `U${'1'.repeat(32)}`;
export const DESTINATION = `U${'d'.repeat(32)}`;

/** A request ready to send: the exact body bytes and their headers. */
export interface SignedWebhook {
  body: string;
  headers: Record<string, string>;
}

/**
 * Serialises a webhook body and signs it as LINE does (base64 HMAC-SHA256 of the bytes with the channel secret).
 *
 * @param body - the webhook body
 * @param secret - the channel secret
 * @returns body and headers
 */
export function signedWebhook(body: unknown, secret: string = SECRET): SignedWebhook {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const signature = signWebhook(text, secret);
  return { body: text, headers: { 'content-type': 'application/json', 'x-line-signature': signature } };
}

/**
 * A webhook body with one text message event from {@link USER_ID}.
 *
 * @param replyToken - the event's reply token
 * @param text - the message text
 * @returns the body
 */
export function textMessageBody(replyToken: string, text = 'hello'): Record<string, unknown> {
  return {
    destination: DESTINATION,
    events: [
      {
        type: 'message',
        mode: 'active',
        timestamp: 1700000000000,
        webhookEventId: '01HEXAMPLE0000000000000000',
        deliveryContext: { isRedelivery: false },
        source: { type: 'user', userId: USER_ID },
        replyToken,
        message: { type: 'text', id: '100000000000000001', quoteToken: 'q', text },
      },
    ],
  };
}

/** The LINE console's Verify request. */
export const VERIFY_BODY = { destination: DESTINATION, events: [] };

/**
 * Starts the dummy LINE server for the channel of {@link SECRET} (the bot's user id, the webhooks' `destination`, is
 * {@link DESTINATION}), with a user who follows the bot.
 */
export function startDummyLine(): Promise<DummyLineServer> {
  return createDummyLineServer({
    channels: [{ channelId: '1234567890', channelSecret: SECRET }],
    botInfo: { userId: DESTINATION },
    followers: [USER_ID],
    profiles: [{ userId: USER_ID, displayName: 'Taro' }],
  });
}

/** The bot configuration pointing at the dummy server. */
export function botConfig(server: DummyLineServer): { channelSecret: string; accessToken: string; origin: string } {
  return { channelSecret: SECRET, accessToken: server.accessToken, origin: server.origin };
}

/** Texts of the messages delivered to the test user. */
export function textsTo(server: DummyLineServer, id = USER_ID): string[] {
  return server.messagesTo(id).map((m) => String((m as { text?: unknown }).text));
}
