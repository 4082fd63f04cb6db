/**
 * The webhook load generator (spawned by webhook.js): posts one signed body `--warmup` times, tells its parent it is
 * about to measure, waits for `go`, posts it `--requests` times (`--concurrency` keep-alive connections) and reports.
 * Paired mode (`--ports=A,B --rounds=N`): warms up both servers, then for each round and each server in turn (the order
 * reversed every other round) sends `measuring` with the server's index, waits for `go`, posts and sends `done`.
 */
const http = require('node:http');
const { createHmac } = require('node:crypto');
const { args } = require('./common');

const a = args();
const n = Number(a.events || 1);
const events = Array.from({ length: n }, (_, i) => ({
  type: 'message',
  mode: 'active',
  timestamp: 1700000000000 + i,
  source: { type: 'user', userId: `U${String(i).padStart(32, '0')}` },
  webhookEventId: `01H${String(i).padStart(23, '0')}`,
  deliveryContext: { isRedelivery: false },
  replyToken: `r${String(i).padStart(31, '0')}`,
  message: { id: String(100000 + i), type: 'text', quoteToken: `q${i}`, text: 'hello, this is a message of a typical length' },
}));
const body = Buffer.from(JSON.stringify({ destination: `U${'0'.repeat(32)}`, events }));
const signature = createHmac('sha256', a.secret).update(body).digest('base64');
const agent = new http.Agent({ keepAlive: true, maxSockets: Number(a.concurrency || 8) });
let failed = 0;
let port = a.port;

const post = () =>
  new Promise((resolve) => {
    const req = http.request(
      { agent, host: '127.0.0.1', port, method: 'POST', path: '/webhook', headers: { 'content-type': 'application/json', 'content-length': body.length, 'x-line-signature': signature } },
      (res) => {
        if (res.statusCode !== 200) failed++;
        res.resume();
        res.on('end', resolve);
      },
    );
    req.on('error', () => {
      failed++;
      resolve();
    });
    req.end(body);
  });

async function run(count) {
  let next = 0;
  const worker = async () => {
    while (next < count) {
      next++;
      await post();
    }
  };
  await Promise.all(Array.from({ length: Number(a.concurrency || 8) }, worker));
}

const nextMessage = () => new Promise((resolve) => process.once('message', resolve));

async function paired(ports, rounds) {
  for (const p of ports) {
    port = p;
    await run(Number(a.warmup || 500));
  }
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [1, 0] : [0, 1];
    for (const index of order) {
      port = ports[index];
      const before = failed;
      process.send({ type: 'measuring', index, round: r });
      await nextMessage();
      await run(Number(a.requests || 4000));
      process.send({ type: 'done', index, round: r, failed: failed - before });
    }
  }
  process.send({ type: 'finished', failed });
  agent.destroy();
}

(async () => {
  if (a.ports) return paired(a.ports.split(',').map(Number), Number(a.rounds || 3));
  await run(Number(a.warmup || 500));
  process.send({ type: 'measuring' });
  await new Promise((resolve) => process.once('message', resolve));
  await run(Number(a.requests || 4000));
  process.send({ type: 'done', failed });
  agent.destroy();
})();
