/**
 * The `Store` contract: the little state that a bot fleet shares (channel access tokens, webhook event claims,
 * rate-limit counters). The in-memory store (one process, the default) and the Redis store
 * (`messaging-api-line/redis`) implement it.
 */
import { LineError } from '../errors';

/** A fixed rate-limit window: at most `points` requests per `durationMs`. */
export interface RateLimitWindow {
  /** Requests allowed per window. */
  readonly points: number;
  /** Window length in ms; a whole number of seconds (the limiter library counts in seconds). */
  readonly durationMs: number;
}

/** The answer of one atomic limiter step ({@link Store.consume}). */
export interface RateLimitStep {
  /** True when the request may go now (its point was counted). */
  readonly allowed: boolean;
  /** Points left in the current window (0 when not allowed). */
  readonly remaining: number;
  /** Time in ms until the current window ends (when a refused request may try again). */
  readonly msBeforeNext: number;
}

/**
 * What the fleet features need from shared storage. Keys and values are strings; every write has an expiry, so a
 * crashed process never leaves state behind for longer than that expiry.
 */
export interface Store {
  /** `memory` (this process only) or `redis` (shared by every process using the same Redis). */
  readonly kind: 'memory' | 'redis';
  /**
   * Reads a value.
   *
   * @param key - the key
   * @returns the value, or `undefined` when absent or expired
   */
  get(key: string): Promise<string | undefined>;
  /**
   * Writes a value with an expiry, replacing any value.
   *
   * @param key - the key
   * @param value - the value
   * @param ttlMs - expiry in ms (at least 1)
   */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Writes a value only when the key is absent (atomically): the building block of locks and claims.
   *
   * @param key - the key
   * @param value - the value
   * @param ttlMs - expiry in ms (at least 1)
   * @returns true when written, false when the key already held a value
   */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /**
   * Deletes a key; with `ifValue`, only when it still holds that value (atomically), so that a lock or claim is
   * released only by its owner.
   *
   * @param key - the key
   * @param ifValue - delete only when the key holds exactly this value
   * @returns true when a value was deleted
   */
  delete(key: string, ifValue?: string): Promise<boolean>;
  /**
   * One atomic limiter step: counts one request against `key` in a fixed window and says whether it may go.
   * Implemented with rate-limiter-flexible (`RateLimiterMemory` / `RateLimiterRedis`).
   *
   * @param key - the counter's key (endpoint and channel)
   * @param window - the limit
   * @returns whether the request may go, and when the window ends
   */
  consume(key: string, window: RateLimitWindow): Promise<RateLimitStep>;
}

/** Brand of store errors, shared by every bundle of the package. */
const STORE_ERROR: unique symbol = Symbol.for('messaging-api-line.LineStoreError') as never;

/**
 * The store could not answer (Redis unreachable, too slow, or a command failed). The fleet features catch it and
 * degrade as documented in docs/fleet.md (tokens: per-process issue; de-duplication and rate limits: fail open).
 */
export class LineStoreError extends LineError {
  /** The store operation that failed, e.g. `get` or `consume`. */
  readonly operation: string;

  /**
   * Creates the error.
   *
   * @param operation - the store operation that failed
   * @param message - what went wrong (never a key's value)
   * @param cause - the underlying error
   */
  constructor(operation: string, message: string, cause?: unknown) {
    super(`Store ${operation} failed: ${message}`, cause === undefined ? undefined : { cause });
    this.operation = operation;
  }

  /** Marks store errors across bundles (the `redis` entry point carries its own copy of this class). */
  readonly [STORE_ERROR] = true;
}

/**
 * True for a {@link LineStoreError} from any copy of the package's bundles.
 *
 * @param error - any thrown value
 * @returns whether it is a store error
 */
export function isStoreError(error: unknown): error is LineStoreError {
  return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[STORE_ERROR] === true;
}

/** Which fleet feature a {@link StoreWarning} is about. */
export type StoreFeature = 'tokens' | 'dedup' | 'rateLimit';

/** A fleet feature lost its store, or got it back. */
export interface StoreWarning {
  /** `degraded`: the store failed and the feature runs per process (see docs/fleet.md); `recovered`: shared again. */
  readonly type: 'degraded' | 'recovered';
  /** The feature concerned. */
  readonly feature: StoreFeature;
  /** A sentence for logs (never a token or a key's value). */
  readonly message: string;
  /** The store error behind a `degraded` warning. */
  readonly error?: LineStoreError;
}

/** Receives {@link StoreWarning}s. */
export type StoreWarningListener = (warning: StoreWarning) => void;

/**
 * Tracks whether a feature runs degraded and reports each change once (not once per failed call).
 *
 * @internal
 */
export class DegradedState {
  private degraded = false;

  /**
   * @param feature - the feature reported on
   * @param listener - where warnings go; by default `process.emitWarning` (type `LineStoreWarning`)
   */
  constructor(
    private readonly feature: StoreFeature,
    private readonly listener?: StoreWarningListener,
  ) {}

  /** True while the store is failing for this feature. */
  get isDegraded(): boolean {
    return this.degraded;
  }

  /**
   * Notes a store failure; warns on the first one.
   *
   * @param error - the failure
   * @param consequence - what the feature does meanwhile
   */
  fail(error: LineStoreError, consequence: string): void {
    if (this.degraded) return;
    this.degraded = true;
    this.emit({ type: 'degraded', feature: this.feature, message: `${this.feature}: ${error.message}; ${consequence}`, error });
  }

  /** Notes a store success; reports recovery after a failure. */
  ok(): void {
    if (!this.degraded) return;
    this.degraded = false;
    this.emit({ type: 'recovered', feature: this.feature, message: `${this.feature}: the store answers again; shared across the fleet again` });
  }

  private emit(warning: StoreWarning): void {
    if (this.listener) {
      try {
        this.listener(warning);
      } catch {
        // A throwing listener must not break the feature.
      }
      return;
    }
    // Web runtimes (the webhook handler in Workers) have no process.emitWarning: console.warn there.
    const proc = (globalThis as { process?: { emitWarning?: (message: string, options: { type: string }) => void } }).process;
    if (typeof proc?.emitWarning === 'function') proc.emitWarning(`messaging-api-line: ${warning.message}`, { type: 'LineStoreWarning' });
    else console.warn(`messaging-api-line: ${warning.message}`);
  }
}

/**
 * Wraps a non-store error (a client library's) as a {@link LineStoreError}.
 *
 * @internal
 */
export function toStoreError(operation: string, error: unknown): LineStoreError {
  if (isStoreError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new LineStoreError(operation, message, error);
}

/**
 * Checks a window: positive whole points, a whole number of seconds.
 *
 * @internal
 */
export function checkWindow(window: RateLimitWindow): void {
  if (!Number.isInteger(window.points) || window.points < 1) throw new RangeError(`rate limit points must be a positive integer, got ${window.points}`);
  if (!Number.isInteger(window.durationMs) || window.durationMs < 1000 || window.durationMs % 1000 !== 0) {
    throw new RangeError(`rate limit window must be a whole number of seconds (in ms), got ${window.durationMs}`);
  }
}
