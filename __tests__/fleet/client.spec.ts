/**
 * The fleet options of LineClient, end to end against the dummy LINE server: `store` (stateless and v2.1 tokens
 * shared by several clients, in this process and in child processes), `rateLimit` (paced before each attempt,
 * honouring timeout and AbortSignal; the aggregate of several clients stays within the limit plus one burst) and the
 * checks on these options. Redis-backed cases run against the real Redis of redisEnv (REDIS_URL).
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';

import type Redis from 'ioredis';
import { createMemoryStore, LineAbortError, LineClient, LineTimeoutError, LineValidationError, type Store, type StoreWarning } from 'messaging-api-line';
import { createRedisStore } from 'messaging-api-line/redis';
import { createDummyLineServer, type DummyLineServer } from 'messaging-api-line/testing';

import { describeRedis, ioredisClient, REDIS_URL, uniquePrefix } from '../store/redisEnv';

const CHANNEL_ID = '1234567890';
const CHANNEL_SECRET = 'a'.repeat(32);
const USER = `U${'1'.repeat(32)}`;
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let server: DummyLineServer;
beforeAll(async () => {
  server = await createDummyLineServer({ channels: [{ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET }] });
});
afterAll(() => server.close());
beforeEach(() => server.reset());

const issued = (p: string) => server.requests.filter((r) => r.path === p && r.method === 'POST').length;
const pushTimes = () => server.requests.filter((r) => r.path === '/v2/bot/message/push' && r.status === 200).map((r) => r.time);
const statelessClient = (extra: Partial<ConstructorParameters<typeof LineClient>[0]> = {}) =>
  new LineClient({ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, origin: server.origin, dataOrigin: server.dataOrigin, ...extra });

describe('fleet options: checks before any request', () => {
  it('rejects unusable store, assertionKey and rateLimit options with LineValidationError, sending nothing', () => {
    const before = server.requests.length;
    const bad: [unknown, string][] = [
      [{ channelId: CHANNEL_ID, channelSecret: CHANNEL_SECRET, store: {} }, 'store'],
      [{ accessToken: 't', store: createMemoryStore() }, 'config'],
      [{ accessToken: 't', channelId: CHANNEL_ID, assertionKey: { keyId: 'k', privateKey } }, 'config'],
      [{ assertionKey: { keyId: 'k', privateKey } }, 'channelId'],
      [{ channelId: CHANNEL_ID, assertionKey: { keyId: '', privateKey } }, 'assertionKey.keyId'],
      [{ channelId: CHANNEL_ID, assertionKey: { keyId: 'k', privateKey: 'not a key' } }, 'privateKey'],
      [{ channelId: CHANNEL_ID, assertionKey: { keyId: 'k', privateKey, tokenExpSeconds: 0 } }, 'tokenExpSeconds'],
      [{ accessToken: 't', rateLimit: {} }, 'rateLimit.store'],
      [{ accessToken: 't', rateLimit: { store: createMemoryStore(), limits: { 'POST /x': { points: 1, durationMs: 1500 } } } }, 'rateLimit.limits["POST /x"]'],
      [{ accessToken: 't', rateLimit: { store: createMemoryStore(), channel: '' } }, 'rateLimit.channel'],
      [{ accessToken: 't', onStoreWarning: 'log' }, 'onStoreWarning'],
    ];
    for (const [config, field] of bad) {
      let error: unknown;
      try {
        new LineClient(config as ConstructorParameters<typeof LineClient>[0]);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(LineValidationError);
      expect((error as LineValidationError).argument).toBe(field);
      expect(String((error as Error).message)).not.toContain('PRIVATE KEY');
    }
    expect(server.requests.length).toBe(before);
  });

  it('without a store, one client issues one stateless token for concurrent calls (as before)', async () => {
    const client = statelessClient();
    await Promise.all([client.getBotInfo(), client.getBotInfo(), client.getBotInfo()]);
    expect(issued('/oauth2/v3/token')).toBe(1);
  });
});

describe('store: tokens shared by clients on one store', () => {
  it('holds the renewal lock longer than the longest token request the client can make (timeout or retry cap, + 5 s)', async () => {
    const lockTtls = async (extra: Partial<ConstructorParameters<typeof LineClient>[0]>) => {
      const inner = createMemoryStore();
      const ttls: number[] = [];
      const store: Store = Object.assign(Object.create(inner) as Store, {
        setIfAbsent: (key: string, value: string, ttlMs: number) => {
          if (key.includes('lock')) ttls.push(ttlMs);
          return inner.setIfAbsent(key, value, ttlMs);
        },
      });
      await statelessClient({ store, ...extra }).getBotInfo();
      return ttls;
    };
    expect(await lockTtls({})).toEqual([65_000]); // 30 s timeout, 60 s retry cap
    expect(await lockTtls({ timeout: 100_000 })).toEqual([105_000]);
    expect(await lockTtls({ timeout: 2_000, retry: false })).toEqual([15_000]); // never below 15 s
  });

  it('stateless: five clients on a memory store, concurrent first calls → one token request', async () => {
    const store = createMemoryStore();
    const clients = Array.from({ length: 5 }, () => statelessClient({ store }));
    await Promise.all(clients.flatMap((c) => [c.getBotInfo(), c.pushText(USER, 'hi')]));
    expect(issued('/oauth2/v3/token')).toBe(1);
    expect(new Set(clients.map((c) => c.accessToken)).size).toBe(1);
  });

  it('v2.1 by JWT: one token for the clients, renewed once when due, by one of them', async () => {
    const store = createMemoryStore();
    // A 2-second token is renewed at half its life (the client renews v2.1 tokens a day early, at most half their life).
    const clients = Array.from({ length: 3 }, () =>
      new LineClient({ channelId: CHANNEL_ID, assertionKey: { keyId: 'kid-1', privateKey, tokenExpSeconds: 2 }, channelSecret: CHANNEL_SECRET, store, origin: server.origin }),
    );
    await Promise.all(clients.map((c) => c.getBotInfo()));
    expect(issued('/oauth2/v2.1/token')).toBe(1);
    const first = clients[0].accessToken;
    await sleep(1100);
    await Promise.all(clients.flatMap((c) => [c.getBotInfo(), c.getBotInfo()]));
    expect(issued('/oauth2/v2.1/token')).toBe(2);
    // The clients that found the renewal under way used the old token meanwhile; their next call takes the new one.
    await Promise.all(clients.map((c) => c.getBotInfo()));
    expect(issued('/oauth2/v2.1/token')).toBe(2);
    expect(clients.every((c) => c.accessToken !== first && c.accessToken === clients[0].accessToken)).toBe(true);
    const form = server.requests.find((r) => r.path === '/oauth2/v2.1/token')?.body as string;
    expect(new URLSearchParams(form).get('client_assertion_type')).toBe('urn:ietf:params:oauth:client-assertion-type:jwt-bearer');
  });

  it('a 401 on a shared token drops it from the store: the clients share one replacement', async () => {
    const store = createMemoryStore();
    const [a, b] = [statelessClient({ store }), statelessClient({ store })];
    await a.getBotInfo();
    server.faults.add({ route: 'GET /v2/bot/info', status: 401, times: 1 });
    await a.getBotInfo(); // 401, then a renewed token
    await b.getBotInfo();
    expect(issued('/oauth2/v3/token')).toBe(2);
    expect(b.accessToken).toBe(a.accessToken);
  });
});

describe('rateLimit: the transport waits for the endpoint turn before each attempt', () => {
  it('a wait past the call timeout is LineTimeoutError, an aborted wait LineAbortError; nothing is sent', async () => {
    const rateLimit = { store: createMemoryStore(), limits: { 'GET /v2/bot/info': { points: 1, durationMs: 5000 } } };
    const client = statelessClient({ rateLimit, accessToken: server.accessToken, channelId: undefined, channelSecret: undefined });
    await client.getBotInfo();
    const before = server.requests.filter((r) => r.path === '/v2/bot/info').length;
    await expect(client.withOptions({ timeout: 200 }).getBotInfo()).rejects.toBeInstanceOf(LineTimeoutError);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 100);
    await expect(client.withOptions({ timeout: 0, signal: controller.signal }).getBotInfo()).rejects.toBeInstanceOf(LineAbortError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(server.requests.filter((r) => r.path === '/v2/bot/info').length).toBe(before);
  });

  it('a 429 is still retried under a rate limit', async () => {
    const client = statelessClient({ accessToken: server.accessToken, channelId: undefined, channelSecret: undefined, rateLimit: { store: createMemoryStore() }, retry: { minDelayMs: 10, maxDelayMs: 20 } });
    server.faults.add({ route: 'POST /v2/bot/message/push', status: 429, times: 1 });
    await client.pushText(USER, 'after a 429');
    expect(server.requests.filter((r) => r.path === '/v2/bot/message/push').map((r) => r.status)).toEqual([429, 200]);
  });
});

/** The busiest sliding 1-second span of a list of times. */
function busiestSecond(times: number[]): number {
  const t = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < t.length; i++) {
    while (t[i] - t[j] >= 1000) j++;
    best = Math.max(best, i - j + 1);
  }
  return best;
}

