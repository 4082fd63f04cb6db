/**
 * `messaging-api-line/redis`: the Redis {@link Store} shared by a bot fleet. Pass the client you already use
 * (ioredis or node-redis); this entry point never loads a Redis library itself, and the main entry point never
 * loads this one.
 *
 * @example
 * ```ts
 * import Redis from 'ioredis';
 * import { createRedisStore } from 'messaging-api-line/redis';
 * const store = createRedisStore(new Redis(process.env.REDIS_URL));
 * ```
 *
 * @packageDocumentation
 */
import type { RateLimiterRedis } from 'rate-limiter-flexible';

import { LineValidationError } from '../errors';
import { checkWindow, LineStoreError, toStoreError, type RateLimitStep, type RateLimitWindow, type Store } from '../store/contract';
import { limiterStep } from '../store/memory';

export { LineStoreError } from '../store/contract';
export type { RateLimitStep, RateLimitWindow, Store } from '../store/contract';

/** Which client library a Redis client comes from. */
export type RedisClientKind = 'ioredis' | 'node-redis';

/**
 * The shape of an ioredis client this store uses (`new Redis()` or `new Redis.Cluster()` of ioredis 5).
 */
export interface IoRedisLike {
  /** ioredis's connection status (`ready`, `connecting`, `end` …). */
  readonly status: string;
  /** Sends any command. */
  call(command: string, ...args: (string | number)[]): Promise<unknown>;
}

/**
 * The shape of a node-redis client this store uses (`createClient()` of redis 4 or 5, connected).
 */
export interface NodeRedisLike {
  /** Whether the socket is open. */
  readonly isOpen: boolean;
  /** Sends any command. */
  sendCommand(args: string[]): Promise<unknown>;
}

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** Prepended to every key; `line:` by default. Use one prefix per bot fleet sharing a Redis. */
  readonly prefix?: string;
  /**
   * Longest wait in ms for one Redis command; a slower answer counts as a store failure (the feature degrades, see
   * docs/fleet.md) rather than holding up a send or a webhook. 500 by default.
   */
  readonly commandTimeoutMs?: number;
}

/** Deletes KEYS[1] only when it holds ARGV[1] (a lock or claim released by its owner only). */
const DELETE_IF_VALUE = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

/**
 * Tells which library a client comes from.
 *
 * @param redis - the client
 * @returns `ioredis` or `node-redis`
 */
export function detectRedisClient(redis: unknown): RedisClientKind {
  const c = redis as Partial<IoRedisLike & NodeRedisLike> | null;
  if (c && typeof c === 'object') {
    if (typeof c.call === 'function' && typeof c.status === 'string') return 'ioredis';
    if (typeof c.sendCommand === 'function' && typeof c.isOpen === 'boolean') return 'node-redis';
  }
  throw new LineValidationError('redis', 'expected an ioredis client (new Redis()) or a node-redis client (createClient()), connected');
}

function withTimeout<T>(operation: string, ms: number, work: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new LineStoreError(operation, `Redis did not answer within ${ms} ms`)), ms);
    let promise: Promise<T>;
    try {
      promise = work();
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(toStoreError(operation, error));
      },
    );
  });
}

/**
 * Creates a {@link Store} on Redis, shared by every process that uses the same Redis and prefix. Limiter steps use
 * rate-limiter-flexible's `RateLimiterRedis` (one atomic Lua script per step). Every command fails with
 * {@link LineStoreError} when Redis errs or answers later than `commandTimeoutMs`.
 *
 * @param redis - a connected ioredis or node-redis client (the kind is detected)
 * @param options - key prefix and command timeout
 * @returns the store
 */
export function createRedisStore(redis: IoRedisLike | NodeRedisLike, options: RedisStoreOptions = {}): Store {
  const kind = detectRedisClient(redis);
  const prefix = options.prefix ?? 'line:';
  const timeoutMs = options.commandTimeoutMs ?? 500;
  const command = (args: string[]): Promise<unknown> =>
    kind === 'ioredis' ? (redis as IoRedisLike).call(args[0], ...args.slice(1)) : (redis as NodeRedisLike).sendCommand(args);
  const run = <T>(operation: string, work: () => Promise<T>): Promise<T> => {
    if (kind === 'node-redis' && !(redis as NodeRedisLike).isOpen) return Promise.reject(new LineStoreError(operation, 'the node-redis client is not open'));
    return withTimeout(operation, timeoutMs, work);
  };
  const ttl = (ttlMs: number): string => {
    if (!(ttlMs >= 1)) throw new RangeError(`ttlMs must be at least 1, got ${ttlMs}`);
    return String(Math.ceil(ttlMs));
  };
  const limiters = new Map<string, RateLimiterRedis>();

  return {
    kind: 'redis',
    get(key) {
      return run('get', async () => {
        const value = await command(['GET', prefix + key]);
        return value === null || value === undefined ? undefined : String(value);
      });
    },
    set(key, value, ttlMs) {
      const px = ttl(ttlMs);
      return run('set', async () => {
        await command(['SET', prefix + key, value, 'PX', px]);
      });
    },
    setIfAbsent(key, value, ttlMs) {
      const px = ttl(ttlMs);
      return run('setIfAbsent', async () => (await command(['SET', prefix + key, value, 'PX', px, 'NX'])) === 'OK');
    },
    delete(key, ifValue) {
      return run('delete', async () => {
        const n = ifValue === undefined ? await command(['DEL', prefix + key]) : await command(['EVAL', DELETE_IF_VALUE, '1', prefix + key, ifValue]);
        return Number(n) > 0;
      });
    },
    async consume(key: string, window: RateLimitWindow): Promise<RateLimitStep> {
      checkWindow(window);
      const id = `${window.points}/${window.durationMs}`;
      let limiter = limiters.get(id);
      if (!limiter) {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const { RateLimiterRedis: Limiter } = require('rate-limiter-flexible') as typeof import('rate-limiter-flexible');
        limiter = new Limiter({
          storeClient: redis,
          useRedisPackage: kind === 'node-redis',
          points: window.points,
          duration: window.durationMs / 1000,
          keyPrefix: `${prefix}rl:${id}`,
        });
        limiters.set(id, limiter);
      }
      const l = limiter;
      return run('consume', () => limiterStep(l, key));
    },
  };
}
