/**
 * The simulator: the dummy LINE platform calling the bot. It sends webhooks (with LINE's redelivery), and keeps the
 * simulated users, groups and rooms whose received messages tests await in order.
 */

import { randomBytes } from 'node:crypto';
import type { PostbackParams, WebhookEvent, WebhookSource } from '../../types/webhook';
import { DEFAULT_REPLY_TARGET, MemberList } from '../state';
import type { DummyState } from '../state';
import type { DummyLineServerOptions, DummyProfile, JsonObject, JsonValue, SeedContent } from '../types';
import { completeWebhookEvent, takeBuiltReplyToken, followEvent, joinEvent, leaveEvent, memberJoinedEvent, memberLeftEvent, postbackEvent, unfollowEvent } from './events';
import type { MessageInit, PartialWebhookEvent } from './events';
import type {
  MessageExpectation,
  ReceiveOptions,
  SendWebhookOptions,
  SimulatedChat,
  SimulatedChatInit,
  SimulatedSender,
  SimulatedUser,
  SimulatedUserInit,
  WebhookAttempt,
  WebhookResult,
} from './types';
import { DEFAULT_WEBHOOK_TIMEOUT_MS, WebhookDispatcher, redeliveryDelays } from './webhook';

/** The bot's user id when `botInfo` names none (the dummy's `GET /v2/bot/info` answers the same). */
const DEFAULT_BOT_USER_ID = 'Ub0000000000000000000000000000000';
const DEFAULT_RECEIVE_TIMEOUT_MS = 2_000;

/** A 1×1 PNG: what a simulated user's image is when the test gives no bytes. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** Default content of a media message that the test seeded none for. */
function defaultContent(type: string): SeedContent | undefined {
  switch (type) {
    case 'image':
      return TINY_PNG;
    case 'video':
      return { size: 1024, contentType: 'video/mp4' };
    case 'audio':
      return { size: 1024, contentType: 'audio/x-m4a' };
    case 'file':
      return 'file content';
    default:
      return undefined;
  }
}

function lineId(prefix: string): string {
  return `${prefix}${randomBytes(16).toString('hex')}`;
}

/**
 * Whether a message matches an expectation object: every property given equals the message's, recursively.
 *
 * @param actual - the value
 * @param expected - the partial value
 * @returns true when it matches
 */
export function matchesPartial(actual: unknown, expected: unknown): boolean {
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected);
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && actual.length === expected.length && expected.every((e, i) => matchesPartial(actual[i], e));
  }
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return false;
  const record = actual as Record<string, unknown>;
  return Object.entries(expected as Record<string, unknown>).every(([key, value]) => matchesPartial(record[key], value));
}

function describeExpectation(expectation: MessageExpectation | undefined): string {
  if (expectation === undefined) return 'a message';
  if (typeof expectation === 'string') return `the text message ${JSON.stringify(expectation)}`;
  if (typeof expectation === 'function') return `a message satisfying ${expectation.name || 'the predicate'}`;
  return `a message matching ${JSON.stringify(expectation)}`;
}

function matches(message: JsonObject, expectation: MessageExpectation | undefined): boolean {
  if (expectation === undefined) return true;
  if (typeof expectation === 'string') return message.type === 'text' && message.text === expectation;
  if (typeof expectation === 'function') return expectation(message);
  return matchesPartial(message, expectation);
}

