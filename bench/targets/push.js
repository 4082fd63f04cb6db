/**
 * One push run in a fresh process: `--target=client|raw|axios --origin=... --concurrency=N --calls=N --warmup=N`.
 * Reports calls/s, client CPU µs per call (process.cpuUsage over the measured calls) and RSS at the end.
 */
const { performance } = require('node:perf_hooks');
const { USER, hardLimit, report, fail, args, pushers } = require('./common');

hardLimit();
const a = args();
const concurrency = Number(a.concurrency || 1);
const calls = Number(a.calls || 2000);
const warmup = Number(a.warmup || 200);

async function run(push, n) {
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < n) {
      next++;
      const res = await push(USER, 'hello').catch(() => undefined);
      if (!res || !Array.isArray(res.sentMessages)) failed++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, n) }, worker));
  return failed;
}

(async () => {
  const { push } = pushers[a.target](a.origin);
  await run(push, warmup);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const failed = await run(push, calls);
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const mem = process.memoryUsage();
  report({
    callsPerSec: (calls / ms) * 1000,
    cpuUsPerCall: (cpu.user + cpu.system) / calls,
    rssMB: mem.rss / 2 ** 20,
    heapUsedMB: mem.heapUsed / 2 ** 20,
    totalCalls: warmup + calls,
    failed,
  });
})().catch(fail);
