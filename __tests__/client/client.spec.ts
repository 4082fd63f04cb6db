import fs from 'node:fs';
import path from 'node:path';
import util from 'node:util';
import { Readable } from 'node:stream';

import nock from 'nock';

import { LineApiError, LineClient, LineNetworkError, LineValidationError } from '../../src';
import { API, DATA, intercept, makeClient, SECRET, TOKEN } from '../support/nockLine';

/** Every text rendering of a value a logger or error reporter might produce. */
function renderings(value: unknown): string[] {
  return [
    util.inspect(value, { depth: Infinity, showHidden: false }),
    util.inspect(value, { depth: Infinity, showHidden: true }),
    String(value),
    JSON.stringify(value) ?? '',
    JSON.stringify({ ...(value as object) }) ?? '',
  ];
}

function expectNoSecrets(value: unknown): void {
  for (const text of renderings(value)) {
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain(SECRET);
  }
}

describe('construction', () => {
  it('exposes two real axios instances on the default hosts', () => {
    const client = makeClient();
    expect(client.axios.defaults.baseURL).toBe('https://api.line.me');
    expect(client.dataAxios.defaults.baseURL).toBe('https://api-data.line.me');
    expect(typeof client.axios.interceptors.request.use).toBe('function');
    expect(client.accessToken).toBe(TOKEN);
    expect(client.channelSecret).toBe(SECRET);
  });

  it('uses origin and dataOrigin', async () => {
    const client = makeClient({ origin: 'http://127.0.0.1:1', dataOrigin: 'http://127.0.0.1:2' });
    expect(client.axios.defaults.baseURL).toBe('http://127.0.0.1:1');
    expect(client.dataAxios.defaults.baseURL).toBe('http://127.0.0.1:2');
  });

  it('LineClient.connect(config) and the legacy connect(accessToken, channelSecret) both work, warning once', () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const a = LineClient.connect({ accessToken: TOKEN, channelSecret: SECRET });
    const b = LineClient.connect(TOKEN, SECRET);
    expect(a.accessToken).toBe(TOKEN);
    expect(b.accessToken).toBe(TOKEN);
    expect(b.channelSecret).toBe(SECRET);
    const calls = warn.mock.calls.filter((c) => String(c[0]).includes('LineClient.connect'));
    expect(calls.length).toBeLessThanOrEqual(1);
    for (const c of warn.mock.calls) expect(JSON.stringify(c)).not.toContain(TOKEN);
    warn.mockRestore();
  });

  it('a bare string says how to fix the call and does not echo it', () => {
    let error: unknown;
    try {
      new LineClient(TOKEN as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LineValidationError);
    expect((error as Error).message).toContain('new LineClient({ accessToken, channelSecret })');
    expectNoSecrets(error);
    expect((error as Error).stack).not.toContain(TOKEN);
  });

  it('a missing access token is a clear error', () => {
    expect(() => new LineClient({} as never)).toThrow(/give `accessToken`/);
  });

  it('console.log(client), util.inspect at any depth and JSON.stringify show neither secret', () => {
    const client = makeClient();
    expectNoSecrets(client);
    expect(Object.keys(client)).toEqual(['axios', 'dataAxios', 'managerAxios']);
  });

  it('user interceptors and adapters on client.axios act on every call', async () => {
    const client = makeClient();
    const seen: string[] = [];
    client.axios.interceptors.request.use((config) => {
      seen.push(`${config.method} ${config.url}`);
      config.headers.set('X-Trace', 'abc');
      return config;
    });
    const captured = intercept('GET', 'api', '/v2/bot/info', { body: { userId: 'U' } });
    await client.getBotInfo();
    expect(seen).toEqual(['get /v2/bot/info']);
    expect(captured[0].headers['x-trace']).toBe('abc');

    client.dataAxios.defaults.adapter = async (config) => ({ data: Buffer.from('adapted'), status: 200, statusText: 'OK', headers: {}, config });
    await expect(client.getMessageContent('m1')).resolves.toEqual(Buffer.from('adapted'));
  });

  it('requests sent straight through client.axios carry the bearer token', async () => {
    const client = makeClient();
    const captured = intercept('GET', 'api', '/v2/bot/followers/ids');
    await client.axios.get('/v2/bot/followers/ids');
    expect(captured[0].headers.authorization).toBe(`Bearer ${TOKEN}`);
  });

  it('onRequest receives the 1.1.0 payload, with the token redacted', async () => {
    const onRequest = jest.fn();
    const client = makeClient({ onRequest });
    intercept('POST', 'api', '/v2/bot/message/reply');
    await client.replyText('rt', 'hi');
    expect(onRequest).toHaveBeenCalledTimes(1);
    const info = onRequest.mock.calls[0][0];
    expect(info).toMatchObject({ method: 'post', url: 'https://api.line.me/v2/bot/message/reply', body: { replyToken: 'rt', messages: [{ type: 'text', text: 'hi' }] } });
    expect(info.headers.Authorization).toBe('Bearer <redacted>');
    expect(JSON.stringify(info)).not.toContain(TOKEN);
  });

  it('onRequest never sees a bearer token, whatever the header name case', async () => {
    const onRequest = jest.fn();
    const client = makeClient({ onRequest });
    intercept('GET', 'api', '/v2/bot/info', {}, { contract: false });
    await client.axios.get('/v2/bot/info', { headers: { authorization: 'Bearer OTHER-TOKEN' } });
    expect(JSON.stringify(onRequest.mock.calls)).not.toContain('OTHER-TOKEN');
  });

  it('withOptions returns a view sharing the client, with per-call settings', async () => {
    const client = makeClient();
    const view = client.withOptions({ timeout: 1234 });
    expect(view.axios).toBe(client.axios);
    expect(view.accessToken).toBe(TOKEN);
    let timeout: number | undefined;
    client.axios.interceptors.request.use((config) => {
      timeout = config.timeout;
      return config;
    });
    intercept('GET', 'api', '/v2/bot/info');
    await view.getBotInfo();
    expect(timeout).toBe(1234);
  });
});

