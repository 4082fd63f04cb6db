/**
 * Attempt timeouts run on one process-wide timer (src/http/deadlines.ts): it fires each attempt's deadline on time
 * whatever the order they were armed in, holds the process open while an attempt waits (as a timer per attempt did),
 * and lets it exit as soon as none does. The process-level cases run the built package in a child process.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

import { arm, disarm, type Deadline } from '../../src/http/deadlines';

const DIST = path.join(__dirname, '..', '..', 'dist', 'index.js');

function deadline(log: string[], name: string): Deadline {
  return { due: 0, expire: () => log.push(name) };
}

describe('deadlines', () => {
  it('expire in deadline order whatever the arming order; a disarmed one never does', async () => {
    const log: string[] = [];
    const slow = deadline(log, 'slow');
    const fast = deadline(log, 'fast');
    const gone = deadline(log, 'gone');
    arm(slow, 120);
    arm(gone, 10);
    arm(fast, 40);
    disarm(gone);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect(log).toEqual(['fast']);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(log).toEqual(['fast', 'slow']);
  });

  it('never fire early', async () => {
    const started = performance.now();
    const at = await new Promise<number>((resolve) => arm({ due: 0, expire: () => resolve(performance.now()) }, 50));
    expect(at - started).toBeGreaterThanOrEqual(49);
  });
});

describe('the process', () => {
  const run = (script: string) => spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000, env: { ...process.env, DIST } });

  it('exits right after its last call, although the calls had a 30 s timeout', () => {
    const script = `
      const http = require('node:http');
      const { LineClient } = require(process.env.DIST);
      const server = http.createServer((req, res) => { req.resume(); req.on('end', () => { res.setHeader('content-type', 'application/json'); res.end('{"sentMessages":[]}'); }); });
      server.listen(0, '127.0.0.1', async () => {
        const client = new LineClient({ accessToken: 't', origin: 'http://127.0.0.1:' + server.address().port, timeout: 30000 });
        for (let i = 0; i < 3; i++) await client.pushText('U' + '0'.repeat(32), 'x');
        server.close(); server.closeAllConnections();
        console.log('sent');
      });`;
    const started = Date.now();
    const result = run(script);
    expect(result.stdout.trim()).toBe('sent');
    expect(result.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  it('stays open while an attempt waits on a sender that holds nothing open, until its timeout', () => {
    const script = `
      const { LineClient } = require(process.env.DIST);
      const client = new LineClient({ accessToken: 't', timeout: 300, retry: false, fetch: () => new Promise(() => {}) });
      client.getBotInfo().then(() => console.log('resolved'), (e) => console.log(e.name));`;
    const result = run(script);
    expect(result.stdout.trim()).toBe('LineTimeoutError');
  });
});
