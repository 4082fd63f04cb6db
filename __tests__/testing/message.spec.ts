// The dummy LINE platform, message domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer, text, uid } from './helpers';

const HASH = 'a'.repeat(64);

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
afterEach(() => server.reset());
afterAll(() => server.close());

describe('LINE notification messages (PNP)', () => {
  test('PNP push records a delivery with its tag, outside the quota, counted by the pnp statistics', async () => {
    const res = await call(server, 'POST', '/bot/pnp/push', { body: { to: HASH, messages: [text('hi')] }, headers: { 'X-Line-Delivery-Tag': 'tag-0123456789abcdef' } });
    expect(res.status).toBe(200);
    expect(server.deliveries).toEqual([expect.objectContaining({ kind: 'pnp', recipients: [HASH], deliveryTag: 'tag-0123456789abcdef' })]);
    expect(server.messagesTo(HASH)).toEqual([text('hi')]);
    expect((await call(server, 'GET', '/v2/bot/message/quota/consumption')).body).toEqual({ totalUsage: 0 });
    const date = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    expect((await call(server, 'GET', `/v2/bot/message/delivery/pnp?date=${date}`)).body).toEqual({ status: 'ready', success: 1 });
    expect((await call(server, 'POST', '/bot/pnp/push', { body: { to: '+819012345678', messages: [text('hi')] } })).status).toBe(400);
    expect((await call(server, 'POST', '/bot/pnp/push', { body: { to: HASH, messages: [text('hi')] }, headers: { 'X-Line-Delivery-Tag': 'short' } })).status).toBe(400);
  });
});

describe('aggregation units', () => {
  test('aggregation units used by push and multicast', async () => {
    await call(server, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text('a')], customAggregationUnits: ['promo_a'] } });
    await call(server, 'POST', '/v2/bot/message/multicast', { body: { to: [uid(1)], messages: [text('a')], customAggregationUnits: ['promo_b'] } });
    expect((await call(server, 'GET', '/v2/bot/message/aggregation/info')).body).toEqual({ numOfCustomAggregationUnits: 2 });
    const page = await call<{ customAggregationUnits: string[]; next: string }>(server, 'GET', '/v2/bot/message/aggregation/list?limit=1');
    expect(page.body.customAggregationUnits).toEqual(['promo_a']);
    expect((await call(server, 'GET', `/v2/bot/message/aggregation/list?start=${page.body.next}`)).body).toEqual({ customAggregationUnits: ['promo_b'] });
    const stats = await call(server, 'GET', '/v2/bot/insight/message/event/aggregation?customAggregationUnit=promo_a&from=20240101&to=20240102');
    expect(stats.body).toEqual({ overview: expect.any(Object), messages: [], clicks: [] });
    expect((await call(server, 'GET', '/v2/bot/insight/message/event/aggregation?customAggregationUnit=bad-unit&from=20240101&to=20240102')).status).toBe(400);
    expect((await call(server, 'GET', '/v2/bot/insight/message/event/aggregation?customAggregationUnit=a&from=2024&to=20240102')).status).toBe(400);
  });
});
