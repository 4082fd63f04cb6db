/**
 * The transport's senders must be invisible: the same bytes on the wire, the same results and the same errors
 * whichever sender carries a call, and every axios customisation keeps working once the user touches an instance.
 *
 * Three set-ups are compared on the same loopback server:
 * - `node`: a client whose axios instances were never touched (node:http sender, the default);
 * - `fetch`: a client built with `fetch: true` (globalThis.fetch);
 * - `axios`: a client whose instances the user touched (a no-op interceptor): calls go through axios.
 */
import http from 'node:http';
import net from 'node:net';
import util from 'node:util';
import zlib from 'node:zlib';
import axios from 'axios';
import nock from 'nock';

import { LineClient } from '../../src';
import { LineAbortError, LineApiError, LineNetworkError, LineTimeoutError } from '../../src/errors';
import { callHeaders, loopback, okJson, TOKEN, USER, type Handler, type Loopback, type Seen } from './helpers';

/** A 1×1 PNG (signature, IHDR, IDAT, IEND; CRCs are not checked by the sniffers). */
const chunk = (type: string, data: Buffer) => Buffer.concat([Buffer.from([0, 0, 0, data.length]), Buffer.from(type), data, Buffer.alloc(4)]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', Buffer.from([0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0])),
  chunk('IDAT', zlib.deflateSync(Buffer.from([0, 255, 0, 0]))),
  chunk('IEND', Buffer.alloc(0)),
]);

type Mode = 'node' | 'fetch' | 'axios';
const MODES: Mode[] = ['node', 'fetch', 'axios'];

function makeClient(mode: Mode, origin: string, extra: Partial<ConstructorParameters<typeof LineClient>[0]> = {}): LineClient {
  const client = new LineClient({
    accessToken: TOKEN,
    origin,
    dataOrigin: origin,
    retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2, maxTotalDelayMs: 100 },
    ...(mode === 'fetch' ? { fetch: true } : {}),
    ...extra,
  });
  if (mode === 'axios') for (const instance of [client.axios, client.dataAxios]) instance.interceptors.request.use((config) => config);
  return client;
}

