/**
 * The request layer: one function, {@link send}, through which every LineClient call goes. It owns timeouts,
 * retries, retry keys and error mapping; endpoint code only says what to send.
 *
 * @internal
 */
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AxiosError, AxiosInstance, AxiosRequestConfig, AxiosResponse } from 'axios';

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
import type { RequestOptions, RetryInfo, RetryOptions, RetryReason } from '../types/client';
import type { DebugLog } from '../debug';
import { requestVia } from './leanAdapter';

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
  headers?: Record<string, string>;
  responseType?: 'json' | 'arraybuffer' | 'stream';
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
  hosts: Record<Host, AxiosInstance>;
  /** Resolves the bearer token (undefined: none). */
  token: () => string | undefined | Promise<string | undefined>;
  timeout: number;
  retry: Required<RetryOptions> | false;
  onRetry?: (info: RetryInfo) => void;
  debug: DebugLog;
  /** Waits between attempts; injectable so tests run fast. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
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
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    if (typeof value !== 'string' || value === '') {
      throw new LineValidationError(
        name,
        `expected a non-empty string, got ${value === '' ? 'an empty string' : typeof value}`,
      );
    }
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

function flatHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return out;
  const source = typeof (headers as { toJSON?: unknown }).toJSON === 'function' ? (headers as { toJSON(): object }).toJSON() : headers;
  for (const [k, v] of Object.entries(source)) {
    if (v !== undefined && v !== null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

async function readBody(data: unknown): Promise<unknown> {
  let raw = data;
  if (raw && typeof (raw as Readable).pipe === 'function') {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of raw as Readable) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      if (size < 65536) chunks.push(b);
      size += b.length;
    }
    raw = Buffer.concat(chunks);
  } else if (raw instanceof ArrayBuffer) {
    raw = Buffer.from(raw);
  }
  if (Buffer.isBuffer(raw)) {
    const text = raw.toString('utf8');
    if (raw.length === 0) return undefined;
    try {
      return JSON.parse(text);
    } catch {
      return raw.subarray(0, 64).some((b) => b === 0) ? raw : text;
    }
  }
  return raw;
}

type Failure =
  | { kind: 'http'; response: LineErrorResponse }
  | { kind: 'timeout' }
  | { kind: 'abort' }
  | { kind: 'network'; cause: Error & { code?: string } };

async function classify(err: unknown, signal: AbortSignal | undefined): Promise<Failure> {
  const e = err as AxiosError & { code?: string; cause?: unknown };
  if (e && e.response) {
    return {
      kind: 'http',
      response: {
        status: e.response.status,
        statusText: e.response.statusText ?? '',
        headers: flatHeaders(e.response.headers),
        data: await readBody(e.response.data),
      },
    };
  }
  if (e?.code === 'ERR_CANCELED' || e?.name === 'CanceledError' || signal?.aborted) return { kind: 'abort' };
  if (e?.code === 'ETIMEDOUT' || e?.code === 'ECONNABORTED') return { kind: 'timeout' };
  // Keep a cause that cannot carry the request config (and with it the Authorization header).
  const inner = e?.cause instanceof Error && !(e.cause as { isAxiosError?: boolean }).isAxiosError ? (e.cause as Error & { code?: string }) : undefined;
  const cause: Error & { code?: string } = inner ?? Object.assign(new Error(e?.message ?? String(err)), e?.code ? { code: e.code } : {});
  return { kind: 'network', cause };
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

/**
 * Sends one logical request: attempts, waits and maps the outcome. Resolves the response or rejects with a
 * {@link LineError}.
 */
export async function send<T>(settings: TransportSettings, endpoint: Endpoint, call?: RequestOptions): Promise<TransportResponse<T>> {
  const { method } = endpoint;
  const instance = settings.hosts[endpoint.host ?? 'api'];
  const timeout = call?.timeout ?? endpoint.timeout ?? settings.timeout;
  const signal = call?.signal;
  const retryable = endpoint.keyed === true || method === 'GET';
  const policy = retryable ? settings.retry : false;
  if (endpoint.keyed && endpoint.retryKey !== undefined && !UUID.test(endpoint.retryKey)) {
    throw new LineValidationError('retryKey', 'LINE takes a UUID as X-Line-Retry-Key (e.g. from crypto.randomUUID())', 'a UUID', String(endpoint.retryKey).length);
  }
  const retryKey = endpoint.keyed ? (endpoint.retryKey ?? randomUUID()) : undefined;

  const headers: Record<string, string> = { ...endpoint.headers };
  if (retryKey) headers['X-Line-Retry-Key'] = retryKey;
  const config: AxiosRequestConfig = {
    method,
    url: endpoint.path,
    headers,
    timeout,
    signal,
    responseType: endpoint.responseType ?? 'json',
  };
  if (endpoint.query) config.params = endpoint.query;
  if (endpoint.body !== undefined) config.data = endpoint.body;
  if (endpoint.noAuth) (config as AxiosRequestConfig & { lineNoAuth?: boolean }).lineNoAuth = true;
  const fail = (failure: Failure, attempt: number): LineError => {
    const error = toError(failure, method, endpoint.path, attempt, (config.timeout as number) ?? timeout);
    // The key lets the caller re-send later and still have LINE execute the message once at most.
    if (retryKey) Object.defineProperty(error, 'retryKey', { value: retryKey, enumerable: true });
    return error;
  };

  const started = Date.now();
  let waited = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      // The token is looked up for every attempt: a managed token may have been renewed while we waited.
      if (!endpoint.noAuth) {
        const token = await settings.token();
        if (token) headers.Authorization = `Bearer ${token}`;
      }
      const res: AxiosResponse<T> = await requestVia<T>(instance, config);
      return { data: res.data, status: res.status, headers: flatHeaders(res.headers), ...(retryKey ? { retryKey } : {}) };
    } catch (err) {
      if (err instanceof LineError) throw err; // e.g. the managed token could not be issued
      const failure = await classify(err, signal);
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
      const reason = retryReason(failure);
      if (!policy || !reason || attempt > policy.retries) throw fail(failure, attempt);
      const base = Math.min(policy.maxDelayMs, policy.minDelayMs * 2 ** (attempt - 1));
      const delayMs = Math.round(base * (0.5 + Math.random() * 0.5));
      // Two caps: on the waiting alone, and on the whole call (no retry starts past `maxElapsedMs`, and a retry's
      // timeout is cut to what is left of it).
      const left = policy.maxElapsedMs - (Date.now() - started) - delayMs;
      if (waited + delayMs > policy.maxTotalDelayMs || left <= 0) throw fail(failure, attempt);
      if (timeout > 0) config.timeout = Math.min(timeout, left);
      waited += delayMs;
      const info: RetryInfo = {
        attempt,
        reason,
        delayMs,
        method,
        path: endpoint.path,
        ...(failure.kind === 'http' ? { status: failure.response.status } : {}),
        ...(retryKey ? { retryKey } : {}),
      };
      settings.debug(`retry ${method} ${endpoint.path}: attempt ${attempt} failed (${reason}), next attempt in ${delayMs} ms`);
      settings.onRetry?.(info);
      try {
        await (settings.sleep ?? sleep)(delayMs, signal);
      } catch {
        throw new LineAbortError({ method, path: endpoint.path });
      }
    }
  }
}
