/**
 * The in-memory {@link Store}: one process, the default. Expired keys are dropped when read and swept as the map
 * grows; limiter steps use rate-limiter-flexible's `RateLimiterMemory` (loaded on first use).
 */
import type { RateLimiterMemory } from 'rate-limiter-flexible';

import { checkWindow, type RateLimitStep, type RateLimitWindow, type Store } from './contract';
import { rateLimiterMemory } from './limiterLibrary';

/** Past this many keys, a write first drops the expired ones. */
const SWEEP_AT = 10_000;

interface Entry {
  value: string;
  expiresAt: number;
}

/** Options of {@link createMemoryStore}. */
export interface MemoryStoreOptions {
  /** The clock (tests); `Date.now` by default. Limiter steps always use the real clock. */
  readonly now?: () => number;
}

/** A limiter step's result as rate-limiter-flexible gives it (resolve and reject alike). */
interface LimiterResult {
  remainingPoints: number;
  msBeforeNext: number;
}

/**
 * Runs one rate-limiter-flexible `consume`, mapping its rejection-by-limit (a `RateLimiterRes`, not an Error) to
 * `allowed: false`; a real error (store failure) is rethrown.
 *
 * @internal
 */
export async function limiterStep(limiter: { consume(key: string, points?: number): Promise<LimiterResult> }, key: string): Promise<RateLimitStep> {
  try {
    const res = await limiter.consume(key, 1);
    return { allowed: true, remaining: res.remainingPoints, msBeforeNext: res.msBeforeNext };
  } catch (rejection) {
    if (rejection instanceof Error) throw rejection;
    const res = rejection as LimiterResult;
    return { allowed: false, remaining: 0, msBeforeNext: Math.max(1, res.msBeforeNext) };
  }
}

/**
 * Creates an in-memory store (state of this process only): what every fleet feature uses when no store is given.
 *
 * @param options - the clock, for tests
 * @returns the store
 */
export function createMemoryStore(options: MemoryStoreOptions = {}): Store {
  const now = options.now ?? Date.now;
  const map = new Map<string, Entry>();
  const limiters = new Map<string, RateLimiterMemory>();

  const read = (key: string): Entry | undefined => {
    const entry = map.get(key);
    if (entry && entry.expiresAt <= now()) {
      map.delete(key);
      return undefined;
    }
    return entry;
  };
  const write = (key: string, value: string, ttlMs: number): void => {
    if (!(ttlMs >= 1)) throw new RangeError(`ttlMs must be at least 1, got ${ttlMs}`);
    if (map.size >= SWEEP_AT) {
      const t = now();
      for (const [k, e] of map) if (e.expiresAt <= t) map.delete(k);
    }
    map.set(key, { value, expiresAt: now() + ttlMs });
  };

  return {
    kind: 'memory',
    async get(key) {
      return read(key)?.value;
    },
    async set(key, value, ttlMs) {
      write(key, value, ttlMs);
    },
    async setIfAbsent(key, value, ttlMs) {
      if (read(key)) return false;
      write(key, value, ttlMs);
      return true;
    },
    async delete(key, ifValue) {
      const entry = read(key);
      if (!entry || (ifValue !== undefined && entry.value !== ifValue)) return false;
      map.delete(key);
      return true;
    },
    async consume(key: string, window: RateLimitWindow) {
      checkWindow(window);
      const id = `${window.points}/${window.durationMs}`;
      let limiter = limiters.get(id);
      if (!limiter) {
        const Limiter = rateLimiterMemory();
        limiter = new Limiter({ points: window.points, duration: window.durationMs / 1000, keyPrefix: `rl:${id}` });
        limiters.set(id, limiter);
      }
      return limiterStep(limiter, key);
    },
  };
}
