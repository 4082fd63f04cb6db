/**
 * LINE's rate limits, paced across a bot fleet through a {@link Store}.
 *
 * LINE limits each endpoint per channel ("Rate limits", https://developers.line.biz/en/reference/messaging-api/#rate-limits):
 * a different HTTP method on the same URL is a different endpoint; parameter values and the caller's IP do not
 * matter; exceeding a limit answers 429. The values below are LINE's table; which endpoint has which value follows
 * LINE's reference (endpoint names cross-checked with a secondary digest, api-evangelist/line rate-limits). LINE's
 * guide to preventing 429s asks fleets to count against a shared counter rather than per process
 * (https://developers.line.biz/en/docs/messaging-api/preventing-http-429-errors/) and to leave headroom: override
 * any limit with `limits`.
 *
 * Counting is rate-limiter-flexible's (fixed windows: `RateLimiterMemory` in one process, `RateLimiterRedis` — one
 * atomic Lua script per step — across processes), not an algorithm of ours. A fixed window lets at most one
 * window's worth through per window, so over any span the rate stays at the limit, with at most one extra burst at a
 * window edge.
 *
 * Store failure: fail open to per-process pacing (each process keeps to the limit on its own; the fleet as a whole
 * may then exceed it, and LINE's 429s are retried by the transport as before) with a `degraded` warning.
 */
import { LineAbortError, LineTimeoutError } from '../errors';
import { checkWindow, DegradedState, toStoreError, type RateLimitWindow, type Store, type StoreWarningListener } from './contract';
import { createMemoryStore } from './memory';

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** LINE's default for every endpoint not in {@link LINE_RATE_LIMITS}: 2,000 requests per second. */
export const LINE_DEFAULT_RATE_LIMIT: RateLimitWindow = { points: 2000, durationMs: SECOND };

const table: [RateLimitWindow, string[]][] = [
  [
    { points: 60, durationMs: HOUR },
    [
      'POST /v2/bot/message/narrowcast',
      'POST /v2/bot/message/broadcast',
      'GET /v2/bot/insight/message/delivery',
      'GET /v2/bot/insight/followers',
      'GET /v2/bot/insight/demographic',
      'GET /v2/bot/insight/message/event',
      'GET /v2/bot/insight/message/event/aggregation',
      'POST /v2/bot/channel/webhook/test',
    ],
  ],
  [
    { points: 60, durationMs: MINUTE },
    [
      'POST /v2/bot/audienceGroup/upload',
      'POST /v2/bot/audienceGroup/upload/byFile',
      'PUT /v2/bot/audienceGroup/upload',
      'PUT /v2/bot/audienceGroup/upload/byFile',
      'POST /v2/bot/audienceGroup/click',
      'POST /v2/bot/audienceGroup/imp',
      'PUT /v2/bot/audienceGroup/{audienceGroupId}/updateDescription',
      'DELETE /v2/bot/audienceGroup/{audienceGroupId}',
      'GET /v2/bot/audienceGroup/{audienceGroupId}',
      'GET /v2/bot/audienceGroup/list',
      'GET /v2/bot/audienceGroup/shared/{audienceGroupId}',
      'GET /v2/bot/audienceGroup/shared/list',
    ],
  ],
  [{ points: 1000, durationMs: MINUTE }, ['PUT /v2/bot/channel/webhook/endpoint', 'GET /v2/bot/channel/webhook/endpoint']],
  [
    { points: 100, durationMs: HOUR },
    ['POST /v2/bot/richmenu', 'DELETE /v2/bot/richmenu/{richMenuId}', 'DELETE /v2/bot/richmenu/alias/{richMenuAliasId}', 'GET /v2/bot/richmenu/progress/batch'],
  ],
  [{ points: 3, durationMs: HOUR }, ['POST /v2/bot/richmenu/batch']],
  [
    { points: 200, durationMs: SECOND },
    [
      'POST /v2/bot/message/multicast',
      'GET /v2/bot/membership/subscription/{userId}',
      'GET /v2/bot/membership/list',
      'POST /v2/bot/coupon',
      'PUT /v2/bot/coupon/{couponId}/close',
      'GET /v2/bot/coupon',
      'GET /v2/bot/coupon/{couponId}',
    ],
  ],
  [{ points: 100, durationMs: SECOND }, ['POST /v2/bot/chat/loading/start']],
  [{ points: 370, durationMs: SECOND }, ['POST /oauth2/v3/token']],
];

