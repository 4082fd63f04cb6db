#!/usr/bin/env node
/**
 * `npm run bench`: messaging-api-line side by side with raw node:http, undici, bare axios, messaging-api-line 1.1.0
 * (dev dependency `messaging-api-line-110`) and @line/bot-sdk, in one run.
 *
 * - A loopback LINE stand-in runs in its own process (bench/standin.js); the dummy LINE server
 *   (messaging-api-line/testing) runs in another for bulk multicast and member paging (bench/dummy.js).
 * - Every measurement runs in a fresh child process (bench/targets/*.js); targets are interleaved and the order
 *   rotates each repeat; figures are medians with min–max over the repeats.
 * - Import cost over bare `node` comes from paired runs (a process that imports next to a bare one, alternating
 *   which goes first; the median of the differences of their wall times); process start → first push done is
 *   compared with raw node:http doing the same in its own fresh process.
 * - Prints a table, writes every sample to bench/results/<timestamp>.json and writes the table into
 *   docs/performance.md between its `<!-- bench:begin -->` / `<!-- bench:end -->` markers (never edit it by hand;
 *   `--no-docs` leaves the file alone; a --quick or --only run never writes it).
 *
 * Options (or the env variable in brackets):
 *   --quick                 small sizes and 3 repeats (a smoke run, ~1 minute)
 *   --repeats=N             [BENCH_REPEATS] repeats of each measurement (default 5)
 *   --start-samples=N       [BENCH_START_SAMPLES] fresh processes per repeat for cold start and import (default 6)
 *   --calls1=N              [BENCH_CALLS1] pushes measured at concurrency 1 (default 2000)
 *   --calls32=N             [BENCH_CALLS32] pushes measured at concurrency 32 (default 6000; RSS is read after them)
 *   --size-mb=N             [BENCH_SIZE_MB] content download size (default 200)
 *   --buffer-mb=N           [BENCH_BUFFER_MB] getMessageContent (whole body in memory) size (default 50)
 *   --recipients=N          [BENCH_RECIPIENTS] bulk multicast recipients (default 100000)
 *   --delay-ms=N            [BENCH_DELAY_MS] fixed delay of each multicast request on the dummy server (default 20)
 *   --members=N             [BENCH_MEMBERS] group member ids to page through, 100 per page (default 100000)
 *   --webhook-requests=N    [BENCH_WEBHOOK_REQUESTS] webhook requests measured per target, 1-event body (default 3000;
 *                           a quarter of it with the 100-event body)
 *   --webhook-rounds=N      [BENCH_WEBHOOK_ROUNDS] paired rounds (middleware and its bare floor in turn, one process)
 *                           per repeat for the goal rows (default 6)
 *   --webhook-warmup=N      [BENCH_WEBHOOK_WARMUP] webhook requests before the measured ones, 1-event body (default
 *                           5000, a quarter with the 100-event body: with fewer, the servers are still being compiled)
 *   --push-warmup=N         [BENCH_PUSH_WARMUP] pushes before the measured ones (default 5000)
 *   --only=a,b              figures to run: push,cold,import,download,buffer,multicast,members,webhook,fleet (default
 *                           all; `--only=fleet` runs the fleet benchmark alone)
 *   --no-fleet              skip the fleet benchmark
 *   --no-snapshot           measure dist/ in place instead of a snapshot copy
 *   --no-docs               do not write docs/performance.md
 *
 * The fleet benchmark (bench/fleet.js: worker processes sharing one channel through Redis) runs last, in its own
 * process; its figures replace the generated section of docs/fleet.md (`--quick` runs it small and leaves the
 * docs alone). Its options: [BENCH_FLEET_WORKERS], [BENCH_FLEET_PUSHES], [BENCH_FLEET_LIMIT], [BENCH_FLEET_EVENTS].
 */
