/**
 * Public types of the simulator: the dummy LINE platform calling the bot (webhooks, redelivery, simulated users and
 * chats).
 */

import type { PostbackParams, WebhookEvent, WebhookSource } from '../../types/webhook';
import type { DummyProfile, JsonObject, SeedContent } from '../values';
import type { MessageInit, PartialWebhookEvent } from './events';

/** LINE's webhook redelivery: after a failed delivery (non-2xx, no answer, or too slow), the same events again. */
export interface WebhookRedelivery {
  /**
   * The wait before each redelivery, in milliseconds: one redelivery per entry, so the schedule is bounded (at most
   * 20 entries). LINE does not publish its schedule; `[1000, 5000, 30000]` by default.
   */
  readonly delaysMs?: readonly number[];
}

/** Options of the simulator, given to `createDummyLineServer`. */
export interface SimulatorOptions {
  /** How long a bot may take to answer a webhook before the attempt counts as failed; 10,000 ms by default. */
  readonly webhookTimeoutMs?: number;
  /**
   * Whether a failed webhook is redelivered, as LINE does when "Webhook redelivery" is on in the console: `true`
   * (LINE-like schedule), a schedule, or `false` (the default).
   */
  readonly webhookRedelivery?: boolean | WebhookRedelivery;
  /** How long `receive()` of a simulated user or chat waits by default; 2,000 ms by default. */
  readonly receiveTimeoutMs?: number;
}

/** Options of `server.sendWebhook`. */
export interface SendWebhookOptions {
  /** The channel secret the signature is made with; `server.channelSecret` by default. */
  readonly channelSecret?: string;
  /** The `destination` of the body (the bot's user id); the bot info's `userId` by default. */
  readonly destination?: string;
  /** This delivery's timeout; the server's `webhookTimeoutMs` by default. */
  readonly timeoutMs?: number;
  /** This delivery's redelivery; the server's `webhookRedelivery` by default. */
  readonly redelivery?: boolean | WebhookRedelivery;
}

/** What a bot answered to a webhook delivery (the first attempt). */
export interface WebhookResult {
  /** The HTTP status the bot answered; `null` when it did not answer (timeout, connection refused or reset). */
  readonly status: number | null;
  /** The body the bot answered, as text (at most 64 KiB); empty when none. */
  readonly body: string;
  /** The events as sent: complete, with their `webhookEventId`s and reply tokens. */
  readonly events: readonly WebhookEvent[];
  /** Why there was no answer (`timeout after 10000 ms`, `connect ECONNREFUSED …`), when `status` is `null`. */
  readonly error?: string;
}

/** One attempt to deliver a webhook: the first delivery or a redelivery. */
export interface WebhookAttempt {
  /** The bot's URL. */
  readonly url: string;
  /** 1 for the first delivery, 2 for the first redelivery, and so on. */
  readonly attempt: number;
  /** Whether the events carried `deliveryContext.isRedelivery: true`. */
  readonly isRedelivery: boolean;
  /** The `webhookEventId` of each event (the same on every attempt). */
  readonly webhookEventIds: readonly string[];
  /** The events as sent. */
  readonly events: readonly WebhookEvent[];
  /** The status answered, or `null` without an answer. */
  readonly status: number | null;
  /** The body answered, as text. */
  readonly body: string;
  /** Why there was no answer. */
  readonly error?: string;
  /** When the attempt started (`Date.now()`). */
  readonly time: number;
  /** How long it took, in milliseconds. */
  readonly durationMs: number;
}

/**
 * What a received message must be, for `receive()`: a string (a text message with exactly that text), an object
 * (every property given must equal the message's, recursively: a partial match), or a predicate.
 */
export type MessageExpectation = string | JsonObject | ((message: JsonObject) => boolean);

/** Options of `receive()`. */
export interface ReceiveOptions {
  /** How long to wait; the server's `receiveTimeoutMs` (2,000 ms) by default. */
  readonly timeoutMs?: number;
}

