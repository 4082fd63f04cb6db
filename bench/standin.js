/**
 * A loopback LINE stand-in for the benchmark, run in its own process (forked by bench/run.js with an IPC channel).
 *
 * - `POST /v2/bot/message/push`: reads the body, answers `{"sentMessages":[...]}` with an `x-line-request-id`.
 * - `GET /v2/bot/message/{size}/content`: streams `size` bytes (a message id made of digits is the body size).
 * - Counts TCP connections (`connection` events); the parent asks for the count over IPC (`{ type: 'stats' }`).
 *
 * It listens on 127.0.0.1 only and stops by itself when the parent goes away, and after a hard time limit.
 */
const http = require('node:http');
const { randomUUID } = require('node:crypto');

const HARD_LIMIT_MS = Number(process.env.BENCH_STANDIN_LIMIT_MS || 15 * 60 * 1000);
const CHUNK = Buffer.alloc(64 * 1024, 0x61);

let connections = 0;
let requests = 0;

function push(req, res) {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    requests++;
    let count = 1;
    try {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      count = Array.isArray(body.messages) ? body.messages.length : 1;
    } catch {
      res.writeHead(400, { 'content-type': 'application/json' });
      res.end('{"message":"The request body has 1 error(s)"}');
      return;
    }
    const sentMessages = [];
    for (let i = 0; i < count; i++) sentMessages.push({ id: String(481156380000000 + requests * 5 + i), quoteToken: `q${requests}-${i}` });
    const payload = JSON.stringify({ sentMessages });
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(payload),
      'x-line-request-id': randomUUID(),
    });
    res.end(payload);
  });
}

function content(res, size) {
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size, 'x-line-request-id': randomUUID() });
  let left = size;
  const write = () => {
    while (left > 0) {
      const n = Math.min(left, CHUNK.length);
      left -= n;
      const ok = res.write(n === CHUNK.length ? CHUNK : CHUNK.subarray(0, n));
      if (left === 0) {
        res.end();
        return;
      }
      if (!ok) {
        res.once('drain', write);
        return;
      }
    }
  };
  write();
}

const server = http.createServer((req, res) => {
  const url = req.url || '/';
  if (req.method === 'POST' && url === '/v2/bot/message/push') return push(req, res);
  const m = /^\/v2\/bot\/message\/(\d+)\/content$/.exec(url);
  if (req.method === 'GET' && m) {
    req.resume();
    return content(res, Number(m[1]));
  }
  req.resume();
  res.writeHead(404, { 'content-type': 'application/json' });
  res.end('{"message":"Not found"}');
});
server.keepAliveTimeout = 30_000;
server.on('connection', () => connections++);

function stop() {
  server.close();
  server.closeAllConnections();
  process.exit(0);
}

server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  process.send({ type: 'ready', origin: `http://127.0.0.1:${port}` });
});
process.on('message', (msg) => {
  if (msg && msg.type === 'stats') process.send({ type: 'stats', connections, requests });
  if (msg && msg.type === 'stop') stop();
});
process.on('disconnect', stop);
setTimeout(stop, HARD_LIMIT_MS).unref();
