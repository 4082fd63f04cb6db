/**
 * Loads rate-limiter-flexible's in-process limiter on first use (importing the package stays cheap). The web build
 * swaps this module for limiterLibrary.web.ts.
 *
 * @internal
 */
import type { RateLimiterMemory } from 'rate-limiter-flexible';

/** rate-limiter-flexible's `RateLimiterMemory` class. */
export function rateLimiterMemory(): typeof RateLimiterMemory {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require('rate-limiter-flexible') as typeof import('rate-limiter-flexible')).RateLimiterMemory;
}
