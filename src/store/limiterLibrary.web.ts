/**
 * The web build's twin of limiterLibrary.ts: rate-limiter-flexible is a Node.js library, so in-process pacing is not
 * part of the web build. A `rateLimit` there takes a `Store` whose `consume` does the counting.
 *
 * @internal
 */
import type { RateLimiterMemory } from 'rate-limiter-flexible';

import { LineError } from '../errors';

/** Always throws: the in-memory limiter is not in the web build. */
export function rateLimiterMemory(): typeof RateLimiterMemory {
  throw new LineError('rate limiting with the in-memory store is not available in the web build: pass `rateLimit: { store }` a Store that implements `consume`');
}
