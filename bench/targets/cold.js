/**
 * Cold start in a fresh process: process start → import → construct → first push resolved, timed from the
 * process's own time origin (`performance.now()` is ms since process start). `--target=client|raw|axios --origin=...`
 */
const { performance } = require('node:perf_hooks');
const start = performance.now();
const { USER, hardLimit, report, fail, args, pushers } = require('./common');

hardLimit(30_000);
const a = args();

(async () => {
  const t0 = performance.now();
  const { push } = pushers[a.target](a.origin); // requires the package, then constructs
  const t1 = performance.now();
  const res = await push(USER, 'hello');
  const t2 = performance.now();
  if (!res || !Array.isArray(res.sentMessages)) throw new Error('first push failed');
  report({ scriptStartMs: start, setupMs: t1 - t0, firstPushMs: t2 - t1, coldStartMs: t2 });
})().catch(fail);