describeRedis('fleet options on Redis', () => {
  const redisClients: Redis[] = [];
  const redisStore = (prefix: string): Store => {
    const redis = ioredisClient();
    redisClients.push(redis);
    return createRedisStore(redis, { prefix });
  };
  afterAll(() => {
    for (const c of redisClients) c.disconnect();
  });

  it('stateless: clients on separate Redis connections → one token request', async () => {
    const prefix = uniquePrefix('client-tokens');
    const clients = Array.from({ length: 4 }, () => statelessClient({ store: redisStore(prefix) }));
    await Promise.all(clients.flatMap((c) => [c.getBotInfo(), c.getBotInfo()]));
    expect(issued('/oauth2/v3/token')).toBe(1);
  });

  it('rate limit across clients: the aggregate stays within the limit plus one burst', async () => {
    const prefix = uniquePrefix('client-rate');
    const limits = { 'POST /v2/bot/message/push': { points: 10, durationMs: 1000 } };
    const clients = Array.from({ length: 3 }, () => {
      const store = redisStore(prefix);
      return statelessClient({ store, rateLimit: { store, limits } });
    });
    const started = Date.now();
    await Promise.all(clients.flatMap((c, i) => Array.from({ length: 10 }, (_, n) => c.pushText(USER, `c${i}-${n}`))));
    const times = pushTimes();
    expect(times).toHaveLength(30);
    expect(busiestSecond(times)).toBeLessThanOrEqual(20); // the limit, plus at most one window's burst at an edge
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000); // 30 pushes at 10/s span at least two window edges
  });

  it('child processes on one Redis → one token request for the fleet', async () => {
    const dist = path.join(__dirname, '..', '..', 'dist');
    expect(existsSync(path.join(dist, 'redis', 'index.js'))).toBe(true);
    const prefix = uniquePrefix('client-children');
    const script = `
      const { LineClient } = require(${JSON.stringify(dist)});
      const { createRedisStore } = require(${JSON.stringify(path.join(dist, 'redis'))});
      const Redis = require('ioredis');
      const redis = new Redis(process.env.REDIS_URL, { maxRetriesPerRequest: 1 });
      const store = createRedisStore(redis, { prefix: process.env.PREFIX });
      const client = new LineClient({ channelId: process.env.CH, channelSecret: process.env.SECRET, store, origin: process.env.ORIGIN });
      Promise.all([client.getBotInfo(), client.pushText(process.env.USER_ID, 'from ' + process.pid)])
        .then(() => { redis.disconnect(); })
        .catch((e) => { console.error(e); process.exit(1); });`;
    const env = { ...process.env, REDIS_URL, PREFIX: prefix, CH: CHANNEL_ID, SECRET: CHANNEL_SECRET, ORIGIN: server.origin, USER_ID: USER };
    await Promise.all(
      Array.from({ length: 4 }, () =>
        new Promise<void>((resolve, reject) =>
          execFile(process.execPath, ['-e', script], { env, timeout: 30_000 }, (error, _out, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve())),
        ),
      ),
    );
    expect(issued('/oauth2/v3/token')).toBe(1);
    expect(pushTimes()).toHaveLength(4);
  }, 60_000);

  it('store warnings go to onStoreWarning (none while Redis answers)', async () => {
    const warnings: StoreWarning[] = [];
    const store = redisStore(uniquePrefix('client-warn'));
    const client = statelessClient({ store, rateLimit: { store }, onStoreWarning: (w) => void warnings.push(w) });
    await client.pushText(USER, 'hello');
    expect(warnings).toEqual([]);
  });
});
