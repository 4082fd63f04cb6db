/**
 * Import time alone, in a fresh process: `--target=client|axios`.
 * - axios: the `require` of axios.
 * - client: the `require` of axios, then of messaging-api-line (from dist) in the same process. `importMs` is the
 *   sum (what a user pays); `overAxiosMs` is the package's own share, measured directly rather than as a difference
 *   of two noisy medians from different processes.
 */
const { performance } = require('node:perf_hooks');
const { DIST, hardLimit, report, args } = require('./common');

hardLimit(30_000);
const a = args();
const t0 = performance.now();
require('axios');
const t1 = performance.now();
if (a.target === 'client') {
  require(DIST);
  const t2 = performance.now();
  report({ importMs: t2 - t0, overAxiosMs: t2 - t1 });
} else {
  report({ importMs: t1 - t0 });
}
