/**
 * What the dummy server keeps: rejected requests (unauthenticated, unrouted, oversized) are recorded without their
 * bodies, a kept body is capped per request (`maxRecordedBodyBytes`), and listening beyond loopback is an explicit,
 * warned choice (server option `allowRemote`, CLI `--allow-remote`).
 */
import http from 'node:http';

import { createDummyLineServer, type DummyLineServer } from '../../src/testing';
import { main, parseArgs } from '../../src/testing/cli';
import { checkHostname } from '../../src/testing/server';

/** POSTs `size` bytes of JSON to the server's api host with node:http (no client-side limits). */
function post(server: DummyLineServer, path: string, size: number, token: string | null): Promise<number> {
  const body = Buffer.alloc(size, 0x20);
  body.write('{"to":"U1","messages":[]}');
  return new Promise((resolve, reject) => {
    const url = new URL(path, server.origin);
    const req = http.request(
      { hostname: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'content-type': 'application/json', 'content-length': body.length, ...(token ? { authorization: `Bearer ${token}` } : {}) } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Bytes held by the recorded bodies. */
function recordedBytes(server: DummyLineServer): number {
  let total = 0;
  for (const r of server.requests) {
    if (Buffer.isBuffer(r.body)) total += r.body.length;
    else if (r.body !== undefined) total += Buffer.byteLength(typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
  }
  return total;
}

const MB19 = Math.round(1.9 * 1024 * 1024);

describe('recorded bodies', () => {
  let server: DummyLineServer;
  beforeEach(async () => {
    server = await createDummyLineServer({ maxRecordedBodyBytes: 64 * 1024 });
  });
  afterEach(async () => {
    await server.close();
  });

  it('20 unauthenticated 1.9 MB POSTs are recorded without their bodies', async () => {
    for (let i = 0; i < 20; i++) expect(await post(server, '/v2/bot/message/push', MB19, null)).toBe(401);
    expect(server.requests).toHaveLength(20);
    for (const r of server.requests) expect(r).toMatchObject({ status: 401, body: undefined, bodyOmitted: 'rejected', bodyBytes: MB19 });
    expect(recordedBytes(server)).toBe(0);
  });

  it('unrouted and oversized requests are recorded without their bodies', async () => {
    expect(await post(server, '/v2/bot/no/such/route', 1000, server.accessToken)).toBe(404);
    expect(await post(server, '/v2/bot/message/push', 3 * 1024 * 1024, server.accessToken)).toBe(413);
    expect(server.requests.map((r) => [r.status, r.bodyOmitted, r.body])).toEqual([
      [404, 'rejected', undefined],
      [413, 'rejected', undefined],
    ]);
  });

  it('authenticated bodies over maxRecordedBodyBytes are recorded without them; recorded data stays under N × cap', async () => {
    for (let i = 0; i < 10; i++) await post(server, '/v2/bot/message/push', MB19, server.accessToken);
    expect(server.requests).toHaveLength(10);
    for (const r of server.requests) expect(r).toMatchObject({ body: undefined, bodyOmitted: 'over-cap', bodyBytes: MB19 });
    expect(recordedBytes(server)).toBeLessThanOrEqual(10 * 64 * 1024);
  });

  it('bodies under the cap are kept as before', async () => {
    const res = await fetch(`${server.origin}/v2/bot/message/push`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.accessToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ to: `U${'0'.repeat(32)}`, messages: [{ type: 'text', text: 'hi' }] }),
    });
    expect(res.status).toBe(200);
    expect(server.requests[0].body).toEqual({ to: `U${'0'.repeat(32)}`, messages: [{ type: 'text', text: 'hi' }] });
    expect(server.requests[0].bodyOmitted).toBeUndefined();
  });
});

describe('listening beyond loopback', () => {
  it('is refused without allowRemote', async () => {
    await expect(createDummyLineServer({ hostname: '0.0.0.0' })).rejects.toThrow(/allowRemote/);
    expect(() => checkHostname('192.168.1.10', false)).toThrow(TypeError);
  });

  it('loopback addresses need no choice and print nothing', () => {
    for (const host of ['127.0.0.1', '::1', 'localhost']) expect(checkHostname(host, undefined)).toBeUndefined();
  });

  it('with allowRemote, a warning is given', () => {
    expect(checkHostname('0.0.0.0', true)).toMatch(/beyond loopback/);
  });

  it('the CLI refuses --host 0.0.0.0 without --allow-remote, and parses both flags', async () => {
    await expect(main(['--host', '0.0.0.0'], { stdout: { write: () => true } })).rejects.toThrow(/--allow-remote/);
    expect(parseArgs(['--host', '0.0.0.0', '--allow-remote', '--max-body', '1024'])).toMatchObject({ hostname: '0.0.0.0', allowRemote: true, maxBody: 1024 });
  });

  it('the CLI keeps 64 KiB of body per request by default', async () => {
    const server = await main(['--port', '0'], { stdout: { write: () => true } });
    try {
      await post(server!, '/v2/bot/message/push', 100 * 1024, server!.accessToken);
      expect(server!.requests[0].bodyOmitted).toBe('over-cap');
    } finally {
      await server!.close();
    }
  });
});
