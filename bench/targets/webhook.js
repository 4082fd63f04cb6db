/**
 * Webhook cost, in a fresh process: `--target=... --events=1|100 --requests=N --concurrency=N`.
 * This process runs the server; a load generator (bench/targets/webhook-load.js, its own process) posts signed
 * webhook bodies over keep-alive connections. Reports the server process's CPU (user + system) per request over the
 * measured requests (after a warm-up), so the load generator's own cost is not counted.
 *
 * Targets (every one verifies the signature, parses the JSON and answers 200):
 * - `bare-http`: node:http, the bare handler: body read, HMAC-SHA256 + timingSafeEqual + JSON.parse (the floor);
 * - `mw-http`: messaging-api-line's `middleware({ channelSecret, onEvents })` as the node:http listener;
 * - `bare-express`: express with the same bare handler in the route;
 * - `mw-express`: express, `middleware({ channelSecret })` then a route answering 200;
 * - `handler-fetch`: `webhookHandler` (the fetch one; node:crypto in the Node.js build) behind a minimal node:http →
 *   Request adapter (the adapter's own Request, Headers and Response costs are counted too);
 * - `botsdk-http` / `botsdk-express`: @line/bot-sdk's `middleware` (node:http: called with a `next` that answers).
 *
 * Paired mode, `--target=a,b --rounds=N`: both servers in this one process, the load generator posting to each in
 * turn, N rounds; each round reports both targets' CPU per request, measured seconds apart under the same conditions
 * (on a shared machine the same server's CPU per request drifts by 10 % or more between processes).
 */
/* global Headers, Request */
const http = require('node:http');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { performance } = require('node:perf_hooks');
const { createHmac, timingSafeEqual } = require('node:crypto');
const { DIST, hardLimit, fail, report, args } = require('./common');

hardLimit(120_000);
const a = args();
const SECRET = 'bench-channel-secret';
const requests = Number(a.requests || 4000);
const warmup = Number(a.warmup || 500);

/** The bare handler: what any correct webhook endpoint must do at least. */
function bare(req, res) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
    const expected = Buffer.from(createHmac('sha256', SECRET).update(body).digest('base64'));
    const got = Buffer.from(String(req.headers['x-line-signature'] || ''));
    if (got.length !== expected.length || !timingSafeEqual(expected, got)) {
      res.statusCode = 401;
      return res.end();
    }
    const parsed = JSON.parse(body.toString('utf8'));
    if (!Array.isArray(parsed.events)) res.statusCode = 400;
    res.end();
  });
}

function listener(target) {
  const noop = () => undefined;
  switch (target) {
    case 'bare-http':
      return bare;
    case 'mw-http': {
      const { middleware } = require(DIST);
      return middleware({ channelSecret: SECRET, onEvents: noop });
    }
    case 'bare-express': {
      const app = require('express')();
      app.post('/webhook', bare);
      return app;
    }
    case 'mw-express': {
      const { middleware } = require(DIST);
      const app = require('express')();
      app.post('/webhook', middleware({ channelSecret: SECRET }), (req, res) => res.status(200).end());
      return app;
    }
    case 'handler-fetch': {
      const { webhookHandler } = require(DIST);
      const handle = webhookHandler({ channelSecret: SECRET, onEvents: noop });
      return (req, res) => {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', async () => {
          const headers = new Headers();
          for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
          const response = await handle(new Request(`http://${req.headers.host}${req.url}`, { method: req.method, headers, body: Buffer.concat(chunks) }));
          res.writeHead(response.status);
          res.end(Buffer.from(await response.arrayBuffer()));
        });
      };
    }
    case 'botsdk-http': {
      const { middleware } = require('@line/bot-sdk');
      const mw = middleware({ channelSecret: SECRET });
      return (req, res) => mw(req, res, (err) => {
        res.statusCode = err ? 500 : 200;
        res.end();
      });
    }
    case 'botsdk-express': {
      const { middleware } = require('@line/bot-sdk');
      const app = require('express')();
      app.post('/webhook', middleware({ channelSecret: SECRET }), (req, res) => res.status(200).end());
      return app;
    }
    default:
      throw new Error(`unknown target ${target}`);
  }
}

/** Paired mode: two servers, one load generator posting to each in turn; reports each round's CPU µs per request. */
function paired(targets, rounds) {
  const servers = targets.map((t) => http.createServer({ keepAliveTimeout: 30_000 }, listener(t)));
  let listening = 0;
  for (const server of servers) {
    server.listen(0, '127.0.0.1', () => {
      if (++listening < servers.length) return;
      const ports = servers.map((s) => s.address().port).join(',');
      const load = spawn(process.execPath, [path.join(__dirname, 'webhook-load.js'), `--ports=${ports}`, `--rounds=${rounds}`, `--events=${a.events || 1}`, `--requests=${requests}`, `--warmup=${warmup}`, `--concurrency=${a.concurrency || 8}`, `--secret=${SECRET}`], {
        stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
      });
      const out = Array.from({ length: rounds }, () => ({}));
      let cpu0;
      load.on('message', (m) => {
        if (m.type === 'measuring') {
          cpu0 = process.cpuUsage();
          load.send({ type: 'go' });
        } else if (m.type === 'done') {
          const cpu = process.cpuUsage(cpu0);
          if (m.failed > 0) fail(new Error(`${m.failed} webhook requests failed (${targets[m.index]})`));
          out[m.round][targets[m.index]] = (cpu.user + cpu.system) / requests;
        } else if (m.type === 'finished') {
          load.disconnect();
          report({ rounds: out, events: Number(a.events || 1) });
        }
      });
      load.on('exit', (code) => code && fail(new Error(`load generator exited with ${code}`)));
    });
  }
}

if (a.rounds) {
  paired(a.target.split(','), Number(a.rounds));
  return;
}

const server = http.createServer({ keepAliveTimeout: 30_000 }, listener(a.target));
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const load = spawn(process.execPath, [path.join(__dirname, 'webhook-load.js'), `--port=${port}`, `--events=${a.events || 1}`, `--requests=${requests}`, `--warmup=${warmup}`, `--concurrency=${a.concurrency || 8}`, `--secret=${SECRET}`], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  let cpu0;
  let ru0;
  let t0;
  load.on('message', (m) => {
    if (m.type === 'measuring') {
      cpu0 = process.cpuUsage();
      ru0 = process.resourceUsage();
      t0 = performance.now();
      load.send({ type: 'go' });
    } else if (m.type === 'done') {
      const cpu = process.cpuUsage(cpu0);
      const ms = performance.now() - t0;
      if (m.failed > 0) return fail(new Error(`${m.failed} webhook requests failed (${a.target})`));
      load.disconnect();
      const ru = process.resourceUsage();
      // How often the server slept and woke per request: each costs CPU of its own (much of it on a VM), and it
      // varies with timing (how many requests one event-loop turn finds), so read cpuUsPerRequest together with it.
      const switches = ru.voluntaryContextSwitches - ru0.voluntaryContextSwitches + ru.involuntaryContextSwitches - ru0.involuntaryContextSwitches;
      report({ cpuUsPerRequest: (cpu.user + cpu.system) / requests, requestsPerSec: (requests / ms) * 1000, events: Number(a.events || 1), contextSwitchesPerRequest: switches / requests });
    }
  });
  load.on('exit', (code) => code && fail(new Error(`load generator exited with ${code}`)));
});