function brief(message: JsonValue): string {
  const text = JSON.stringify(message);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

/** The simulator behind the server's {@link DummyLineSimulator} methods. */
export class Simulator {
  private readonly dispatcher: WebhookDispatcher;
  private readonly users = new Map<string, { profile: DummyProfile; follower: boolean }>();
  private readonly chats = new Map<string, { kind: 'group' | 'room'; groupName: string; members: string[] }>();
  private readonly waiters = new Set<() => void>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly registeredTokens = new Set<string>();
  private endpoint: string | undefined;
  private userSeq = 0;
  private closed = false;
  /** Counts resets: inboxes start reading from the beginning after one. */
  generation = 0;

  /**
   * @param state - the current platform state (it changes on `reset()`)
   * @param options - the server options
   * @param channelSecret - the default channel's secret
   */
  constructor(
    private readonly state: () => DummyState,
    private readonly options: DummyLineServerOptions,
    private readonly channelSecret: string,
  ) {
    this.dispatcher = new WebhookDispatcher(() => this.notify());
  }

  /** Every webhook attempt. */
  get webhookAttempts(): readonly WebhookAttempt[] {
    return this.dispatcher.attempts;
  }

  /** Wakes every `receive()` waiting: called after each request the server handled and each webhook attempt. */
  notify(): void {
    for (const wake of [...this.waiters]) wake();
  }

  /** After the server's state was rebuilt: seeds the simulated users and chats again, forgets attempts and tokens. */
  reset(): void {
    this.generation += 1;
    this.dispatcher.reset();
    this.registeredTokens.clear();
    this.applySeeds();
    this.notify();
  }

  /** Stops every timer, redelivery and request; waiting `receive()`s reject. */
  close(): void {
    this.closed = true;
    this.dispatcher.close();
    this.notify();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  /**
   * Seeds what the simulator created into a (new) state.
   */
  private applySeeds(): void {
    const state = this.state();
    if (this.endpoint !== undefined) state.webhook = { endpoint: this.endpoint, active: true };
    for (const { profile, follower } of this.users.values()) {
      state.profiles.set(profile.userId, profile);
      if (follower) state.addFollower(profile.userId);
    }
    for (const [id, chat] of this.chats) this.seedChat(state, id, chat);
  }

  private seedChat(state: DummyState, id: string, chat: { kind: 'group' | 'room'; groupName: string; members: string[] }): void {
    const members = new MemberList(chat.members);
    if (chat.kind === 'group') state.groups.set(id, { summary: { groupId: id, groupName: chat.groupName }, members });
    else state.rooms.set(id, { summary: { roomId: id }, members });
  }

  /**
   * See {@link DummyLineSimulator.sendWebhook}.
   *
   * @param url - the bot's URL
   * @param events - the events
   * @param options - the options
   * @returns the first answer
   */
  async sendWebhook(url: string, events: readonly PartialWebhookEvent[], options: SendWebhookOptions = {}): Promise<WebhookResult> {
    if (this.closed) throw new Error('The dummy LINE server is closed');
    if (!Array.isArray(events)) throw new TypeError('sendWebhook: events must be an array');
    const complete = events.map((e) => completeWebhookEvent(e));
    const state = this.state();
    for (const event of complete) this.prepare(state, event);
    return this.dispatcher.deliver({
      url,
      events: complete,
      channelSecret: options.channelSecret ?? this.channelSecret,
      destination: options.destination ?? state.options.botInfo?.userId ?? DEFAULT_BOT_USER_ID,
      timeoutMs: options.timeoutMs ?? this.options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_TIMEOUT_MS,
      delaysMs: redeliveryDelays(options.redelivery ?? this.options.webhookRedelivery),
    });
  }

  /** Makes the dummy accept the event's reply token (once) and serve its media content. */
  private prepare(state: DummyState, event: WebhookEvent): void {
    const token = 'replyToken' in event ? event.replyToken : undefined;
    if (typeof token === 'string') takeBuiltReplyToken(token); // from now on the server's state holds it
    if (typeof token === 'string' && !state.replyTokens.has(token) && !this.registeredTokens.has(token)) {
      const source: WebhookSource | undefined = event.source;
      const to =
        source?.type === 'group' ? source.groupId : source?.type === 'room' ? source.roomId : (source?.userId ?? DEFAULT_REPLY_TARGET);
      state.replyTokens.set(token, { to, issuedAt: Date.now() });
      this.registeredTokens.add(token);
    }
    if ((event.type === 'follow' || event.type === 'unfollow') && event.source?.userId) {
      this.setFollower(event.source.userId, event.type === 'follow');
    }
    if (event.type === 'message') {
      const message = event.message;
      const provided = 'contentProvider' in message ? message.contentProvider?.type !== 'external' : message.type === 'file';
      const content = provided ? defaultContent(message.type) : undefined;
      if (content !== undefined && !state.content.has(message.id)) state.content.set(message.id, content);
    }
  }

  /** @param url - the bot's URL */
  setWebhookEndpoint(url: string): void {
    this.endpoint = url;
    this.state().webhook = { endpoint: url, active: true };
  }

  /** @returns the URL simulated users send to */
  private webhookUrl(): string {
    const endpoint = this.state().webhook.endpoint;
    if (!endpoint) {
      throw new Error(
        'No webhook URL: call server.setWebhookEndpoint(url) (or seed `webhook: { endpoint, active: true }`) before a simulated user talks to the bot',
      );
    }
    return endpoint;
  }

  /**
   * Sends events to the webhook endpoint.
   *
   * @param events - the events
   * @returns the first answer
   */
  send(events: readonly PartialWebhookEvent[]): Promise<WebhookResult> {
    try {
      return this.sendWebhook(this.webhookUrl(), events);
    } catch (err) {
      return Promise.reject(err);
    }
  }

  /**
   * See {@link DummyLineSimulator.user}.
   *
   * @param init - name or profile fields
   * @returns the user
   */
  user(init: string | SimulatedUserInit = {}): SimulatedUser {
    const fields = typeof init === 'string' ? { displayName: init } : init;
    this.userSeq += 1;
    const profile: DummyProfile = {
      ...fields,
      userId: fields.userId ?? lineId('U'),
      displayName: fields.displayName ?? `User ${this.userSeq}`,
    };
    const entry = this.users.get(profile.userId) ?? { profile, follower: false };
    entry.profile = profile;
    this.users.set(profile.userId, entry);
    this.state().profiles.set(profile.userId, profile);
    return new User(this, profile);
  }

  /**
   * Marks a simulated user as a follower or not.
   *
   * @param userId - the user
   * @param follower - whether they follow the bot
   */
  setFollower(userId: string, follower: boolean): void {
    const entry = this.users.get(userId);
    if (entry) entry.follower = follower;
    if (follower) this.state().addFollower(userId);
    else this.state().removeFollower(userId);
  }

  /**
   * See {@link DummyLineSimulator.group} and {@link DummyLineSimulator.room}.
   *
   * @param kind - group or room
   * @param init - id, name and members
   * @returns the chat
   */
  chat(kind: 'group' | 'room', init: SimulatedChatInit = {}): SimulatedChat {
    const id = init.id ?? lineId(kind === 'group' ? 'C' : 'R');
    const members = [...(init.memberIds ?? []), ...(init.members ?? []).map((u) => u.userId)];
    const chat = { kind, groupName: init.groupName ?? id, members: [...new Set(members)] };
    this.chats.set(id, chat);
    this.seedChat(this.state(), id, chat);
    return new Chat(this, kind, id);
  }

  /**
   * Changes a chat's members.
   *
   * @param id - the chat
   * @param add - who joins
   * @param remove - who leaves
   */
  changeMembers(id: string, add: readonly string[], remove: readonly string[]): void {
    const chat = this.chats.get(id);
    if (!chat) return;
    chat.members = [...chat.members.filter((m) => !remove.includes(m)), ...add.filter((m) => !chat.members.includes(m))];
    this.seedChat(this.state(), id, chat);
  }

  /**
   * Seeds the content of a message.
   *
   * @param messageId - the message id
   * @param content - the bytes
   */
  setContent(messageId: string, content: SeedContent): void {
    this.state().content.set(messageId, content);
  }

  /**
   * The messages delivered to an id.
   *
   * @param id - user, group or room id
   * @returns the messages
   */
  messagesTo(id: string): readonly JsonObject[] {
    return this.state().messagesTo(id);
  }

  /**
   * Waits until `check` answers something, a notification at a time, for at most `timeoutMs`.
   *
   * @param check - answers the value, or undefined to keep waiting
   * @param timeoutMs - the most to wait
   * @returns the value, or undefined after the timeout
   */
  waitFor<T>(check: () => T | undefined, timeoutMs: number): Promise<T | undefined> {
    const now = check();
    if (now !== undefined || this.closed) return Promise.resolve(now);
    return new Promise((resolve) => {
      const done = (value: T | undefined): void => {
        this.waiters.delete(wake);
        clearTimeout(timer);
        this.timers.delete(timer);
        resolve(value);
      };
      const wake = (): void => {
        const value = check();
        if (value !== undefined || this.closed) done(value);
      };
      const timer = setTimeout(() => done(undefined), timeoutMs);
      this.timers.add(timer);
      this.waiters.add(wake);
    });
  }

  /** The default `receive()` timeout. */
  get receiveTimeoutMs(): number {
    return this.options.receiveTimeoutMs ?? DEFAULT_RECEIVE_TIMEOUT_MS;
  }

  /**
   * See {@link DummyLineSimulator.webhooksSettled}.
   *
   * @param timeoutMs - the most to wait
   * @returns a promise that settles when idle
   */
  webhooksSettled(timeoutMs = 30_000): Promise<void> {
    return this.dispatcher.settled(timeoutMs);
  }
}

/** A place messages arrive at: a cursor over the recipient's inbox. */
class Inbox {
  private cursor = 0;
  private generation: number;

  constructor(
    protected readonly sim: Simulator,
    private readonly inboxId: string,
    private readonly label: () => string,
  ) {
    this.generation = sim.generation;
  }

  get messages(): readonly JsonObject[] {
    return this.sim.messagesTo(this.inboxId);
  }

  private unread(): JsonObject | undefined {
    if (this.generation !== this.sim.generation) {
      this.generation = this.sim.generation; // the server was reset: its inboxes are empty again
      this.cursor = 0;
    }
    return this.sim.messagesTo(this.inboxId)[this.cursor];
  }

  async receive(expectation?: MessageExpectation, options: ReceiveOptions = {}): Promise<JsonObject> {
    const timeoutMs = options.timeoutMs ?? this.sim.receiveTimeoutMs;
    const message = await this.sim.waitFor(() => this.unread(), timeoutMs);
    const what = describeExpectation(expectation);
    if (message === undefined) {
      const earlier = this.messages.slice(0, this.cursor).slice(-3).map(brief);
      throw new Error(
        `${this.label()} expected ${what} within ${timeoutMs} ms, but no message arrived` +
          (earlier.length > 0 ? ` (the last received: ${earlier.join(', ')})` : ' (nothing was received before either)'),
      );
    }
    this.cursor += 1;
    if (!matches(message, expectation)) {
      throw new Error(`${this.label()} expected ${what}, but the next message was ${brief(message)}`);
    }
    return message;
  }

  async receiveNothing(ms = 100): Promise<void> {
    const message = await this.sim.waitFor(() => this.unread(), ms);
    if (message !== undefined) throw new Error(`${this.label()} expected no more messages, but received ${brief(message)}`);
  }
}

/** Sends events with a fixed source. */
class Sender implements SimulatedSender {
  constructor(
    private readonly sim: Simulator,
    readonly source: WebhookSource,
  ) {}

  say(text: string): Promise<WebhookResult> {
    return this.send({ type: 'text', text });
  }

  sendSticker(packageId: string, stickerId: string): Promise<WebhookResult> {
    return this.send({ type: 'sticker', packageId, stickerId });
  }

  sendImage(content: SeedContent = TINY_PNG): Promise<WebhookResult> {
    const event = completeWebhookEvent({ type: 'message', source: this.source, message: { type: 'image' } });
    if (event.type === 'message') this.sim.setContent(event.message.id, content);
    return this.sim.send([event]);
  }

  sendLocation(location: { readonly latitude: number; readonly longitude: number; readonly title?: string; readonly address?: string }): Promise<WebhookResult> {
    return this.send({ type: 'location', ...location });
  }

  send(message: MessageInit): Promise<WebhookResult> {
    return this.sim.send([{ type: 'message', source: this.source, message }]);
  }

  postback(data: string, params?: PostbackParams): Promise<WebhookResult> {
    return this.sim.send([postbackEvent(this.source, data, params)]);
  }

  sendEvent(event: PartialWebhookEvent): Promise<WebhookResult> {
    return this.sim.send([{ ...event, source: this.source }]);
  }
}

class User extends Inbox implements SimulatedUser {
  private readonly sender: Sender;
  readonly source: WebhookSource;

  constructor(
    sim: Simulator,
    readonly profile: DummyProfile,
  ) {
    super(sim, profile.userId, () => `${profile.displayName} (${profile.userId})`);
    this.source = { type: 'user', userId: profile.userId };
    this.sender = new Sender(sim, this.source);
  }

  get userId(): string {
    return this.profile.userId;
  }

  follow(options: { readonly isUnblocked?: boolean } = {}): Promise<WebhookResult> {
    return this.sim.send([followEvent(this.userId, { isUnblocked: options.isUnblocked ?? false })]);
  }

  unfollow(): Promise<WebhookResult> {
    return this.sim.send([unfollowEvent(this.userId)]);
  }

  in(chat: SimulatedChat): SimulatedSender {
    return new Sender(this.sim, { ...chat.source, userId: this.userId });
  }

  say(text: string): Promise<WebhookResult> {
    return this.sender.say(text);
  }

  sendSticker(packageId: string, stickerId: string): Promise<WebhookResult> {
    return this.sender.sendSticker(packageId, stickerId);
  }

  sendImage(content?: SeedContent): Promise<WebhookResult> {
    return this.sender.sendImage(content);
  }

  sendLocation(location: { readonly latitude: number; readonly longitude: number; readonly title?: string; readonly address?: string }): Promise<WebhookResult> {
    return this.sender.sendLocation(location);
  }

  send(message: MessageInit): Promise<WebhookResult> {
    return this.sender.send(message);
  }

  postback(data: string, params?: PostbackParams): Promise<WebhookResult> {
    return this.sender.postback(data, params);
  }

  sendEvent(event: PartialWebhookEvent): Promise<WebhookResult> {
    return this.sender.sendEvent(event);
  }
}

class Chat extends Inbox implements SimulatedChat {
  readonly source: WebhookSource;

  constructor(
    sim: Simulator,
    kind: 'group' | 'room',
    readonly id: string,
  ) {
    super(sim, id, () => `${kind} ${id}`);
    this.source = kind === 'group' ? { type: 'group', groupId: id } : { type: 'room', roomId: id };
  }

  join(): Promise<WebhookResult> {
    return this.sim.send([joinEvent(this.source)]);
  }

  leave(): Promise<WebhookResult> {
    return this.sim.send([leaveEvent(this.source)]);
  }

  addMembers(...users: readonly SimulatedUser[]): Promise<WebhookResult> {
    const ids = users.map((u) => u.userId);
    this.sim.changeMembers(this.id, ids, []);
    return this.sim.send([memberJoinedEvent(this.source, ids)]);
  }

  removeMembers(...users: readonly SimulatedUser[]): Promise<WebhookResult> {
    const ids = users.map((u) => u.userId);
    this.sim.changeMembers(this.id, [], ids);
    return this.sim.send([memberLeftEvent(this.source, ids)]);
  }
}
