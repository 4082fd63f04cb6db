/**
 * Redis faults against real, private redis-server children (each on its own free port, killed at the end):
 * unreachable at start, killed mid-run, slow. What each feature does (docs/fleet.md): tokens keep the token held
 * or fall back to a per-process token; de-duplication and rate limiting fail open with a `degraded` warning; all
 * come back to the shared store once Redis answers. No send is lost: every token request below resolves.
 */
import type { ChildProcess } from 'node:child_process';

import type Redis from 'ioredis';

import { createRedisStore } from '../../src/redis';
import type { Store, StoreWarning } from '../../src/store';
import { WebhookDedup } from '../../src/store/dedup';
import { FleetRateLimiter } from '../../src/store/rateLimit';
import { SharedChannelToken } from '../../src/store/tokens';
import { fakeIssuer } from './fakes';
import { describeRedis, freePort, ioredisClient, kill, startPrivateRedis } from './redisEnv';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const TIMEOUT_MS = 300;

/** The three features of one "process", reporting warnings into one list. */
function processOf(store: Store, issuer: ReturnType<typeof fakeIssuer>, warnings: StoreWarning[]) {
  const onWarning = (w: StoreWarning) => void warnings.push(w);
  return {
    tokens: new SharedChannelToken({ store, key: 'tokens:1', issue: issuer.issue, onWarning, recheckMs: 100, pollMs: 20 }),
    dedup: new WebhookDedup({ store, onWarning }),
    limiter: new FleetRateLimiter({ store, channel: '1', onWarning, limits: { 'POST /v2/bot/message/push': { points: 1000, durationMs: 1000 } } }),
  };
}

async function waitFor(check: () => Promise<boolean> | boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error('condition not reached in time');
}