describe('errors', () => {
  it('formats LINE message and details like 1.1.0 and carries status, details, request id, method and path', async () => {
    intercept('POST', 'api', '/v2/bot/message/push', {
      status: 400,
      body: { message: 'The request body has 2 error(s)', details: [{ message: 'May not be empty', property: 'messages[0].text' }, { message: 'bad', property: 'to' }] },
      headers: { 'x-line-request-id': 'req-err-1' },
    });
    const error = (await makeClient()
      .push('U1', [{ type: 'text', text: 'x' }])
      .catch((e: unknown) => e)) as LineApiError;
    expect(error).toBeInstanceOf(LineApiError);
    expect(error.message).toBe('LINE API - The request body has 2 error(s)\n- messages[0].text: May not be empty\n- to: bad');
    expect(error).toMatchObject({
      name: 'LineApiError',
      status: 400,
      lineMessage: 'The request body has 2 error(s)',
      details: [
        { message: 'May not be empty', property: 'messages[0].text' },
        { message: 'bad', property: 'to' },
      ],
      requestId: 'req-err-1',
      method: 'POST',
      path: '/v2/bot/message/push',
    });
    expect(error.response.data).toEqual({ message: 'The request body has 2 error(s)', details: expect.any(Array) });
    expectNoSecrets(error);
    expect(() => JSON.stringify(error)).not.toThrow();
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ name: 'LineApiError', status: 400, requestId: 'req-err-1' });
  });

  it('names the status and what came back when the body has no message (binary endpoint, HTML from a proxy)', async () => {
    nock(DATA).get('/v2/bot/message/m1/content').reply(500, Buffer.from('{"message":"Internal error"}'), { 'x-line-request-id': 'r2' });
    const binary = (await makeClient()
      .getMessageContent('m1')
      .catch((e: unknown) => e)) as LineApiError;
    expect(binary.message).toBe('LINE API - Internal error');

    nock(API).get('/v2/bot/info').reply(502, '<html><body>Bad Gateway</body></html>', { 'content-type': 'text/html' });
    const html = (await makeClient()
      .getBotInfo()
      .catch((e: unknown) => e)) as LineApiError;
    expect(html.message).toMatch(/^LINE API - HTTP 502 .*GET \/v2\/bot\/info, with a non-JSON body: <html><body>Bad Gateway<\/body><\/html>$/);
    expect(html.message).not.toContain('undefined');

    nock(DATA).get('/v2/bot/message/m2/content').reply(404);
    const empty = (await makeClient()
      .getMessageContentStream('m2')
      .catch((e: unknown) => e)) as LineApiError;
    expect(empty.status).toBe(404);
    expect(empty.message).toMatch(/^LINE API - HTTP 404.* with an empty body$/);
  });

  it('network errors keep their cause and leak nothing', async () => {
    nock(API).get('/v2/bot/info').replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }));
    const error = (await makeClient()
      .getBotInfo()
      .catch((e: unknown) => e)) as LineNetworkError;
    expect(error).toBeInstanceOf(LineNetworkError);
    expect(error.code).toBe('ECONNRESET');
    expect((error.cause as Error).message).toBe('socket hang up');
    expect(error.message).toContain('GET /v2/bot/info');
    expectNoSecrets(error);
  });

  it('no error property or rendering holds the token, at any depth', async () => {
    intercept('GET', 'api', '/v2/bot/profile/U1', { status: 401, body: { message: 'Authentication failed' } });
    const error = await makeClient()
      .getUserProfile('U1')
      .catch((e: unknown) => e);
    expectNoSecrets(error);
    expect(util.inspect(error, { depth: Infinity, showHidden: true, getters: true })).not.toContain(TOKEN);
  });
});

