/**
 * One content download in a fresh process (run with --expose-gc): `--target=client-stream|line110-stream|raw-stream|client-buffer|raw-buffer
 * --origin=... --size=BYTES`. Reports the peak RSS growth over the RSS measured (after a GC) just before the request.
 *
 * - `client-stream`: `LineClient#getMessageContentStream`, consumed and discarded.
 * - `line110-stream`: messaging-api-line 1.1.0's `getMessageContentStream` (axios, responseType stream).
 * - `raw-stream`: node:http GET with a keep-alive agent, consumed and discarded.
 * - `client-buffer`: `LineClient#getMessageContent` (the whole body in one Buffer).
 * - `raw-buffer`: node:http, chunks collected and concatenated once (one copy of the body: the floor).
 */
const http = require('node:http');
const { setInterval, clearInterval } = require('node:timers');
const { performance } = require('node:perf_hooks');
const { hardLimit, report, fail, args, pushers } = require('./common');

hardLimit(120_000);
const a = args();
const size = Number(a.size || 200 * 2 ** 20);
const id = String(size);

let peak = 0;
const sample = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peak) peak = rss;
};

function rawGet(origin, agent) {
  return new Promise((resolve, reject) => {
    http.get(`${origin}/v2/bot/message/${id}/content`, { agent, headers: { Authorization: 'Bearer x' } }, resolve).on('error', reject);
  });
}

function drain(stream) {
  return new Promise((resolve, reject) => {
    let bytes = 0;
    let n = 0;
    stream.on('data', (c) => {
      bytes += c.length;
      if ((++n & 7) === 0) sample();
    });
    stream.on('end', () => resolve(bytes));
    stream.on('error', reject);
  });
}

(async () => {
  const target = a.target;
  const agent = new http.Agent({ keepAlive: true });
  const client = target.startsWith('client') ? pushers.client(a.origin).client : target.startsWith('line110') ? pushers.line110(a.origin).client : undefined;
  globalThis.gc();
  const base = process.memoryUsage.rss();
  peak = base;
  const timer = setInterval(sample, 5);
  const t0 = performance.now();
  let bytes;
  if (target === 'client-stream') bytes = await drain(await client.getMessageContentStream(id));
  else if (target === 'line110-stream') bytes = await drain(await client.getMessageContentStream(id));
  else if (target === 'raw-stream') bytes = await drain(await rawGet(a.origin, agent));
  else if (target === 'client-buffer') bytes = (await client.getMessageContent(id)).length;
  else if (target === 'raw-buffer') {
    const res = await rawGet(a.origin, agent);
    const chunks = [];
    res.on('data', (c) => {
      chunks.push(c);
      if ((chunks.length & 7) === 0) sample();
    });
    await new Promise((resolve, reject) => res.on('end', resolve).on('error', reject));
    bytes = Buffer.concat(chunks).length;
  } else throw new Error(`unknown target ${target}`);
  sample();
  const ms = performance.now() - t0;
  clearInterval(timer);
  if (bytes !== size) throw new Error(`got ${bytes} bytes, expected ${size}`);
  report({ rssGrowthMB: (peak - base) / 2 ** 20, baseRssMB: base / 2 ** 20, mbPerSec: size / 2 ** 20 / (ms / 1000), sizeMB: size / 2 ** 20 });
})().catch(fail);
