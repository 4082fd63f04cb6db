import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';

import type { Message } from './messages';
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
   * renews them before they expire.
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
   * wrapped or instrumented fetch, say). Default: `node:http` / `node:https` with keep-alive agents (Node.js, Bun and
   * Deno load this build); in the web build (Workers, browsers: the `workerd`, `worker`, `browser` export conditions)
   * `globalThis.fetch`, as there is no `node:http` there. Either way the
   * client's timeouts, retries, errors and hooks are the same; `httpAgent`/`httpsAgent` and the proxy environment
   * variables apply to `node:http` only (the fetch implementation decides about proxies). A host whose axios
   * instance you access (`client.axios`…) is sent through that instance in any case.
   *
   * @example `new LineClient({ accessToken, fetch: true })`
   */
  fetch?: boolean | ((input: string, init: RequestInit) => Promise<Response>);
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