/**
 * LINE's published per-channel limits by endpoint (`METHOD /path/{param}`); every other endpoint has
 * {@link LINE_DEFAULT_RATE_LIMIT}.
 */
export const LINE_RATE_LIMITS: Readonly<Record<string, RateLimitWindow>> = Object.freeze(
  Object.fromEntries(table.flatMap(([window, keys]) => keys.map((key) => [key, window]))),
);

/** Options of {@link FleetRateLimiter}. */
export interface FleetRateLimiterOptions {
  /** Where the fleet counts (the in-memory store paces this process only). */
  readonly store: Store;
  /** The channel the limits apply to (its ID): LINE counts per channel. */
  readonly channel: string;
  /**
   * Overrides by endpoint key (`'POST /v2/bot/message/push'`): a window, or `null` for no pacing. Use it for
   * headroom, e.g. `{ 'POST /v2/bot/message/multicast': { points: 180, durationMs: 1000 } }`.
   */
  readonly limits?: Readonly<Record<string, RateLimitWindow | null>>;
  /** The limit of endpoints not in LINE's table (2,000 per second by default); `null`: no pacing for them. */
  readonly defaultLimit?: RateLimitWindow | null;
  /** Longest wait when a call gives no deadline, in ms; 60 s by default. */
  readonly maxWaitMs?: number;
  /** Key prefix within the store; `rate:` by default. */
  readonly prefix?: string;
  /** Receives `degraded` / `recovered` warnings; `process.emitWarning` by default. */
  readonly onWarning?: StoreWarningListener;
}

/** Options of one {@link FleetRateLimiter.acquire}. */
export interface AcquireOptions {
  /** Cancels the wait: `acquire` rejects with `LineAbortError`. */
  readonly signal?: AbortSignal;
  /** Time (epoch ms) by which the turn must come, else `LineTimeoutError` — at once when the next window opens later. */
  readonly deadline?: number;
}

/** Rejects with the signal's abort as a LineAbortError. */
function abortable(ms: number, signal: AbortSignal | undefined, onAbort: () => Error): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(onAbort());
    const done = (): void => {
      signal?.removeEventListener('abort', abort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const abort = (): void => {
      clearTimeout(timer);
      reject(onAbort());
    };
    signal?.addEventListener('abort', abort, { once: true });
  });
}

/**
 * Normalises a concrete request to an endpoint key of LINE's table: `GET /v2/bot/coupon/abc` →
 * `GET /v2/bot/coupon/{couponId}`. Paths outside the table keep their literal segments, with ids (user, group and
 * room ids, numbers, rich menu ids, long tokens) replaced by `{id}` so that every call of one endpoint shares a count.
 *
 * @param method - HTTP method
 * @param path - the request path (query string ignored)
 * @returns the endpoint key
 */
export function endpointKeyOf(method: string, path: string): string {
  const m = method.toUpperCase();
  const segments = path.split('?')[0].split('/');
  for (const key of templateOrder) {
    const [km, kp] = key.split(' ');
    if (km !== m) continue;
    const ks = kp.split('/');
    if (ks.length === segments.length && ks.every((s, i) => (s.startsWith('{') ? segments[i] !== '' : s === segments[i]))) return key;
  }
  const normal = segments.map((s) => (/^[UCR][0-9a-f]{32}$/.test(s) || /^\d+$/.test(s) || /^richmenu-/.test(s) || s.length >= 24 ? '{id}' : s));
  return `${m} ${normal.join('/')}`;
}

