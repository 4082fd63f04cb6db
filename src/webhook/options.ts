/**
 * What the Node.js middleware and the fetch-standard handler share: their options, the checks on them, the
 * choice of channel by `destination`, the LINE console's "Verify" request and the parsing of a verified body.
 *
 * @remarks
 * Web-safe: nothing here imports a `node:` module or uses `Buffer`, so the fetch-standard handler runs in
 * workerd without `nodejs_compat`.
 *
 * @packageDocumentation
 */

import { LineError } from '../errors';
import { WebhookDedup, type WebhookDedupOptions } from '../store/dedup';
import type { WebhookEvent, WebhookRequestBody } from '../types/webhook';
import { LineSignatureError, LineWebhookBodyError } from './errors';

/**
 * Default limit on the size of a webhook request body: 10 MiB. LINE's webhook bodies are far smaller.
 */
export const DEFAULT_MAX_WEBHOOK_BODY_SIZE = 10 * 1024 * 1024;

/**
 * One channel of an endpoint that serves several (the `channels` option of {@link WebhookCommonOptions}).
 *
 * @typeParam Handler - the events handler type of the middleware or of the fetch-standard handler
 */
export interface WebhookChannel<Handler> {
  /** The channel's secret, or several during secret rotation. */
  channelSecret: string | readonly string[];
  /** Handles this channel's events; when absent, the top-level `onEvents` does. */
  onEvents?: Handler;
}

/**
 * Options shared by {@link middleware} and {@link webhookHandler}: give `channelSecret` (one channel) or
 * `channels` (several channels on one endpoint, chosen by the body's `destination`).
 *
 * @typeParam Handler - the events handler type
 * @typeParam ErrorHook - the error hook type
 */
export type WebhookCommonOptions<Handler, ErrorHook> = (
  | {
      /**
       * The channel secret, or several during secret rotation (a request is accepted when any of them matches).
       */
      channelSecret: string | readonly string[];
      /** Not with `channelSecret`. */
      channels?: undefined;
    }
  | {
      /** Not with `channels`. */
      channelSecret?: undefined;
      /**
       * Several channels on one endpoint, keyed by their bot user id: the `destination` LINE puts in every
       * webhook body. The request's signature is checked with that channel's secret(s) and its events go to
       * that channel's `onEvents` (or the top-level one). A request for a destination not listed here is
       * answered 401: it cannot be verified.
       */
      channels: Readonly<Record<string, WebhookChannel<Handler>>>;
    }
) & {
  /**
   * Largest accepted body, in bytes; larger requests get 413. Defaults to
   * {@link DEFAULT_MAX_WEBHOOK_BODY_SIZE} (10 MiB).
   */
  maxBodySize?: number;
  /** Handles the verified events (for every channel without its own `onEvents`). */
  onEvents?: Handler;
  /**
   * Called with every error (bad signature, bad body, failing `onEvents`) before it is answered. Use it to
   * log. Errors it throws are ignored.
   */
  onError?: ErrorHook;
  /**
   * Hand the LINE console's "Verify" request to `onEvents` too. By default it is answered 200 without calling
   * `onEvents` (see {@link isVerifyRequest}).
   */
  deliverVerifyRequests?: boolean;
  /**
   * De-duplicates events across replicas by `webhookEventId` through `dedup.store` (e.g. `createRedisStore(redis)`
   * from `messaging-api-line/redis`): an event already handled, or being handled, by any replica sharing the store
   * is not handed to `onEvents` again (its body's `events` holds only the events to handle). When `onEvents`
   * fails, its events are released so that LINE's redelivery is handled. When some events are still being handled
   * by another replica, the request is answered {@link WEBHOOK_IN_PROGRESS_STATUS} (503) so that LINE redelivers it
   * (webhook redelivery must be on in the LINE Developers Console); the events this replica handled meanwhile are
   * skipped then. A handled event is remembered 24 hours (`ttlMs`), a claim blocks other replicas at most 5 minutes
   * (`claimTtlMs`). When the store fails, events are handled without de-duplication (never lost) and a warning is
   * reported (`onWarning`). See docs/fleet.md.
   */
  dedup?: WebhookDedupOptions;
};