describe('message content', () => {
  it('getMessageContentStream resolves a readable stream of the bytes', async () => {
    intercept('GET', 'data', '/v2/bot/message/m1/content', { body: Buffer.from('stream-bytes') });
    const stream = await makeClient().getMessageContentStream('m1');
    expect(stream).toBeInstanceOf(Readable);
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).toString()).toBe('stream-bytes');
  });
});

describe('uploadRichMenuImage', () => {
  const png = Buffer.from('89504e470d0a1a0a0000000d49484452000009c4000006960806000000', 'hex');
  const jpeg = Buffer.from('ffd8ffe000104a46494600010100000100010000ffdb', 'hex');

  it.each([
    ['PNG Buffer', png, 'image/png'],
    ['JPEG Buffer', jpeg, 'image/jpeg'],
    ['PNG Uint8Array', new Uint8Array(png), 'image/png'],
  ])('sends a %s as raw bytes with the detected type', async (_, image, mime) => {
    const captured = intercept('POST', 'data', '/v2/bot/richmenu/rm1/content');
    await expect(makeClient().uploadRichMenuImage('rm1', image)).resolves.toEqual({});
    expect(captured[0].headers['content-type']).toBe(mime);
    expect(captured[0].raw).toEqual(Buffer.from(image));
  });

  it('rejects GIF, unknown bytes and images over 1 MB before any request', async () => {
    const client = makeClient();
    const gif = Buffer.from('474946383961', 'hex');
    await expect(client.uploadRichMenuImage('rm1', gif)).rejects.toThrow(/image\/png or image\/jpeg, got image\/gif/);
    await expect(client.uploadRichMenuImage('rm1', Buffer.from('hello'))).rejects.toThrow(LineValidationError);
    const big = Buffer.concat([png, Buffer.alloc(1024 * 1024)]);
    await expect(client.uploadRichMenuImage('rm1', big)).rejects.toThrow(/over LINE's limit of 1 MB/);
    expect(nock.pendingMocks()).toEqual([]);
  });
});

describe('deprecations', () => {
  it('deprecated methods warn once per process and still work', async () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const client = makeClient();
    intercept('POST', 'api', '/v2/bot/user/U1/linkToken', { body: { linkToken: 'a' } });
    intercept('POST', 'api', '/v2/bot/user/U1/linkToken', { body: { linkToken: 'b' } });
    await expect(client.issueLinkToken('U1')).resolves.toEqual({ linkToken: 'a' });
    await expect(client.issueLinkToken('U1')).resolves.toEqual({ linkToken: 'b' });
    const issued = warn.mock.calls.filter((c) => String(c[0]).includes('issueLinkToken'));
    expect(issued).toHaveLength(1);
    warn.mockRestore();
  });
});

describe('every Promise-returning method rejects instead of throwing synchronously', () => {
  const syncByDesign = new Set(['constructor', 'withOptions', 'validateSignature', 'createChannelJWT']);
  // TypeScript-private helpers are on the prototype too; they are not public API.
  const source = fs.readFileSync(path.join(__dirname, '../../src/LineClient.ts'), 'utf8');
  const privates = new Set([...source.matchAll(/^ {2}private (?:async )?(\w+)[<(]/gm)].map((m) => m[1]));
  // The class and its generated base class (src/client/LineClientApi.ts).
  const chain = [LineClient.prototype, Object.getPrototypeOf(LineClient.prototype) as object];
  const names = [...new Set(chain.flatMap((p) => Object.getOwnPropertyNames(p)))].filter((n) => {
    if (privates.has(n)) return false;
    const d = chain.map((p) => Object.getOwnPropertyDescriptor(p, n)).find(Boolean);
    return typeof d?.value === 'function' && !syncByDesign.has(n);
  });

  it.each(names)('%s() with bad arguments', async (name) => {
    // Any real request is refused by nock (and retries are off), so each call settles quickly.
    const client = makeClient() as unknown as Record<string, (...args: unknown[]) => unknown>;
    let result: unknown;
    expect(() => {
      result = client[name]('', '', '');
    }).not.toThrow();
    if (result && typeof (result as Promise<unknown>).then === 'function') await (result as Promise<unknown>).catch(() => undefined);
    else if (result && typeof (result as AsyncGenerator<unknown>).next === 'function') await (result as AsyncGenerator<unknown>).next().catch(() => undefined);
  });
});
