/**
 * The transport: one function, {@link send}, through which every LineClient call goes. It owns the URL, headers and
 * body encoding, retries, retry keys, per-attempt timeouts (its own deadline and AbortController, whatever the sender),
 * error mapping, redaction, the `onRequest` hook and DEBUG logging, the same whichever sender moves the bytes
 * (senders/node.ts, senders/fetch.ts, senders/axios.ts; the neutral shapes are in sender.ts). Streams it hands out
 * hold no reference to the request.
 *
 * @internal
 */
import { concatBytes, randomUUID, toBytes, utf8 } from '../platform';

import {
  LineAbortError,
  LineApiError,
  LineError,
  LineNetworkError,
  LineQuotaExceededError,
  LineRateLimitError,
  LineTimeoutError,
  LineValidationError,
  type LineErrorResponse,
} from '../errors';
import type { RequestInfo, RequestOptions, RetryInfo, RetryOptions, RetryReason } from '../types/client';
import type { DebugLog } from '../debug';
import { VERSION } from '../version';
import { checkSegment } from './segments';
import { isStreamBody, type Sender, type SenderRequest, type SenderResponse } from './sender';
import { arm, disarm, type Deadline } from './deadlines';
import { handOut } from './stream';

/** Which LINE host a request goes to (`manager`: manager.line.biz, for attaching modules). */
export type Host = 'api' | 'data' | 'manager';

/** HTTP methods LINE uses. */
export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** What an endpoint sends. */
export interface Endpoint {
  method: Method;
  /** Path with its segments already encoded (see {@link path}). */
  path: string;
  host?: Host;
  query?: Record<string, string | number | boolean | undefined>;
  /** JSON body (or a Buffer / stream / form with `headers['Content-Type']`). Omitted: no body at all. */
  body?: unknown;
  /**
   * `body` already encoded (its exact JSON.stringify bytes, made by the caller when it can do so for less): sent as
   * is, while `body` is still what onRequest, the debug log and axios see.
   */
  encodedBody?: Uint8Array;
  headers?: Record<string, string>;
  responseType?: 'json' | 'arraybuffer' | 'stream';
  /** 1.1.0 sent `query` as axios `params`, not in the URL (see SenderRequest.params). */
  queryAsParams?: boolean;
  /** `keyed`: one of the four sends that carry an `X-Line-Retry-Key`. */
  keyed?: boolean;
  /** The caller's own retry key (keyed sends only). */
  retryKey?: string;
  /** Default timeout of this endpoint (uploads get a longer one). */
  timeout?: number;
  /**
   * Send no bearer token (channel access token endpoints, and endpoints with their own `Authorization`). The body
   * of such a request carries credentials: it is redacted from the `onRequest` hook and debug output.
   */
  noAuth?: boolean;
}

/** Settings a transport runs with. */
export interface TransportSettings {
  /** The origin of each host (`https://api.line.me`…). */
  origins: Record<Host, string>;
  /** The sender that carries a host's calls (the host's axios instance once the user touched it). */
  sender: (host: Host) => Sender;
  /** Resolves the bearer token (undefined: none). */
  token: () => string | undefined | Promise<string | undefined>;
  timeout: number;
  retry: Required<RetryOptions> | false;
  onRetry?: (info: RetryInfo) => void;
  /** Sees every request (the 1.1.0 payload, credentials redacted). */
  onRequest?: (request: RequestInfo) => void;
  /** `messaging-api:retry`. */
  debug: DebugLog;
  /** `messaging-api:request` (written when `onRequest` is not set). */
  requestLog?: DebugLog;
  /**
   * The `rateLimit` option: waits for the endpoint's turn before each attempt (rejecting with LineTimeoutError or
   * LineAbortError), and resolves what is left of the attempt's timeout. Undefined when not configured.
   */
  rateLimit?: (endpoint: Endpoint, timeoutMs: number, signal: AbortSignal | undefined) => Promise<number>;
  /** Waits between attempts; injectable so tests run fast. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The last token's checked `Authorization` value (kept by the transport). */
  authorization?: { token: string; header: string };
}

/** A successful answer (or a 409 that confirms an earlier attempt of a keyed send). */
export interface TransportResponse<T> {
  data: T;
  status: number;
  headers: Record<string, string>;
  /** The `X-Line-Retry-Key` used, for keyed sends. */
  retryKey?: string;
  /** Set when LINE answered 409: an earlier attempt with the same key was accepted. */
  acceptedRequestId?: string;
}

