/**
 * The lean request path (src/http/leanAdapter.ts) must be invisible: the same bytes on the wire, the same results
 * and the same errors as axios's own pipeline and http adapter, and every axios customisation keeps working.
 *
 * Three set-ups are compared on the same loopback server:
 * - `direct`: a pristine client (calls skip axios's pipeline);
 * - `lean`: a client with a no-op user interceptor (axios's pipeline, the lean adapter);
 * - `axios`: a client whose adapter is axios's own http adapter.
 */
import http from 'node:http';
import zlib from 'node:zlib';
import axios from 'axios';
import nock from 'nock';

import { LineClient } from '../../src';
import { LineAbortError, LineApiError, LineNetworkError, LineTimeoutError } from '../../src/errors';
import { callHeaders, loopback, okJson, TOKEN, USER, type Handler, type Loopback } from './helpers';

/** A 1×1 PNG (signature, IHDR, IDAT, IEND; CRCs are not checked by the sniffers). */
const chunk = (type: string, data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), Buffer.from(type), data, Buffer.alloc(4)]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
  chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))),
  chunk('IEND', Buffer.alloc(0)),
]);

type Mode = 'direct' | 'lean' | 'axios';
const MODES: Mode[] = ['direct', 'lean', 'axios'];

function makeClient(mode: Mode, origin: string, extra: Partial<ConstructorParameters<typeof LineClient>[0]> = {}): LineClient {
  const client = new LineClient({ accessToken: TOKEN, origin, dataOrigin: origin, retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2, maxTotalDelayMs: 100 }, ...extra });
  for (const instance of [client.axios, client.dataAxios]) {
    if (mode === 'lean') instance.interceptors.request.use((config) => config);
    if (mode === 'axios') instance.defaults.adapter = axios.getAdapter('http');
  }
  return client;
}

// nock (loaded for every test file by setup.ts) replaces node's sockets, which hides keep-alive and agents: these
// tests talk to their own loopback servers only, with node's real http stack.
beforeAll(() => nock.restore());

let server: Loopback | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serve(handler: Handler): Promise<Loopback> {
  server = await loopback(handler);
  return server;
}

