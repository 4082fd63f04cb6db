/**
 * The fleet benchmark's correctness, small: worker processes sharing one channel through a real Redis issue one
 * token, deliver every push exactly once and handle every webhook event exactly once despite redeliveries and
 * duplicate deliveries. (The rate figures are the benchmark's business, not a unit test's.) Needs dist/ (`npm test`
 * builds it first).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

import { describeRedis, REDIS_URL } from '../store/redisEnv';

const ROOT = path.join(__dirname, '..', '..');

describeRedis('bench/fleet.js (small run)', () => {
  it('one token, pushes and webhook events each exactly once across worker processes', async () => {
    expect(existsSync(path.join(ROOT, 'dist', 'redis', 'index.js'))).toBe(true);
    const out = await new Promise<string>((resolve, reject) => {
      execFile(
        process.execPath,
        [path.join(ROOT, 'bench', 'fleet.js'), '--workers=3', '--pushes=20', '--limit=50', '--events=60', '--json'],
        { env: { ...process.env, REDIS_URL }, timeout: 60_000 },
        (error, stdout, stderr) => (stdout.includes('FLEET_REPORT') ? resolve(stdout) : reject(new Error(`${error?.message}\n${stdout}\n${stderr}`))),
      );
    });
    const report = JSON.parse(out.split('FLEET_REPORT ')[1].split('\n')[0]);
    expect(report.tokensIssued).toBe(1);
    expect([report.pushesDelivered, report.pushesExactlyOnce, report.failedPushes]).toEqual([60, 60, 0]);
    expect([report.handledOnce, report.handledTwice]).toEqual([60, 0]);
    expect(report.deliveries).toBeGreaterThan(60); // redeliveries and duplicates did happen
  }, 90_000);
});
