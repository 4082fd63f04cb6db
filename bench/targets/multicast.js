/**
 * Bulk multicast against the dummy LINE server (each multicast request delayed by a fixed time):
 * `--origin=... --token=... --recipients=100000 --concurrency=4 --probes=5`.
 * First measures one request's time (median of `probes` single 500-recipient multicasts, one at a time), then
 * multicasts to all recipients and compares with (chunks ÷ concurrency) × one request's time. Run with --expose-gc:
 * reports the peak RSS and heap growth during the bulk multicast over a baseline taken with the id list built.
 */
const { performance } = require('node:perf_hooks');
const { setInterval, clearInterval } = require('node:timers');
const { DIST, hardLimit, report, fail, args } = require('./common');

hardLimit(120_000);
const a = args();
const recipients = Number(a.recipients || 100_000);
const concurrency = Number(a.concurrency || 4);
const probes = Number(a.probes || 5);

const userId = (i) => `U${i.toString(16).padStart(32, '0')}`;
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

(async () => {
  const { LineClient } = require(DIST);
  const client = new LineClient({ accessToken: a.token, origin: a.origin, multicastConcurrency: concurrency });
  const messages = [{ type: 'text', text: 'hello' }];
  const chunk = Array.from({ length: 500 }, (_, i) => userId(10_000_000 + i));
  const one = [];
  for (let i = 0; i < probes; i++) {
    const t = performance.now();
    await client.multicast(chunk, messages);
    one.push(performance.now() - t);
  }
  const to = Array.from({ length: recipients }, (_, i) => userId(i));
  // Memory beyond the id list: the baseline is taken (after a GC) with the list already built.
  if (globalThis.gc) globalThis.gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
  };
  const timer = setInterval(sample, 2);
  const t0 = performance.now();
  const result = await client.multicast(to, messages);
  const ms = performance.now() - t0;
  sample();
  clearInterval(timer);
  const chunks = Math.ceil(recipients / 500);
  const ideal = Math.ceil(chunks / concurrency) * median(one);
  report({
    recipients,
    chunks,
    concurrency,
    requestIds: result.requestIds ? result.requestIds.length : 1,
    oneRequestMs: median(one),
    totalMs: ms,
    idealMs: ideal,
    ratio: ms / ideal,
    rssGrowthMB: (peakRss - base.rss) / 2 ** 20,
    heapGrowthMB: (peakHeap - base.heapUsed) / 2 ** 20,
  });
})().catch(fail);
