// TEMP: paired in-process stream throughput
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { pushers, args, report } = require('./common');
const a = args();
const size = 200 * 2 ** 20;
function drain(s) { return new Promise((res, rej) => { let b = 0; s.on('data', (c) => { b += c.length; }); s.on('end', () => res(b)); s.on('error', rej); }); }
const agent = new http.Agent({ keepAlive: true });
const rawGet = (id) => new Promise((res, rej) => http.get(`${a.origin}/v2/bot/message/${id}/content`, { agent, headers: { Authorization: 'Bearer x' } }, res).on('error', rej));
(async () => {
  const c = pushers.client(a.origin).client, l = pushers.line110(a.origin).client;
  const T = { client: (id) => c.getMessageContentStream(id), raw: rawGet, line110: (id) => l.getMessageContentStream(id) };
  for (const k in T) await drain(await T[k]('262144'));
  const out = {}; const cpu = {};
  const rounds = Number(a.rounds || 4);
  for (let r = 0; r < rounds; r++) {
    const keys = Object.keys(T); if (r % 2) keys.reverse();
    for (const k of keys) {
      const c0 = process.cpuUsage(); const t0 = performance.now();
      const n = await drain(await T[k](String(size)));
      const ms = performance.now() - t0; const cu = process.cpuUsage(c0);
      if (n !== size) throw new Error('size');
      (out[k] ||= []).push(size / 2 ** 20 / (ms / 1000)); (cpu[k] ||= []).push((cu.user + cu.system) / 1000);
    }
  }
  report({ out, cpu });
})();