describe('same wire, same results', () => {
  it('push, paged GET with a query, and a binary upload send identical requests in every mode', async () => {
    const s = await serve((req, res, body) => {
      if (req.url?.startsWith('/v2/bot/group/')) return okJson({ memberIds: ['U1'], next: 'tok' })(req, res, body);
      return okJson()(req, res, body);
    });
    const results: unknown[] = [];
    for (const mode of MODES) {
      const client = makeClient(mode, s.origin);
      results.push(await client.pushText(USER, 'hello ✓'));
      results.push(await client.getGroupMemberIds('Cgroup', 'a token/with +:$, chars'));
      await client.uploadRichMenuImage('richmenu-1', PNG);
    }
    expect(s.seen).toHaveLength(9);
    const per = (i: number) => s.seen.filter((_, j) => j % 3 === i);
    for (const i of [0, 1, 2]) {
      const [direct, lean, viaAxios] = per(i);
      for (const other of [lean, viaAxios]) {
        expect({ method: direct.method, url: direct.url, headers: callHeaders(direct), body: direct.body }).toEqual({
          method: other.method,
          url: other.url,
          headers: callHeaders(other),
          body: other.body,
        });
      }
    }
    expect(per(0)[0].headers['x-line-retry-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(per(0)[0].headers['content-length']).toBe(String(Buffer.byteLength(per(0)[0].body)));
    // Results: the same in every mode (request ids included).
    expect(results[0]).toEqual(results[2]);
    expect(results[0]).toEqual(results[4]);
    expect(results[1]).toEqual({ memberIds: ['U1'], next: 'tok' });
    expect(results[1]).toEqual(results[3]);
    expect(results[1]).toEqual(results[5]);
  });

  it('reuses one keep-alive connection for sequential calls', async () => {
    const s = await serve(okJson());
    const client = makeClient('direct', s.origin);
    for (let i = 0; i < 50; i++) await client.pushText(USER, `n${i}`);
    expect(s.seen).toHaveLength(50);
    expect(s.connections()).toBe(1);
  });
});

describe('same errors', () => {
  it.each(MODES)('%s: a LINE error answer becomes the same LineApiError', async (mode) => {
    const s = await serve((_req, res) => {
      res.writeHead(400, { 'content-type': 'application/json', 'x-line-request-id': 'req-e' });
      res.end(JSON.stringify({ message: 'The request body has 1 error(s)', details: [{ message: 'May not be empty', property: 'messages[0].text' }] }));
    });
    const err = (await makeClient(mode, s.origin)
      .pushText(USER, 'x')
      .catch((e: unknown) => e)) as LineApiError;
    expect(err).toBeInstanceOf(LineApiError);
    expect(err.status).toBe(400);
    expect(err.message).toMatch(/The request body has 1 error/);
    expect(err.details).toEqual([{ message: 'May not be empty', property: 'messages[0].text' }]);
    expect(err.requestId).toBe('req-e');
  });

  it.each(MODES)('%s: a server that never answers times out with LineTimeoutError after the retries', async (mode) => {
    const s = await serve(() => undefined);
    const client = makeClient(mode, s.origin, { timeout: 150 });
    const started = Date.now();
    const err = await client.pushText(USER, 'x').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineTimeoutError);
    expect((err as LineTimeoutError).attempts).toBe(3);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(s.seen).toHaveLength(3);
    // The same retry key on every attempt.
    expect(new Set(s.seen.map((r) => r.headers['x-line-retry-key'])).size).toBe(1);
  });

  it.each(MODES)('%s: an abort signal rejects with LineAbortError', async (mode) => {
    const s = await serve(() => undefined);
    const controller = new AbortController();
    const pending = makeClient(mode, s.origin).pushText(USER, 'x', { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toBeInstanceOf(LineAbortError);
    const already = new AbortController();
    already.abort();
    await expect(makeClient(mode, s.origin).getBotInfo.call(makeClient(mode, s.origin).withOptions({ signal: already.signal }))).rejects.toBeInstanceOf(LineAbortError);
  });

  it.each(MODES)('%s: a refused connection is a LineNetworkError with the cause', async (mode) => {
    const s = await serve(okJson());
    const origin = s.origin;
    await s.close();
    server = undefined;
    const err = (await makeClient(mode, origin, { retry: false })
      .getBotInfo()
      .catch((e: unknown) => e)) as LineNetworkError;
    expect(err).toBeInstanceOf(LineNetworkError);
    expect((err.cause as { code?: string }).code).toBe('ECONNREFUSED');
  });

  it.each(MODES)('%s: 500s are retried with the same key, then the answer resolves', async (mode) => {
    let n = 0;
    const s = await serve((req, res, body) => {
      if (++n <= 2) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"message":"Internal server error"}');
      } else okJson()(req, res, body);
    });
    const onRetry = jest.fn();
    const result = await makeClient(mode, s.origin, { onRetry }).pushText(USER, 'x');
    expect(result.sentMessages).toEqual([{ id: '1', quoteToken: 'q' }]);
    expect(onRetry).toHaveBeenCalledTimes(2);
    expect(new Set(s.seen.map((r) => r.headers['x-line-retry-key'])).size).toBe(1);
  });
});

describe('compressed answers', () => {
  const json = { sentMessages: [{ id: '7', quoteToken: 'z' }] };
  const encodings: [string, (b: Buffer) => Buffer][] = [
    ['gzip', (b) => zlib.gzipSync(b)],
    ['deflate', (b) => zlib.deflateSync(b)],
    ['deflate', (b) => zlib.deflateRawSync(b)],
    ['br', (b) => zlib.brotliCompressSync(b)],
  ];
  it.each(MODES)('%s: gzip, deflate (with and without zlib header) and br JSON answers are decoded', async (mode) => {
    let i = 0;
    const s = await serve((_req, res) => {
      const [name, encode] = encodings[i++ % encodings.length];
      const payload = encode(Buffer.from(JSON.stringify(json)));
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': name, 'content-length': payload.length, 'x-line-request-id': 'r' });
      res.end(payload);
    });
    const client = makeClient(mode, s.origin);
    for (let k = 0; k < encodings.length; k++) expect((await client.pushText(USER, 'x')).sentMessages).toEqual(json.sentMessages);
    expect(s.seen[0].headers['accept-encoding']).toBe('gzip, compress, deflate, br');
  });

  it.each(MODES)('%s: a gzip content download is decoded, as a stream and as a Buffer', async (mode) => {
    const content = Buffer.alloc(300_000, 'abc');
    const s = await serve((_req, res) => {
      const payload = zlib.gzipSync(content);
      res.writeHead(200, { 'content-type': 'image/jpeg', 'content-encoding': 'gzip', 'content-length': payload.length });
      res.end(payload);
    });
    const client = makeClient(mode, s.origin);
    const stream = await client.getMessageContentStream('m1');
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(content)).toBe(true);
    expect((await client.getMessageContent('m2')).equals(content)).toBe(true);
  });
});