/**
 * Default retry policy: 3 attempts, 0.5 s × 2ⁿ with jitter, each delay ≤ 5 s, ≤ 15 s of waiting in all, and no retry
 * started more than 60 s after the call began.
 */
export const DEFAULT_RETRY: Required<RetryOptions> = { retries: 2, minDelayMs: 500, maxDelayMs: 5000, maxTotalDelayMs: 15000, maxElapsedMs: 60000 };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const QUOTA_MESSAGE = /monthly limit/i;

/**
 * Builds a path from a template, encoding and checking each `{name}` parameter.
 *
 * @example `path('/v2/bot/richmenu/{richMenuId}', { richMenuId })`
 */
export function path(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string, at: number) => {
    const value = params[name];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string' || value === '') {
      throw new LineValidationError(
        name,
        `expected a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`,
      );
    }
    // An id must not reach another endpoint (`all`, `list`…) nor move up the path (`..`).
    checkSegment(template.slice(0, at).replace(/\{\w+\}/g, '{}'), name, value);
    return encodeURIComponent(value);
  });
}

/** Resolves after `ms`, or rejects with the signal's reason when `signal` aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}


/** The query encoding axios (and so 1.1.0) used: encodeURIComponent, with `:`, `$`, `,` and spaces (`+`) readable. */
function encodeQuery(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%20/g, '+');
}

/** Origin + path + query string. */
function buildUrl(origin: string, reqPath: string, query: Endpoint['query']): string {
  let url = `${origin.replace(/\/+$/, '')}${reqPath}`;
  if (query) {
    let qs = '';
    for (const key of Object.keys(query)) {
      const v = query[key];
      if (v === undefined || v === null) continue;
      qs += `${qs ? '&' : ''}${encodeQuery(key)}=${encodeQuery(String(v))}`;
    }
    if (qs) url += (url.includes('?') ? '&' : '?') + qs;
  }
  return url;
}

/** The argument a header comes from, for the error of a header value that would split the header. */
const HEADER_ARGUMENTS: Record<string, string> = { authorization: 'accessToken', 'x-line-delivery-tag': 'deliveryTag', 'x-line-retry-key': 'retryKey' };

/**
 * A header value as it can go on the wire: surrounding blanks trimmed (a token read from a file with its trailing
 * newline works), then a CR or LF left inside rejected with a LineValidationError naming the argument (the value is
 * never shown: it may be a credential); other control characters (but tab) and characters outside Latin-1 dropped.
 */
function headerValue(value: unknown, name: string): string {
  const text = String(value).trim();
  if (/[\r\n]/.test(text)) {
    throw new LineValidationError(HEADER_ARGUMENTS[name.toLowerCase()] ?? `headers['${name}']`, 'a header value cannot hold a line break (CR or LF)');
  }
  return text.replace(/[^\t\x20-\x7e\x80-\xff]/g, '');
}

/** What axios's http adapter advertised (1.1.0's wire). */
const ACCEPT_ENCODING = 'gzip, compress, deflate, br';

/** The headers of a call: the defaults every call sends, the endpoint's (case-insensitively over them), the retry key. */
function buildHeaders(endpoint: Endpoint, retryKey: string | undefined): Record<string, string> {
  const headers: Record<string, string> = {
    Accept: 'application/json, text/plain, */*',
    'Content-Type': 'application/json',
    'User-Agent': USER_AGENT,
    'Accept-Encoding': ACCEPT_ENCODING,
  };
  if (endpoint.headers) {
    for (const [name, value] of Object.entries(endpoint.headers)) {
      for (const k of Object.keys(headers)) if (k.toLowerCase() === name.toLowerCase()) delete headers[k];
      if (value !== undefined && value !== null) headers[name] = headerValue(value, name);
    }
  }
  if (retryKey) headers['X-Line-Retry-Key'] = retryKey;
  return headers;
}

const USER_AGENT = `messaging-api-line/${VERSION}`;

/**
 * `Bearer <token>`, checked as a header value (the check throws for a token with CR or LF) once per token: the
 * settings keep the last token's value, as one token serves every call until it is renewed.
 */