/**
 * The status a webhook answers, with the `dedup` option, when some of its events are being handled by another
 * replica: 503 (Service Unavailable), so that LINE redelivers the request; by then those events are handled (and
 * skipped) or released after a failure (and handled).
 */
export const WEBHOOK_IN_PROGRESS_STATUS = 503;

/**
 * The outcome of {@link parseWebhook} with the `dedup` option.
 */
export interface DedupedWebhook {
  /** The verified body, with only the events to handle now in `events` (claimed for this caller). */
  body: WebhookRequestBody;
  /** Events already handled (here or by another replica): acknowledge them. */
  skipped: WebhookEvent[];
  /** Events being handled by another replica right now: answer `status` (503) so that LINE redelivers them. */
  inProgress: WebhookEvent[];
  /** What to answer once `body.events` are handled: 200, or 503 ({@link WEBHOOK_IN_PROGRESS_STATUS}) when `inProgress` is not empty. */
  status: 200 | 503;
  /** Marks `body.events` handled (call it after handling them, before answering). */
  commit(): Promise<void>;
  /** Releases `body.events` when handling them failed, so that LINE's redelivery is handled (then answer an error). */
  release(): Promise<void>;
}

const dedups = new WeakMap<WebhookDedupOptions, WebhookDedup>();

/**
 * Checks the `dedup` option and creates its de-duplicator (one per options object).
 *
 * @internal
 * @param dedup - the option
 * @param caller - the public function name, for messages
 * @returns the de-duplicator, or `undefined` without the option
 */
export function resolveDedup(dedup: WebhookDedupOptions | undefined, caller: string): WebhookDedup | undefined {
  if (dedup === undefined) return undefined;
  const store = typeof dedup === 'object' && dedup !== null ? (dedup.store as unknown as Record<string, unknown> | undefined) : undefined;
  if (!store || typeof store !== 'object' || !['get', 'set', 'setIfAbsent', 'delete'].every((m) => typeof store[m] === 'function')) {
    throw new LineError(`${caller}: dedup must be { store } with a Store (createMemoryStore(), or createRedisStore(redis) from messaging-api-line/redis).`);
  }
  let made = dedups.get(dedup);
  if (!made) {
    try {
      made = new WebhookDedup(dedup);
    } catch (error) {
      throw new LineError(`${caller}: dedup: ${(error as Error).message}.`);
    }
    dedups.set(dedup, made);
  }
  return made;
}

/**
 * Claims a verified body's events for this replica.
 *
 * @internal
 * @param dedup - the de-duplicator
 * @param body - the verified body
 * @returns the body with only the claimed events, and the claim
 */
export async function claimWebhook(dedup: WebhookDedup, body: WebhookRequestBody): Promise<DedupedWebhook> {
  const claim = await dedup.claim(body.events);
  return {
    body: { ...body, events: claim.fresh },
    skipped: claim.skipped,
    inProgress: claim.inProgress,
    status: claim.inProgress.length > 0 ? WEBHOOK_IN_PROGRESS_STATUS : 200,
    commit: claim.commit,
    release: claim.release,
  };
}

/**
 * Options after their checks.
 *
 * @internal
 */
export interface ResolvedWebhookOptions<Handler> {
  /** Body size limit in bytes. */
  limit: number;
  /** Secrets of the single channel, or `undefined` with `channels`. */
  secrets: string[] | undefined;
  /** Channels by destination, or `undefined` with `channelSecret`. */
  channels: ReadonlyMap<string, { secrets: string[]; onEvents: Handler | undefined }> | undefined;
  /** The top-level handler. */
  onEvents: Handler | undefined;
  /** Whether the console's Verify request reaches `onEvents`. */
  deliverVerifyRequests: boolean;
  /** The de-duplicator of the `dedup` option. */
  dedup: WebhookDedup | undefined;
}

/**
 * Normalises the `channelSecret` option to the list of usable secrets.
 *
 * @internal
 * @param channelSecret - one secret, or several during secret rotation
 * @returns the non-empty string secrets
 */
