#!/usr/bin/env node
/**
 * `npm run bench`: messaging-api-line against raw node:http and bare axios, side by side.
 *
 * - A loopback LINE stand-in runs in its own process (bench/standin.js); the dummy LINE server
 *   (messaging-api-line/testing) runs in another for bulk multicast and member paging (bench/dummy.js).
 * - Every measurement runs in a fresh child process (bench/targets/*.js); targets are interleaved and the order
 *   rotates each repeat; figures are medians with min–max over the repeats.
 * - Import cost over bare `node` comes from paired runs (a process that imports next to a bare one, alternating
 *   which goes first; the median of the differences of their wall times); process start → first push done is
 *   compared with raw node:http doing the same in its own fresh process.
 * - Prints a table and writes every sample to bench/results/<timestamp>.json.
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
 *   --only=a,b              figures to run: push,cold,import,download,buffer,multicast,members,fleet (default all;
 *                           `--only=fleet` runs the fleet benchmark alone)
 *   --no-fleet              skip the fleet benchmark
 *
 * The fleet benchmark (bench/fleet.js: worker processes sharing one channel through Redis) runs last, in its own
 * process; its figures replace the generated section of docs/fleet.md (`--quick` runs it small and leaves the
 * docs alone). Its options: [BENCH_FLEET_WORKERS], [BENCH_FLEET_PUSHES], [BENCH_FLEET_LIMIT], [BENCH_FLEET_EVENTS].
 *   --no-snapshot           measure dist/ in place instead of a snapshot copy
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
    bufferMB: num('buffer-mb', 'BENCH_BUFFER_MB', 50, 20),
    recipients: num('recipients', 'BENCH_RECIPIENTS', 100_000, 20_000),
    delayMs: num('delay-ms', 'BENCH_DELAY_MS', 20, 20),
    members: num('members', 'BENCH_MEMBERS', 100_000, 20_000),
    only: typeof a.only === 'string' ? new Set(a.only.split(',')) : undefined,
    snapshot: a['no-snapshot'] !== true,
    noFleet: a['no-fleet'] === true,
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
  const args = opt.quick ? ['--workers=3', '--pushes=100', '--limit=100', '--events=60'] : ['--docs'];
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
  const standin = await startHelper('standin.js', [], env);
  const origin = standin.info.origin;
  let dummy;
  try {
    if (want('multicast') || want('members')) {
      dummy = await startHelper('dummy.js', [JSON.stringify({ members: opt.members, pageSize: 100, delayMs: opt.delayMs })], env);
    }
    const pushTargets = ['client', 'raw', 'axios'];
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
            const r = await runChild('push.js', [`--target=${target}`, `--origin=${origin}`, `--concurrency=${concurrency}`, `--calls=${calls}`, '--warmup=200'], env);
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
          for (const target of rotate(['client', 'axios'])) {
            const first = (sample + rep) % 2 === 0;
            const bare1 = first ? await runChild('import.js', ['--target=bare'], env) : undefined;
            const measured = await runChild('import.js', [`--target=${target}`], env);
            const bare = bare1 ?? (await runChild('import.js', ['--target=bare'], env));
            add('import', target, rep, { ...measured, bareMs: bare.wallMs, overBareMs: measured.wallMs - bare.wallMs });
          }
        }
      }
      if (want('download')) {
        for (const target of rotate(['client-stream', 'raw-stream'])) {
          add('download-stream', target, rep, await runChild('download.js', [`--target=${target}`, `--origin=${origin}`, `--size=${opt.sizeMB * 2 ** 20}`], env, ['--expose-gc']));
        }
      }
      if (want('buffer')) {
        for (const target of rotate(['client-buffer', 'raw-buffer'])) {
          add('download-buffer', target, rep, await runChild('download.js', [`--target=${target}`, `--origin=${origin}`, `--size=${opt.bufferMB * 2 ** 20}`], env, ['--expose-gc']));
        }
      }
      if (want('multicast')) {
        const d = dummy.info;
        add('multicast', 'client', rep, await runChild('multicast.js', [`--origin=${d.origin}`, `--token=${d.accessToken}`, `--recipients=${opt.recipients}`, '--concurrency=4'], env));
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
  const result = { date: new Date().toISOString(), machine: machine(), options: { ...opt, only: opt.only ? [...opt.only] : undefined }, durationMs: Date.now() - started, summary, samples };
  fs.writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  console.log(table(result));
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

/** The printed table: medians with [min–max], and the ratios the targets are about. */
function table(result) {
  const s = result.summary;
  const get = (key, field) => s[key] && s[key][field];
  const cell = (key, field, digits = 0) => {
    const v = get(key, field);
    return v ? `${fmt(v.median, digits)} [${fmt(v.min, digits)}–${fmt(v.max, digits)}]` : '–';
  };
  const ratio = (a, b) => (a && b ? a.median / b.median : undefined);
  const rows = [];
  const row = (figure, client, raw, axios, vs, target, ok) => rows.push([figure, client, raw, axios, vs, target, ok === undefined ? '' : ok ? 'met' : 'NOT met']);
  const check = (r, cmp) => (r === undefined ? undefined : cmp(r));

  for (const c of [1, 32]) {
    const k = `push-c${c}`;
    const r = ratio(get(`${k}/client`, 'callsPerSec'), get(`${k}/raw`, 'callsPerSec'));
    row(`push calls/s, concurrency ${c}`, cell(`${k}/client`, 'callsPerSec'), cell(`${k}/raw`, 'callsPerSec'), cell(`${k}/axios`, 'callsPerSec'), r && `${fmt(r, 2)}× raw, ${fmt(ratio(get(`${k}/axios`, 'callsPerSec'), get(`${k}/raw`, 'callsPerSec')), 2)}× (axios)`, '≥ 0.75× raw', check(r, (x) => x >= 0.75));
  }
  for (const c of [1, 32]) {
    const k = `push-c${c}`;
    const r = ratio(get(`${k}/client`, 'cpuUsPerCall'), get(`${k}/raw`, 'cpuUsPerCall'));
    row(`client CPU µs/call, concurrency ${c}`, cell(`${k}/client`, 'cpuUsPerCall'), cell(`${k}/raw`, 'cpuUsPerCall'), cell(`${k}/axios`, 'cpuUsPerCall'), r && `${fmt(r, 2)}× raw`, '≤ 1.7× raw', check(r, (x) => x <= 1.7));
  }
  {
    const k = 'push-c32';
    row(`RSS MB after ${fmt((result.options.calls32 || 0) + 200)} pushes`, cell(`${k}/client`, 'rssMB', 1), cell(`${k}/raw`, 'rssMB', 1), cell(`${k}/axios`, 'rssMB', 1), `${fmt(ratio(get(`${k}/client`, 'rssMB'), get(`${k}/raw`, 'rssMB')), 2)}× raw`, '', undefined);
    row('TCP connections per 1,000 calls (c=32)', cell(`${k}/client`, 'connectionsPer1000', 1), cell(`${k}/raw`, 'connectionsPer1000', 1), cell(`${k}/axios`, 'connectionsPer1000', 1), '', '', undefined);
  }
  {
    const r = ratio(get('cold/client', 'coldStartMs'), get('cold/raw', 'coldStartMs'));
    row('process start → first push done, ms', cell('cold/client', 'coldStartMs', 1), cell('cold/raw', 'coldStartMs', 1), cell('cold/axios', 'coldStartMs', 1), r && `${fmt(r, 2)}× raw`, '≤ 1.2× raw', check(r, (x) => x <= 1.2));
    // Paired runs: wall time of a process that imports, minus that of a bare `node` process started next to it.
    const over = get('import/client', 'overBareMs');
    row(
      'import cost over bare node, ms (paired runs)',
      cell('import/client', 'overBareMs', 1),
      '',
      cell('import/axios', 'overBareMs', 1),
      over && `require() alone: ${cell('import/client', 'importMs', 1)} (axios ${cell('import/axios', 'importMs', 1)})`,
      '≤ 15 ms',
      check(over && over.median, (x) => x <= 15),
    );
  }
  {
    const c = get('download-stream/client-stream', 'rssGrowthMB');
    const r = get('download-stream/raw-stream', 'rssGrowthMB');
    row(`${fmt(result.options.sizeMB)} MB stream: peak RSS growth MB`, cell('download-stream/client-stream', 'rssGrowthMB', 1), cell('download-stream/raw-stream', 'rssGrowthMB', 1), '', c && r && `${fmt(c.median / r.median, 2)}× raw`, '≤ raw + 10 %', c && r ? c.median <= r.median * 1.1 : undefined);
    const cb = get('download-buffer/client-buffer', 'rssGrowthMB');
    const rb = get('download-buffer/raw-buffer', 'rssGrowthMB');
    const size = result.options.bufferMB;
    row(`getMessageContent ${fmt(size)} MB: peak RSS growth MB`, cell('download-buffer/client-buffer', 'rssGrowthMB', 1), cell('download-buffer/raw-buffer', 'rssGrowthMB', 1), '', cb && rb && `${fmt(cb.median / size, 2)}× body (raw ${fmt(rb.median / size, 2)}×)`, '≤ raw (one copy)', cb && rb ? cb.median <= rb.median * 1.1 : undefined);
  }
  {
    const m = s['multicast/client'];
    if (m) row(`multicast ${fmt(m.recipients.median)} recipients (${fmt(m.chunks.median)} chunks, conc. ${fmt(m.concurrency.median)}, ${result.options.delayMs} ms/request)`, `${cell('multicast/client', 'totalMs')} ms`, '', '', `${fmt(m.ratio.median, 2)}× ideal (${fmt(m.idealMs.median)} ms)`, '≤ 1.3× ideal', m.ratio.median <= 1.3);
    const p = s['members/client'];
    if (p) row(`iterate ${fmt(p.ids.median)} member ids (${fmt(p.pages.median)} pages): heap growth MB`, `${cell('members/client', 'heapGrowthMB', 2)} (peak RSS +${fmt(p.peakRssGrowthMB.median, 1)})`, '', '', `all ids held: ${fmt(p.allIdsMB.median, 1)} MB`, 'flat', p.heapGrowthMB.median < p.allIdsMB.median / 4);
  }
  const head = ['figure (median [min–max])', 'messaging-api-line', 'raw node:http', 'bare axios', 'ratio', 'target', ''];
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => String(r[i] ?? '').length)));
  const line = (r) => `| ${r.map((c, i) => String(c ?? '').padEnd(widths[i])).join(' | ')} |`;
  const m = result.machine;
  return [
    `machine: ${m.cpu}, ${m.nproc} cores, ${m.memGB} GB, node ${m.node}, ${m.platform}; ${result.options.repeats} repeats, each in a fresh process`,
    '',
    line(head),
    `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`,
    ...rows.map(line),
  ].join('\n');
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
