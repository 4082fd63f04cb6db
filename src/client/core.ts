/**
 * The requests every domain function sends: one request through the transport (with the managed token's one renewal),
 * and the shapes of its answer (JSON body, 404 fallback, empty body, bytes, stream), plus the send metadata.
 *
 * @internal
 */
import type { Readable } from 'node:stream';

import type * as LineTypes from '../LineTypes';
import { LineApiError } from '../errors';
import { send, type Endpoint, type TransportResponse, type TransportSettings } from '../http/transport';
import { randomUUID, sha1Hex, toBytes, type Bytes } from '../platform';
import { stateOf, type TokenSource } from './state';

/**
 * Runs `work` and returns its promise, a synchronous throw (a validation error) turned into a rejection: what an
 * `async` function does, without its extra promise and turns on the hot send path.
 */
export function settle<T>(work: () => Promise<T>): Promise<T> {
  try {
    return work();
  } catch (err) {
    return Promise.reject(err);
  }
}

/** Sends one request through the transport. */
export function request<T>(client: object, endpoint: Endpoint, call?: LineTypes.RequestOptions): Promise<TransportResponse<T>> {
  return settle(() => {
    const state = stateOf(client);
    const options = call ? { ...state.call, ...call } : state.call;
    if (!state.tokens || endpoint.noAuth) return send<T>(state.settings, endpoint, options);
    return withManagedToken<T>(state.settings, state.tokens, endpoint, options);
  });
}

/** Sends with a managed token: a 401 (the token was revoked, say) renews it once and sends again. */
async function withManagedToken<T>(settings: TransportSettings, tokens: TokenSource, endpoint: Endpoint, options: LineTypes.RequestOptions | undefined): Promise<TransportResponse<T>> {
  // One key for both sends below, so that a send resent after a token renewal stays exactly-once.
  if (endpoint.keyed && !endpoint.retryKey) endpoint = { ...endpoint, retryKey: randomUUID() };
  const used = tokens.current;
  try {
    return await send<T>(settings, endpoint, options);
  } catch (err) {
    // A managed token LINE rejects before its expiry (revoked, say) is replaced once; a 401 means nothing ran.
    if (!(err instanceof LineApiError && err.status === 401)) throw err;
    await tokens.invalidate(used ?? tokens.current);
    return send<T>(settings, endpoint, options);
  }
}

/** Sends one request and resolves the response body. */
export function json<T>(client: object, endpoint: Endpoint, call?: LineTypes.RequestOptions): Promise<T> {
  return request<T>(client, endpoint, call).then(dataOf);
}

function dataOf<T>(response: TransportResponse<T>): T {
  return response.data;
}

/** Like `json`, but resolves `fallback` when LINE answers 404 (1.1.0's rule for a few getters). */
export async function or404<T, F>(client: object, endpoint: Endpoint, fallback: F): Promise<T | F> {
  try {
    return await json<T>(client, endpoint);
  } catch (err) {
    if (err instanceof LineApiError && err.status === 404) return fallback;
    throw err;
  }
}

/** Sends a request whose answer has no (meaningful) body, and resolves `{}`. */
export async function empty(client: object, endpoint: Endpoint, call?: LineTypes.RequestOptions): Promise<LineTypes.MutationSuccessResponse> {
  await request<unknown>(client, endpoint, call);
  return {};
}

/** Reads a binary answer as one Buffer (a Uint8Array in the web build). */
export async function bytes(client: object, endpoint: Endpoint): Promise<Bytes> {
  const data = await json<ArrayBuffer | Uint8Array>(client, { ...endpoint, responseType: 'arraybuffer' });
  return toBytes(data);
}

/** Downloads from the data host as a stream (the transport hands out a stream that holds no request; a web ReadableStream in the web build). */
export async function stream(client: object, path: string): Promise<Readable> {
  return json<Readable>(client, { method: 'GET', host: 'data', path, responseType: 'stream' });
}

/**
 * The retry key of one multicast chunk: derived from the call's key and the chunk's recipients, so that re-sending the
 * same recipients with the same key (the whole list, or just `error.unsent`) reuses each chunk's key.
 */
export function chunkKey(key: string, recipients: string[]): string {
  return sha1Key(`${key}\n${recipients.join('\n')}`);
}

/**
 * A name-based UUID (version 5 layout) from the SHA-1 of `input`: a string's UTF-8 bytes, or bytes. The bulk
 * multicast (bulk.ts) hashes the UTF-8 bytes of the same text as {@link chunkKey}, written into a reused buffer.
 */
export function sha1Key(input: string | Uint8Array): string {
  const h = sha1Hex(input);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The response body of a send, with LINE's request id (or the accepted request's id of a confirmed retry). */
export function withMeta<T>(res: TransportResponse<T>): T & LineTypes.SendMetadata {
  if (res.acceptedRequestId) {
    // A 409 confirming an earlier attempt: its body is LINE's duplicate notice, not a result. Keep `sentMessages`
    // (push repeats them) and report the accepted request's id, the one progress and insight calls know.
    const sentMessages = (res.data as { sentMessages?: unknown } | undefined)?.sentMessages;
    return { ...(sentMessages ? { sentMessages } : {}), requestId: res.acceptedRequestId, acceptedRequestId: res.acceptedRequestId } as T & LineTypes.SendMetadata;
  }
  // Object.assign, not a spread: V8 copies a parsed body and adds `requestId` to a spread copy on a slow path (≈0.7 µs).
  const out = Object.assign({}, res.data && typeof res.data === 'object' ? res.data : {}) as T & LineTypes.SendMetadata;
  const requestId = res.headers['x-line-request-id'];
  if (requestId) out.requestId = requestId;
  return out;
}