/** A simulated user of a new profile, for `server.user()`. */
export interface SimulatedUserInit {
  /** The user id; a new LINE-style id (`U` and 32 hex digits) by default. */
  readonly userId?: string;
  /** The display name; `User 1`, `User 2`… by default. */
  readonly displayName?: string;
  /** Profile image URL. */
  readonly pictureUrl?: string;
  /** Status message. */
  readonly statusMessage?: string;
  /** Language tag, for example `en`. */
  readonly language?: string;
}

/** What a simulated user or chat can send to the bot; every method resolves what the bot answered. */
export interface SimulatedSender {
  /** The `source` of the events this sender sends. */
  readonly source: WebhookSource;
  /**
   * Sends a text message.
   *
   * @param text - the text
   * @returns what the bot answered
   */
  say(text: string): Promise<WebhookResult>;
  /**
   * Sends a sticker.
   *
   * @param packageId - the package id
   * @param stickerId - the sticker id
   * @returns what the bot answered
   */
  sendSticker(packageId: string, stickerId: string): Promise<WebhookResult>;
  /**
   * Sends an image whose content the bot can download from the data host
   * (`GET /v2/bot/message/{messageId}/content`).
   *
   * @param content - the image bytes (or how to generate them); a small PNG by default
   * @returns what the bot answered (`events[0].message.id` is the message id)
   */
  sendImage(content?: SeedContent): Promise<WebhookResult>;
  /**
   * Sends a location.
   *
   * @param location - where
   * @returns what the bot answered
   */
  sendLocation(location: { readonly latitude: number; readonly longitude: number; readonly title?: string; readonly address?: string }): Promise<WebhookResult>;
  /**
   * Sends any message.
   *
   * @param message - a string (text) or a message content with only `type` required
   * @returns what the bot answered
   */
  send(message: MessageInit): Promise<WebhookResult>;
  /**
   * Taps a postback action.
   *
   * @param data - the action's `data`
   * @param params - datetime picker or rich menu switch parameters
   * @returns what the bot answered
   */
  postback(data: string, params?: PostbackParams): Promise<WebhookResult>;
  /**
   * Sends any event from this sender (its `source` is filled in).
   *
   * @param event - the event; what it leaves out is filled
   * @returns what the bot answered
   */
  sendEvent(event: PartialWebhookEvent): Promise<WebhookResult>;
}

/** Where messages arrive: a simulated user's one-on-one chat, or a group or room. */
export interface SimulatedInbox {
  /** Every message delivered here so far (reply, push, multicast, broadcast, narrowcast), oldest first. */
  readonly messages: readonly JsonObject[];
  /**
   * Waits for the next message not yet received (in delivery order) and checks it. Rejects, naming what was
   * expected, when nothing arrives in time or when the next message does not match.
   *
   * @param expectation - what the message must be; anything when absent
   * @param options - the timeout
   * @returns the message
   */
  receive(expectation?: MessageExpectation, options?: ReceiveOptions): Promise<JsonObject>;
  /**
   * Waits `ms` milliseconds and rejects if a message not yet received arrived (or had arrived): proof that the bot
   * answered only once.
   *
   * @param ms - how long to wait; 100 ms by default
   * @returns a promise that settles after the wait
   */
  receiveNothing(ms?: number): Promise<void>;
}

/** A simulated LINE user: talks to the bot one-on-one, and receives what the bot sends. Made by `server.user()`. */
export interface SimulatedUser extends SimulatedSender, SimulatedInbox {
  /** The user id. */
  readonly userId: string;
  /** The profile the dummy answers for `GET /v2/bot/profile/{userId}`. */
  readonly profile: DummyProfile;
  /**
   * Adds the bot as a friend (a `follow` event); the user becomes a follower (broadcast reaches them).
   *
   * @param options - `isUnblocked: true` for an unblock
   * @returns what the bot answered
   */
  follow(options?: { readonly isUnblocked?: boolean }): Promise<WebhookResult>;
  /**
   * Blocks the bot (an `unfollow` event); the user stops being a follower.
   *
   * @returns what the bot answered
   */
  unfollow(): Promise<WebhookResult>;
  /**
   * The same user speaking in a group or room.
   *
   * @param chat - the group or room
   * @returns a sender whose events come from the chat, with this user's id
   */
  in(chat: SimulatedChat): SimulatedSender;
}

