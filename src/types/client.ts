import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';

import type { RateLimitWindow, Store, StoreWarningListener } from '../store/contract';
import type { Message } from './messages';
import type { ChannelJWTOptions } from './channelAccessToken';
import type { NarrowcastFilter, NarrowcastLimit, RecipientObject } from './message';
import type { RequestOptions, RetryInfo, RetryOptions, RequestInfo } from './request';

export type * from './request';

/**
 * Options of a reply: message-independent request settings.
 */
export interface ReplyOptions extends RequestOptions {
  /** `true`: the user is not notified. */
  notificationDisabled?: boolean;
}

/**
 * Options of a push.
 */
export interface PushOptions extends ReplyOptions {
  /** Name of a custom aggregation unit (at most 1, `^[a-zA-Z0-9_]{1,30}$`). */
  customAggregationUnits?: string[];
  /** Your own `X-Line-Retry-Key` (a UUID); by default the client generates one per logical send. */
  retryKey?: string;
}

/**
 * Options of a multicast.
 */
export interface MulticastOptions extends PushOptions {
  /** How many chunks of 500 recipients are sent at once. Default: the client's `multicastConcurrency` (4). */
  concurrency?: number;
}

/**
 * Options of a broadcast.
 */
export interface BroadcastOptions extends ReplyOptions {
  /** Your own `X-Line-Retry-Key` (a UUID); by default the client generates one per logical send. */
  retryKey?: string;
}

/**
 * Request options of a narrowcast, beside the targeting of `NarrowcastOptions`.
 */
export interface NarrowcastSendOptions extends BroadcastOptions {
  /** `true`: send only up to the remaining monthly quota (sent as `limit.upToRemainingQuota`). */
  upToRemainingQuota?: boolean;
  /** `true`: cancel rather than reach part of the audience (sent as `limit.forbidPartialDelivery`). */
  forbidPartialDelivery?: boolean;
}

/** Body of `POST /v2/bot/message/reply`. */
export interface ReplyRequestBody {
  /** Reply token of the webhook event. */
  replyToken: string;
  /** 1 to 5 messages. */
  messages: Message[];
  /** `true`: the user is not notified. */
  notificationDisabled?: boolean;
}

/** Body of `POST /v2/bot/message/push`. */
export interface PushRequestBody {
  /** ID of the user, group or room. */
  to: string;
  /** 1 to 5 messages. */
  messages: Message[];
  /** `true`: the user is not notified. */
  notificationDisabled?: boolean;
  /** Custom aggregation unit (at most 1). */
  customAggregationUnits?: string[];
}

/** Body of `POST /v2/bot/message/multicast`. */
export interface MulticastRequestBody {
  /** 1 to 500 user IDs. */
  to: string[];
  /** 1 to 5 messages. */
  messages: Message[];
  /** `true`: the users are not notified. */
  notificationDisabled?: boolean;
  /** Custom aggregation unit (at most 1). */
  customAggregationUnits?: string[];
}

/** Body of `POST /v2/bot/message/broadcast`. */
export interface BroadcastRequestBody {
  /** 1 to 5 messages. */
  messages: Message[];
  /** `true`: the users are not notified. */
  notificationDisabled?: boolean;
}

/** Body of `POST /v2/bot/message/narrowcast`. */
export interface NarrowcastRequestBody {
  /** 1 to 5 messages. */
  messages: Message[];
  /** Audiences to target; omitted: every friend. */
  recipient?: RecipientObject;
  /** Demographic filter. */
  filter?: NarrowcastFilter;
  /** Limits on the number of recipients. */
  limit?: NarrowcastLimit;
  /** `true`: the users are not notified. */
  notificationDisabled?: boolean;
}

/**
 * Configuration of a {@link LineClient}.
 */