describe('client.axios stays a full axios instance', () => {
  it('user request and response interceptors act on client calls', async () => {
    const s = await serve(okJson());
    const client = makeClient('direct', s.origin);
    const seen: string[] = [];
    client.axios.interceptors.request.use((config) => {
      config.headers.set('X-Trace', 't-1');
      return config;
    });
    client.axios.interceptors.response.use((res) => {
      seen.push(`${res.status} ${res.config.url}`);
      return res;
    });
    await client.pushText(USER, 'x');
    expect(s.seen[0].headers['x-trace']).toBe('t-1');
    expect(seen).toEqual(['200 /v2/bot/message/push']);
  });

  it('an ejected user interceptor brings back the lean path, and changed defaults reach the wire', async () => {
    const s = await serve(okJson());
    const client = makeClient('direct', s.origin);
    const id = client.axios.interceptors.request.use((config) => {
      config.headers.set('X-Once', '1');
      return config;
    });
    await client.pushText(USER, 'a');
    client.axios.interceptors.request.eject(id);
    await client.pushText(USER, 'b');
    client.axios.defaults.headers.common['X-Default'] = 'd';
    await client.pushText(USER, 'c');
    expect(s.seen.map((r) => [r.headers['x-once'], r.headers['x-default']])).toEqual([
      ['1', undefined],
      [undefined, undefined],
      [undefined, 'd'],
    ]);
  });

  it('a replaced adapter receives every call', async () => {
    const client = makeClient('direct', 'http://127.0.0.1:9');
    const adapter = jest.fn(async (config) => ({ data: { sentMessages: [] }, status: 200, statusText: 'OK', headers: { 'x-line-request-id': 'a' }, config }));
    client.axios.defaults.adapter = adapter;
    await expect(client.pushText(USER, 'x')).resolves.toMatchObject({ sentMessages: [], requestId: 'a' });
    expect(adapter).toHaveBeenCalledTimes(1);
  });

  it('a spied or wrapped client.axios.request sees client calls', async () => {
    const s = await serve(okJson());
    const client = makeClient('direct', s.origin);
    const spy = jest.spyOn(client.axios, 'request');
    await client.pushText(USER, 'x');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a proxy set on client.axios gets the request (absolute URL, same headers)', async () => {
    const proxy = await serve(okJson({ sentMessages: [{ id: 'p', quoteToken: 'p' }] }));
    const client = makeClient('direct', 'http://api.line.test');
    client.axios.defaults.proxy = { protocol: 'http', host: '127.0.0.1', port: proxy.port };
    await expect(client.pushText(USER, 'via proxy')).resolves.toMatchObject({ sentMessages: [{ id: 'p', quoteToken: 'p' }] });
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0].url).toBe('http://api.line.test/v2/bot/message/push');
    expect(proxy.seen[0].headers.host).toBe('api.line.test');
    expect(proxy.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(proxy.seen[0].body)).toEqual({ to: USER, messages: [{ type: 'text', text: 'via proxy' }] });
  });

  it('agents given in the config, or set on client.axios, carry the requests', async () => {
    const s = await serve(okJson());
    const mine = new http.Agent({ keepAlive: true });
    const created = jest.spyOn(mine, 'addRequest' as never);
    const client = makeClient('direct', s.origin, { httpAgent: mine });
    await client.pushText(USER, 'x');
    expect(created).toHaveBeenCalled();

    const other = new http.Agent({ keepAlive: false });
    const used = jest.spyOn(other, 'addRequest' as never);
    const client2 = makeClient('direct', s.origin);
    client2.axios.defaults.httpAgent = other;
    await client2.pushText(USER, 'y');
    expect(used).toHaveBeenCalledTimes(1);
    mine.destroy();
    other.destroy();
  });

  it('maxRedirects left at its default follows a redirect as axios does; maxRedirects: 0 does not', async () => {
    const s = await serve((req, res, body) => {
      if (req.url === '/v2/bot/info') {
        res.writeHead(302, { location: '/v2/bot/info2' });
        res.end();
      } else okJson({ userId: 'U-redirected' })(req, res, body);
    });
    const client = makeClient('direct', s.origin);
    await expect(client.getBotInfo()).resolves.toMatchObject({ userId: 'U-redirected' });
    client.axios.defaults.maxRedirects = 0;
    await expect(client.getBotInfo()).rejects.toMatchObject({ status: 302 });
  });
});