export function usableSecrets(channelSecret: unknown): string[] {
  const list: unknown[] = Array.isArray(channelSecret) ? channelSecret : [channelSecret];
  return list.filter((secret): secret is string => typeof secret === 'string' && secret.length > 0);
}

/**
 * Throws when no usable channel secret was configured (an unset environment variable, typically).
 *
 * @internal
 * @param channelSecret - the configured secret(s)
 * @param caller - the public function name, for the message
 * @returns the usable secrets
 */
export function requireSecrets(channelSecret: unknown, caller: string): string[] {
  const secrets = usableSecrets(channelSecret);
  if (secrets.length === 0) {
    throw new LineError(
      `${caller}: channelSecret must be a non-empty string or an array of non-empty strings ` +
        '(is the environment variable that holds it set?).',
    );
  }
  return secrets;
}

/**
 * Checks the options of {@link middleware} and {@link webhookHandler}; throws a clear {@link LineError}
 * (never showing a secret) when they are unusable.
 *
 * @internal
 * @param options - the options as given
 * @param caller - the public function name, for messages
 * @returns the checked options
 */
export function resolveWebhookOptions<Handler, ErrorHook>(
  options: WebhookCommonOptions<Handler, ErrorHook>,
  caller: string,
): ResolvedWebhookOptions<Handler> {
  if (typeof options !== 'object' || options === null) {
    throw new LineError(`${caller}: options are required: { channelSecret, onEvents } or { channels, onEvents }.`);
  }
  const limit = options.maxBodySize ?? DEFAULT_MAX_WEBHOOK_BODY_SIZE;
  if (typeof limit !== 'number' || !(limit > 0)) {
    throw new LineError(`${caller}: maxBodySize must be a positive number of bytes.`);
  }
  const onEvents = options.onEvents;
  if (onEvents !== undefined && typeof onEvents !== 'function') {
    throw new LineError(`${caller}: onEvents must be a function.`);
  }
  const common = { limit, onEvents, deliverVerifyRequests: options.deliverVerifyRequests === true, dedup: resolveDedup(options.dedup, caller) };
  if (options.channels === undefined) {
    return { ...common, secrets: requireSecrets(options.channelSecret, caller), channels: undefined };
  }
  if (options.channelSecret !== undefined) {
    throw new LineError(`${caller}: give either channelSecret (one channel) or channels (several), not both.`);
  }
  const entries = typeof options.channels === 'object' && options.channels !== null ? Object.entries(options.channels) : [];
  if (entries.length === 0) {
    throw new LineError(`${caller}: channels must map at least one destination (bot user id) to { channelSecret }.`);
  }
  const channels = new Map<string, { secrets: string[]; onEvents: Handler | undefined }>();
  for (const [destination, channel] of entries) {
    const where = `${caller} channels[${JSON.stringify(destination)}]`;
    if (typeof channel !== 'object' || channel === null) throw new LineError(`${where} must be { channelSecret, onEvents? }.`);
    if (channel.onEvents !== undefined && typeof channel.onEvents !== 'function') {
      throw new LineError(`${where}.onEvents must be a function.`);
    }
    channels.set(destination, { secrets: requireSecrets(channel.channelSecret, where), onEvents: channel.onEvents });
  }
  return { ...common, secrets: undefined, channels };
}

const decoder = new TextDecoder('utf-8');

function decodeJson(body: Uint8Array): unknown {
  try {
    return JSON.parse(decoder.decode(body));
  } catch (cause) {
    throw new LineWebhookBodyError('invalid-json', 'LINE webhook: the request body is not valid JSON.', { cause });
  }
}

/**
 * Whether every element is a non-array object. A plain loop, not `every(callback)`: the check runs once per event on
 * every request, and until the caller is optimised a callback per element costs a call each (a 100-event body cost
 * the middleware several percent of a bench run that way).
 */
function allObjects(list: readonly unknown[]): boolean {
  for (let i = 0; i < list.length; i += 1) {
    const value = list[i];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  }
  return true;
}