/** Headers a fetch implementation adds or chooses itself (encodings it decodes, CORS-ish defaults). */
const FETCH_OWN = new Set(['accept-encoding', 'accept-language', 'sec-fetch-mode']);
const wire = (r: Seen, mode: Mode) => {
  const headers = callHeaders(r);
  if (mode === 'fetch') for (const k of Object.keys(headers)) if (FETCH_OWN.has(k)) delete headers[k];
  return { method: r.method, url: r.url, headers, body: r.body };
};

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
  it('push, paged GET with a query, and a binary upload send identical requests through every sender', async () => {
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
      const [viaNode, viaFetch, viaAxios] = per(i);
      const expected = { ...wire(viaNode, 'fetch') };
      expect(wire(viaFetch, 'fetch')).toEqual(expected);
      expect(wire(viaAxios, 'node')).toEqual(wire(viaNode, 'node'));
    }
    expect(per(1)[0].url).toBe('/v2/bot/group/Cgroup/members/ids?start=a+token%2Fwith+%2B:$,+chars');
    expect(per(0)[0].headers['x-line-retry-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(per(0)[0].headers['content-length']).toBe(String(Buffer.byteLength(per(0)[0].body)));
    // Results: the same in every mode (request ids included).
    expect(results[0]).toEqual(results[2]);
    expect(results[0]).toEqual(results[4]);
    expect(results[1]).toEqual({ memberIds: ['U1'], next: 'tok' });
    expect(results[1]).toEqual(results[3]);
    expect(results[1]).toEqual(results[5]);
  });

  it('node: reuses one keep-alive connection for sequential calls', async () => {
    const s = await serve(okJson());
    const client = makeClient('node', s.origin);
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

  it.each(MODES)('%s: an error answer to a streamed download keeps 64 KiB of its body, however large', async (mode) => {
    const s = await serve((_req, res) => {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('a'.repeat(200_000)); // one write: the first chunks the client sees are larger than the cap
    });
    const err = (await makeClient(mode, s.origin)
      .getMessageContentStream('325708')
      .catch((e: unknown) => e)) as LineApiError;
    expect(err).toBeInstanceOf(LineApiError);
    expect(err.status).toBe(404);
    expect(typeof err.response.data === 'string' ? err.response.data.length : err.response.data).toBe(65536);
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
    // fetch advertises the encodings its runtime decodes.
    if (mode !== 'fetch') expect(s.seen[0].headers['accept-encoding']).toBe('gzip, compress, deflate, br');
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

describe('client.axios: touched, it carries its host\'s calls as a full axios instance', () => {
  it('user request and response interceptors act on client calls', async () => {
    const s = await serve(okJson());
    const client = makeClient('node', s.origin);
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

  it('an ejected user interceptor stops acting, and changed defaults reach the wire', async () => {
    const s = await serve(okJson());
    const client = makeClient('node', s.origin);
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

  it('a replaced adapter receives every call, with the query in the URL as 1.1.0 sent it', async () => {
    const client = makeClient('node', 'http://127.0.0.1:9');
    const adapter = jest.fn(async (config) => ({ data: { sentMessages: [], memberIds: [] }, status: 200, statusText: 'OK', headers: { 'x-line-request-id': 'a' }, config }));
    client.axios.defaults.adapter = adapter;
    await expect(client.pushText(USER, 'x')).resolves.toMatchObject({ sentMessages: [], requestId: 'a' });
    await client.getGroupMemberIds('Cgroup', 'next 1');
    expect(adapter).toHaveBeenCalledTimes(2);
    expect(adapter.mock.calls[1][0]).toMatchObject({ url: '/v2/bot/group/Cgroup/members/ids?start=next+1', baseURL: 'http://127.0.0.1:9' });
    expect(adapter.mock.calls[1][0].params).toBeUndefined();
  });

  it('a spied client.axios.request sees client calls (1.1.0 tests spy on it)', async () => {
    const s = await serve(okJson());
    const client = makeClient('node', s.origin);
    const spy = jest.spyOn(client.axios, 'request');
    await client.pushText(USER, 'x');
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('a proxy set on client.axios gets the request (absolute URL, same headers)', async () => {
    const proxy = await serve(okJson({ sentMessages: [{ id: 'p', quoteToken: 'p' }] }));
    const client = makeClient('node', 'http://api.line.test');
    client.axios.defaults.proxy = { protocol: 'http', host: '127.0.0.1', port: proxy.port };
    await expect(client.pushText(USER, 'via proxy')).resolves.toMatchObject({ sentMessages: [{ id: 'p', quoteToken: 'p' }] });
    expect(proxy.seen).toHaveLength(1);
    expect(proxy.seen[0].url).toBe('http://api.line.test/v2/bot/message/push');
    expect(proxy.seen[0].headers.host).toBe('api.line.test');
    expect(proxy.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.parse(proxy.seen[0].body)).toEqual({ to: USER, messages: [{ type: 'text', text: 'via proxy' }] });
  });

  it('an agent set on client.axios carries the requests', async () => {
    const s = await serve(okJson());
    const other = new http.Agent({ keepAlive: false });
    const used = jest.spyOn(other, 'addRequest' as never);
    const client = makeClient('node', s.origin);
    client.axios.defaults.httpAgent = other;
    await client.pushText(USER, 'y');
    expect(used).toHaveBeenCalledTimes(1);
    other.destroy();
  });

  it('maxRedirects left at its default follows a redirect of a read as axios does; maxRedirects: 0 does not', async () => {
    const s = await serve((req, res, body) => {
      if (req.url === '/v2/bot/info') {
        res.writeHead(302, { location: '/v2/bot/info2' });
        res.end();
      } else okJson({ userId: 'U-redirected' })(req, res, body);
    });
    const client = makeClient('node', s.origin);
    await expect(client.getBotInfo()).resolves.toMatchObject({ userId: 'U-redirected' });
    client.axios.defaults.maxRedirects = 0;
    await expect(client.getBotInfo()).rejects.toMatchObject({ status: 302 });
  });

  it('transforms changed in place on client.axios take effect', async () => {
    const s = await serve(okJson({ userId: 'U' }));
    const client = makeClient('node', s.origin);
    (client.axios.defaults.transformResponse as ((data: unknown) => unknown)[]).push((data) => ({ ...(data as object), transformed: true }));
    await expect(client.getBotInfo()).resolves.toEqual({ userId: 'U', transformed: true });
  });

  it('the Buffer getMessageContent returns is the response data the adapter produced', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.alloc(500_000, 1));
    });
    const client = makeClient('node', s.origin);
    let data: unknown;
    client.dataAxios.interceptors.response.use((res) => {
      data = res.data;
      return res;
    });
    const body = await client.getMessageContent('m1');
    expect(Buffer.isBuffer(data)).toBe(true);
    expect(body).toBe(data);
  });

  it('touching client.axios leaves the data host on the node sender (its interceptors never see data calls)', async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.end(Buffer.from('bytes'));
    });
    const client = makeClient('node', s.origin);
    const seen = jest.fn((config) => config);
    client.axios.interceptors.request.use(seen);
    await expect(client.getMessageContent('m1')).resolves.toEqual(Buffer.from('bytes'));
    expect(seen).not.toHaveBeenCalled();
  });
});

describe('node sender: agents, proxies, redirects, one copy', () => {
  it('agents given in the config carry the requests', async () => {
    const s = await serve(okJson());
    const mine = new http.Agent({ keepAlive: true });
    const created = jest.spyOn(mine, 'addRequest' as never);
    const client = makeClient('node', s.origin, { httpAgent: mine });
    await client.pushText(USER, 'x');
    expect(created).toHaveBeenCalled();
    mine.destroy();
  });

  const withEnv = async (env: Record<string, string>, run: () => Promise<void>) => {
    const names = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY', 'no_proxy', 'NO_PROXY'];
    const saved = Object.fromEntries(names.map((n) => [n, process.env[n]]));
    for (const n of names) delete process.env[n];
    Object.assign(process.env, env);
    try {
      await run();
    } finally {
      for (const n of names) {
        if (saved[n] === undefined) delete process.env[n];
        else process.env[n] = saved[n];
      }
    }
  };

  it.each(['HTTP_PROXY', 'http_proxy', 'ALL_PROXY'])('%s sends the request through the proxy (absolute URL, same headers)', async (name) => {
    const proxy = await serve(okJson({ sentMessages: [{ id: 'p', quoteToken: 'p' }] }));
    await withEnv({ [name]: proxy.origin }, async () => {
      await expect(makeClient('node', 'http://api.line.test').pushText(USER, 'via proxy')).resolves.toMatchObject({ sentMessages: [{ id: 'p', quoteToken: 'p' }] });
    });
    expect(proxy.seen[0].url).toBe('http://api.line.test/v2/bot/message/push');
    expect(proxy.seen[0].headers.host).toBe('api.line.test');
    expect(proxy.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('NO_PROXY sends straight to the host', async () => {
    const s = await serve(okJson({ userId: 'U' }));
    await withEnv({ HTTP_PROXY: 'http://127.0.0.1:9', NO_PROXY: '127.0.0.1' }, async () => {
      await expect(makeClient('node', s.origin, { retry: false }).getBotInfo()).resolves.toEqual({ userId: 'U' });
    });
    expect(s.seen).toHaveLength(1);
  });

  it('HTTPS_PROXY tunnels with CONNECT; a proxy that never answers it still times out', async () => {
    const connects: string[] = [];
    const sockets: net.Socket[] = [];
    const silent = net.createServer((socket) => {
      sockets.push(socket);
      socket.once('data', (d) => connects.push(d.toString('latin1').split('\r\n')[0]));
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const port = (silent.address() as net.AddressInfo).port;
    try {
      await withEnv({ HTTPS_PROXY: `http://127.0.0.1:${port}` }, async () => {
        const started = Date.now();
        const err = await makeClient('node', 'https://api.line.test', { timeout: 200, retry: false })
          .getBotInfo()
          .catch((e: unknown) => e);
        expect(err).toBeInstanceOf(LineTimeoutError);
        expect(Date.now() - started).toBeLessThan(3000);
      });
      expect(connects).toEqual(['CONNECT api.line.test:443 HTTP/1.1']);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it('a read redirected to another origin follows it without the Authorization header', async () => {
    const target = await loopback(okJson({ userId: 'U-elsewhere' }));
    try {
      const s = await serve((_req, res) => {
        res.writeHead(302, { location: `${target.origin}/v2/bot/info` });
        res.end();
      });
      await expect(makeClient('node', s.origin).getBotInfo()).resolves.toEqual({ userId: 'U-elsewhere' });
      expect(target.seen[0].headers.authorization).toBeUndefined();
      expect(s.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
    } finally {
      await target.close();
    }
  });

  it('getMessageContent with a Content-Length reads into one Buffer of that size (no chunk list, no concat)', async () => {
    const size = 3 * 2 ** 20;
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
      for (let i = 0; i < size / 65536; i++) res.write(Buffer.alloc(65536, i % 256));
      res.end();
    });
    const client = makeClient('node', s.origin);
    const concat = jest.spyOn(Buffer, 'concat');
    const body = await client.getMessageContent('m1');
    const made = concat.mock.results.filter((r) => (r.value as Buffer).length === size);
    concat.mockRestore();
    expect(body.length).toBe(size);
    expect(made).toHaveLength(0);
    for (let i = 0; i < size / 65536; i++) expect(body[i * 65536]).toBe(i % 256);
    expect(body.buffer.byteLength).toBe(size);
  });

  it('getMessageContent without a Content-Length concatenates the chunks once', async () => {
    const size = 3 * 2 ** 20;
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' }); // chunked
      for (let i = 0; i < size / 65536; i++) res.write(Buffer.alloc(65536, i % 256));
      res.end();
    });
    const client = makeClient('node', s.origin);
    const concat = jest.spyOn(Buffer, 'concat');
    const body = await client.getMessageContent('m1');
    const made = concat.mock.results.filter((r) => (r.value as Buffer).length === size);
    concat.mockRestore();
    expect(body.length).toBe(size);
    expect(made).toHaveLength(1);
    expect(body).toBe(made[0].value);
    for (let i = 0; i < size / 65536; i++) expect(body[i * 65536]).toBe(i % 256);
  });
});

describe('every sender', () => {
  it.each(MODES)('%s: a POST answered with a redirect is never sent again', async (mode) => {
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

  it.each(MODES)('%s: a read redirected on the same origin is followed', async (mode) => {
    const s = await serve((req, res, body) => {
      if (req.url === '/v2/bot/info') {
        res.writeHead(302, { location: '/v2/bot/info2' });
        res.end();
      } else okJson({ userId: 'U-redirected' })(req, res, body);
    });
    await expect(makeClient(mode, s.origin).getBotInfo()).resolves.toEqual({ userId: 'U-redirected' });
  });

  it.each(MODES)('%s: a token read with a trailing newline is sent cleaned', async (mode) => {
    const s = await serve(okJson({ userId: 'U' }));
    const client = makeClient(mode, s.origin, { accessToken: `${TOKEN}\n` });
    await expect(client.getBotInfo()).resolves.toEqual({ userId: 'U' });
    expect(s.seen[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it.each(MODES)('%s: an AbortSignal still cancels a streamed download after the headers arrived', async (mode) => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(1024, 1)); // and then nothing
    });
    const controller = new AbortController();
    const client = makeClient(mode, s.origin, { timeout: 60_000 }).withOptions({ signal: controller.signal });
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

  it.each(MODES)('%s: a content stream handed out holds no reference to the request (nor the token)', async (mode) => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream' });
      res.write(Buffer.alloc(16, 1)); // the rest later: the stream is inspected while the request is in flight
      setTimeout(() => res.end(Buffer.alloc(16, 2)), 100);
    });
    const stream = await makeClient(mode, s.origin).getMessageContentStream('m1');
    const shown = util.inspect(stream, { depth: Infinity, showHidden: true });
    expect(shown).not.toContain(TOKEN);
    expect(shown).not.toMatch(/ClientRequest|IncomingMessage/);
    let bytes = 0;
    for await (const c of stream) bytes += (c as Buffer).length;
    expect(bytes).toBe(32);
  });

  it.each(MODES)('%s: onRequest sees the same payload, once per attempt, token redacted', async (mode) => {
    const s = await serve(okJson());
    const onRequest = jest.fn();
    await makeClient(mode, s.origin, { onRequest }).pushText(USER, 'x');
    expect(onRequest).toHaveBeenCalledTimes(1);
    expect(onRequest.mock.calls[0][0]).toMatchObject({ method: 'post', url: `${s.origin}/v2/bot/message/push`, body: { to: USER, messages: [{ type: 'text', text: 'x' }] } });
    expect(onRequest.mock.calls[0][0].headers.Authorization).toBe('Bearer <redacted>');
    expect(JSON.stringify(onRequest.mock.calls)).not.toContain(TOKEN);
  });
});

describe('the transport\'s own timer', () => {
  it('a sender that hangs and ignores the abort signal still times out (and each attempt is retried)', async () => {
    let calls = 0;
    const hanging = () => {
      calls++;
      return new Promise<Response>(() => undefined);
    };
    const client = new LineClient({ accessToken: TOKEN, origin: 'http://127.0.0.1:9', fetch: hanging, timeout: 100, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 2 } });
    const err = await client.getBotInfo().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineTimeoutError);
    expect((err as LineTimeoutError).attempts).toBe(2);
    expect(calls).toBe(2);
  });

  it('a custom fetch function carries the calls', async () => {
    const s = await serve(okJson({ userId: 'U' }));
    const wrapped = jest.fn((input: string, init: RequestInit) => fetch(input, init));
    await expect(new LineClient({ accessToken: TOKEN, origin: s.origin, fetch: wrapped }).getBotInfo()).resolves.toEqual({ userId: 'U' });
    expect(wrapped).toHaveBeenCalledTimes(1);
    expect(wrapped.mock.calls[0][0]).toBe(`${s.origin}/v2/bot/info`);
  });
});

void axios;
void LineApiError;
void LineNetworkError;