describe('getMessageContent copies the body at most once', () => {
  it('direct path: the Buffer returned is the one built from the chunks (one concat at most)', async () => {
    const size = 3 * 2 ** 20;
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
      for (let i = 0; i < size / 65536; i++) res.write(Buffer.alloc(65536, i % 256));
      res.end();
    });
    const client = makeClient('direct', s.origin);
    const concat = jest.spyOn(Buffer, 'concat');
    const body = await client.getMessageContent('m1');
    const made = concat.mock.results.filter((r) => (r.value as Buffer).length === size);
    concat.mockRestore();
    expect(body.length).toBe(size);
    expect(made).toHaveLength(1);
    expect(body).toBe(made[0].value);
  });

  it('through axios: the Buffer returned is the response data the adapter produced', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.alloc(500_000, 1));
    });
    for (const mode of ['lean', 'axios'] as const) {
      const client = makeClient(mode, s.origin);
      let data: unknown;
      client.dataAxios.interceptors.response.use((res) => {
        data = res.data;
        return res;
      });
      const body = await client.getMessageContent('m1');
      expect(Buffer.isBuffer(data)).toBe(true);
      expect(body).toBe(data);
    }
  });
});

describe('review fixes on the lean path', () => {
  it.each(['direct', 'lean'] as Mode[])('%s: a POST answered with a redirect is never sent again', async (mode) => {
    const s = await serve((req, res) => {
      res.writeHead(307, { location: '/moved' + req.url });
      res.end();
    });
    const client = makeClient(mode, s.origin);
    await expect(client.createRichMenu({ size: { width: 2500, height: 843 }, selected: false, name: 'n', chatBarText: 'c', areas: [] })).rejects.toMatchObject({
      name: 'LineApiError',
      status: 307,
    });
    expect(s.seen.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /v2/bot/richmenu']);
  });

  it.each(MODES)('%s: a token read with a trailing newline is sent cleaned, as axios does', async (mode) => {
    const s = await serve(okJson({ userId: 'U' }));
    const client = makeClient(mode, s.origin, { accessToken: `${TOKEN}\n` });
    await expect(client.getBotInfo()).resolves.toEqual({ userId: 'U' });
    expect(s.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('ALL_PROXY sends requests through axios (and its proxy handling), not straight out', async () => {
    const s = await serve(okJson({ userId: 'U' }));
    const client = makeClient('direct', s.origin);
    const viaAxios = jest.spyOn(client.axios, 'request');
    const adapter = jest.fn(axios.getAdapter('http'));
    process.env.ALL_PROXY = 'http://127.0.0.1:9';
    try {
      client.axios.defaults.adapter = adapter; // record that axios's adapter got the call; the proxy itself is axios's job
      await client.getBotInfo().catch(() => undefined);
    } finally {
      delete process.env.ALL_PROXY;
    }
    expect(viaAxios).toHaveBeenCalled();
    expect(adapter).toHaveBeenCalled();
  });

  it('an AbortSignal still cancels a streamed download after the headers arrived', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(1024, 1)); // and then nothing
    });
    const controller = new AbortController();
    const client = makeClient('direct', s.origin, { timeout: 60_000 }).withOptions({ signal: controller.signal });
    const stream = await client.getMessageContentStream('m1');
    setTimeout(() => controller.abort(), 50);
    const started = Date.now();
    const error = await (async () => {
      try {
        for await (const _ of stream) void _;
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(LineAbortError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('transforms changed in place on client.axios take effect (the direct path steps aside)', async () => {
    const s = await serve(okJson({ userId: 'U' }));
    const client = makeClient('direct', s.origin);
    (client.axios.defaults.transformResponse as ((data: unknown) => unknown)[]).push((data) => ({ ...(data as object), transformed: true }));
    await expect(client.getBotInfo()).resolves.toEqual({ userId: 'U', transformed: true });
  });
});
