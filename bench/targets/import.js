/**
 * Import time alone, in a fresh process: `--target=client|axios`. Measures the `require` of the package
 * (messaging-api-line from dist, which loads axios itself) or of axios alone.
 */
const { performance } = require('node:perf_hooks');
const { DIST, hardLimit, report, args } = require('./common');

hardLimit(30_000);
const a = args();
const t0 = performance.now();
require(a.target === 'client' ? DIST : 'axios');
const t1 = performance.now();
report({ importMs: t1 - t0 });