function authorization(settings: TransportSettings, token: string): string {
  const cached = settings.authorization;
  if (cached?.token === token) return cached.header;
  const header = headerValue(`Bearer ${token}`, 'Authorization');
  settings.authorization = { token, header };
  return header;
}

function encodeBody(body: unknown): SenderRequest['body'] {
  if (body === undefined) return undefined;
  if (typeof body === 'string' || body instanceof Uint8Array || isStreamBody(body)) return body as SenderRequest['body'];
  return JSON.stringify(body);
}

/** The answer's body as JSON (or text when it is not JSON), the way 1.1.0 (axios) shaped it. */
function parseJson(body: Uint8Array): unknown {
  let text = utf8(body);
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** What an error answer read from a stream keeps for LineApiError: 64 KiB. */
const ERROR_BODY_CAP = 65536;

/** The chunks of a web ReadableStream; leaving the loop early cancels the stream. */
async function* webChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    void reader.cancel().catch(() => undefined);
  }
}

/** An error answer's body, for LineApiError (at most ERROR_BODY_CAP bytes kept from a stream). */
async function readErrorBody(data: unknown): Promise<unknown> {
  let raw = data;
  // A web ReadableStream: the fetch sender's download.
  const web = !!raw && typeof (raw as { getReader?: unknown }).getReader === 'function';
  if (web || (raw && typeof (raw as { pipe?: unknown }).pipe === 'function')) {
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for await (const chunk of web ? webChunks(raw as ReadableStream<Uint8Array>) : (raw as AsyncIterable<Uint8Array | string>)) {
        const b = typeof chunk === 'string' ? concatBytes([chunk]) : chunk;
        if (size < ERROR_BODY_CAP) chunks.push(size + b.length > ERROR_BODY_CAP ? b.subarray(0, ERROR_BODY_CAP - size) : b);
        size += b.length;
        // Past the cap a web stream is cancelled; a Node.js stream is read and dropped (the connection stays reusable).
        if (web && size >= ERROR_BODY_CAP) break;
      }
    } catch {
      // What arrived is enough to describe the error.
    }
    raw = concatBytes(chunks);
  } else if (raw instanceof ArrayBuffer) {
    raw = toBytes(raw);
  }
  if (raw instanceof Uint8Array) {
    if (raw.length === 0) return undefined;
    const text = utf8(raw);
    try {
      return JSON.parse(text);
    } catch {
      return raw.subarray(0, 64).some((b) => b === 0) ? toBytes(raw) : text;
    }
  }
  return raw;
}

type Failure =
  | { kind: 'http'; response: LineErrorResponse }
  | { kind: 'timeout' }
  | { kind: 'abort' }
  | { kind: 'network'; cause: Error & { code?: string } };

/** A sender's rejection as a failure. The cause kept is a fresh error (message and code): it holds no request. */
function classify(err: unknown, timedOut: boolean, signal: AbortSignal | undefined): Failure {
  if (timedOut) return { kind: 'timeout' };
  if (signal?.aborted) return { kind: 'abort' };
  const e = err as (Error & { code?: string; cause?: unknown }) | undefined;
  if (e?.code === 'ETIMEDOUT' || e?.code === 'ECONNABORTED') return { kind: 'timeout' };
  const inner = e?.cause && typeof e.cause === 'object' && typeof (e.cause as { code?: unknown }).code === 'string' ? (e.cause as Error & { code?: string }) : e;
  const code = inner?.code;
  return { kind: 'network', cause: Object.assign(new Error(inner?.message ?? String(err)), code ? { code } : {}) };
}

