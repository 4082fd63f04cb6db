/**
 * Bulk multicast against the dummy LINE server (each multicast request delayed by a fixed time):
 * `--target=client|raw --origin=... --token=... --recipients=100000 --concurrency=4 --probes=5`.
 *
 * - `client`: `LineClient#multicast` (chunks of 500, a retry key per chunk, exactly once per recipient).
 * - `raw`: node:http with a keep-alive agent, the same chunks of 500 sent by `concurrency` workers (a slice of the
 *   list and one JSON.stringify per request, a random retry key, the request ids kept): the floor.
 *
 * First measures one request's time (median of `probes` single 500-recipient multicasts, one at a time), then
 * multicasts to all recipients and compares with (chunks ÷ concurrency) × one request's time. Run with --expose-gc:
 * reports the peak growth during the bulk multicast over a baseline taken (after a GC) with the id list built, of
 * RSS, of the JS heap, and of heap + external memory (Buffers live outside the heap: a figure that reads RSS or the
 * heap alone misses one or the other; `memoryGrowthMB` is the larger of RSS and heap + external). The id list is
 * made of flat strings, as JSON.parse gives them.
 */
const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { performance } = require('node:perf_hooks');
const { setInterval, clearInterval } = require('node:timers');
const { DIST, hardLimit, report, fail, args } = require('./common');

hardLimit(120_000);
const a = args();
const target = a.target || 'client';
const recipients = Number(a.recipients || 100_000);
const concurrency = Number(a.concurrency || 4);
const probes = Number(a.probes || 5);

const userId = (i) => `U${i.toString(16).padStart(32, '0')}`;
const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];

/** node:http multicast: `to` in chunks of 500, `concurrency` requests in flight; resolves the request ids. */
function rawMulticaster(origin, token) {
  const agent = new http.Agent({ keepAlive: true });
  const url = new URL(origin);
  const post = (body) =>
    new Promise((resolve, reject) => {
      const req = http.request(
        {
          agent,
          hostname: url.hostname,
          port: url.port,
          method: 'POST',
          path: '/v2/bot/message/multicast',
          headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body), Authorization: `Bearer ${token}`, 'X-Line-Retry-Key': randomUUID() },
        },
        (res) => {
          res.resume();
          res.on('end', () => (res.statusCode === 200 ? resolve(String(res.headers['x-line-request-id'] || '')) : reject(new Error(`status ${res.statusCode}`))));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  return async (to, messages) => {
    const chunks = Math.ceil(to.length / 500);
    const requestIds = new Array(chunks);
    let next = 0;
    const worker = async () => {
      while (next < chunks) {
        const i = next++;
        requestIds[i] = await post(JSON.stringify({ to: to.slice(i * 500, i * 500 + 500), messages }));
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, chunks) }, worker));
    return { requestId: requestIds[0], requestIds };
  };
}

(async () => {
  let multicast;
  if (target === 'client') {
    const { LineClient } = require(DIST);
    const client = new LineClient({ accessToken: a.token, origin: a.origin, multicastConcurrency: concurrency });
    multicast = (to, messages) => client.multicast(to, messages);
  } else if (target === 'raw') multicast = rawMulticaster(a.origin, a.token);
  else throw new Error(`unknown target ${target}`);
  const messages = [{ type: 'text', text: 'hello' }];
  const chunk = Array.from({ length: 500 }, (_, i) => userId(10_000_000 + i));
  const one = [];
  for (let i = 0; i < probes; i++) {
    const t = performance.now();
    await multicast(chunk, messages);
    one.push(performance.now() - t);
  }
  // The ids as they arrive from LINE (member id pages) or a database: flat strings out of JSON.parse. (Ids built by
  // concatenation are V8 cons strings, which the first read of their characters, by any implementation, flattens
  // into a copy: 5.6 MB for 100,000 ids that would be counted as growth although they are the id list itself.)
  const to = JSON.parse(JSON.stringify(Array.from({ length: recipients }, (_, i) => userId(i))));
  // Memory beyond the id list: the baseline is taken (after a GC) with the list already built.
  if (globalThis.gc) globalThis.gc();
  const base = process.memoryUsage();
  let peakRss = base.rss;
  let peakHeap = base.heapUsed;
  let peakHeapExternal = base.heapUsed + base.external;
  const sample = () => {
    const m = process.memoryUsage();
    if (m.rss > peakRss) peakRss = m.rss;
    if (m.heapUsed > peakHeap) peakHeap = m.heapUsed;
    if (m.heapUsed + m.external > peakHeapExternal) peakHeapExternal = m.heapUsed + m.external;
  };
  const timer = setInterval(sample, 2);
  const t0 = performance.now();
  const result = await multicast(to, messages);
  const ms = performance.now() - t0;
  sample();
  clearInterval(timer);
  const chunks = Math.ceil(recipients / 500);
  const ideal = Math.ceil(chunks / concurrency) * median(one);
  const MB = 2 ** 20;
  const rssGrowthMB = (peakRss - base.rss) / MB;
  const heapExternalGrowthMB = (peakHeapExternal - base.heapUsed - base.external) / MB;
  report({
    recipients,
    chunks,
    concurrency,
    requestIds: result.requestIds ? result.requestIds.length : 1,
    oneRequestMs: median(one),
    totalMs: ms,
    idealMs: ideal,
    ratio: ms / ideal,
    rssGrowthMB,
    heapGrowthMB: (peakHeap - base.heapUsed) / MB,
    heapExternalGrowthMB,
    memoryGrowthMB: Math.max(rssGrowthMB, heapExternalGrowthMB),
  });
})().catch(fail);
