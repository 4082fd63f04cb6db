/**
 * Helpers shared by the benchmark's child processes: where the built package is, the three push
 * implementations, and how a child reports its result (one JSON line on stdout) and stops by itself.
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { randomUUID } = require('node:crypto');

/** The built package the bench measures (a snapshot of dist/ taken by run.js, or dist/ itself). */
const DIST = process.env.BENCH_DIST || path.join(__dirname, '..', '..', 'dist');
const TOKEN = 'bench-access-token';

/** Every child stops by itself after `ms`, whatever happens. */
function hardLimit(ms = Number(process.env.BENCH_CHILD_LIMIT_MS || 120_000)) {
  setTimeout(() => {
    fs.writeSync(2, `bench child ${process.argv.slice(2).join(' ')}: over its ${ms} ms limit, exiting\n`);
    process.exit(3);
  }, ms).unref();
}

/** Writes the result synchronously (a pipe may be non-blocking; process.exit must not cut it) and exits. */
function report(result) {
  fs.writeSync(1, `${JSON.stringify(result)}\n`);
  process.exit(0);
}

function fail(err) {
  fs.writeSync(2, `${err && err.stack ? err.stack : String(err)}\n`);
  process.exit(1);
}

function args() {
  const out = {};
  for (const a of process.argv.slice(2)) {
    const m = /^--([\w-]+)=(.*)$/.exec(a);
    if (m) out[m[1]] = m[2];
  }
  return out;
}

/**
 * Sets up one push implementation against `origin`. Each returns `push(to, text)` resolving the parsed
 * `{ sentMessages }`. All three send the same request: JSON body, bearer token, a fresh X-Line-Retry-Key.
 */
const pushers = {
  /** messaging-api-line: `LineClient#pushText` (validation, retry key, retries, error mapping included). */
  client(origin) {
    const { LineClient } = require(DIST);
    const client = new LineClient({ accessToken: TOKEN, origin, dataOrigin: origin });
    return { push: (to, text) => client.pushText(to, text), client };
  },
  /** node:http with a keep-alive agent: the floor. */
  raw(origin) {
    const agent = new http.Agent({ keepAlive: true });
    const url = new URL(origin);
    const push = (to, text) =>
      new Promise((resolve, reject) => {
        const body = JSON.stringify({ to, messages: [{ type: 'text', text }] });
        const req = http.request(
          {
            agent,
            hostname: url.hostname,
            port: url.port,
            method: 'POST',
            path: '/v2/bot/message/push',
            headers: {
              'Content-Type': 'application/json',
              'Content-Length': Buffer.byteLength(body),
              Authorization: `Bearer ${TOKEN}`,
              'X-Line-Retry-Key': randomUUID(),
            },
          },
          (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => {
              if (res.statusCode !== 200) return reject(new Error(`status ${res.statusCode}`));
              try {
                resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
              } catch (err) {
                reject(err);
              }
            });
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(body);
      });
    return { push, agent };
  },
  /** undici's request() (its global keep-alive dispatcher). */
  undici(origin) {
    const { request } = require('undici');
    const url = `${origin}/v2/bot/message/push`;
    const push = async (to, text) => {
      const res = await request(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}`, 'x-line-retry-key': randomUUID() },
        body: JSON.stringify({ to, messages: [{ type: 'text', text }] }),
      });
      if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}`);
      return res.body.json();
    };
    return { push };
  },
  /** messaging-api-line 1.1.0 from the npm registry (dev dependency `messaging-api-line-110`). */
  line110(origin) {
    const { LineClient } = require('messaging-api-line-110');
    const client = new LineClient({ accessToken: TOKEN, origin, dataOrigin: origin });
    return { push: (to, text) => client.pushText(to, text), client };
  },
  /** @line/bot-sdk's MessagingApiClient (fetch underneath), with a retry key as the others send. */
  botsdk(origin) {
    const { messagingApi } = require('@line/bot-sdk');
    const client = new messagingApi.MessagingApiClient({ channelAccessToken: TOKEN, baseURL: origin });
    return { push: (to, text) => client.pushMessage({ to, messages: [{ type: 'text', text }] }, randomUUID()) };
  },
  /** axios with its defaults (Node's global agent). */
  axios(origin) {
    const axios = require('axios');
    const push = (to, text) =>
      axios
        .post(`${origin}/v2/bot/message/push`, { to, messages: [{ type: 'text', text }] }, { headers: { Authorization: `Bearer ${TOKEN}`, 'X-Line-Retry-Key': randomUUID() } })
        .then((r) => r.data);
    return { push };
  },
};

const USER = 'U4af4980629b6f0a6c5b2b1b8e0e8f6c1';

module.exports = { DIST, TOKEN, USER, hardLimit, report, fail, args, pushers };
