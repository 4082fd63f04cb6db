/**
 * Member-id paging against the dummy LINE server (run with --expose-gc): `--origin=... --token=... --expect=100000`.
 * Streams every id with `iterateGroupMemberIds` and samples heap/RSS every page (100 ids); reports the growth from
 * the first page to the end, so flat memory shows as a growth that does not scale with the number of ids.
 */
const { performance } = require('node:perf_hooks');
const { DIST, hardLimit, report, fail, args } = require('./common');

// The group bench/dummy.js seeds (C + 32 lowercase hex digits, as LINE makes group ids).
const GROUP_ID = `C${'b'.repeat(32)}`;

hardLimit(120_000);
const a = args();
const expect = Number(a.expect || 100_000);

(async () => {
  const { LineClient } = require(DIST);
  const client = new LineClient({ accessToken: a.token, origin: a.origin });
  let count = 0;
  let pages = 0;
  let base;
  let peakHeap = 0;
  let peakRss = 0;
  let firstHeap = 0;
  let last = '';
  const t0 = performance.now();
  for await (const id of client.iterateGroupMemberIds(GROUP_ID)) {
    count++;
    last = id;
    if (count % 100 === 0) {
      pages++;
      if (pages === 1) {
        globalThis.gc();
        base = process.memoryUsage();
        firstHeap = base.heapUsed;
      }
      const m = process.memoryUsage();
      if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
      if (m.rss > peakRss) peakRss = m.rss;
    }
  }
  const ms = performance.now() - t0;
  globalThis.gc();
  const end = process.memoryUsage();
  if (count !== expect) throw new Error(`got ${count} ids, expected ${expect} (last ${last})`);
  report({
    ids: count,
    pages,
    ms,
    heapGrowthMB: (end.heapUsed - firstHeap) / 2 ** 20,
    peakHeapGrowthMB: (peakHeap - base.heapUsed) / 2 ** 20,
    peakRssGrowthMB: (peakRss - base.rss) / 2 ** 20,
    // What holding every id would cost: the heap of an array of the same ids.
    allIdsMB: (() => {
      globalThis.gc();
      const h0 = process.memoryUsage().heapUsed;
      const all = Array.from({ length: count }, (_, i) => `U${String(i).padStart(32, '0')}`);
      const h1 = process.memoryUsage().heapUsed;
      return all.length ? (h1 - h0) / 2 ** 20 : 0;
    })(),
  });
})().catch(fail);