const { fork, spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const RESULTS = path.join(__dirname, 'results');
const TARGETS = path.join(__dirname, 'targets');

function options() {
  const a = {};
  for (const arg of process.argv.slice(2)) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (m) a[m[1]] = m[2] === undefined ? true : m[2];
  }
  const quick = a.quick === true || process.env.BENCH_QUICK === '1';
  const num = (name, env, full, small) => Number(a[name] ?? process.env[env] ?? (quick ? small : full));
  return {
    quick,
    repeats: Math.max(1, num('repeats', 'BENCH_REPEATS', 5, 3)),
    // Process start-up figures (cold start, import) are short and noisy: several fresh processes per repeat.
    startSamples: Math.max(1, num('start-samples', 'BENCH_START_SAMPLES', 6, 2)),
    calls1: num('calls1', 'BENCH_CALLS1', 2000, 500),
    calls32: num('calls32', 'BENCH_CALLS32', 6000, 1500),
    sizeMB: num('size-mb', 'BENCH_SIZE_MB', 200, 50),
    streamRounds: num('stream-rounds', 'BENCH_STREAM_ROUNDS', 4, 2),
    bufferMB: num('buffer-mb', 'BENCH_BUFFER_MB', 50, 20),
    recipients: num('recipients', 'BENCH_RECIPIENTS', 100_000, 20_000),
    delayMs: num('delay-ms', 'BENCH_DELAY_MS', 20, 20),
    members: num('members', 'BENCH_MEMBERS', 100_000, 20_000),
    webhookRequests: num('webhook-requests', 'BENCH_WEBHOOK_REQUESTS', 3000, 800),
    webhookWarmup: num('webhook-warmup', 'BENCH_WEBHOOK_WARMUP', 5000, 500),
    webhookRounds: num('webhook-rounds', 'BENCH_WEBHOOK_ROUNDS', 6, 2),
    pushWarmup: num('push-warmup', 'BENCH_PUSH_WARMUP', 5000, 200),
    only: typeof a.only === 'string' ? new Set(a.only.split(',')) : undefined,
    snapshot: a['no-snapshot'] !== true,
    noFleet: a['no-fleet'] === true,
    docs: a['no-docs'] !== true,
  };
}

/** Copies dist/ so that a rebuild in the same tree during the run cannot change what is measured. */
function snapshotDist() {
  const src = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(src, 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first (npm run bench does)');
  // Under node_modules/: ignored by git and eslint, and `require('axios')` from it resolves to the project's axios.
  const dst = path.join(ROOT, 'node_modules', '.bench-dist');
  fs.rmSync(dst, { recursive: true, force: true });
  fs.cpSync(src, dst, { recursive: true });
  return dst;
}

/** Forks a long-lived helper (stand-in or dummy server) and waits for its `ready` message. */
function startHelper(file, argv, env) {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(__dirname, file), argv, { env, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${file} did not start`));
    }, 20_000);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${file} exited with ${code}`)));
    child.once('message', (m) => {
      clearTimeout(timer);
      const pending = [];
      child.on('message', (msg) => pending.length && pending.shift()(msg));
      const ask = (type) =>
        new Promise((res) => {
          pending.push(res);
          child.send({ type });
        });
      const stop = () =>
        new Promise((res) => {
          child.removeAllListeners('exit');
          child.once('exit', res);
          if (child.connected) child.disconnect();
          setTimeout(() => child.kill(), 3000).unref();
        });
      resolve({ info: m, ask, stop });
    });
  });
}

