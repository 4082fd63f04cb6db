/**
 * One content download in a fresh process (run with --expose-gc): `--target=client-stream|line110-stream|raw-stream|client-buffer|raw-buffer|raw-presized
 * --origin=... --size=BYTES`. Reports the peak RSS growth over the RSS measured (after a GC) just before the request,
 * which comes after a small download made the same way (the modules a first call loads are not the download's).
 *
 * Throughput mode, `--target=a,b,c --rounds=N`: the targets download in turn in one process, N rounds (the order
 * reversed every other round), and each round reports every target's MiB/s. On a shared machine the CPU time of one
 * and the same 200 MB download varies several-fold from minute to minute; targets measured seconds apart in one
 * process meet the same conditions, so the ratio of a round is fair where the medians of separate processes are not.
 *
 * - `client-stream`: `LineClient#getMessageContentStream`, consumed and discarded.
 * - `line110-stream`: messaging-api-line 1.1.0's `getMessageContentStream` (axios, responseType stream).
 * - `raw-stream`: node:http GET with a keep-alive agent, consumed and discarded.
 * - `client-buffer`: `LineClient#getMessageContent` (the whole body in one Buffer).
 * - `raw-buffer`: node:http, chunks collected and concatenated once (the chunks and the copy alive together).
 * - `raw-presized`: node:http, each chunk copied as it arrives into one Buffer sized from Content-Length (what the
 *   client's node:http sender does): the floor for a body read whole. Its peak is still above the body: each chunk
 *   node:http hands out is a Buffer of its own, freed only by the next scavenge of V8's young generation.
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

function rawGet(origin, agent, bytesId) {
  return new Promise((resolve, reject) => {
    http.get(`${origin}/v2/bot/message/${bytesId}/content`, { agent, headers: { Authorization: 'Bearer x' } }, resolve).on('error', reject);
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

/** One download of `bytesId` bytes by `target`; resolves the byte count. */
async function download(target, client, agent, bytesId) {
  if (target === 'client-stream' || target === 'line110-stream') return drain(await client.getMessageContentStream(bytesId));
  if (target === 'raw-stream') return drain(await rawGet(a.origin, agent, bytesId));
  if (target === 'client-buffer') return (await client.getMessageContent(bytesId)).length;
  if (target === 'raw-buffer') {
    const res = await rawGet(a.origin, agent, bytesId);
    const chunks = [];
    res.on('data', (c) => {
      chunks.push(c);
      if ((chunks.length & 7) === 0) sample();
    });
    await new Promise((resolve, reject) => res.on('end', resolve).on('error', reject));
    return Buffer.concat(chunks).length;
  }
  if (target === 'raw-presized') {
    const res = await rawGet(a.origin, agent, bytesId);
    const whole = Buffer.allocUnsafe(Number(res.headers['content-length']));
    let filled = 0;
    let n = 0;
    res.on('data', (c) => {
      filled += c.copy(whole, filled);
      if ((++n & 7) === 0) sample();
    });
    await new Promise((resolve, reject) => res.on('end', resolve).on('error', reject));
    return filled;
  }
  throw new Error(`unknown target ${target}`);
}

/** The client a target downloads with (none for the raw node:http targets). */
function clientFor(target) {
  return target.startsWith('client') ? pushers.client(a.origin).client : target.startsWith('line110') ? pushers.line110(a.origin).client : undefined;
}

/** Throughput mode: `rounds` rounds of every target in turn, one process; resolves each round's MiB/s by target. */
async function rounds(targets, count) {
  const agent = new http.Agent({ keepAlive: true });
  const clients = {};
  for (const target of targets) {
    clients[target] = clientFor(target);
    await download(target, clients[target], agent, String(256 * 1024));
  }
  const out = [];
  for (let r = 0; r < count; r++) {
    const round = {};
    for (const target of r % 2 ? targets.slice().reverse() : targets) {
      const t0 = performance.now();
      const bytes = await download(target, clients[target], agent, id);
      const ms = performance.now() - t0;
      if (bytes !== size) throw new Error(`${target}: got ${bytes} bytes, expected ${size}`);
      round[target] = size / 2 ** 20 / (ms / 1000);
    }
    out.push(round);
  }
  return out;
}

(async () => {
  const target = a.target;
  if (a.rounds) {
    report({ rounds: await rounds(target.split(','), Number(a.rounds)) });
    return;
  }
  const agent = new http.Agent({ keepAlive: true });
  const client = clientFor(target);
  // A small download first, the same way: what the first call loads (node:https, zlib, the client's modules) and
  // the connection are not the download's memory.
  await download(target, client, agent, String(256 * 1024));
  globalThis.gc();
  const base = process.memoryUsage.rss();
  peak = base;
  const timer = setInterval(sample, 5);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const bytes = await download(target, client, agent, id);
  sample();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(timer);
  if (bytes !== size) throw new Error(`got ${bytes} bytes, expected ${size}`);
  report({ rssGrowthMB: (peak - base) / 2 ** 20, baseRssMB: base / 2 ** 20, mbPerSec: size / 2 ** 20 / (ms / 1000), cpuMs: (cpu.user + cpu.system) / 1000, sizeMB: size / 2 ** 20 });
})().catch(fail);
