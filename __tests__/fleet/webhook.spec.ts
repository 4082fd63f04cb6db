/**
 * The webhook `dedup` option end to end: two middleware replicas behind a round-robin balancer, the dummy LINE
 * server sending webhooks with redelivery (so a redelivery lands on the other replica). Each event is handled
 * exactly once: a failed handler releases its events for the redelivery; an event still in progress on one replica
 * is answered 503 by the other, and LINE's next redelivery is acknowledged. Also: `next()` mode, webhookHandler and
 * parseWebhook with `dedup`, and fail-open when the store fails. On a memory store shared in this process, and on
 * the real Redis of redisEnv.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type Redis from 'ioredis';
import {
  createMemoryStore,
  LineSignatureError,
  middleware,
  parseWebhook,
  webhookHandler,
  WEBHOOK_IN_PROGRESS_STATUS,
  type Store,
  type StoreWarning,
  type WebhookEventsHandler,
} from 'messaging-api-line';
import { createRedisStore } from 'messaging-api-line/redis';
import { createDummyLineServer, messageEvent, signWebhook, type DummyLineServer } from 'messaging-api-line/testing';

import { breakableStore } from '../store/fakes';
import { describeRedis, ioredisClient, uniquePrefix } from '../store/redisEnv';

const ALICE = `U${'a'.repeat(32)}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let line: DummyLineServer;
const servers: Server[] = [];
beforeAll(async () => {
  line = await createDummyLineServer();
});
afterAll(async () => {
  await line.close();
});
afterEach(async () => {
  await line.webhooksSettled(10_000).catch(() => undefined);
  await Promise.all(servers.splice(0).map((s) => new Promise((r) => (s.closeAllConnections(), s.close(r)))));
  line.reset();
});

function listen(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<string> {
  const server = createServer(handler);
  servers.push(server);
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook`)));
}

/** A round-robin load balancer in front of the replicas (so that a redelivery reaches the next replica). */
async function balancer(replicas: string[]): Promise<string> {
  let next = 0;
  return listen((req, res) => {
    const target = new URL(replicas[next++ % replicas.length]);
    const forward = httpRequest({ host: target.hostname, port: target.port, path: target.pathname, method: req.method, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    forward.on('error', () => res.destroy());
    res.on('close', () => forward.destroy());
    req.pipe(forward);
  });
}

/** Two middleware replicas on one store; `handle` decides what each handler call does. */
async function replicas(store: Store, handle: (replica: number, call: number) => Promise<void>) {
  const handled = new Map<string, number>();
  const calls: { replica: number; ids: string[] }[] = [];
  const urls: string[] = [];
  for (const replica of [0, 1]) {
    const onEvents: WebhookEventsHandler = async ({ events }) => {
      calls.push({ replica, ids: events.map((e) => e.webhookEventId) });
      await handle(replica, calls.length);
      for (const e of events) handled.set(e.webhookEventId, (handled.get(e.webhookEventId) ?? 0) + 1);
    };
    const mw = middleware({ channelSecret: line.channelSecret, dedup: { store }, onEvents });
    urls.push(await listen((req, res) => void mw(req, res)));
  }
  return { url: await balancer(urls), handled, calls };
}

function dedupSuite(makeStore: () => Store) {
  it('a failed handler releases its events: the redelivery, on the other replica, handles them once', async () => {
    const fleet = await replicas(makeStore(), async (_replica, call) => {
      if (call === 1) throw new Error('database down');
    });
    const first = await line.sendWebhook(fleet.url, [messageEvent(ALICE, 'order #1'), messageEvent(ALICE, 'order #2')], { redelivery: { delaysMs: [50, 50, 50] } });
    expect(first.status).toBe(500);
    await line.webhooksSettled(10_000);
    const ids = first.events.map((e) => e.webhookEventId);
    expect(ids.map((id) => fleet.handled.get(id))).toEqual([1, 1]);
    expect(fleet.calls.map((c) => c.replica)).toEqual([0, 1]);
    const attempts = line.webhookAttempts.map((a) => [a.status, a.isRedelivery]);
    expect(attempts).toEqual([
      [500, false],
      [200, true],
    ]);
  });

  it(`an event in progress on one replica: the other answers ${WEBHOOK_IN_PROGRESS_STATUS}, the next redelivery is acknowledged, handled once`, async () => {
    const fleet = await replicas(makeStore(), async () => {
      await sleep(600); // slower than LINE waits (timeoutMs below): LINE redelivers while it runs
    });
    const first = await line.sendWebhook(fleet.url, [messageEvent(ALICE, 'slow')], { timeoutMs: 200, redelivery: { delaysMs: [50, 800, 800] } });
    expect(first.status).toBeNull();
    await line.webhooksSettled(10_000);
    expect(fleet.handled.get(first.events[0].webhookEventId)).toBe(1);
    expect(fleet.calls).toHaveLength(1);
    expect(line.webhookAttempts.map((a) => a.status)).toEqual([null, WEBHOOK_IN_PROGRESS_STATUS, 200]);
  });

  it('next() mode: the route answering 2xx marks the events handled; a redelivery is then acknowledged without next()', async () => {
    const store = makeStore();
    let routed = 0;
    const mw = middleware({ channelSecret: line.channelSecret, dedup: { store } });
    const url = await listen((req, res) =>
      void mw(req, res, (err?: unknown) => {
        routed++;
        res.statusCode = err ? 500 : routed === 1 ? 500 : 200; // the first time, the route fails
        res.end();
      }),
    );
    const first = await line.sendWebhook(url, [messageEvent(ALICE, 'via next')], { redelivery: { delaysMs: [50, 50, 50] } });
    expect(first.status).toBe(500);
    await line.webhooksSettled(10_000);
    expect(routed).toBe(2); // released after the 500, handled by the redelivery
    await line.sendWebhook(url, first.events.map((e) => ({ ...e, deliveryContext: { isRedelivery: true } })));
    expect(routed).toBe(2); // already handled: 200 without next()
    expect(line.webhookAttempts.map((a) => a.status)).toEqual([500, 200, 200]);
  });

  it('webhookHandler and parseWebhook share claims: an event handled by one is skipped by the other', async () => {
    const store = makeStore();
    const secret = line.channelSecret;
    const seen: string[] = [];
    const handler = webhookHandler({ channelSecret: secret, dedup: { store }, onEvents: ({ events }) => void seen.push(...events.map((e) => e.webhookEventId)) });
    const body = JSON.stringify({ destination: `U${'0'.repeat(32)}`, events: [{ ...messageEvent(ALICE, 'x'), webhookEventId: `01FLEET${Date.now()}`, timestamp: Date.now(), mode: 'active', deliveryContext: { isRedelivery: false } }] });
    const req = () => new Request('http://bot/webhook', { method: 'POST', body, headers: { 'x-line-signature': signWebhook(body, secret) } });
    expect((await handler(req())).status).toBe(200);
    expect((await handler(req())).status).toBe(200);
    expect(seen).toHaveLength(1);
    const parsed = await parseWebhook(body, signWebhook(body, secret), secret, { dedup: { store } });
    expect([parsed.body.events.length, parsed.skipped.length, parsed.status]).toEqual([0, 1, 200]);
    await expect(parseWebhook(body, 'bad', secret, { dedup: { store } })).rejects.toBeInstanceOf(LineSignatureError);

    // parseWebhook: claimed (in progress) → another caller is told to answer 503; release → handled by the next.
    const other = body.replace('01FLEET', '01OTHER');
    const a = await parseWebhook(other, signWebhook(other, secret), secret, { dedup: { store } });
    const b = await parseWebhook(other, signWebhook(other, secret), secret, { dedup: { store } });
    expect([a.body.events.length, b.inProgress.length, b.status]).toEqual([1, 1, WEBHOOK_IN_PROGRESS_STATUS]);
    await a.release();
    const c = await parseWebhook(other, signWebhook(other, secret), secret, { dedup: { store } });
    expect(c.body.events).toHaveLength(1);
    await c.commit();
    expect((await handler(new Request('http://bot/webhook', { method: 'POST', body: other, headers: { 'x-line-signature': signWebhook(other, secret) } }))).status).toBe(200);
    expect(seen).toHaveLength(1);
  });
}

describe('webhook dedup on a memory store', () => {
  dedupSuite(() => createMemoryStore());

  it('the store fails: events are handled (fail open), with a degraded warning, never lost', async () => {
    const store = breakableStore();
    store.broken = true;
    const warnings: StoreWarning[] = [];
    const handled: string[] = [];
    const mw = middleware({
      channelSecret: line.channelSecret,
      dedup: { store, onWarning: (w) => void warnings.push(w) },
      onEvents: ({ events }) => void handled.push(...events.map((e) => e.webhookEventId)),
    });
    const url = await listen((req, res) => void mw(req, res));
    const result = await line.sendWebhook(url, [messageEvent(ALICE, 'while Redis is down')]);
    expect(result.status).toBe(200);
    expect(handled).toEqual([result.events[0].webhookEventId]);
    expect(warnings.map((w) => [w.type, w.feature])).toEqual([['degraded', 'dedup']]);
  });

  it('rejects a dedup option without a store when the middleware is created', () => {
    expect(() => middleware({ channelSecret: 'x', dedup: {} as never })).toThrow(/dedup must be \{ store \}/);
    expect(() => webhookHandler({ channelSecret: 'x', onEvents: () => undefined, dedup: { store: createMemoryStore(), ttlMs: 0 } })).toThrow(/ttlMs/);
  });
});

describeRedis('webhook dedup on Redis', () => {
  const clients: Redis[] = [];
  afterAll(() => {
    for (const c of clients) c.disconnect();
  });
  let prefix = '';
  beforeEach(() => {
    prefix = uniquePrefix('webhook');
  });
  // Each call gives a new connection on the same prefix: the replicas share Redis, not a JavaScript object.
  dedupSuite(() => {
    const redis = ioredisClient();
    clients.push(redis);
    return createRedisStore(redis, { prefix });
  });
});