/** Runs one child script in a fresh process; resolves its JSON result and the wall time of the spawn. */
function runChild(script, argv, env, execArgv = []) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const child = spawn(process.execPath, [...execArgv, path.join(TARGETS, script), ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => (out += c));
    child.stderr.on('data', (c) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
      const line = out.trim().split('\n').pop();
      if (code !== 0 || !line) return reject(new Error(`${script} ${argv.join(' ')} exited with ${code}: ${err.trim()}`));
      resolve({ ...JSON.parse(line), wallMs });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function machine() {
  const cpu = os.cpus()[0];
  return { nproc: os.availableParallelism ? os.availableParallelism() : os.cpus().length, node: process.version, cpu: cpu ? cpu.model : 'unknown', platform: `${os.platform()} ${os.release()}`, memGB: Math.round(os.totalmem() / 2 ** 30) };
}

/** Runs bench/fleet.js in its own process (output shown as it comes); resolves its exit code. */
function runFleet(opt) {
  const args = opt.quick ? ['--workers=3', '--pushes=100', '--limit=100', '--events=60'] : opt.docs ? ['--docs'] : [];
  console.log(`\nfleet benchmark: node bench/fleet.js ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join(__dirname, 'fleet.js'), ...args], { stdio: 'inherit' });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

async function main() {
  const opt = options();
  const want = (name) => (!opt.only || opt.only.has(name)) && !(name === 'fleet' && opt.noFleet);
  if (opt.only && [...opt.only].every((name) => name === 'fleet')) {
    process.exitCode = await runFleet(opt);
    return;
  }
  fs.mkdirSync(RESULTS, { recursive: true });
  const dist = opt.snapshot ? snapshotDist() : path.join(ROOT, 'dist');
  const env = { ...process.env, BENCH_DIST: dist };
  const samples = [];
  const add = (figure, target, rep, result) => {
    samples.push({ figure, target, repeat: rep, ...result });
    process.stderr.write('.');
  };
  const started = Date.now();
  const loadStart = os.loadavg();
  const standin = await startHelper('standin.js', [], env);
  const origin = standin.info.origin;
  let dummy;
  try {
    if (want('multicast') || want('members')) {
      dummy = await startHelper('dummy.js', [JSON.stringify({ members: opt.members, pageSize: 100, delayMs: opt.delayMs })], env);
    }
    const pushTargets = PEERS;
    for (let rep = 1; rep <= opt.repeats; rep++) {
      process.stderr.write(`repeat ${rep}/${opt.repeats} `);
      const rotate = (list) => list.map((_, i) => list[(i + rep - 1) % list.length]);
      for (const target of rotate(pushTargets)) {
        if (want('push')) {
          for (const [concurrency, calls] of [
            [1, opt.calls1],
            [32, opt.calls32],
          ]) {
            const before = await standin.ask('stats');
            const r = await runChild('push.js', [`--target=${target}`, `--origin=${origin}`, `--concurrency=${concurrency}`, `--calls=${calls}`, `--warmup=${opt.pushWarmup}`], env);
            const after = await standin.ask('stats');
            const made = after.requests - before.requests;
            add(`push-c${concurrency}`, target, rep, { ...r, connections: after.connections - before.connections, connectionsPer1000: ((after.connections - before.connections) / made) * 1000 });
          }
        }
      }
      for (let sample = 0; sample < opt.startSamples; sample++) {
        if (want('cold')) for (const target of rotate(pushTargets)) add('cold', target, rep, await runChild('cold.js', [`--target=${target}`, `--origin=${origin}`], env));
        if (want('import')) {
          // Paired runs: each measured process right next to a bare one, alternating which goes first; the figure is
          // the difference of their wall times (spawn to exit), so that the machine's drift cancels out.
          for (const target of rotate(['client', 'undici', 'axios', 'line110', 'botsdk'])) {
            const first = (sample + rep) % 2 === 0;
            const bare1 = first ? await runChild('import.js', ['--target=bare'], env) : undefined;
            const measured = await runChild('import.js', [`--target=${target}`], env);
            const bare = bare1 ?? (await runChild('import.js', ['--target=bare'], env));
            add('import', target, rep, { ...measured, bareMs: bare.wallMs, overBareMs: measured.wallMs - bare.wallMs });
          }
        }
      }
      if (want('download')) {
        for (const target of rotate(['client-stream', 'line110-stream', 'raw-stream'])) {
          add('download-stream', target, rep, await runChild('download.js', [`--target=${target}`, `--origin=${origin}`, `--size=${opt.sizeMB * 2 ** 20}`], env, ['--expose-gc']));
        }
        // Throughput: paired rounds in one process (download.js explains why), each round a sample.
        const targets = rotate(['client-stream', 'line110-stream', 'raw-stream']).join(',');
        const { rounds } = await runChild('download.js', [`--target=${targets}`, `--rounds=${opt.streamRounds}`, `--origin=${origin}`, `--size=${opt.sizeMB * 2 ** 20}`], env, ['--expose-gc']);
        rounds.forEach((round, i) => {
          for (const [target, mbPerSec] of Object.entries(round)) add('download-rate', target, `${rep}.${i}`, { mbPerSec });
          add('download-rate', 'vs-raw', `${rep}.${i}`, { ratio: round['client-stream'] / round['raw-stream'] });
          add('download-rate', 'vs-line110', `${rep}.${i}`, { ratio: round['client-stream'] / round['line110-stream'] });
        });
      }
      if (want('buffer')) {
        for (const target of rotate(['client-buffer', 'raw-buffer', 'raw-presized'])) {
          add('download-buffer', target, rep, await runChild('download.js', [`--target=${target}`, `--origin=${origin}`, `--size=${opt.bufferMB * 2 ** 20}`], env, ['--expose-gc']));
        }
      }
      if (want('multicast')) {
        const d = dummy.info;
        for (const target of rotate(['client', 'raw'])) {
          add('multicast', target, rep, await runChild('multicast.js', [`--target=${target}`, `--origin=${d.origin}`, `--token=${d.accessToken}`, `--recipients=${opt.recipients}`, '--concurrency=4'], env, ['--expose-gc']));
        }
      }
      if (want('webhook')) {
        for (const events of [1, 100]) {
          for (const target of rotate(WEBHOOK_TARGETS)) {
            add('webhook', `${target}-e${events}`, rep, await runChild('webhook.js', [`--target=${target}`, `--events=${events}`, `--requests=${events === 1 ? opt.webhookRequests : Math.ceil(opt.webhookRequests / 4)}`, `--warmup=${events === 1 ? opt.webhookWarmup : Math.ceil(opt.webhookWarmup / 4)}`], env));
          }
          // The goals' ratios: the middleware and its bare floor in one process, in turn (webhook.js explains why).
          for (const [bare, mw] of WEBHOOK_PAIRS) {
            const perPhase = Math.ceil((events === 1 ? opt.webhookRequests : opt.webhookRequests / 4) / 3);
            const pair = rep % 2 ? [mw, bare] : [bare, mw];
            const { rounds } = await runChild('webhook.js', [`--target=${pair.join(',')}`, `--rounds=${opt.webhookRounds}`, `--events=${events}`, `--requests=${perPhase}`, `--warmup=${events === 1 ? opt.webhookWarmup : Math.ceil(opt.webhookWarmup / 4)}`], env);
            rounds.forEach((round, i) => add('webhook-pair', `${mw}-e${events}`, `${rep}.${i}`, { ratio: round[mw] / round[bare] }));
          }
        }
      }
      if (want('members')) {
        const d = dummy.info;
        add('members', 'client', rep, await runChild('members.js', [`--origin=${d.origin}`, `--token=${d.accessToken}`, `--expect=${opt.members}`], env, ['--expose-gc']));
      }
      process.stderr.write('\n');
    }
  } finally {
    await standin.stop();
    if (dummy) await dummy.stop();
  }

  const summary = summarize(samples);
  const file = path.join(RESULTS, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  const result = { date: new Date().toISOString(), machine: machine(), loadAverage: { start: loadStart, end: os.loadavg() }, options: { ...opt, only: opt.only ? [...opt.only] : undefined }, durationMs: Date.now() - started, summary, samples };
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  const text = table(result);
  console.log(text);
  if (opt.docs && !opt.quick && !opt.only) writeDocs(text);
  console.log(`\nsamples: ${path.relative(ROOT, file)}  (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  if (want('fleet')) process.exitCode = (await runFleet(opt)) || process.exitCode;
}

/** Median, min and max of every numeric field, per figure and target. */
function summarize(samples) {
  const groups = {};
  for (const s of samples) {
    const key = `${s.figure}/${s.target}`;
    (groups[key] ??= []).push(s);
  }
  const out = {};
  for (const [key, list] of Object.entries(groups)) {
    const stats = {};
    for (const field of Object.keys(list[0])) {
      const xs = list.map((s) => s[field]).filter((x) => typeof x === 'number');
      if (xs.length === list.length && !['repeat'].includes(field)) stats[field] = { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
    }
    out[key] = stats;
  }
  return out;
}

function fmt(x, digits = 0) {
  if (x === undefined || Number.isNaN(x)) return '–';
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}


/** The middleware targets with a goal, each with its bare floor: measured in turn in one process too. */
const WEBHOOK_PAIRS = [
  ['bare-http', 'mw-http'],
  ['bare-express', 'mw-express'],
];

/** The webhook servers measured (bench/targets/webhook.js), and the table's rows about them. */
const WEBHOOK_TARGETS = ['bare-http', 'mw-http', 'bare-express', 'mw-express', 'handler-fetch', 'botsdk-http', 'botsdk-express'];
const WEBHOOK_ROWS = [1, 100].flatMap((e) => {
  const ev = `${e}-event${e > 1 ? 's' : ''} body`;
  return [
    { target: `bare-http-e${e}`, baseline: `bare-http-e${e}`, label: `bare node:http handler (HMAC + timingSafeEqual + JSON.parse), ${ev}`, baseLabel: 'bare' },
    { target: `mw-http-e${e}`, baseline: `bare-http-e${e}`, label: `middleware on node:http, ${ev}`, baseLabel: 'bare node:http', goal: 1.1 },
    { target: `bare-express-e${e}`, baseline: `bare-express-e${e}`, label: `bare express (same handler in a route), ${ev}`, baseLabel: 'bare express' },
    { target: `mw-express-e${e}`, baseline: `bare-express-e${e}`, label: `middleware on express, ${ev}`, baseLabel: 'bare express', goal: 1.1 },
    { target: `handler-fetch-e${e}`, baseline: `bare-http-e${e}`, label: `webhookHandler (fetch) behind a node:http → Request adapter, ${ev}`, baseLabel: 'bare node:http' },
    { target: `botsdk-http-e${e}`, baseline: `bare-http-e${e}`, label: `@line/bot-sdk middleware on node:http, ${ev}`, baseLabel: 'bare node:http' },
    { target: `botsdk-express-e${e}`, baseline: `bare-express-e${e}`, label: `@line/bot-sdk middleware on express, ${ev}`, baseLabel: 'bare express' },
  ];
});

/** The push implementations compared, in the order of the table's columns. */
const PEERS = ['client', 'raw', 'undici', 'axios', 'line110', 'botsdk'];
const PEER_NAMES = { client: 'messaging-api-line', raw: 'raw node:http', undici: 'undici', axios: 'bare axios', line110: 'messaging-api-line 1.1.0', botsdk: '@line/bot-sdk' };

/** The printed table (Markdown): medians with [min–max] per peer, the ratios the goals are about, and whether each is met. */
function table(result) {
  const s = result.summary;
  const get = (key, field) => s[key] && s[key][field];
  const cell = (key, field, digits = 0) => {
    const v = get(key, field);
    return v ? `${fmt(v.median, digits)} [${fmt(v.min, digits)}–${fmt(v.max, digits)}]` : '–';
  };
  const ratio = (a, b) => (a && b ? a.median / b.median : undefined);
  const rows = [];
  const status = (ok) => (ok === undefined ? '' : ok ? 'met' : 'NOT met');
  /** One row per figure: a cell per peer (`cells[peer]`), the ratio text, the goal and whether it is met. */
  const row = (figure, cells, vs, goal, ok) => rows.push([figure, ...PEERS.map((p) => cells[p] ?? ''), vs ?? '', goal ?? '', status(ok)]);
  const per = (prefix, field, digits = 0, peers = PEERS) => Object.fromEntries(peers.map((p) => [p, cell(`${prefix}/${p}`, field, digits)]));

  for (const c of [1, 32]) {
    const k = `push-c${c}`;
    const r = ratio(get(`${k}/client`, 'callsPerSec'), get(`${k}/raw`, 'callsPerSec'));
    const others = PEERS.filter((p) => p !== 'client' && p !== 'raw').map((p) => `${PEER_NAMES[p]} ${fmt(ratio(get(`${k}/${p}`, 'callsPerSec'), get(`${k}/raw`, 'callsPerSec')), 2)}×`);
    row(`push calls/s, concurrency ${c}`, per(k, 'callsPerSec'), r && `${fmt(r, 2)}× raw (${others.join(', ')})`, '≥ 0.9× raw', r === undefined ? undefined : r >= 0.9);
  }
  for (const [c, goal] of [
    [1, 1.35],
    [32, 1.25],
  ]) {
    const k = `push-c${c}`;
    const r = ratio(get(`${k}/client`, 'cpuUsPerCall'), get(`${k}/raw`, 'cpuUsPerCall'));
    row(`client CPU µs per push, concurrency ${c}`, per(k, 'cpuUsPerCall'), r && `${fmt(r, 2)}× raw`, `≤ ${goal}× raw`, r === undefined ? undefined : r <= goal);
  }
  row(`RSS MB after ${fmt((result.options.calls32 || 0) + (result.options.pushWarmup ?? 200))} pushes (c=32)`, per('push-c32', 'rssMB', 1), `${fmt(ratio(get('push-c32/client', 'rssMB'), get('push-c32/raw', 'rssMB')), 2)}× raw`);
  row('TCP connections per 1,000 pushes (c=32)', per('push-c32', 'connectionsPer1000', 1));
  {
    const r = ratio(get('cold/client', 'coldStartMs'), get('cold/raw', 'coldStartMs'));
    row('process start → first push done, ms', per('cold', 'coldStartMs', 1), r && `${fmt(r, 2)}× raw`, '≤ 1.2× raw', r === undefined ? undefined : r <= 1.2);
    // Paired runs: wall time of a process that imports, minus that of a bare `node` process started next to it.
    const over = get('import/client', 'overBareMs');
    row('import cost over bare node, ms (paired runs)', per('import', 'overBareMs', 1, ['client', 'undici', 'axios', 'line110', 'botsdk']), over && `require() alone: ${cell('import/client', 'importMs', 1)} ms`, '≤ 15 ms', over && over.median <= 15);
  }
  {
    const k = 'download-stream';
    // Throughput from paired rounds: the ratio is the median of each round's ratio (targets seconds apart).
    const q = 'download-rate';
    const vsRaw = get(`${q}/vs-raw`, 'ratio');
    const vs110 = get(`${q}/vs-line110`, 'ratio');
    const cells = { client: cell(`${q}/client-stream`, 'mbPerSec'), raw: cell(`${q}/raw-stream`, 'mbPerSec'), line110: cell(`${q}/line110-stream`, 'mbPerSec') };
    const rounds = vsRaw && `median of ${fmt(result.options.repeats * result.options.streamRounds)} paired rounds: ${cell(`${q}/vs-raw`, 'ratio', 2)}× raw, ${cell(`${q}/vs-line110`, 'ratio', 2)}× 1.1.0`;
    row(`${fmt(result.options.sizeMB)} MB getMessageContentStream, MiB/s`, cells, rounds, '≥ 0.8× raw and ≥ 1.0× 1.1.0', vsRaw === undefined ? undefined : vsRaw.median >= 0.8 && (vs110 === undefined || vs110.median >= 1.0));
    const g = get(`${k}/client-stream`, 'rssGrowthMB');
    const limit = 40; // the goal for a 200 MB body; what a stream holds does not grow with the body
    const gcells = { client: cell(`${k}/client-stream`, 'rssGrowthMB', 1), raw: cell(`${k}/raw-stream`, 'rssGrowthMB', 1), line110: cell(`${k}/line110-stream`, 'rssGrowthMB', 1) };
    row(`${fmt(result.options.sizeMB)} MB getMessageContentStream: peak RSS growth MB`, gcells, '', `≤ ${fmt(limit)} MB`, g === undefined ? undefined : g.median <= limit);
    const cb = get('download-buffer/client-buffer', 'rssGrowthMB');
    const rb = get('download-buffer/raw-buffer', 'rssGrowthMB');
    const pb = get('download-buffer/raw-presized', 'rssGrowthMB');
    const size = result.options.bufferMB;
    // Two raw node:http baselines: chunks concatenated at the end, and chunks copied into one Buffer sized from
    // Content-Length as they arrive (the floor: what is above the body there is node:http's own chunks, each a
    // Buffer freed only by V8's next young-generation scavenge).
    const rawCells = `chunks + concat ${cell('download-buffer/raw-buffer', 'rssGrowthMB', 1)}; presized Buffer ${cell('download-buffer/raw-presized', 'rssGrowthMB', 1)}`;
    row(`${fmt(size)} MB getMessageContent: peak RSS growth MB`, { client: cell('download-buffer/client-buffer', 'rssGrowthMB', 1), raw: rawCells }, cb && `${fmt(cb.median / size, 2)}× the body (raw chunks + concat: ${fmt(rb && rb.median / size, 2)}×, raw presized Buffer: ${fmt(pb && pb.median / size, 2)}×)`, '≤ 1.3× the body', cb === undefined ? undefined : cb.median <= size * 1.3);
  }
  {
    const m = s['multicast/client'];
    if (m) {
      const r = s['multicast/raw'];
      row(`multicast ${fmt(m.recipients.median)} recipients (${fmt(m.chunks.median)} chunks, conc. ${fmt(m.concurrency.median)}, ${result.options.delayMs} ms/request), ms`, { client: cell('multicast/client', 'totalMs'), raw: cell('multicast/raw', 'totalMs') }, `${fmt(m.ratio.median, 2)}× ideal (${fmt(m.idealMs.median)} ms; raw ${fmt(r && r.ratio.median, 2)}×)`, '≤ 1.3× ideal', m.ratio.median <= 1.3);
      // Judged on the larger of peak RSS growth and peak heap + external growth: RSS alone misses garbage the heap
      // holds in pages it had already committed, the heap alone misses Buffers (request bodies live outside it).
      const mem = (t) => `${cell(`multicast/${t}`, 'memoryGrowthMB', 1)} (RSS ${cell(`multicast/${t}`, 'rssGrowthMB', 1)}; heap + external ${cell(`multicast/${t}`, 'heapExternalGrowthMB', 1)})`;
      if (m.memoryGrowthMB) row('multicast: memory growth beyond the id list, MB: max(peak RSS, peak heap + external)', { client: mem('client'), ...(r ? { raw: mem('raw') } : {}) }, `each recipient once: ${fmt(m.requestIds.median)} requests for ${fmt(m.chunks.median)} chunks${r ? `; ${fmt(m.memoryGrowthMB.median / r.memoryGrowthMB.median, 2)}× raw` : ''}`, '≤ 10 MB', m.memoryGrowthMB.median <= 10);
    }
    const p = s['members/client'];
    if (p) row(`iterate ${fmt(p.ids.median)} member ids (${fmt(p.pages.median)} pages): heap growth MB`, { client: `${cell('members/client', 'heapGrowthMB', 2)} (peak RSS +${fmt(p.peakRssGrowthMB.median, 1)})` }, `all ids held: ${fmt(p.allIdsMB.median, 1)} MB`, 'flat', p.heapGrowthMB.median < p.allIdsMB.median / 4);
  }
  for (const w of WEBHOOK_ROWS) {
    const key = `webhook/${w.target}`;
    const v = get(key, 'cpuUsPerRequest');
    if (!v) continue;
    const base = get(`webhook/${w.baseline}`, 'cpuUsPerRequest');
    const r = ratio(v, base);
    // Goal rows: judged on the paired rounds (same process, in turn); the ratio of separate processes' medians shown too.
    const paired = get(`webhook-pair/${w.target}`, 'ratio');
    const text = w.baseline === w.target ? 'the floor' : paired ? `paired rounds: ${cell(`webhook-pair/${w.target}`, 'ratio', 2)}× ${w.baseLabel} (separate processes: ${fmt(r, 2)}×)` : r && `${fmt(r, 2)}× ${w.baseLabel}`;
    const judged = paired ? paired.median : r;
    row(`webhook CPU µs/request: ${w.label}`, { client: cell(key, 'cpuUsPerRequest', 1) }, text, w.goal ? `≤ ${w.goal}× ${w.baseLabel}` : '', w.goal && judged !== undefined ? judged <= w.goal : undefined);
  }
  const head = ['figure (median [min–max])', ...PEERS.map((p) => PEER_NAMES[p]), 'ratio', 'goal', ''];
  const line = (r) => `| ${r.map((c) => String(c ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
  const m = result.machine;
  const load = result.loadAverage ? `; load average ${result.loadAverage.start.map((x) => x.toFixed(2)).join(' ')} at the start, ${result.loadAverage.end.map((x) => x.toFixed(2)).join(' ')} at the end` : '';
  return [
    `Run ${result.date}: ${m.cpu}, ${m.nproc} cores, ${m.memGB} GB, node ${m.node}, ${m.platform}${load}; ${result.options.repeats} repeats, each in a fresh process; ${((result.durationMs || 0) / 1000).toFixed(0)} s.`,
    '',
    line(head),
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

const DOCS = path.join(ROOT, 'docs', 'performance.md');
const BEGIN = '<!-- bench:begin (generated by `npm run bench`; do not edit by hand) -->';
const END = '<!-- bench:end -->';

/** Writes the table between the markers of docs/performance.md (the markers must be there). */
function writeDocs(text) {
  const doc = fs.readFileSync(DOCS, 'utf8');
  const i = doc.indexOf(BEGIN);
  const j = doc.indexOf(END);
  if (i < 0 || j < i) throw new Error(`docs/performance.md lacks the markers ${BEGIN} … ${END}`);
  fs.writeFileSync(DOCS, `${doc.slice(0, i + BEGIN.length)}\n${text}\n${doc.slice(j)}`);
  console.log(`\nwrote the table into ${path.relative(ROOT, DOCS)}`);
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
