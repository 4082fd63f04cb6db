/**
 * Redis for the store suites: REDIS_URL, or redis://127.0.0.1:6379. `.ci/run` starts a redis-server and sets
 * REDIS_URL and CI. Locally, without a reachable Redis, the Redis suites are skipped with a message; under CI (or
 * with REDIS_URL set) an unreachable Redis fails them.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import net from 'node:net';

import Redis from 'ioredis';
import { createClient } from 'redis';

export const REDIS_URL = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
const mustRun = Boolean(process.env.CI || process.env.REDIS_URL);

function reachable(url: string): boolean {
  const { hostname, port } = new URL(url);
  const probe = `const s=require('net').connect(${Number(port) || 6379}, ${JSON.stringify(hostname)});s.setTimeout(1000);s.on('connect',()=>process.exit(0));s.on('error',()=>process.exit(1));s.on('timeout',()=>process.exit(1));`;
  return spawnSync(process.execPath, ['-e', probe], { timeout: 3000 }).status === 0;
}

export const redisReachable = reachable(REDIS_URL);

/** Whether a redis-server binary is on PATH (for the fault suite's private servers). */
export const redisServerBinary = spawnSync('redis-server', ['--version'], { timeout: 3000 }).status === 0;

/**
 * `describe` for suites that need Redis: skipped with a message locally when Redis is unreachable; failing under CI.
 *
 * @param name - suite name
 * @param fn - the suite
 * @param needs - `binary`: the suite starts its own servers and needs only the redis-server binary
 */
export function describeRedis(name: string, fn: () => void, needs: { binary?: boolean } = {}): void {
  // Suites on private servers need only the binary; the others need the shared Redis.
  const missing = needs.binary ? (redisServerBinary ? undefined : 'no redis-server binary on PATH') : redisReachable ? undefined : `no Redis reachable at ${REDIS_URL}`;
  if (!missing) return describe(name, fn);
  if (mustRun) {
    describe(name, () => {
      it('has Redis', () => {
        throw new Error(`${missing}: CI (or REDIS_URL) requires the Redis suites to run; .ci/run installs and starts redis-server`);
      });
    });
    return;
  }
  console.warn(`[${name}] SKIPPED: ${missing}. Start one (apt-get install -y redis-server; redis-server --port 6379) or set REDIS_URL.`);
  describe.skip(name, fn);
}

/** A fresh key prefix per test run, so that suites never see each other's keys. */
export function uniquePrefix(label: string): string {
  return `test:${label}:${process.pid}:${Date.now().toString(36)}:${Math.random().toString(36).slice(2, 8)}:`;
}

/** An ioredis client that neither retries forever nor logs unhandled errors. */
export function ioredisClient(url = REDIS_URL): Redis {
  const client = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 100, connectTimeout: 1000 });
  client.on('error', () => undefined);
  return client;
}

/** A connected node-redis client. */
export async function nodeRedisClient(url = REDIS_URL): Promise<ReturnType<typeof createClient>> {
  const client = createClient({ url, socket: { reconnectStrategy: () => 100, connectTimeout: 1000 } });
  client.on('error', () => undefined);
  await client.connect();
  return client;
}

/** A free loopback port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A private redis-server child on its own port (for fault tests); resolves once it accepts connections. */
export async function startPrivateRedis(port: number): Promise<ChildProcess> {
  const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  for (let i = 0; i < 100; i++) {
    if (reachable(`redis://127.0.0.1:${port}`)) return child;
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error(`private redis-server on port ${port} did not start`);
}

/** Kills a child and waits for its exit. */
export function kill(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}
