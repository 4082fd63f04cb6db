/**
 * One suite, run on every store (memory, ioredis, node-redis): the Store contract and the three fleet features,
 * with several instances of each feature standing for several processes of a fleet.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { LineAbortError, LineTimeoutError } from '../../src/errors';
import type { Store, StoreWarning } from '../../src/store';
import { WebhookDedup } from '../../src/store/dedup';
import { endpointKeyOf, FleetRateLimiter, LINE_RATE_LIMITS } from '../../src/store/rateLimit';
import { SharedChannelToken } from '../../src/store/tokens';
import { fakeIssuer } from './fakes';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function storeSuite(makeStore: () => Store | Promise<Store>): void {
  let store: Store;
  beforeEach(async () => {
    store = await makeStore();
  });

  describe('Store contract', () => {
    it('gets, sets with expiry, sets if absent, deletes (by value)', async () => {
      expect(await store.get('a')).toBeUndefined();
      await store.set('a', '1', 60_000);
      expect(await store.get('a')).toBe('1');
      expect(await store.setIfAbsent('a', '2', 60_000)).toBe(false);
      expect(await store.get('a')).toBe('1');
      expect(await store.setIfAbsent('b', '2', 60_000)).toBe(true);
      expect(await store.delete('a', 'other')).toBe(false);
      expect(await store.get('a')).toBe('1');
      expect(await store.delete('a', '1')).toBe(true);
      expect(await store.get('a')).toBeUndefined();
      expect(await store.delete('b')).toBe(true);
      expect(await store.delete('b')).toBe(false);
    });

    it('expires values', async () => {
      await store.set('short', 'x', 80);
      expect(await store.setIfAbsent('short2', 'y', 80)).toBe(true);
      await sleep(200);
      expect(await store.get('short')).toBeUndefined();
      expect(await store.setIfAbsent('short2', 'z', 60_000)).toBe(true);
    });

    it('consumes a fixed window atomically', async () => {
      const steps = await Promise.all(Array.from({ length: 8 }, () => store.consume('rl', { points: 5, durationMs: 1000 })));
      expect(steps.filter((s) => s.allowed)).toHaveLength(5);
      const refused = steps.filter((s) => !s.allowed);
      expect(refused).toHaveLength(3);
      for (const s of refused) expect(s.msBeforeNext).toBeGreaterThan(0);
      for (const s of refused) expect(s.msBeforeNext).toBeLessThanOrEqual(1000);
      await expect(store.consume('rl', { points: 5, durationMs: 1500 })).rejects.toThrow(/whole number of seconds/);
    });
  });

  describe('shared channel tokens', () => {
    it('issues one stateless token for all processes, even when they ask at once', async () => {
      const issuer = fakeIssuer({ delayMs: 30 });
      const fleet = Array.from({ length: 5 }, () => new SharedChannelToken({ store, key: 'tokens:stateless:1', issue: issuer.issue }));
      const tokens = await Promise.all(fleet.flatMap((p) => [p.get(), p.get()]));
      expect(new Set(tokens)).toEqual(new Set(['token-1']));
      expect(issuer.issued).toEqual(['token-1']);
      // A process started later reads the shared token instead of issuing.
      const late = new SharedChannelToken({ store, key: 'tokens:stateless:1', issue: issuer.issue });
      expect(await late.get()).toBe('token-1');
      expect(issuer.issued).toHaveLength(1);
    });

    it('renews once for the fleet before expiry, the others keep the valid token meanwhile', async () => {
      let now = 1_000_000;
      const clock = () => now;
      const issuer = fakeIssuer({ expiresIn: 900, delayMs: 20 });
      const fleet = Array.from({ length: 4 }, () => new SharedChannelToken({ store, key: 'tokens:renew', issue: issuer.issue, now: clock }));
      expect(await fleet[0].get()).toBe('token-1');
      now += 900_000 - 30_000; // inside the early-renewal window (60 s)
      const tokens = await Promise.all(fleet.map((p) => p.get()));
      expect(issuer.issued).toEqual(['token-1', 'token-2']);
      for (const t of tokens) expect(['token-1', 'token-2']).toContain(t);
      now += 1000;
      const after = await Promise.all(fleet.map((p) => p.get()));
      expect(after).toEqual(['token-2', 'token-2', 'token-2', 'token-2']);
    });

    it('a dead lock holder blocks renewal only until the lock expires', async () => {
      const issuer = fakeIssuer();
      await store.set('tokens:dead:lock', 'dead-process', 300);
      const p = new SharedChannelToken({ store, key: 'tokens:dead', issue: issuer.issue, lockTtlMs: 300, pollMs: 20 });
      const started = Date.now();
      expect(await p.get()).toBe('token-1');
      const waited = Date.now() - started;
      expect(waited).toBeGreaterThanOrEqual(150);
      expect(waited).toBeLessThan(3000);
      expect(issuer.issued).toHaveLength(1);
    });

    it('v2.1: a renewal that outlasts the lock adopts the token published meanwhile and retires its own', async () => {
      // The lock expires while LINE answers slowly, so a second process renews too: no token may be left unaccounted.
      const issuer = fakeIssuer({ expiresIn: 3600, delayMs: 300 });
      const revoked: string[] = [];
      const options = { store, key: 'tokens:slow', issue: issuer.issue, revoke: async (t: string) => void revoked.push(t), lockTtlMs: 100, graceMs: 200, pollMs: 20 };
      const a = new SharedChannelToken(options);
      const b = new SharedChannelToken(options);
      const first = a.get();
      await sleep(150); // a's lock has expired; a is still waiting for LINE
      const second = b.get();
      expect(await first).toBe('token-1');
      expect(await second).toBe('token-1'); // b adopts the token a published, not its own
      expect(issuer.issued).toEqual(['token-1', 'token-2']);
      await sleep(250);
      await b.sweep();
      expect(revoked).toEqual(['token-2']); // b's own token is revoked after the grace period
      a.close();
      b.close();
    });

    it('v2.1: revokes the token a renewal replaced, after the grace period', async () => {
      let now = 5_000_000;
      const issuer = fakeIssuer({ expiresIn: 3600 });
      const revoked: string[] = [];
      const options = { store, key: 'tokens:v2.1', issue: issuer.issue, revoke: async (t: string) => void revoked.push(t), graceMs: 10_000, now: () => now };
      const a = new SharedChannelToken(options);
      const b = new SharedChannelToken(options);
      expect(await a.get()).toBe('token-1');
      expect(await b.get()).toBe('token-1');
      now += 3600_000 - 50_000; // inside the early-renewal window (60 s), 50 s before expiry
      expect(await b.get()).toBe('token-2');
      expect(await a.sweep()).toBe(0); // within the grace period
      expect(revoked).toEqual([]);
      now += 5000; // a re-checks within recheckMs (≤ graceMs / 2) and moves to the new token
      expect(await a.get()).toBe('token-2');
      await sleep(50); // the background sweep started by that re-check finds nothing due yet
      expect(revoked).toEqual([]);
      now += 6000;
      await a.sweep();
      await b.sweep();
      await sleep(50);
      expect(revoked).toEqual(['token-1']); // once, by whichever process held the lock
      a.close();
      b.close();
    });

    it('a failed early renewal keeps the still-valid token', async () => {
      let now = 0;
      const issuer = fakeIssuer({ expiresIn: 900 });
      const p = new SharedChannelToken({ store, key: 'tokens:keep', issue: issuer.issue, now: () => now });
      expect(await p.get()).toBe('token-1');
      issuer.failWith(new Error('LINE is down'));
      now += 880_000;
      expect(await p.get()).toBe('token-1');
      now += 30_000; // expired
      await expect(p.get()).rejects.toThrow('LINE is down');
      issuer.failWith(undefined);
      expect(await p.get()).toBe('token-2');
    });

    it('invalidate drops a rejected token for the fleet; the next get renews once', async () => {
      const issuer = fakeIssuer();
      const a = new SharedChannelToken({ store, key: 'tokens:inv', issue: issuer.issue });
      const b = new SharedChannelToken({ store, key: 'tokens:inv', issue: issuer.issue });
      expect(await a.get()).toBe('token-1');
      await a.invalidate('token-1');
      expect(await b.get()).toBe('token-2');
      expect(await a.get()).toBe('token-2');
      expect(issuer.issued).toHaveLength(2);
    });
  });

  describe('webhook de-duplication', () => {
    const events = (ids: string[]) => ids.map((webhookEventId) => ({ webhookEventId, deliveryContext: { isRedelivery: false } }));

    it('hands each event to one replica once, redeliveries included', async () => {
      const replicas = Array.from({ length: 3 }, () => new WebhookDedup({ store }));
      const handled: string[] = [];
      const body = events(['01A', '01B', '01C']);
      await Promise.all(replicas.map((r) => r.run(body, (fresh) => void handled.push(...fresh.map((e) => e.webhookEventId)))));
      // LINE redelivers the same events (to any replica).
      await replicas[2].run(body, (fresh) => void handled.push(...fresh.map((e) => e.webhookEventId)));
      expect(handled.sort()).toEqual(['01A', '01B', '01C']);
    });

    it('skips events being handled elsewhere, and releases them when the handler fails', async () => {
      const a = new WebhookDedup({ store });
      const b = new WebhookDedup({ store });
      const claim = await a.claim(events(['01D']));
      expect(claim.fresh).toHaveLength(1);
      const meanwhile = await b.claim(events(['01D']));
      expect([meanwhile.fresh, meanwhile.skipped, meanwhile.inProgress.map((e) => e.webhookEventId)]).toEqual([[], [], ['01D']]);
      await claim.release();
      await expect(b.run(events(['01D']), () => Promise.reject(new Error('handler failed')))).rejects.toThrow('handler failed');
      const handled: string[] = [];
      const r = await a.run(events(['01D']), (fresh) => void handled.push(...fresh.map((e) => e.webhookEventId)));
      expect(handled).toEqual(['01D']);
      expect(r.skipped).toEqual([]);
      const after = await b.claim(events(['01D']));
      expect([after.fresh, after.inProgress, after.skipped.map((e) => e.webhookEventId)]).toEqual([[], [], ['01D']]);
    });

    it('a replica that dies mid-handler blocks the event only until the claim expires; events without id pass', async () => {
      const dead = new WebhookDedup({ store, claimTtlMs: 100 });
      const alive = new WebhookDedup({ store, claimTtlMs: 100 });
      await dead.claim(events(['01E'])); // never committed nor released
      expect((await alive.claim(events(['01E']))).inProgress).toHaveLength(1);
      await sleep(250);
      expect((await alive.claim(events(['01E']))).fresh).toHaveLength(1);
      expect((await alive.claim([{}, {}])).fresh).toHaveLength(2);
    });

    it('remembers handled events for ttlMs only', async () => {
      const d = new WebhookDedup({ store, ttlMs: 100 });
      await d.run(events(['01F']), () => undefined);
      expect((await d.claim(events(['01F']))).skipped).toHaveLength(1);
      await sleep(250);
      expect((await d.claim(events(['01F']))).fresh).toHaveLength(1);
    });
  });

  describe('rate limiting', () => {
    it('counts one endpoint across processes: the fleet gets exactly the limit per window', async () => {
      const limits = { 'POST /v2/bot/message/push': { points: 5, durationMs: 1000 } };
      const fleet = Array.from({ length: 3 }, () => new FleetRateLimiter({ store, channel: '1234', limits }));
      const deadline = Date.now() + 200;
      const results = await Promise.allSettled(Array.from({ length: 9 }, (_, i) => fleet[i % 3].acquire('POST /v2/bot/message/push', { deadline })));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(4);
      for (const r of rejected) expect(r.reason).toBeInstanceOf(LineTimeoutError);
      // Another channel and another endpoint count separately.
      await new FleetRateLimiter({ store, channel: '5678', limits }).acquire('POST /v2/bot/message/push', { deadline: Date.now() + 50 });
      await fleet[0].acquire('GET /v2/bot/info', { deadline: Date.now() + 50 });
    });

    it('a waiting request takes the next window, and honours its AbortSignal', async () => {
      const limits = { 'POST /v2/bot/message/push': { points: 1, durationMs: 1000 } };
      const limiter = new FleetRateLimiter({ store, channel: 'wait', limits });
      await limiter.acquire('POST /v2/bot/message/push');
      const started = Date.now();
      await limiter.acquire('POST /v2/bot/message/push', { deadline: Date.now() + 3000 });
      expect(Date.now() - started).toBeGreaterThanOrEqual(500);
      const controller = new AbortController();
      const waiting = limiter.acquire('POST /v2/bot/message/push', { signal: controller.signal, deadline: Date.now() + 3000 });
      setTimeout(() => controller.abort(), 50);
      await expect(waiting).rejects.toBeInstanceOf(LineAbortError);
      const aborted = new AbortController();
      aborted.abort();
      await expect(limiter.acquire('GET /v2/bot/info', { signal: aborted.signal })).rejects.toBeInstanceOf(LineAbortError);
    });

    it('a null limit does not pace', async () => {
      const limiter = new FleetRateLimiter({ store, channel: 'free', defaultLimit: null, limits: { 'POST /v2/bot/message/multicast': null } });
      await Promise.all(Array.from({ length: 50 }, () => limiter.acquire('POST /v2/bot/message/multicast', { deadline: Date.now() + 10 })));
      expect(limiter.limitOf('GET /v2/bot/info')).toBeNull();
    });
  });

  it('reports no warning while the store answers', () => {
    const warnings: StoreWarning[] = [];
    void new WebhookDedup({ store, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual([]);
  });
}

/** Table checks that need no store. */
export function tableSuite(): void {
  it("every endpoint of LINE's rate-limit table exists in LINE's OpenAPI spec", () => {
    const root = path.join(__dirname, '..', '..', 'spec', 'line-openapi');
    const specs = ['messaging-api.yml', 'insight.yml', 'manage-audience.yml', 'shop.yml', 'channel-access-token.yml']
      .map((f) => readFileSync(path.join(root, f), 'utf8'))
      .join('\n');
    for (const key of Object.keys(LINE_RATE_LIMITS)) {
      const p = key.split(' ')[1];
      expect([key, specs.includes(`\n  "${p}":`) || specs.includes(`\n  ${p}:`)]).toEqual([key, true]);
    }
  });

  it('maps concrete requests to endpoint keys', () => {
    expect(endpointKeyOf('get', '/v2/bot/coupon/abc123')).toBe('GET /v2/bot/coupon/{couponId}');
    expect(endpointKeyOf('GET', '/v2/bot/audienceGroup/list?page=1')).toBe('GET /v2/bot/audienceGroup/list');
    expect(endpointKeyOf('GET', '/v2/bot/audienceGroup/4389303728991')).toBe('GET /v2/bot/audienceGroup/{audienceGroupId}');
    expect(endpointKeyOf('DELETE', '/v2/bot/richmenu/alias/my-alias')).toBe('DELETE /v2/bot/richmenu/alias/{richMenuAliasId}');
    expect(endpointKeyOf('GET', `/v2/bot/profile/U${'a'.repeat(32)}`)).toBe('GET /v2/bot/profile/{id}');
    expect(endpointKeyOf('POST', '/v2/bot/message/push')).toBe('POST /v2/bot/message/push');
    expect(LINE_RATE_LIMITS['POST /v2/bot/message/multicast']).toEqual({ points: 200, durationMs: 1000 });
    expect(LINE_RATE_LIMITS['POST /v2/bot/message/broadcast']).toEqual({ points: 60, durationMs: 3_600_000 });
    expect(LINE_RATE_LIMITS['POST /v2/bot/richmenu/batch']).toEqual({ points: 3, durationMs: 3_600_000 });
    expect(LINE_RATE_LIMITS['POST /oauth2/v3/token']).toEqual({ points: 370, durationMs: 1000 });
  });
}
