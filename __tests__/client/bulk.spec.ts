/**
 * The bulk multicast (src/client/bulk.ts) makes each chunk's body and retry key straight into bytes: the body must be
 * byte for byte what JSON.stringify gave, and the key exactly chunkKey's, whatever the ids hold; the transport sends
 * such pre-encoded bytes as they are while onRequest and axios still see the JSON value. On the wire, through every
 * sender: the same bodies, Content-Length and retry keys as before.
 */
import nock from 'nock';

import { LineClient } from '../../src';
import { bodyEncoder, chunkKeyMaker } from '../../src/client/bulk';
import { chunkKey } from '../../src/client/core';
import type { DebugLog } from '../../src/debug';
import { LineValidationError } from '../../src/errors';
import type { Sender, SenderRequest } from '../../src/http/sender';
import { send, type TransportSettings } from '../../src/http/transport';
import * as node from '../../src/platform';
import * as web from '../../src/platform/index.web';
import { validateRecipients } from '../../src/validate';
import { loopback, okJson, TOKEN, type Loopback } from '../perf/helpers';

beforeAll(() => nock.restore());

const userId = (i: number) => `U${i.toString(16).padStart(32, '0')}`;
const KEY = '123e4567-e89b-42d3-a456-426614174000';

/** Ids of every kind JSON.stringify treats apart: quotes, backslashes, control characters, DEL, non-ASCII, emoji, lone surrogates, U+2028. */
const ODD = ['U"quoted"', 'back\\slash', 'tab\there', '\u0000\u001f', 'del\u007f', 'café', '日本語', '😀', 'lone\ud800', '\udc00x', 'line\u2028sep', '/slash'];

describe('chunk bodies', () => {
  const messages = [{ type: 'text', text: 'hello ✓ "quoted" \\ 😀' }];
  const extras: Record<string, unknown>[] = [{}, { notificationDisabled: true }, { customAggregationUnits: ['promo'] }, { notificationDisabled: false, customAggregationUnits: ['a', 'b'] }];

  it('are byte for byte JSON.stringify({ to, messages, ...extra }), for LINE ids and for ids JSON.stringify escapes', () => {
    const lists = [[userId(1)], Array.from({ length: 500 }, (_, i) => userId(i)), ODD, [...ODD, userId(7), ...ODD.map((s) => `${s}${s}`)]];
    for (const extra of extras) {
      const encode = bodyEncoder(messages, extra);
      expect(encode).toBeDefined();
      for (const to of lists) {
        expect(Buffer.from(encode!(to)).equals(Buffer.from(JSON.stringify({ to, messages, ...extra }), 'utf8'))).toBe(true);
      }
    }
  });

  it('are written over a spare buffer when it is big enough (else into a new one), still byte for byte', () => {
    const encode = bodyEncoder(messages, {})!;
    const big = Array.from({ length: 500 }, (_, i) => userId(i));
    const first = encode(big);
    const small = [userId(9), ...ODD];
    const reused = encode(small, first);
    expect(reused.buffer).toBe(first.buffer);
    expect(Buffer.from(reused).equals(Buffer.from(JSON.stringify({ to: small, messages }), 'utf8'))).toBe(true);
    const bigger = [...big, userId(501)];
    const fresh = encode(bigger, reused);
    expect(fresh.buffer).not.toBe(first.buffer);
    expect(Buffer.from(fresh).equals(Buffer.from(JSON.stringify({ to: bigger, messages }), 'utf8'))).toBe(true);
  });

  it('are left to the transport when JSON.stringify cannot encode the messages', () => {
    expect(bodyEncoder([{ type: 'text', text: 'x', n: 1n }], {})).toBeUndefined();
  });
});

describe('chunk retry keys', () => {
  it('are chunkKey(key, recipients), for chunks of any length one after another (the buffer is reused) and ids of any kind', () => {
    for (const key of [KEY, 'clé-😀']) {
      const keyOf = chunkKeyMaker(key);
      const chunks = [Array.from({ length: 500 }, (_, i) => userId(i)), [userId(1)], ODD, Array.from({ length: 300 }, (_, i) => `${ODD[i % ODD.length]}${i}`), [userId(2), userId(3)]];
      for (const recipients of chunks) expect(keyOf(recipients)).toBe(chunkKey(key, recipients));
    }
  });

  it('sha1Hex hashes bytes as it hashes their text (both builds)', () => {
    for (const text of ['', 'a', `${KEY}\n${userId(1)}\n日本語😀`]) {
      const bytes = new TextEncoder().encode(text);
      expect(node.sha1Hex(bytes)).toBe(node.sha1Hex(text));
      expect(web.sha1Hex(bytes)).toBe(node.sha1Hex(text));
      // A view into a larger buffer: only its own bytes count.
      const padded = new Uint8Array(bytes.length + 8);
      padded.set(bytes, 4);
      expect(node.sha1Hex(padded.subarray(4, 4 + bytes.length))).toBe(node.sha1Hex(text));
      expect(web.sha1Hex(padded.subarray(4, 4 + bytes.length))).toBe(node.sha1Hex(text));
    }
  });
});

