/**
 * The bot every Node.js example serves: it answers a text message with "You said: …". With
 * `pushWhenReplyFails`, a spent or expired reply token falls back to a push (which counts against the monthly quota).
 */
import { Line, LineClient, replyToEvent, type UnknownEvent, type WebhookEvent } from 'messaging-api-line';

/** What a bot needs to run. */
export interface BotConfig {
  /** The channel secret (LINE Developers console, "Basic settings"). */
  channelSecret: string;
  /** A channel access token ("Messaging API" tab). */
  accessToken: string;
  /** The API origin: leave it unset in production; tests point it at the dummy LINE server. */
  origin?: string;
}

/**
 * Reads the configuration from `LINE_CHANNEL_SECRET`, `LINE_CHANNEL_ACCESS_TOKEN` and (tests only) `LINE_API_ORIGIN`.
 *
 * @param env - the environment
 * @returns the configuration
 */
export function configFromEnv(env: Record<string, string | undefined> = process.env): BotConfig {
  const { LINE_CHANNEL_SECRET: channelSecret, LINE_CHANNEL_ACCESS_TOKEN: accessToken, LINE_API_ORIGIN: origin } = env;
  if (!channelSecret || !accessToken) throw new Error('Set LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN.');
  return { channelSecret, accessToken, origin };
}

/**
 * Creates the client.
 *
 * @param config - the bot configuration
 * @returns a client
 */
export function createClient(config: BotConfig): LineClient {
  return new LineClient({ accessToken: config.accessToken, channelSecret: config.channelSecret, ...(config.origin ? { origin: config.origin } : {}) });
}

/**
 * Handles one event.
 *
 * @param client - the client
 * @param event - a verified webhook event
 */
export async function handleEvent(client: LineClient, event: WebhookEvent): Promise<void> {
  switch (event.type) {
    case 'message':
      if (event.message.type === 'text') {
        await replyToEvent(client, event, [Line.createText(`You said: ${event.message.text}`)], { pushWhenReplyFails: true });
      }
      break;
    case 'follow':
      await client.replyText(event.replyToken, event.follow.isUnblocked ? 'Welcome back!' : 'Hello!');
      break;
    case 'postback':
      console.log('postback', event.postback.data);
      break;
    default:
      // Event types LINE added after this version land here: ignore or log them, never throw.
      console.log('ignored event', (event as UnknownEvent).type);
  }
}