/** A simulated group or room. Made by `server.group()` or `server.room()`. */
export interface SimulatedChat extends SimulatedInbox {
  /** The group or room source (without a user). */
  readonly source: WebhookSource;
  /** The group or room id. */
  readonly id: string;
  /**
   * The bot joins the chat (a `join` event).
   *
   * @returns what the bot answered
   */
  join(): Promise<WebhookResult>;
  /**
   * The bot is removed from the chat (a `leave` event).
   *
   * @returns what the bot answered
   */
  leave(): Promise<WebhookResult>;
  /**
   * Users join the chat (a `memberJoined` event); they become members.
   *
   * @param users - who joins
   * @returns what the bot answered
   */
  addMembers(...users: readonly SimulatedUser[]): Promise<WebhookResult>;
  /**
   * Users leave the chat (a `memberLeft` event).
   *
   * @param users - who leaves
   * @returns what the bot answered
   */
  removeMembers(...users: readonly SimulatedUser[]): Promise<WebhookResult>;
}

/** A simulated group of new members, for `server.group()` and `server.room()`. */
export interface SimulatedChatInit {
  /** The group or room id; a new LINE-style id (`C`/`R` and 32 hex digits) by default. */
  readonly id?: string;
  /** The group name (groups only); the id by default. */
  readonly groupName?: string;
  /** The members. */
  readonly members?: readonly SimulatedUser[];
  /** More members, by user id (for users that are not simulated). */
  readonly memberIds?: readonly string[];
}

/** The simulator's side of the dummy server: it calls the bot as LINE does. */
export interface DummyLineSimulator {
  /** The webhook URL simulated users and chats send to (see `setWebhookEndpoint`); empty when none is set. */
  readonly webhookEndpoint: string;
  /** Every webhook delivery attempt (first deliveries and redeliveries), oldest first. */
  readonly webhookAttempts: readonly WebhookAttempt[];
  /**
   * Posts events to a bot as LINE does: `POST`, `Content-Type: application/json`, `x-line-signature`, a body with
   * `destination`. What the events leave out is filled (see {@link completeWebhookEvent}); their reply tokens are
   * accepted once by the reply endpoint (and expire after `replyTokenTtlMs`); the content of an image, video, audio
   * or file message without seeded content is a small file on the data host. With redelivery on, a failed delivery
   * is retried in the background with the same events and `deliveryContext.isRedelivery: true`.
   *
   * @param url - the bot's webhook URL
   * @param events - the events (complete or partial)
   * @param options - channel secret, destination, timeout, redelivery
   * @returns what the bot answered to the first attempt, and the events as sent
   */
  sendWebhook(url: string, events: readonly PartialWebhookEvent[], options?: SendWebhookOptions): Promise<WebhookResult>;
  /**
   * Sets the webhook URL that simulated users and chats (and `POST /_dummy/webhook` without `url`) send to; it is
   * kept by `reset()`. The bot's `setWebhookEndpointUrl` sets it too (as on LINE, until the next `reset()`).
   *
   * @param url - the bot's webhook URL (`http://127.0.0.1:…` is fine)
   */
  setWebhookEndpoint(url: string): void;
  /**
   * Creates a simulated user: a profile (so `getUserProfile` answers), who can follow, talk and receive.
   * The user is part of the seed from now on: `reset()` keeps the profile and clears what they received.
   *
   * @param init - a display name, or the profile fields; all optional
   * @returns the user
   */
  user(init?: string | SimulatedUserInit): SimulatedUser;
  /**
   * Creates a simulated group with members (kept by `reset()`, like users).
   *
   * @param init - a group name, or the id, name and members
   * @returns the group
   */
  group(init?: string | SimulatedChatInit): SimulatedChat;
  /**
   * Creates a simulated multi-person chat (room) with members (kept by `reset()`, like users).
   *
   * @param init - the id and members
   * @returns the room
   */
  room(init?: SimulatedChatInit): SimulatedChat;
  /**
   * Waits until no webhook delivery is in flight and no redelivery is scheduled.
   *
   * @param timeoutMs - the most to wait; 30,000 ms by default
   * @returns a promise that settles when idle (rejects after `timeoutMs`)
   */
  webhooksSettled(timeoutMs?: number): Promise<void>;
}
