#!/usr/bin/env node
/**
 * Fleet benchmark (issue 13): N worker processes (default 4) share one channel through Redis, against the dummy
 * LINE server (messaging-api-line/testing from dist/). Reports:
 * - channel access tokens issued (goal: 1 for the whole run),
 * - pushes delivered (goal: all, each exactly once),
 * - the fleet's aggregate push rate against a configured limit (goal: within 5 % of it; the busiest 1-second span
 *   never above it by more than one burst, i.e. one window's worth),
 * - webhook events handled across replicas, with LINE-style redeliveries and duplicate deliveries (goal: each
 *   exactly once).
 *
 * The workers use the public options only: `new LineClient({ channelId, channelSecret, store, rateLimit: { store,
 * limits } })` for the pushes, and `middleware({ channelSecret, dedup: { store }, onEvents })` on a loopback HTTP
 * server for the webhooks (the parent posts signed webhooks to a random replica and redelivers the failed ones, as
 * LINE does).
 *
 * Run `npm run build` first, then `node bench/fleet.js [--workers=4] [--pushes=250] [--limit=100] [--events=300]`
 * (`--json` also prints the report as one `FLEET_REPORT {...}` line; `--docs` writes the figures into docs/fleet.md
 * between its generated markers). `npm run bench` runs it last; `npm run bench -- --only=fleet` runs it alone.
 * Redis: REDIS_URL, else a private redis-server on a free loopback port (stopped at the end).
 * Exits non-zero when a goal is missed.
 */
const { fork, spawn, spawnSync } = require('node:child_process');
const { randomUUID } = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIST = process.env.BENCH_DIST || path.join(ROOT, 'dist');
const HARD_LIMIT_MS = 5 * 60 * 1000;

