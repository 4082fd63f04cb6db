/**
 * Redis faults through the public options (`store`, `rateLimit`, webhook `dedup`), against a private redis-server
 * child and the dummy LINE server: unreachable at start, killed mid-run and restarted, paused (slow). What
 * docs/fleet.md promises: every push resolves and is delivered exactly once (never lost, never sent twice); tokens
 * fall back to the token held, else a per-process one; rate limiting and de-duplication fail open; each change is
 * reported once through `onStoreWarning` / `onWarning`, and `recovered` once Redis answers again.
 */
import type { ChildProcess } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type Redis from 'ioredis';
import { LineClient, middleware, type StoreWarning } from 'messaging-api-line';
import { createRedisStore } from 'messaging-api-line/redis';
import { createDummyLineServer, messageEvent, type DummyLineServer } from 'messaging-api-line/testing';

import { describeRedis, freePort, ioredisClient, kill, startPrivateRedis } from '../store/redisEnv';

const CHANNEL_ID = '1234567890';
const CHANNEL_SECRET = 'b'.repeat(32);
const USER = `U${'2'.repeat(32)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describeRedis(
  'fleet options when Redis fails (private redis-server)',
  () => {
    let line: DummyLineServer;
    let redisServer: ChildProcess | undefined;
    const redisClients: Redis[] = [];
    const httpServers: Server[] = [];
    beforeAll(async () => {
      line = await createDummyLineServer({ channels: [{ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET }] });
    });
    afterAll(() => line.close());
    afterEach(async () => {
      for (const c of redisClients.splice(0)) c.disconnect();
      for (const s of httpServers.splice(0)) await new Promise((r) => s.close(r));
      if (redisServer?.signalCode === null) redisServer.kill('SIGCONT');
      await kill(redisServer);
      redisServer = undefined;
      line.reset();
    });

    /** A "process" of the fleet: its own Redis connection, a client with the three options, its warnings. */
    const member = (port: number) => {
      const redis = ioredisClient(`redis://127.0.0.1:${port}`);
      redisClients.push(redis);
      const store = createRedisStore(redis, { commandTimeoutMs: 300 });
      const warnings: StoreWarning[] = [];
      const client = new LineClient({
        channelId: CHANNEL_ID,
        channelSecret: CHANNEL_SECRET,
        origin: line.origin,
        store,
        rateLimit: { store },
        onStoreWarning: (w) => void warnings.push(w),
      });
      return { client, store, warnings, seen: () => warnings.map((w) => `${w.type} ${w.feature}`) };
    };
    const tokenIssues = () => line.requests.filter((r) => r.path === '/oauth2/v3/token').length;
    /** Every text sent so far was delivered exactly once. */
    const deliveredOnce = (texts: string[]) => {
      const counts = new Map<string, number>();
      for (const d of line.deliveries) for (const m of d.messages) counts.set(String(m.text), (counts.get(String(m.text)) ?? 0) + 1);
      return texts.every((t) => counts.get(t) === 1) && [...counts.values()].every((n) => n === 1);
    };

    it('unreachable at start: each process issues its own token, pacing fails open; every push delivered once; warned', async () => {
      const port = await freePort(); // nothing listens there
      const fleet = [member(port), member(port)];
      const texts = fleet.flatMap((_, i) => [0, 1, 2].map((n) => `down-${i}-${n}`));
      await Promise.all(fleet.flatMap((m, i) => [0, 1, 2].map((n) => m.client.pushText(USER, `down-${i}-${n}`))));
      expect(deliveredOnce(texts)).toBe(true);
      expect(tokenIssues()).toBe(2); // one per process, as without a store
      for (const m of fleet) expect(m.seen()).toEqual(expect.arrayContaining(['degraded tokens', 'degraded rateLimit']));
      for (const m of fleet) expect(m.seen().filter((s) => s.startsWith('degraded'))).toHaveLength(2); // once per feature
    });

    it('killed mid-run and restarted: the token held keeps serving, pacing fails open, dedup fails open; recovered after restart', async () => {
      const port = await freePort();
      redisServer = await startPrivateRedis(port);
      const fleet = [member(port), member(port)];
      const texts: string[] = [];
      const pushAll = async (label: string) => {
        const batch = fleet.map((_, i) => `${label}-${i}`);
        texts.push(...batch);
        await Promise.all(fleet.map((m, i) => m.client.pushText(USER, batch[i])));
      };
      await pushAll('before');
      expect(tokenIssues()).toBe(1);

      // A webhook replica on the same Redis.
      const hookRedis = ioredisClient(`redis://127.0.0.1:${port}`);
      redisClients.push(hookRedis);
      const hookWarnings: StoreWarning[] = [];
      const handled: string[] = [];
      const mw = middleware({
        channelSecret: line.channelSecret,
        dedup: { store: createRedisStore(hookRedis, { commandTimeoutMs: 300 }), onWarning: (w) => void hookWarnings.push(w) },
        onEvents: ({ events }) => void handled.push(...events.map((e) => e.webhookEventId)),
      });
      const hook = createServer((req, res) => void mw(req, res));
      httpServers.push(hook);
      await new Promise<void>((r) => hook.listen(0, '127.0.0.1', r));
      const hookUrl = `http://127.0.0.1:${(hook.address() as AddressInfo).port}/`;

      await kill(redisServer);
      await pushAll('during');
      await pushAll('during2');
      expect(tokenIssues()).toBe(1); // the shared token each process holds is still valid
      const result = await line.sendWebhook(hookUrl, [messageEvent(USER, 'while Redis is down')]);
      expect(result.status).toBe(200);
      expect(handled).toEqual([result.events[0].webhookEventId]);
      expect(hookWarnings.map((w) => `${w.type} ${w.feature}`)).toEqual(['degraded dedup']);
      for (const m of fleet) expect(m.seen()).toEqual(['degraded rateLimit']);

      redisServer = await startPrivateRedis(port);
      const until = Date.now() + 10_000;
      let n = 0;
      while (Date.now() < until && !fleet.every((m) => m.seen().includes('recovered rateLimit'))) {
        await pushAll(`after-${n++}`);
        await sleep(100);
      }
      for (const m of fleet) expect(m.seen()).toEqual(['degraded rateLimit', 'recovered rateLimit']);
      expect(deliveredOnce(texts)).toBe(true);
    }, 30_000);

    it('slow (paused): commands time out, pushes go on within the command timeout, once each; recovered when it answers', async () => {
      const port = await freePort();
      redisServer = await startPrivateRedis(port);
      const m = member(port);
      await m.client.pushText(USER, 'warm');
      redisServer.kill('SIGSTOP');
      const started = Date.now();
      await Promise.all([1, 2, 3].map((n) => m.client.pushText(USER, `slow-${n}`)));
      expect(Date.now() - started).toBeLessThan(5000);
      expect(m.seen()).toEqual(['degraded rateLimit']);
      redisServer.kill('SIGCONT');
      const until = Date.now() + 10_000;
      let n = 0;
      while (Date.now() < until && !m.seen().includes('recovered rateLimit')) {
        await m.client.pushText(USER, `resumed-${n++}`);
        await sleep(100);
      }
      expect(m.seen()).toEqual(['degraded rateLimit', 'recovered rateLimit']);
      expect(deliveredOnce(['warm', 'slow-1', 'slow-2', 'slow-3'])).toBe(true);
      expect(tokenIssues()).toBe(1);
    }, 30_000);
  },
  { binary: true },
);