export interface ClientConfig {
  /**
   * Channel access token. Sent as `Authorization: Bearer <accessToken>`. Optional when `channelId` and
   * `channelSecret` are given: the client then issues stateless channel access tokens itself, on first use, and
   * renews them before they expire (or, with `assertionKey`, channel access tokens v2.1; with `store`, shared by a
   * fleet).
   */
  accessToken?: string;
  /** Channel ID: with `channelSecret` and no `accessToken`, turns on automatic token management. */
  channelId?: string;
  /** Channel secret, used to validate webhook signatures (and to issue tokens, with `channelId`). */
  channelSecret?: string;
  /** Base URL of the API host. Default `https://api.line.me`. */
  origin?: string;
  /** Base URL of the data host. Default `https://api-data.line.me`. */
  dataOrigin?: string;
  /** Base URL of LINE Official Account Manager, used by `attachModule`. Default `https://manager.line.biz`. */
  managerOrigin?: string;
  /** Called before every request (the 1.1.0 hook); the access token is redacted from what it receives. */
  onRequest?: (request: RequestInfo) => void;
  /** Default timeout of every call in ms. Default 30,000 (uploads: 120,000). `0` disables it. */
  timeout?: number;
  /** Automatic retries; `false` turns them off. Default `{ retries: 2 }`. */
  retry?: false | RetryOptions;
  /** Called before each automatic retry. */
  onRetry?: (info: RetryInfo) => void;
  /** How many multicast chunks of 500 recipients are sent at once. Default 4. */
  multicastConcurrency?: number;
  /** Agent of the http: origins (tests, proxies). Default: a keep-alive agent. */
  httpAgent?: HttpAgent;
  /** Agent of the https: origins. Default: a keep-alive agent. */
  httpsAgent?: HttpsAgent;
  /**
   * Send with `fetch` instead of `node:http`: `true` uses `globalThis.fetch`; a function is used in its place (a
   * wrapped or instrumented fetch, say). Default: `node:http` / `node:https` with keep-alive agents. Either way the
   * client's timeouts, retries, errors and hooks are the same; `httpAgent`/`httpsAgent` and the proxy environment
   * variables apply to `node:http` only (the fetch implementation decides about proxies). A host whose axios
   * instance you access (`client.axios`…) is sent through that instance in any case.
   *
   * @example `new LineClient({ accessToken, fetch: true })`
   */
  fetch?: boolean | ((input: string, init: RequestInit) => Promise<Response>);
  /**
   * The assertion signing key of channel access tokens v2.1 (with `channelId`, instead of `accessToken`): the client
   * signs a JWT with it (see `createChannelJWT`), exchanges it for a v2.1 token on first use and renews the token a day
   * before it expires. With a `store`, the fleet shares one token; a token a renewal replaces is revoked after a
   * grace period of 5 minutes when `channelSecret` is given too (else it expires on its own), so the channel holds
   * at most two live v2.1 tokens of this client (LINE allows 30). See docs/fleet.md.
   *
   * @example `new LineClient({ channelId, assertionKey: { keyId, privateKey }, channelSecret, store })`
   */
  assertionKey?: AssertionKey;
  /**
   * Shares the channel access tokens this client issues (`channelId` with `channelSecret` or `assertionKey`) with
   * every client on the same store: one token request for the whole fleet per renewal, under a lock with an expiry
   * in the store (15 s), so concurrent renewals anywhere end in one request. Without it, the client keeps its
   * tokens in memory (one process). Not for `accessToken` clients (nothing to share). Use
   * `createRedisStore(redis)` from `messaging-api-line/redis` to share across processes. When the store fails, the
   * client keeps the token it holds while valid, else issues its own, and reports `onStoreWarning`.
   */
  store?: Store;
  /**
   * Paces every request by LINE's per-channel, per-endpoint rate limits, counted in `rateLimit.store`: shared by
   * every client on that store (the fleet), or by this process with `createMemoryStore()`. A request waits for its
   * endpoint's turn before each attempt, within the call's timeout and `AbortSignal` (else `LineTimeoutError` /
   * `LineAbortError`); a 429 is still retried as without it. See docs/fleet.md.
   *
   * @example `rateLimit: { store, limits: { 'POST /v2/bot/message/push': { points: 1800, durationMs: 1000 } } }`
   */
  rateLimit?: RateLimitOptions;
  /**
   * Receives the `degraded` / `recovered` warnings of the shared tokens and the rate limiter when their store fails
   * or answers again. Default: `process.emitWarning` (type `LineStoreWarning`).
   */
  onStoreWarning?: StoreWarningListener;
}

/**
 * The assertion signing key of channel access tokens v2.1 (the `assertionKey` option of {@link ClientConfig}).
 *
 * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
 */
export interface AssertionKey {
  /** The key ID (`kid`) LINE returned when the public key was registered. */
  keyId: string;
  /** The RSA private key: a JWK object, a PEM string or a `KeyObject`. Never sent; it signs the JWT assertions. */
  privateKey: ChannelJWTOptions['privateKey'];
  /** Lifetime of the issued tokens in seconds (`token_exp`, at most 30 days). Omitted: LINE's default (30 days). */
  tokenExpSeconds?: number;
}

/**
 * The `rateLimit` option of {@link ClientConfig}.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#rate-limits | Rate limits}
 */
export interface RateLimitOptions {
  /** Where the count is kept: a Redis store shares it with the fleet; `createMemoryStore()` paces this process. */
  store: Store;
  /**
   * Overrides of LINE's table (`LINE_RATE_LIMITS`) by endpoint key `'METHOD /path/{param}'`: a window, or `null` for
   * no pacing. Keys not in LINE's table replace the default of 2,000 requests per second for that endpoint. Use it
   * for headroom, e.g. `{ 'POST /v2/bot/message/multicast': { points: 180, durationMs: 1000 } }`.
   */
  limits?: Readonly<Record<string, RateLimitWindow | null>>;
  /**
   * The channel the count belongs to (LINE counts per channel). Default: `channelId`; for an `accessToken` client
   * without `channelId`, a hash of the token (clients sharing the token share the count).
   */
  channel?: string;
}

/**
 * Request ids returned with the result of push, multicast, narrowcast and broadcast.
 */
export interface SendMetadata {
  /**
   * The request id of the accepted request (use it with `getNarrowcastProgress`, `getMessageEvent` or LINE's
   * support). After a 409 it is the id of the earlier attempt LINE accepted.
   */
  requestId?: string;
  /**
   * Set when LINE answered 409 to a retried send: the message had already been accepted (on an earlier attempt, or
   * an earlier call with the same `retryKey`) under this request id, and was not sent again.
   */
  acceptedRequestId?: string;
}

/**
 * Result of a multicast: for more than 500 recipients, one request id per chunk of 500, in order.
 */
export interface MulticastResult extends SendMetadata {
  /** Request ids of the chunks (present when the multicast was split into several requests). */
  requestIds?: string[];
}
