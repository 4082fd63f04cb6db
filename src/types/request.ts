// Request settings and answer shapes shared by every domain: per-call options, retry settings, what the hooks
// receive, paging options and the empty answer of a mutation. A leaf module (it imports no other type module),
// re-exported by ./client, so that the domain type modules can use these without an import cycle.

/**
 * What the `onRequest` hook receives before every request (the 1.1.0 payload).
 *
 * @remarks
 * `headers.Authorization` is redacted to `Bearer <redacted>`: the hook never sees the access token.
 */
export interface RequestInfo {
  /** HTTP method, lower case (`get`, `post`, ...), as 1.1.0 passed it. */
  method?: string;
  /** Full URL without the query string. */
  url: string;
  /** Request headers, with the access token redacted. */
  headers: Record<string, unknown>;
  /** The request body: a JSON-able object, a Buffer for uploads, or undefined. */
  body?: unknown;
}

/**
 * Why a request is being retried, as given to {@link RetryInfo}.
 */
export type RetryReason = 'network' | 'timeout' | 'server-error' | 'rate-limit';

/**
 * What the `onRetry` hook receives before each retry.
 */
export interface RetryInfo {
  /** The attempt that failed (1 for the first request). */
  attempt: number;
  /** Why it is retried. */
  reason: RetryReason;
  /** Milliseconds the client waits before the next attempt (what LINE's `Retry-After` asked, when it did). */
  delayMs: number;
  /** What LINE's `Retry-After` header asked, in ms, when a 429 or 503 carried one. */
  retryAfterMs?: number;
  /** HTTP method, upper case. */
  method: string;
  /** Request path, e.g. `/v2/bot/message/push`. */
  path: string;
  /** HTTP status of the failed attempt, when there was a response. */
  status?: number;
  /** The `X-Line-Retry-Key` reused on the next attempt, for the four retryable sends. */
  retryKey?: string;
}

/**
 * Automatic retry settings.
 *
 * @remarks
 * Push, multicast, narrowcast and broadcast always carry an `X-Line-Retry-Key` and are retried with the same
 * key; GET requests are retried too. Replies and every other non-idempotent call are never retried.
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2 (3 attempts in all). */
  retries?: number;
  /** Base delay of the exponential backoff, in ms. Default 500. */
  minDelayMs?: number;
  /** Cap of a single delay, in ms. Default 5,000. */
  maxDelayMs?: number;
  /** Cap of the total time spent waiting between attempts, in ms. Default 15,000. */
  maxTotalDelayMs?: number;
  /**
   * Cap of the whole call, in ms: no retry starts after it, and a retry's timeout is cut to what is left. The first
   * attempt always gets its full timeout. Default 60,000.
   */
  maxElapsedMs?: number;
}

/**
 * Per-call request settings, accepted by the send helpers' options and by {@link LineClient.withOptions}.
 */
export interface RequestOptions {
  /** Timeout of this call in ms; overrides the client's `timeout`. */
  timeout?: number;
  /** Cancels the call when aborted. */
  signal?: AbortSignal;
}

/** Options of the `limit`/`start` paginated endpoints. */
export type PageOptions = {
  /** Items per page. */
  limit?: number;
  /** The `next` continuation token of the previous page. */
  start?: string;
};

/**
 * Body of a successful request that returns no data: LINE sends an empty JSON object (`{}`).
 */
export type MutationSuccessResponse = Record<never, never>;