describe('recipient validation', () => {
  it('names the entry that fails (and only then builds its name)', () => {
    const to = Array.from({ length: 1000 }, (_, i) => userId(i));
    expect(() => validateRecipients(to, 'to')).not.toThrow();
    for (const bad of ['', 42, undefined]) {
      const list: unknown[] = [...to];
      list[617] = bad;
      const error = (() => {
        try {
          validateRecipients(list, 'to');
        } catch (e) {
          return e;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(LineValidationError);
      expect((error as LineValidationError).argument).toBe('to[617]');
    }
  });
});

describe('pre-encoded bodies in the transport', () => {
  function settings(sender: Sender, onRequest?: TransportSettings['onRequest']): TransportSettings {
    const debug = Object.assign(() => undefined, { enabled: false }) as DebugLog;
    return { origins: { api: 'https://api.line.me', data: 'https://api-data.line.me', manager: 'https://manager.line.biz' }, sender: () => sender, token: () => TOKEN, timeout: 1000, retry: false, debug, ...(onRequest ? { onRequest } : {}) };
  }

  it('go on the wire as they are; onRequest and the sender still see the JSON value as data', async () => {
    const seen: SenderRequest[] = [];
    const sender: Sender = async (req) => {
      seen.push(req);
      return { status: 200, statusText: 'OK', headers: { 'x-line-request-id': 'r1' }, body: Buffer.from('{}') };
    };
    const onRequest = jest.fn();
    const body = { to: ['U1'], messages: [{ type: 'text', text: 'x' }] };
    // Not JSON.stringify's bytes (spaces): proves the bytes given are the bytes sent.
    const encodedBody = new TextEncoder().encode('{ "to": ["U1"], "messages": [{ "type": "text", "text": "x" }] }');
    await send(settings(sender, onRequest), { method: 'POST', path: '/v2/bot/message/multicast', body, encodedBody, keyed: true, retryKey: KEY });
    expect(seen).toHaveLength(1);
    expect(seen[0].body).toBe(encodedBody);
    expect(seen[0].data).toBe(body);
    expect(seen[0].headers['Content-Type']).toBe('application/json');
    expect(seen[0].headers['X-Line-Retry-Key']).toBe(KEY);
    expect(onRequest).toHaveBeenCalledWith(expect.objectContaining({ body }));
  });
});

describe('bulk multicast on the wire', () => {
  let server: Loopback | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it.each(['node', 'fetch', 'axios'] as const)('%s: each chunk is JSON.stringify of its body with its Content-Length and chunkKey retry key; onRequest sees the JSON value', async (mode) => {
    server = await loopback(okJson({}));
    const onRequest = jest.fn();
    const client = new LineClient({ accessToken: TOKEN, origin: server.origin, ...(mode === 'fetch' ? { fetch: true } : {}), onRequest });
    if (mode === 'axios') client.axios.interceptors.request.use((config) => config);
    const to = [...Array.from({ length: 1000 }, (_, i) => userId(i)), ...ODD];
    const messages = [{ type: 'text' as const, text: 'sale ✓' }];
    const result = await client.multicast(to, messages, { notificationDisabled: true, retryKey: KEY, concurrency: 1 });
    expect(result.requestIds).toEqual(['req-1', 'req-1', 'req-1']);
    const chunks = [to.slice(0, 500), to.slice(500, 1000), to.slice(1000)];
    expect(server.seen).toHaveLength(3);
    server.seen.forEach((r, i) => {
      const expected = JSON.stringify({ to: chunks[i], messages, notificationDisabled: true });
      expect(r.method).toBe('POST');
      expect(r.url).toBe('/v2/bot/message/multicast');
      expect(r.body).toBe(expected);
      expect(r.headers['content-length']).toBe(String(Buffer.byteLength(expected)));
      expect(r.headers['content-type']).toBe('application/json');
      expect(r.headers['x-line-retry-key']).toBe(chunkKey(KEY, chunks[i]));
      expect(r.headers.authorization).toBe(`Bearer ${TOKEN}`);
    });
    expect(onRequest.mock.calls.map((c) => (c[0] as { body: unknown }).body)).toEqual(chunks.map((c) => ({ to: c, messages, notificationDisabled: true })));
  });
});
