/**
 * Bulk sends and paging at scale: correctness, not timing (the bench measures time and memory).
 */
import nock from 'nock';

import { LineClient } from '../../src';
import { LineMulticastError } from '../../src/errors';
import { createDummyLineServer } from '../../src/testing';
import { loopback, TOKEN, type Loopback } from './helpers';

beforeAll(() => nock.restore());

const userId = (i: number) => `U${i.toString(16).padStart(32, '0')}`;
/** A well-formed group id (`C` + 32 hex digits) for the dummy server. */
const BIG_GROUP = `C${'b'.repeat(32)}`;
const messages = [{ type: 'text' as const, text: 'hello' }];

let server: Loopback | undefined;
const open: Loopback[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
  server = undefined;
});

/** A multicast endpoint that answers after `delayMs`, tracks requests in flight, and fails chunks `fail` picks. */
async function multicastServer(delayMs: number, fail: (to: string[]) => boolean = () => false) {
  let inFlight = 0;
  let maxInFlight = 0;
  const chunks: { to: string[]; key: string }[] = [];
  server = await loopback((req, res, body) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    const { to } = JSON.parse(body) as { to: string[] };
    setTimeout(() => {
      inFlight--;
      if (fail(to)) {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end('{"message":"The request body has 1 error(s)"}');
        return;
      }
      chunks.push({ to, key: String(req.headers['x-line-retry-key']) });
      res.writeHead(200, { 'content-type': 'application/json', 'x-line-request-id': `req-${chunks.length}` });
      res.end('{}');
    }, delayMs);
  });
  open.push(server);
  return { origin: server.origin, chunks, maxInFlight: () => maxInFlight };
}

describe('bulk multicast', () => {
  it('100,000 recipients: 200 chunks of 500, each recipient sent exactly once, at most 4 in flight, one retry key per chunk', async () => {
    const m = await multicastServer(2);
    const client = new LineClient({ accessToken: TOKEN, origin: m.origin });
    const to = Array.from({ length: 100_000 }, (_, i) => userId(i));
    const result = await client.multicast(to, messages);
    expect(m.chunks).toHaveLength(200);
    expect(m.chunks.every((c) => c.to.length === 500)).toBe(true);
    const all = m.chunks.flatMap((c) => c.to);
    expect(new Set(all).size).toBe(100_000);
    expect(all.sort()).toEqual([...to].sort());
    expect(new Set(m.chunks.map((c) => c.key)).size).toBe(200);
    expect(m.maxInFlight()).toBeLessThanOrEqual(4);
    expect(m.maxInFlight()).toBeGreaterThan(1);
    expect(result.requestIds).toHaveLength(200);
  });

  it('concurrency is configurable per call and per client', async () => {
    // A slow answer (100 ms) so that every allowed request is in flight at once, even on a busy machine.
    const m = await multicastServer(100);
    const to = Array.from({ length: 5_000 }, (_, i) => userId(i));
    await new LineClient({ accessToken: TOKEN, origin: m.origin }).multicast(to, messages, { concurrency: 2 });
    expect(m.maxInFlight()).toBe(2);
    const m2 = await multicastServer(100);
    await new LineClient({ accessToken: TOKEN, origin: m2.origin, multicastConcurrency: 8 }).multicast(to, messages);
    expect(m2.maxInFlight()).toBe(8);
  });

  it('chunks that still fail are listed exactly: sent and unsent recipients, nothing lost', async () => {
    const bad = new Set([userId(700), userId(4_321)]);
    const m = await multicastServer(1, (chunk) => chunk.some((id) => bad.has(id)));
    const to = Array.from({ length: 6_000 }, (_, i) => userId(i));
    const err = (await new LineClient({ accessToken: TOKEN, origin: m.origin })
      .multicast(to, messages)
      .catch((e: unknown) => e)) as LineMulticastError;
    expect(err).toBeInstanceOf(LineMulticastError);
    const unsent = [...to.slice(500, 1_000), ...to.slice(4_000, 4_500)];
    expect([...err.unsent].sort()).toEqual(unsent.sort());
    expect([...err.sent].sort()).toEqual(to.filter((id) => !unsent.includes(id)).sort());
    expect(err.errors).toHaveLength(2);
    expect(m.chunks.flatMap((c) => c.to).sort()).toEqual([...err.sent].sort());
  });
});

describe('member id paging', () => {
  it('100,000 ids over 1,000 pages from the dummy LINE server, in order, each once', async () => {
    const dummy = await createDummyLineServer({ recordRequests: false, groups: [{ groupId: BIG_GROUP, memberIds: { count: 100_000, prefix: 'U' } }], memberIdsPageSize: 100 });
    try {
      const client = new LineClient({ accessToken: dummy.accessToken, origin: dummy.origin });
      let count = 0;
      const seen = new Set<string>();
      for await (const id of client.iterateGroupMemberIds(BIG_GROUP)) {
        count++;
        seen.add(id);
      }
      expect(count).toBe(100_000);
      expect(seen.size).toBe(100_000);
    } finally {
      await dummy.close();
    }
  });

  it('pages are fetched lazily: stopping early fetches no more pages', async () => {
    const pages: string[] = [];
    server = await loopback((req, res) => {
      const start = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('start') ?? 0);
      pages.push(String(start));
      const memberIds = Array.from({ length: 100 }, (_, i) => userId(start + i));
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ memberIds, next: start + 100 < 10_000 ? String(start + 100) : undefined }));
    });
    open.push(server);
    const client = new LineClient({ accessToken: TOKEN, origin: server.origin });
    let n = 0;
    for await (const id of client.iterateGroupMemberIds('Cg')) {
      expect(id).toBe(userId(n));
      if (++n === 150) break;
    }
    expect(pages).toEqual(['0', '100']);
    const rooms: string[] = [];
    for await (const id of client.iterateRoomMemberIds('Rr')) {
      rooms.push(id);
      if (rooms.length === 10) break;
    }
    expect(pages).toHaveLength(3);
  });
});
