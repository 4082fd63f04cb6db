import { createMemoryStore } from '../../src/store';
import { DegradedState, LineStoreError, type StoreWarning } from '../../src/store/contract';
import { WebhookDedup } from '../../src/store/dedup';
import { FleetRateLimiter } from '../../src/store/rateLimit';
import { SharedChannelToken } from '../../src/store/tokens';
import { breakableStore, fakeIssuer } from './fakes';
import { storeSuite, tableSuite } from './suite';

describe('in-memory store', () => {
  storeSuite(() => createMemoryStore());
});

describe("LINE's rate-limit table", () => {
  tableSuite();
});

describe('store failures (a store that throws)', () => {
  it('tokens fall back to a per-process token, then back to the shared one', async () => {
    const store = breakableStore();
    const warnings: StoreWarning[] = [];
    const issuer = fakeIssuer();
    const revoked: string[] = [];
    let now = Date.now();
    const p = new SharedChannelToken({ store, key: 't', issue: issuer.issue, revoke: async (t) => void revoked.push(t), graceMs: 100, recheckMs: 10, onWarning: (w) => warnings.push(w), now: () => now });
    store.broken = true;
    expect(await p.get()).toBe('token-1');
    expect(await p.get()).toBe('token-1'); // kept, not re-issued per call
    now += 1500; // the store is tried again at most once a second
    expect(await p.get()).toBe('token-1');
    now += 1500;
    expect(warnings.map((w) => [w.type, w.feature])).toEqual([['degraded', 'tokens']]);
    store.broken = false;
    now += 1500;
    expect(await p.get()).toBe('token-2'); // the shared token (none yet in the store: issued once for the fleet)
    expect(warnings.map((w) => w.type)).toEqual(['degraded', 'recovered']);
    await new Promise((r) => setTimeout(r, 200));
    expect(revoked).toEqual(['token-1']); // this process's own v2.1 token, after the grace period
    p.close();
  });

  it('de-duplication fails open with a warning: events are handled, never lost', async () => {
    const store = breakableStore();
    const warnings: StoreWarning[] = [];
    const d = new WebhookDedup({ store, onWarning: (w) => warnings.push(w) });
    store.broken = true;
    const handled: string[] = [];
    await d.run([{ webhookEventId: 'A' }, { webhookEventId: 'B' }], (fresh) => void handled.push(...fresh.map((e) => e.webhookEventId!)));
    expect(handled).toEqual(['A', 'B']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ type: 'degraded', feature: 'dedup' });
    expect(warnings[0].error).toBeInstanceOf(LineStoreError);
  });

  it('rate limiting fails open to per-process pacing with a warning', async () => {
    const store = breakableStore();
    const warnings: StoreWarning[] = [];
    const limiter = new FleetRateLimiter({ store, channel: 'c', limits: { 'POST /v2/bot/message/push': { points: 2, durationMs: 1000 } }, onWarning: (w) => warnings.push(w) });
    store.broken = true;
    const results = await Promise.allSettled([1, 2, 3].map(() => limiter.acquire('POST /v2/bot/message/push', { deadline: Date.now() + 100 })));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(warnings.map((w) => [w.type, w.feature])).toEqual([['degraded', 'rateLimit']]);
    store.broken = false;
    await limiter.acquire('GET /v2/bot/info');
    expect(warnings.map((w) => w.type)).toEqual(['degraded', 'recovered']);
  });

  it('warns through process.emitWarning by default, once per outage', () => {
    const spy = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const state = new DegradedState('dedup');
    state.fail(new LineStoreError('get', 'down'), 'failing open');
    state.fail(new LineStoreError('get', 'down'), 'failing open');
    expect(spy).toHaveBeenCalledTimes(1);
    expect(spy.mock.calls[0][0]).toMatch(/dedup: Store get failed: down; failing open/);
    spy.mockRestore();
  });
});