/** Literal templates first, so that `…/audienceGroup/list` wins over `…/audienceGroup/{audienceGroupId}`. */
const templateOrder = Object.keys(LINE_RATE_LIMITS).sort((a, b) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0));

/**
 * Paces requests by LINE's per-endpoint, per-channel limits, counted in a {@link Store} shared by the fleet. The
 * transport calls {@link FleetRateLimiter.acquire} before each attempt.
 */
export class FleetRateLimiter {
  private readonly store: Store;
  private readonly channel: string;
  private readonly limits: Readonly<Record<string, RateLimitWindow | null>>;
  private readonly defaultLimit: RateLimitWindow | null;
  private readonly maxWaitMs: number;
  private readonly prefix: string;
  private readonly state: DegradedState;
  private local?: Store;

  /**
   * @param options - store, channel, overrides, default limit, longest wait, warning listener
   */
  constructor(options: FleetRateLimiterOptions) {
    this.store = options.store;
    this.channel = options.channel;
    this.limits = options.limits ?? {};
    this.defaultLimit = options.defaultLimit === undefined ? LINE_DEFAULT_RATE_LIMIT : options.defaultLimit;
    this.maxWaitMs = options.maxWaitMs ?? 60_000;
    this.prefix = options.prefix ?? 'rate:';
    this.state = new DegradedState('rateLimit', options.onWarning);
    for (const w of Object.values(this.limits)) if (w) checkWindow(w);
    if (this.defaultLimit) checkWindow(this.defaultLimit);
  }

  /**
   * The window that applies to an endpoint: the override, else LINE's table, else the default.
   *
   * @param endpointKey - `METHOD /path/{param}`
   * @returns the window, or `null` when the endpoint is not paced
   */
  limitOf(endpointKey: string): RateLimitWindow | null {
    if (endpointKey in this.limits) return this.limits[endpointKey] ?? null;
    return LINE_RATE_LIMITS[endpointKey] ?? this.defaultLimit;
  }

  /**
   * Waits for the endpoint's turn in the fleet-wide count, then counts the request.
   *
   * @param endpointKey - `METHOD /path/{param}` (see {@link endpointKeyOf})
   * @param options - an `AbortSignal` and a deadline
   * @returns when the request may go
   * @throws `LineAbortError` when the signal aborts; `LineTimeoutError` when the turn would come after the deadline
   */
  async acquire(endpointKey: string, options: AcquireOptions = {}): Promise<void> {
    const window = this.limitOf(endpointKey);
    const space = endpointKey.indexOf(' ');
    const target = { method: endpointKey.slice(0, space), path: endpointKey.slice(space + 1) };
    const { signal } = options;
    if (signal?.aborted) throw new LineAbortError(target);
    if (!window) return;
    const start = Date.now();
    const deadline = options.deadline ?? start + this.maxWaitMs;
    const key = `${this.prefix}${this.channel}:${endpointKey}`;
    // Bounded: every refused step waits until the window's end (at least 1 ms), and the deadline ends the loop.
    for (let i = 0; i < 100_000; i++) {
      const step = await this.step(key, window);
      if (step.allowed) return;
      const wait = step.msBeforeNext + Math.floor(Math.random() * 10);
      if (Date.now() + wait > deadline) throw new LineTimeoutError(target, Math.max(0, deadline - start));
      await abortable(wait, signal, () => new LineAbortError(target));
    }
    throw new LineTimeoutError(target, Date.now() - start);
  }

  private async step(key: string, window: RateLimitWindow): ReturnType<Store['consume']> {
    try {
      const step = await this.store.consume(key, window);
      this.state.ok();
      return step;
    } catch (error) {
      this.state.fail(toStoreError('consume', error), 'each process paces itself on its own (the fleet may exceed the limit; 429s are retried)');
      this.local ??= createMemoryStore();
      return this.local.consume(key, window);
    }
  }
}