describeRedis(
  'Redis faults (private redis-server)',
  () => {
    let server: ChildProcess | undefined;
    const clients: Redis[] = [];
    const client = (port: number) => {
      const c = ioredisClient(`redis://127.0.0.1:${port}`);
      clients.push(c);
      return c;
    };
    afterEach(async () => {
      for (const c of clients.splice(0)) c.disconnect();
      await kill(server);
      server = undefined;
    });

    it('unreachable at start: per-process token, fail-open dedup and pacing, warned; shared once Redis is up', async () => {
      const port = await freePort();
      const store = createRedisStore(client(port), { commandTimeoutMs: TIMEOUT_MS });
      const issuer = fakeIssuer();
      const warnings: StoreWarning[] = [];
      const p = processOf(store, issuer, warnings);

      const started = Date.now();
      expect(await p.tokens.get()).toBe('token-1');
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 4);
      const handled: string[] = [];
      await p.dedup.run([{ webhookEventId: 'E1' }], (fresh) => void handled.push(...fresh.map((e) => e.webhookEventId!)));
      expect(handled).toEqual(['E1']);
      await p.limiter.acquire('POST /v2/bot/message/push');
      expect(new Set(warnings.filter((w) => w.type === 'degraded').map((w) => w.feature))).toEqual(new Set(['tokens', 'dedup', 'rateLimit']));

      server = await startPrivateRedis(port);
      await waitFor(async () => (await p.tokens.get()) === 'token-2');
      await p.dedup.run([{ webhookEventId: 'E2' }], () => undefined);
      await p.limiter.acquire('POST /v2/bot/message/push');
      expect(new Set(warnings.filter((w) => w.type === 'recovered').map((w) => w.feature))).toEqual(new Set(['tokens', 'dedup', 'rateLimit']));
      // Shared again: a second process reads the token instead of issuing one.
      const other = processOf(createRedisStore(client(port)), issuer, []);
      expect(await other.tokens.get()).toBe('token-2');
      expect(issuer.issued).toEqual(['token-1', 'token-2']);
      p.tokens.close();
    });

    it('killed mid-run: the token held keeps serving, dedup and pacing fail open, all recover after restart', async () => {
      const port = await freePort();
      server = await startPrivateRedis(port);
      const issuer = fakeIssuer();
      const warnings: StoreWarning[] = [];
      const a = processOf(createRedisStore(client(port), { commandTimeoutMs: TIMEOUT_MS }), issuer, warnings);
      const b = processOf(createRedisStore(client(port), { commandTimeoutMs: TIMEOUT_MS }), issuer, []);
      expect(await a.tokens.get()).toBe('token-1');
      expect(await b.tokens.get()).toBe('token-1');
      const handled: string[] = [];
      const handle = (fresh: { webhookEventId?: string }[]) => void handled.push(...fresh.map((e) => e.webhookEventId!));
      await a.dedup.run([{ webhookEventId: 'K1' }], handle);
      await b.dedup.run([{ webhookEventId: 'K1' }], handle); // redelivery to the other replica: skipped
      expect(handled).toEqual(['K1']);

      await kill(server);
      server = undefined;
      await sleep(150); // past recheckMs: the next get asks the store
      const sends = await Promise.all(Array.from({ length: 20 }, () => a.tokens.get()));
      expect(new Set(sends)).toEqual(new Set(['token-1'])); // no send lost, no new token while the held one is valid
      expect(issuer.issued).toEqual(['token-1']);
      await a.dedup.run([{ webhookEventId: 'K2' }], handle);
      expect(handled).toEqual(['K1', 'K2']);
      await a.limiter.acquire('POST /v2/bot/message/push');
      expect(new Set(warnings.filter((w) => w.type === 'degraded').map((w) => w.feature))).toEqual(new Set(['tokens', 'dedup', 'rateLimit']));

      server = await startPrivateRedis(port);
      await waitFor(async () => {
        await a.tokens.get();
        await a.limiter.acquire('POST /v2/bot/message/push');
        await a.dedup.run([], handle);
        await a.dedup.claim([{ webhookEventId: `probe-${Date.now()}` }]);
        return warnings.filter((w) => w.type === 'recovered').length === 3;
      });
      // The restarted Redis is empty: one process issues the shared token for both.
      expect(await a.tokens.get()).toBe(await b.tokens.get());
      expect(issuer.issued).toHaveLength(2);
      a.tokens.close();
      b.tokens.close();
    });

    it('slow: commands slower than commandTimeoutMs count as failures, a send waits at most about that long', async () => {
      const port = await freePort();
      server = await startPrivateRedis(port);
      const admin = client(port);
      const issuer = fakeIssuer();
      const warnings: StoreWarning[] = [];
      const p = processOf(createRedisStore(client(port), { commandTimeoutMs: TIMEOUT_MS }), issuer, warnings);
      expect(await p.tokens.get()).toBe('token-1');

      await admin.call('CLIENT', 'PAUSE', '1500', 'ALL');
      await sleep(150);
      let started = Date.now();
      expect(await p.tokens.get()).toBe('token-1');
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 3);
      started = Date.now();
      const handled: string[] = [];
      await p.dedup.run([{ webhookEventId: 'S1' }], (fresh) => void handled.push(...fresh.map((e) => e.webhookEventId!)));
      expect(handled).toEqual(['S1']);
      await p.limiter.acquire('POST /v2/bot/message/push');
      expect(Date.now() - started).toBeLessThan(TIMEOUT_MS * 5);
      expect(new Set(warnings.filter((w) => w.type === 'degraded').map((w) => w.feature))).toEqual(new Set(['tokens', 'dedup', 'rateLimit']));
      expect(warnings.find((w) => w.type === 'degraded')?.message).toMatch(/did not answer within 300 ms/);

      await sleep(1600); // the pause ends
      await p.limiter.acquire('POST /v2/bot/message/push');
      expect(warnings.filter((w) => w.type === 'recovered').map((w) => w.feature)).toContain('rateLimit');
      p.tokens.close();
    });
  },
  { binary: true },
);