function options() {
  const a = {};
  for (const arg of process.argv.slice(2)) {
    const m = /^--([\w-]+)(?:=(.*))?$/.exec(arg);
    if (m) a[m[1]] = m[2] === undefined ? true : m[2];
  }
  return {
    workers: Number(a.workers ?? process.env.BENCH_FLEET_WORKERS ?? 4),
    pushes: Number(a.pushes ?? process.env.BENCH_FLEET_PUSHES ?? 250),
    limit: Number(a.limit ?? process.env.BENCH_FLEET_LIMIT ?? 100),
    events: Number(a.events ?? process.env.BENCH_FLEET_EVENTS ?? 300),
  };
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function startRedis() {
  if (process.env.REDIS_URL) return { url: process.env.REDIS_URL, external: true, stop: async () => undefined };
  if (spawnSync('redis-server', ['--version']).status !== 0) throw new Error('no REDIS_URL and no redis-server on PATH (apt-get install -y redis-server)');
  const port = await freePort();
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    const ok = await new Promise((r) => net.connect(port, '127.0.0.1').on('connect', function () { this.destroy(); r(true); }).on('error', () => r(false)));
    if (ok) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => new Promise((r) => (child.exitCode !== null ? r() : (child.once('exit', r), child.kill('SIGKILL')))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Worker
// ---------------------------------------------------------------------------------------------------------------
async function worker() {
  const cfg = JSON.parse(process.env.FLEET_WORKER);
  const { LineClient, middleware } = require(DIST);
  const { createRedisStore } = require(path.join(DIST, 'redis'));
  const Redis = require('ioredis');
  const http = require('node:http');
  const redis = new Redis(cfg.redisUrl, { maxRetriesPerRequest: 1 });
  redis.on('error', () => undefined);
  const store = createRedisStore(redis, { prefix: cfg.prefix });
  const warnings = [];
  const onWarning = (w) => warnings.push(`${w.type} ${w.feature}: ${w.message}`);

  // The public options: tokens shared through the store, pushes paced by the fleet-wide count.
  const client = new LineClient({
    channelId: cfg.channelId,
    channelSecret: cfg.channelSecret,
    origin: cfg.origin,
    dataOrigin: cfg.origin,
    store,
    rateLimit: { store, limits: { 'POST /v2/bot/message/push': { points: cfg.limit, durationMs: 1000 } } },
    onStoreWarning: onWarning,
  });

  // A webhook replica: de-duplicated through the store. The handler fails an event's first delivery for every fifth
  // event (so it is redelivered), and takes a few ms (so concurrent duplicates overlap).
  const mw = middleware({
    channelSecret: cfg.channelSecret,
    dedup: { store, onWarning },
    onEvents: async ({ events }) => {
      await new Promise((r) => setTimeout(r, 5));
      const bad = events.find((e) => !e.deliveryContext.isRedelivery && Number(e.webhookEventId.slice(-4)) % 5 === 0);
      if (bad) throw new Error(`handler failed on ${bad.webhookEventId}`);
      process.send({ type: 'handled', ids: events.map((e) => e.webhookEventId) });
    },
  });
  const hook = http.createServer((req, res) => void mw(req, res));
  await new Promise((r) => hook.listen(0, '127.0.0.1', r));

  process.on('message', async (m) => {
    if (m.type === 'push') {
      let failed = 0;
      let next = 0;
      const one = async () => {
        while (next < cfg.pushes) {
          const n = next++;
          try {
            await client.withOptions({ timeout: 60_000 }).pushText(cfg.userId, `w${cfg.index}-${n}`);
          } catch (error) {
            failed++;
            warnings.push(`push failed: ${error.message}`);
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, one));
      process.send({ type: 'pushed', failed, warnings });
    } else if (m.type === 'stop') {
      hook.close();
      redis.disconnect();
      process.exit(0);
    }
  });
  process.send({ type: 'ready', url: `http://127.0.0.1:${hook.address().port}/webhook` });
}

/** Replaces the generated section of docs/fleet.md with this run's figures. */
function writeDocs(report, lines, externalRedis) {
  const file = path.join(ROOT, 'docs', 'fleet.md');
  const START = '<!-- fleet-bench:start (generated by bench/fleet.js --docs; do not edit) -->';
  const END = '<!-- fleet-bench:end -->';
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(START);
  const b = text.indexOf(END);
  if (a === -1 || b < a) throw new Error('docs/fleet.md has no fleet-bench markers');
  const o = report.options;
  const section = [
    START,
    '',
    `Run of ${report.when.slice(0, 10)}: ${o.workers} worker processes, ${o.pushes} pushes each under a fleet limit of ${o.limit} pushes/s, ` +
      `${o.events} webhook events; node ${process.version}, ${os.cpus().length} cores (${os.cpus()[0]?.model.trim() ?? 'unknown CPU'}), ` +
      `${externalRedis ? 'REDIS_URL' : 'a private redis-server'} on loopback.`,
    '',
    '```text',
    ...lines,
    '```',
    '',
    END,
  ].join('\n');
  fs.writeFileSync(file, text.slice(0, a) + section + text.slice(b + END.length));
  console.log('docs/fleet.md: figures updated');
}

// ---------------------------------------------------------------------------------------------------------------
// Parent
// ---------------------------------------------------------------------------------------------------------------
async function main() {
  const opts = options();
  const hard = setTimeout(() => {
    console.error('fleet bench: hard time limit reached');
    process.exit(2);
  }, HARD_LIMIT_MS);
  hard.unref();
  const { createDummyLineServer } = require(path.join(DIST, 'testing'));
  const channelId = '1234567890';
  const channelSecret = randomUUID().replace(/-/g, '');
  const server = await createDummyLineServer({ channels: [{ channelId, channelSecret }], maxRecordedRequests: 1_000_000 });
  const redis = await startRedis();
  const prefix = `bench:${Date.now().toString(36)}:`;
  const userId = `U${'f'.repeat(32)}`;
  const workers = [];
  const cleanup = async () => {
    for (const w of workers) if (w.connected) w.send({ type: 'stop' });
    await Promise.all(workers.map((w) => (w.exitCode !== null ? undefined : new Promise((r) => (w.once('exit', r), setTimeout(() => (w.kill('SIGKILL'), r()), 3000))))));
    await server.close();
    await redis.stop();
  };

  try {
    const handled = new Map();
    for (let i = 0; i < opts.workers; i++) {
      const w = fork(path.join(__dirname, 'fleet.js'), ['--worker'], {
        env: { ...process.env, FLEET_WORKER: JSON.stringify({ index: i, origin: server.origin, redisUrl: redis.url, prefix, channelId, channelSecret, userId, pushes: opts.pushes, limit: opts.limit }) },
      });
      w.on('message', (m) => {
        if (m.type === 'handled') for (const id of m.ids) handled.set(id, (handled.get(id) || 0) + 1);
      });
      workers.push(w);
      await new Promise((resolve, reject) => {
        w.once('message', (m) => (m.type === 'ready' ? resolve((w.url = m.url)) : reject(new Error('worker did not start'))));
        w.once('exit', (code) => reject(new Error(`worker exited ${code}`)));
      });
    }

    // Pushes: every worker at once.
    const started = Date.now();
    const results = await Promise.all(workers.map((w) => new Promise((resolve) => {
      const on = (m) => m.type === 'pushed' && (w.off('message', on), resolve(m));
      w.on('message', on);
      w.send({ type: 'push' });
    })));
    const pushMs = Date.now() - started;
    const pushes = server.requests.filter((r) => r.method === 'POST' && r.path === '/v2/bot/message/push' && r.status === 200).map((r) => r.time).sort((a, b) => a - b);
    const texts = new Map();
    for (const d of server.deliveries) for (const msg of d.messages) if (d.kind === 'push') texts.set(msg.text, (texts.get(msg.text) || 0) + 1);
    const expected = opts.workers * opts.pushes;
    const once = [...texts.values()].filter((n) => n === 1).length;
    const tokensIssued = server.requests.filter((r) => r.path === '/oauth2/v3/token').length;
    let busiest = 0;
    for (let i = 0, j = 0; i < pushes.length; i++) {
      while (pushes[i] - pushes[j] >= 1000) j++;
      busiest = Math.max(busiest, i - j + 1);
    }
    // Rate over the full windows: the last window is partial, so the rate is measured from the first push to the
    // start of the last second's window.
    const spanMs = pushes.length > 1 ? pushes[pushes.length - 1] - pushes[0] : 0;
    const fullWindows = Math.floor(spanMs / 1000);
    const inFull = pushes.filter((t) => t - pushes[0] < fullWindows * 1000).length;
    const rate = fullWindows > 0 ? inFull / fullWindows : pushes.length;

    // Webhooks: LINE-style deliveries to random replicas; every tenth event is also delivered twice at once (a
    // redelivery racing a slow first attempt); failed deliveries are redelivered with isRedelivery until acknowledged.
    const ids = Array.from({ length: opts.events }, (_, i) => `01FLEET${String(i).padStart(6, '0')}`);
    let deliveries = 0;
    const { signWebhook } = require(path.join(DIST, 'testing'));
    const destination = `U${'0'.repeat(32)}`;
    // One signed webhook POST to a random replica; acknowledged when it answers 200 (503: in progress elsewhere).
    const deliver = async (events) => {
      deliveries++;
      const body = JSON.stringify({ destination, events });
      const url = workers[Math.floor(Math.random() * workers.length)].url;
      try {
        const res = await globalThis.fetch(url, { method: 'POST', body, headers: { 'content-type': 'application/json', 'x-line-signature': signWebhook(body, channelSecret) } });
        await res.arrayBuffer();
        return { ok: res.status === 200, status: res.status };
      } catch {
        return { ok: false, status: null };
      }
    };
    const event = (id, redelivery) => ({ type: 'message', webhookEventId: id, deliveryContext: { isRedelivery: redelivery }, timestamp: Date.now() });
    await Promise.all(
      ids.map(async (id, i) => {
        const tries = [deliver([event(id, false)])];
        if (i % 10 === 0) tries.push(deliver([event(id, true)]));
        let acked = (await Promise.all(tries)).some((m) => m.ok);
        for (let attempt = 0; !acked && attempt < 20; attempt++) {
          await new Promise((r) => setTimeout(r, 10 * (attempt + 1))); // LINE spaces its redeliveries
          acked = (await deliver([event(id, true)])).ok;
        }
      }),
    );
    await new Promise((r) => setTimeout(r, 200)); // the last 'handled' messages travel by IPC, not with the answers
    const handledOnce = ids.filter((id) => handled.get(id) === 1).length;
    const handledTwice = ids.filter((id) => (handled.get(id) || 0) > 1).length;

    const warnings = results.flatMap((r) => r.warnings);
    const failedPushes = results.reduce((n, r) => n + r.failed, 0);
    const goals = {
      tokens: tokensIssued === 1,
      pushes: pushes.length === expected && once === expected && failedPushes === 0,
      rate: Math.abs(rate - opts.limit) <= opts.limit * 0.05 && busiest <= 2 * opts.limit,
      webhooks: handledOnce === ids.length && handledTwice === 0,
    };
    const ok = (b) => (b ? 'ok  ' : 'MISS');
    const lines = [
      `${ok(goals.tokens)} tokens issued: ${tokensIssued} (goal 1)`,
      `${ok(goals.pushes)} pushes delivered: ${pushes.length}/${expected}, exactly once: ${once}, failed: ${failedPushes} (${pushMs} ms)`,
      `${ok(goals.rate)} aggregate push rate: ${rate.toFixed(1)}/s over ${fullWindows} full s vs limit ${opts.limit}/s (busiest 1 s span: ${busiest}; allowed ≤ ${2 * opts.limit})`,
      `${ok(goals.webhooks)} webhook events handled exactly once: ${handledOnce}/${ids.length} (twice or more: ${handledTwice}; ${deliveries} deliveries incl. redeliveries and duplicates)`,
    ];
    console.log(`fleet bench: ${opts.workers} workers, one channel, Redis ${redis.url}`);
    for (const l of lines) console.log(l);
    if (warnings.length) console.log(`warnings:\n  ${warnings.slice(0, 10).join('\n  ')}`);
    const report = { when: new Date().toISOString(), options: opts, tokensIssued, pushesDelivered: pushes.length, pushesExactlyOnce: once, expected, failedPushes, pushMs, rate, busiest, handledOnce, handledTwice, deliveries, goals };
    const resultsDir = path.join(__dirname, 'results');
    fs.mkdirSync(resultsDir, { recursive: true });
    fs.writeFileSync(path.join(resultsDir, `fleet-${Date.now()}.json`), JSON.stringify(report, null, 2));
    if (process.argv.includes('--json')) console.log(`FLEET_REPORT ${JSON.stringify(report)}`);
    if (process.argv.includes('--docs')) writeDocs(report, lines, redis.external);
    process.exitCode = Object.values(goals).every(Boolean) ? 0 : 1;
  } finally {
    await cleanup();
  }
}

if (process.argv.includes('--worker')) {
  worker().catch((error) => {
    console.error(error);
    process.exit(1);
  });
  setTimeout(() => process.exit(3), HARD_LIMIT_MS).unref();
  process.on('disconnect', () => process.exit(0));
} else {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