function retryReason(failure: Failure): RetryReason | undefined {
  switch (failure.kind) {
    case 'network':
      return 'network';
    case 'timeout':
      return 'timeout';
    case 'http': {
      const { status, data } = failure.response;
      if (status >= 500) return 'server-error';
      if (status === 429) {
        const message = (data as { message?: unknown } | undefined)?.message;
        return typeof message === 'string' && QUOTA_MESSAGE.test(message) ? undefined : 'rate-limit';
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/**
 * What a 429 or 503 answer's `Retry-After` asks, in ms (delay-seconds or an HTTP date); undefined when absent or
 * unreadable.
 */
function retryAfter(failure: Failure): number | undefined {
  if (failure.kind !== 'http' || (failure.response.status !== 429 && failure.response.status !== 503)) return undefined;
  const header = failure.response.headers['retry-after'];
  if (header === undefined || header.trim() === '') return undefined;
  const text = header.trim();
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function toError(failure: Failure, method: string, reqPath: string, attempts: number, timeoutMs: number): LineError {
  switch (failure.kind) {
    case 'http': {
      const init = { method, path: reqPath, response: failure.response, attempts };
      if (failure.response.status === 429) {
        const message = (failure.response.data as { message?: unknown } | undefined)?.message;
        return typeof message === 'string' && QUOTA_MESSAGE.test(message) ? new LineQuotaExceededError(init) : new LineRateLimitError(init);
      }
      return new LineApiError(init);
    }
    case 'timeout':
      return new LineTimeoutError({ method, path: reqPath, attempts }, timeoutMs);
    case 'abort':
      return new LineAbortError({ method, path: reqPath });
    case 'network':
      return new LineNetworkError({ method, path: reqPath, attempts }, failure.cause);
  }
}

const REDACTED_BEARER = 'Bearer <redacted>';

/** Runs `onRequest`, or writes the `messaging-api:request` log: the 1.1.0 payload, credentials redacted. */
function announce(settings: TransportSettings, endpoint: Endpoint, url: string, headers: Record<string, string>): void {
  const { onRequest, requestLog } = settings;
  if (!onRequest && !requestLog?.enabled) return;
  const shown: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(headers)) {
    shown[name] = name.toLowerCase() === 'authorization' ? (/^Basic /i.test(value) ? 'Basic <redacted>' : REDACTED_BEARER) : value;
  }
  const queryAt = url.indexOf('?');
  const bare = queryAt === -1 ? url : url.slice(0, queryAt);
  // Token endpoints (sent without the bearer token) carry secrets in their body: never show it.
  const body = endpoint.noAuth && endpoint.body !== undefined ? '<redacted>' : endpoint.body;
  const info: RequestInfo = { method: endpoint.method.toLowerCase(), url: bare, headers: shown, body };
  if (onRequest) onRequest(info);
  else requestLog?.(`${info.method} - ${bare}`, body);
}

/**
 * One attempt, as the sender sees it (a {@link SenderRequest}) and as the transport cuts it off: the caller's signal
 * or the transport's timer. One plain object per attempt: an AbortController (and its EventTarget) is created only
 * for a sender that reads `signal` (fetch, axios).
 */
class Cut implements SenderRequest, Deadline {
  private listeners: (() => void)[] | undefined;
  private controller: AbortController | undefined;
  aborted = false;
  timedOut = false;
  reason: unknown;
  /** When the attempt's timer runs out (see deadlines.ts). */
  due = 0;
  private readonly cutAfter: number;
  private onCallerAbort: (() => void) | undefined;
  data?: unknown;
  params?: Record<string, string>;

  constructor(
    readonly method: Method,
    readonly url: string,
    /** A fresh object per attempt: the sender may add to it (Content-Length). */
    readonly headers: Record<string, string>,
    readonly body: SenderRequest['body'],
    readonly responseType: SenderRequest['responseType'],
    /** The attempt's timeout, as the sender may show it; `cutAfter` is the timer's (less after a rate-limit wait). */
    readonly timeout: number,
    cutAfter: number,
    private readonly caller: AbortSignal | undefined,
  ) {
    if (caller) {
      if (caller.aborted) this.abort(caller.reason);
      else {
        this.onCallerAbort = () => this.abort(caller.reason);
        caller.addEventListener('abort', this.onCallerAbort, { once: true });
      }
    }
    this.cutAfter = cutAfter;
    if (cutAfter > 0 && !this.aborted) arm(this, cutAfter);
  }

  abort(reason?: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    disarm(this);
    this.controller?.abort(reason);
    const listeners = this.listeners;
    this.listeners = undefined;
    if (listeners) for (const listener of listeners) listener();
  }

  /** Registers a listener (run at once when already cut off); returns its remover. */
  on(listener: () => void): () => void {
    if (this.aborted) {
      listener();
      return () => undefined;
    }
    (this.listeners ??= []).push(listener);
    return () => {
      const i = this.listeners?.indexOf(listener) ?? -1;
      if (i !== -1) this.listeners?.splice(i, 1);
    };
  }

  /** The sender's name for {@link on}. */
  onAbort(listener: () => void): () => void {
    return this.on(listener);
  }

  /** A real AbortSignal, created on first use. */
  get signal(): AbortSignal {
    if (!this.controller) {
      this.controller = new AbortController();
      if (this.aborted) this.controller.abort(this.reason);
    }
    return this.controller.signal;
  }

  /** Rejects when cut off. */
  race<R>(work: Promise<R>): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const off = this.on(() => reject(this.reason));
      work.then(
        (value) => {
          off();
          resolve(value);
        },
        (err: unknown) => {
          off();
          reject(err);
        },
      );
    });
  }

  /** Stops the timer (the answer, or its head for a stream, is in). */
  stopTimer(): void {
    disarm(this);
  }

  /** The attempt's timer ran out. */
  expire(): void {
    this.timedOut = true;
    this.abort(new Error(`timeout of ${this.cutAfter}ms exceeded`));
  }

  /** Stops listening to the caller's signal. */
  release(): void {
    if (this.onCallerAbort) this.caller?.removeEventListener('abort', this.onCallerAbort);
  }
}

/** The body of a successful answer, shaped by `responseType`. */
function shape(res: SenderResponse, endpoint: Endpoint): unknown {
  const type = endpoint.responseType ?? 'json';
  if (type === 'json') return !res.parsed && res.body instanceof Uint8Array ? parseJson(res.body) : res.body;
  if (type === 'arraybuffer' && res.body instanceof ArrayBuffer) return toBytes(res.body);
  return res.body;
}

/**
 * Sends one logical request: attempts, waits and maps the outcome. Resolves the response or rejects with a
 * {@link LineError}.
 */
export async function send<T>(settings: TransportSettings, endpoint: Endpoint, call?: RequestOptions): Promise<TransportResponse<T>> {
  const { method } = endpoint;
  const host = endpoint.host ?? 'api';
  const timeout = call?.timeout ?? endpoint.timeout ?? settings.timeout;
  const signal = call?.signal;
  const retryable = endpoint.keyed === true || method === 'GET';
  const policy = retryable ? settings.retry : false;
  if (endpoint.keyed && endpoint.retryKey !== undefined && !UUID.test(endpoint.retryKey)) {
    throw new LineValidationError('retryKey', 'LINE takes a UUID as X-Line-Retry-Key (e.g. from crypto.randomUUID())', 'a UUID', String(endpoint.retryKey).length);
  }
  const retryKey = endpoint.keyed ? (endpoint.retryKey ?? randomUUID()) : undefined;
  const url = buildUrl(settings.origins[host], endpoint.path, endpoint.query);
  const headers = buildHeaders(endpoint, retryKey);
  const body = endpoint.encodedBody ?? encodeBody(endpoint.body);
  const responseType = endpoint.responseType ?? 'json';
  let attemptTimeout = timeout;
  const fail = (failure: Failure, attempt: number): LineError => {
    const error = toError(failure, method, endpoint.path, attempt, attemptTimeout);
    // The key lets the caller re-send later and still have LINE execute the message once at most.
    if (retryKey) Object.defineProperty(error, 'retryKey', { value: retryKey, enumerable: true });
    return error;
  };

  const started = Date.now();
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    let failure: Failure;
    // The token is looked up for every attempt: a managed token may have been renewed while we waited.
    if (!endpoint.noAuth) {
      // A fixed token is a string: no await (and no extra turn of the event loop) for it.
      const found = settings.token();
      const token = typeof found === 'object' ? await found : found;
      if (token) headers.Authorization = authorization(settings, token);
    }
    // Fleet rate limit: this endpoint's turn, right before the bytes go (within the attempt's timeout and signal).
    const cutTimeout = settings.rateLimit === undefined ? attemptTimeout : await settings.rateLimit(endpoint, attemptTimeout, signal);
    announce(settings, endpoint, url, headers);
    // Object.assign, not a spread: V8 adds a property to a spread copy (the sender's Content-Length) on a slow path.
    const cut = new Cut(method, url, Object.assign({}, headers), body, responseType, attemptTimeout, cutTimeout, signal);
    try {
      if ((typeof body === 'string' || endpoint.encodedBody) && typeof endpoint.body !== 'string') cut.data = endpoint.body;
      if (endpoint.queryAsParams && endpoint.query) {
        const params: Record<string, string> = {};
        for (const [k, v] of Object.entries(endpoint.query)) if (v !== undefined && v !== null) params[k] = String(v);
        cut.params = params;
      }
      const sender = settings.sender(host);
      // A sender that settles as soon as it is cut off (the node sender) needs no race around it.
      const res = await (sender.settlesOnAbort && !isStreamBody(body) ? sender(cut) : cut.race(sender(cut)));
      if (res.status >= 200 && res.status < 300) {
        cut.stopTimer();
        const data = responseType === 'stream' ? handOut(res.body, cut, method, endpoint.path, attemptTimeout, signal) : shape(res, endpoint);
        if (responseType !== 'stream') cut.release();
        const out: TransportResponse<T> = { data: data as T, status: res.status, headers: res.headers };
        if (retryKey) out.retryKey = retryKey;
        return out;
      }
      const data = await cut.race(readErrorBody(res.body));
      cut.stopTimer();
      cut.release();
      failure = { kind: 'http', response: { status: res.status, statusText: res.statusText, headers: res.headers, data } };
    } catch (err) {
      cut.stopTimer();
      cut.release();
      const timedOut = cut.timedOut;
      cut.abort(); // whatever the sender still holds is released
      if (err instanceof LineError) throw err;
      failure = classify(err, timedOut, signal);
    }
    // LINE answers 409 to a keyed send whose key it already accepted: the message went out on an earlier attempt
    // (or, with the caller's own key, on an earlier call).
    if (retryKey && failure.kind === 'http' && failure.response.status === 409) {
      const accepted = failure.response.headers['x-line-accepted-request-id'];
      if (accepted) {
        settings.debug(`${method} ${endpoint.path}: 409, retry key ${retryKey} was already accepted as ${accepted}`);
        const data = (failure.response.data && typeof failure.response.data === 'object' ? failure.response.data : {}) as T;
        return { data, status: 409, headers: failure.response.headers, retryKey, acceptedRequestId: accepted };
      }
    }
    if (failure.kind === 'abort') throw fail(failure, attempt);
    const reason = retryReason(failure);
    if (!policy || !reason || attempt > policy.retries) throw fail(failure, attempt);
    const base = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (attempt - 1));
    // LINE's Retry-After (429, 503) is the wait, as long as the policy's bounds allow it.
    const asked = retryAfter(failure);
    const delayMs = asked !== undefined && asked > 0 ? asked : Math.round(base * (0.5 + Math.random() * 0.5));
    // Two caps: on the waiting alone, and on the whole call (no retry starts past `maxElapsedMs`, and a retry's
    // timeout is cut to what is left of it).
    const left = policy.maxElapsedMs - (Date.now() - started) - delayMs;
    if (asked !== undefined && asked > 0 && (asked > policy.maxDelayMs || waited + delayMs > policy.maxTotalDelayMs || left <= 0)) {
      const error = fail(failure, attempt);
      error.message += `\nNot retried: LINE asked to wait ${asked} ms (Retry-After), more than the retry policy allows (maxDelayMs ${policy.maxDelayMs}, maxTotalDelayMs ${policy.maxTotalDelayMs}, maxElapsedMs ${policy.maxElapsedMs}).`;
      settings.debug(`retry ${method} ${endpoint.path}: attempt ${attempt} failed (${reason}); Retry-After ${asked} ms is beyond the retry policy, giving up`);
      throw error;
    }
    if (waited + delayMs > policy.maxTotalDelayMs || left <= 0) throw fail(failure, attempt);
    if (timeout > 0) attemptTimeout = Math.min(timeout, left);
    waited += delayMs;
    const info: RetryInfo = {
      attempt,
      reason,
      delayMs,
      ...(asked !== undefined ? { retryAfterMs: asked } : {}),
      method,
      path: endpoint.path,
      ...(failure.kind === 'http' ? { status: failure.response.status } : {}),
      ...(retryKey ? { retryKey } : {}),
    };
    settings.debug(`retry ${method} ${endpoint.path}: attempt ${attempt} failed (${reason}), next attempt in ${delayMs} ms${asked !== undefined && asked > 0 ? ' (Retry-After)' : ''}`);
    settings.onRetry?.(info);
    try {
      await (settings.sleep ?? sleep)(delayMs, signal);
    } catch {
      throw new LineAbortError({ method, path: endpoint.path });
    }
  }
}