function checkShape(parsed: unknown): WebhookRequestBody {
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new LineWebhookBodyError('invalid-json', 'LINE webhook: the request body is not a JSON object.');
  }
  const { destination, events } = parsed as { destination?: unknown; events?: unknown };
  if (!Array.isArray(events) || !allObjects(events)) {
    throw new LineWebhookBodyError('invalid-json', 'LINE webhook: the request body has no "events" array of objects.');
  }
  if (destination !== undefined && typeof destination !== 'string') {
    throw new LineWebhookBodyError('invalid-json', 'LINE webhook: "destination" in the request body is not a string.');
  }
  // `destination` is required by LINE's schema; a body without it is still delivered rather than dropped.
  return parsed as WebhookRequestBody;
}

/**
 * Parses verified webhook bytes into a request body, checking its shape.
 *
 * @internal
 * @param body - raw body bytes whose signature was already checked
 * @returns the parsed body
 */
export function parseBody(body: Uint8Array): WebhookRequestBody {
  return checkShape(decodeJson(body));
}

/**
 * The channel a request is for: its secrets and handler.
 *
 * @internal
 */
export interface SelectedChannel<Handler> {
  /** Secrets to check the signature with. */
  secrets: readonly string[];
  /** The handler for its events. */
  onEvents: Handler | undefined;
  /** Parses the body once the signature is verified. */
  parse(): WebhookRequestBody;
}

/**
 * Chooses the channel of a request before its signature is checked: the only one, or (with `channels`) the one
 * named by the body's `destination`.
 *
 * @internal
 * @param options - the checked options
 * @param body - the raw body bytes
 * @returns the channel
 * @throws {@link LineSignatureError} with `channels`, when the body names no configured destination (it cannot
 * be verified)
 */
export function selectChannel<Handler>(options: ResolvedWebhookOptions<Handler>, body: Uint8Array): SelectedChannel<Handler> {
  if (options.secrets) {
    return { secrets: options.secrets, onEvents: options.onEvents, parse: () => parseBody(body) };
  }
  let parsed: unknown;
  try {
    parsed = decodeJson(body);
  } catch {
    parsed = undefined;
  }
  const destination = typeof parsed === 'object' && parsed !== null ? (parsed as { destination?: unknown }).destination : undefined;
  const channel = typeof destination === 'string' ? options.channels?.get(destination) : undefined;
  if (!channel) {
    throw new LineSignatureError(
      'mismatch',
      'LINE webhook: the request body names no configured channel in "destination", so its x-line-signature ' +
        'cannot be checked. Add the bot user id that LINE sends as "destination" to the channels option.',
    );
  }
  return { secrets: channel.secrets, onEvents: channel.onEvents ?? options.onEvents, parse: () => checkShape(parsed) };
}

const VERIFY_REPLY_TOKEN = /^(?:0{32}|f{32})$/i;

/**
 * Tells whether a verified webhook body is the LINE Developers console's "Verify" request (or a request LINE
 * sends to check the endpoint): no events at all, or only events whose reply token is all zeros or all f's.
 *
 * @remarks
 * {@link middleware} and {@link webhookHandler} answer it 200 without calling `onEvents` unless
 * `deliverVerifyRequests` is set. Such reply tokens cannot be replied to.
 *
 * @param body - a parsed webhook body
 * @returns `true` for a verification request
 *
 * @see {@link https://developers.line.biz/en/docs/messaging-api/receiving-messages/#verifying-signatures | Receiving messages}
 */
export function isVerifyRequest(body: WebhookRequestBody): boolean {
  const { events } = body;
  if (events.length === 0) return true;
  return events.every((event) => {
    const token = (event as { replyToken?: unknown }).replyToken;
    if (typeof token !== 'string' || token.length !== 32) return false;
    // A real reply token seldom starts with 0 or f: most are told apart without running the pattern.
    const first = token.charCodeAt(0);
    return (first === 0x30 || first === 0x66 || first === 0x46) && VERIFY_REPLY_TOKEN.test(token);
  });
}
