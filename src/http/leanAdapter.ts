/**
 * The lean default adapter of the client's axios instances: the request axios would make, sent straight with
 * `node:http` / `node:https` and the keep-alive agent, without follow-redirects, proxy detection, progress streams
 * or rate limiting. axios's own pipeline (config merging, interceptors, request/response transforms) still runs.
 *
 * Whenever a request uses anything this adapter does not implement (a proxy, agents the client did not create,
 * `maxRedirects`, progress callbacks, `decompress`, `socketPath`, a `cancelToken`, a non-JSON body…), it hands the
 * request to axios's own http adapter unchanged, so `client.axios` behaves exactly like any axios instance.
 * Setting `client.axios.defaults.adapter` replaces it altogether.
 *
 * @internal
 */
import http from 'node:http';
import https from 'node:https';
import type { Readable } from 'node:stream';
import axios, {
  AxiosError,
  AxiosHeaders,
  CanceledError,
  type AxiosAdapter,
  type AxiosInstance,
  type AxiosRequestConfig,
  type AxiosResponse,
  type InternalAxiosRequestConfig,
} from 'axios';

/** What axios's http adapter advertises (without zstd). */
const ACCEPT_ENCODING = 'gzip, compress, deflate, br';
const PROXY_ENV = ['http_proxy', 'HTTP_PROXY', 'https_proxy', 'HTTPS_PROXY', 'all_proxy', 'ALL_PROXY'];

/**
 * A header value as axios would send it: control characters (but tab) and characters outside Latin-1 dropped,
 * surrounding blanks trimmed. Node would refuse them (a token read from a file with its trailing newline, say).
 */
function headerValue(value: unknown): string {
  return String(value)
    .replace(/[^\t\x20-\x7e\x80-\xff]/g, '')
    .trim();
}

/** Config keys that, when set, make the request go through axios's own http adapter. */
const UNSUPPORTED: readonly (keyof InternalAxiosRequestConfig | string)[] = [
  'maxRedirects',
  'beforeRedirect',
  'onUploadProgress',
  'onDownloadProgress',
  'decompress',
  'socketPath',
  'cancelToken',
  'auth',
  'maxRate',
  'transport',
  'lookup',
  'family',
  'insecureHTTPParser',
  'http2Options',
  'httpVersion',
  'responseEncoding',
  'timeoutErrorMessage',
  'sensitiveHeaders',
];

/** Marks the lean adapter, so that code can tell whether an instance still uses it. */
export const LEAN_ADAPTER = Symbol.for('messaging-api-line.leanAdapter');

function envProxy(): boolean {
  for (const name of PROXY_ENV) if (process.env[name]) return true;
  return false;
}

function isPlainParams(params: unknown): params is Record<string, unknown> {
  if (params === undefined || params === null) return true;
  if (typeof params !== 'object' || Object.getPrototypeOf(params) !== Object.prototype) return false;
  for (const v of Object.values(params as object)) {
    if (v !== undefined && v !== null && typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') return false;
  }
  return true;
}

/** axios's default param encoding (buildURL): encodeURIComponent, then a few characters left readable. */
function encode(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%24/g, '$').replace(/%2C/gi, ',').replace(/%20/g, '+');
}

/** The full URL axios would request (buildFullPath + buildURL for flat params), or undefined to fall back. */
function fullUrl(config: InternalAxiosRequestConfig): string | undefined {
  const url = config.url ?? '';
  const absolute = /^([a-z][a-z\d+\-.]*:)?\/\//i.test(url);
  let full = config.baseURL && (!absolute || config.allowAbsoluteUrls === false) ? `${config.baseURL.replace(/\/?\/$/, '')}/${url.replace(/^\/+/, '')}` : url;
  const params = config.params as Record<string, unknown> | undefined;
  if (params) {
    let query = '';
    for (const key of Object.keys(params)) {
      const v = params[key];
      if (v === undefined || v === null) continue;
      query += `${query ? '&' : ''}${encode(key)}=${encode(String(v))}`;
    }
    if (query) {
      const hash = full.indexOf('#');
      if (hash !== -1) full = full.slice(0, hash);
      full += (full.indexOf('?') === -1 ? '?' : '&') + query;
    }
  }
  return full;
}

function settle(resolve: (r: AxiosResponse) => void, reject: (e: unknown) => void, response: AxiosResponse, validate: ((status: number) => boolean) | null | undefined): void {
  if (!response.status || !validate || validate(response.status)) resolve(response);
  else {
    reject(
      new AxiosError(
        `Request failed with status code ${response.status}`,
        response.status >= 400 && response.status < 500 ? AxiosError.ERR_BAD_REQUEST : AxiosError.ERR_BAD_RESPONSE,
        response.config,
        response.request,
        response,
      ),
    );
  }
}

/** Decompresses a response stream the way axios does (gzip, compress, deflate with or without zlib header, br). */
function decompress(res: http.IncomingMessage, method: string): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '').toLowerCase();
  if (!encoding) return res;
  if (method === 'HEAD' || res.statusCode === 204) {
    delete res.headers['content-encoding'];
    return res;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const zlib = require('node:zlib') as typeof import('node:zlib');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { pipeline, PassThrough } = require('node:stream') as typeof import('node:stream');
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let out: Readable;
  switch (encoding) {
    case 'gzip':
    case 'x-gzip':
    case 'compress':
    case 'x-compress':
      out = pipeline(res, zlib.createUnzip(flush), () => undefined);
      break;
    case 'deflate': {
      // Raw deflate (no zlib header) exists in the wild: look at the first byte, as axios does.
      const result = new PassThrough();
      let started = false;
      res.once('data', (chunk: Buffer) => {
        started = true;
        res.pause();
        const inflate = (chunk[0] & 0x0f) === 8 ? zlib.createUnzip(flush) : zlib.createInflateRaw(flush);
        inflate.write(chunk);
        pipeline(res, inflate, result, () => undefined);
      });
      res.once('end', () => {
        if (!started) result.end();
      });
      res.once('error', (err) => {
        if (!started) result.destroy(err);
      });
      out = result;
      break;
    }
    case 'br':
      out = pipeline(res, zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }), () => undefined);
      break;
    default:
      return res;
  }
  delete res.headers['content-encoding'];
  return out;
}

/** One request, as {@link perform} sends it. */
/** Where a request goes. */
interface Target {
  protocol: string;
  hostname: string;
  port: string;
  /** Path and query. */
  path: string;
}

function targetOf(url: URL): Target {
  return { protocol: url.protocol, hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname, port: url.port, path: url.pathname + url.search };
}

interface Outgoing {
  url: Target;
  method: string;
  headers: Record<string, string>;
  body: Buffer | null | undefined;
  responseType: string;
  timeout: number;
  signal: AbortSignal | undefined;
  clarifyTimeout: boolean;
  validateStatus: ((status: number) => boolean) | null | undefined;
  /** The config errors and responses carry. */
  config: InternalAxiosRequestConfig;
  agent: http.Agent;
  /** Answer headers as AxiosHeaders (through axios) or as node's plain object (direct path). */
  axiosHeaders: boolean;
  /** Parse a JSON answer here (direct path; through axios, its transformResponse does). */
  parseJson?: boolean;
  /** Sends the request again through axios's own adapter, which follows redirects (as axios does by default). */
  onRedirect: () => Promise<AxiosResponse>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function timeoutError(o: Outgoing, req: http.ClientRequest): AxiosError {
  return new AxiosError(`timeout of ${o.timeout}ms exceeded`, o.clarifyTimeout ? AxiosError.ETIMEDOUT : AxiosError.ECONNABORTED, o.config, req);
}

/** axios's transformResponse for `responseType: 'json'` with silent JSON parsing: text that is not JSON stays text. */
function parseJson(text: string): unknown {
  if (text === '') return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** Sends one request with node:http and settles like axios's http adapter. */
function perform(o: Outgoing): Promise<AxiosResponse> {
  return new Promise<AxiosResponse>((resolve, reject) => {
    const { signal, responseType, config } = o;
    let done = false;
    let timer: NodeJS.Timeout | undefined;
    const finish = () => {
      done = true;
      if (timer) clearTimeout(timer);
      if (signal) signal.removeEventListener('abort', onAbort);
    };
    const fail = (err: unknown) => {
      if (done) return;
      finish();
      reject(err);
    };
    const onAbort = () => {
      if (done) return;
      // Only listened to once `request` exists (see below).
      const err = new CanceledError(undefined, config, request);
      fail(err);
      request.destroy(err);
    };
    if (signal?.aborted) {
      reject(new CanceledError(undefined, config));
      return;
    }
    const { url } = o;
    const isHttps = url.protocol === 'https:';
    const request = (isHttps ? https : http).request(
      {
        protocol: url.protocol,
        hostname: url.hostname,
        port: url.port,
        path: url.path,
        method: o.method,
        headers: o.headers,
        agent: o.agent,
        insecureHTTPParser: false,
      },
      (res) => {
        if (done) {
          res.resume();
          return;
        }
        if (REDIRECTS.has(res.statusCode ?? 0) && res.headers.location && (o.method === 'GET' || o.method === 'HEAD')) {
          // LINE does not redirect; if something on the way does, axios's own adapter follows it for reads. Other
          // methods are never sent again (a POST might have run): their 3xx settles like any other answer.
          res.resume();
          finish();
          o.onRedirect().then(resolve, reject);
          return;
        }
        const stream = decompress(res, o.method);
        const response: AxiosResponse = {
          status: res.statusCode ?? 0,
          statusText: res.statusMessage ?? '',
          headers: o.axiosHeaders ? new AxiosHeaders(res.headers as Record<string, string>) : (res.headers as AxiosResponse['headers']),
          config,
          request,
          data: undefined,
        };
        if (responseType === 'stream') {
          // The body can take longer than the timeout: from here on, only an idle socket times out (as in axios).
          if (timer) clearTimeout(timer);
          timer = undefined;
          if (o.timeout > 0) request.setTimeout(o.timeout, () => request.destroy(timeoutError(o, request)));
          response.data = stream;
          finish();
          if (signal) {
            // The signal still cancels the download while the body streams in (as with axios's adapter).
            const onStreamAbort = () => stream.destroy(new CanceledError(undefined, config, request));
            signal.addEventListener('abort', onStreamAbort, { once: true });
            stream.once('close', () => signal.removeEventListener('abort', onStreamAbort));
          }
          settle(resolve, reject, response, o.validateStatus);
          return;
        }
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('aborted', () => fail(new AxiosError('stream has been aborted', AxiosError.ERR_BAD_RESPONSE, config, request, response)));
        stream.on('error', (err: Error) => fail(AxiosError.from(err, undefined, config, request, response)));
        stream.on('end', () => {
          if (done) return;
          finish();
          // One copy of the body at most: a single chunk is used as is, more are concatenated once.
          const buffer = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
          if (responseType === 'arraybuffer') response.data = buffer;
          else {
            let text = buffer.toString('utf8');
            if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
            response.data = o.parseJson && responseType === 'json' ? parseJson(text) : text;
          }
          settle(resolve, reject, response, o.validateStatus);
        });
      },
    );
    request.on('error', (err) => fail(AxiosError.from(err, undefined, config, request)));
    if (signal) signal.addEventListener('abort', onAbort);
    if (o.timeout > 0) {
      // A wall-clock limit until the whole answer is in (stream responses: until the headers are in).
      timer = setTimeout(() => {
        if (done) return;
        const err = timeoutError(o, request);
        fail(err);
        request.destroy(err);
      }, o.timeout);
    }
    if (o.body) request.end(o.body);
    else request.end();
  });
}

/** What the lean adapter needs to know about its instance. */
export interface LeanAdapterSetup {
  /** The agents the client created: requests using other agents go through axios's own adapter. */
  agents: { httpAgent: http.Agent; httpsAgent: https.Agent };
}

/**
 * Creates the lean adapter.
 *
 * @param setup - the client's own agents
 * @returns an axios adapter
 */
export function createLeanAdapter(setup: LeanAdapterSetup): AxiosAdapter {
  const fallback = axios.getAdapter('http');
  const lean = (config: InternalAxiosRequestConfig): Promise<AxiosResponse> => {
    const data = config.data as unknown;
    const responseType = config.responseType ?? 'json';
    if (
      config.proxy !== undefined ||
      config.httpAgent !== setup.agents.httpAgent ||
      config.httpsAgent !== setup.agents.httpsAgent ||
      (responseType !== 'json' && responseType !== 'text' && responseType !== 'arraybuffer' && responseType !== 'stream') ||
      (data !== undefined && data !== null && typeof data !== 'string' && !Buffer.isBuffer(data)) ||
      (config.maxContentLength !== undefined && config.maxContentLength !== -1 && config.maxContentLength !== Infinity) ||
      (config.maxBodyLength !== undefined && config.maxBodyLength !== -1 && config.maxBodyLength !== Infinity) ||
      config.paramsSerializer !== undefined ||
      !isPlainParams(config.params) ||
      UNSUPPORTED.some((key) => (config as unknown as Record<string, unknown>)[key] !== undefined) ||
      envProxy()
    ) {
      return fallback(config);
    }
    const full = fullUrl(config);
    let url: URL;
    try {
      url = new URL(full ?? '', 'http://localhost');
    } catch {
      return fallback(config);
    }
    const isHttps = url.protocol === 'https:';
    if ((!isHttps && url.protocol !== 'http:') || url.username || url.password || !/^([a-z][a-z\d+\-.]*:)?\/\//i.test(full ?? '')) return fallback(config);

    const method = (config.method ?? 'get').toUpperCase();
    const headers = AxiosHeaders.from(config.headers).normalize(false);
    headers.set('User-Agent', `axios/${axios.VERSION}`, false);
    const body = typeof data === 'string' ? Buffer.from(data, 'utf8') : (data as Buffer | null | undefined);
    if (body) headers.setContentLength(body.length, false);
    headers.set('Accept-Encoding', ACCEPT_ENCODING, false);
    const outgoing: Record<string, string> = {};
    for (const [name, value] of Object.entries(headers.toJSON())) {
      if (value !== undefined && value !== null && (value as unknown) !== false) outgoing[name] = headerValue(Array.isArray(value) ? value.join(', ') : value);
    }

    return perform({
      url: targetOf(url),
      method,
      headers: outgoing,
      body,
      responseType,
      timeout: config.timeout ?? 0,
      signal: config.signal as AbortSignal | undefined,
      clarifyTimeout: config.transitional?.clarifyTimeoutError === true,
      validateStatus: config.validateStatus,
      config,
      agent: isHttps ? setup.agents.httpsAgent : setup.agents.httpAgent,
      axiosHeaders: true,
      onRedirect: () => fallback(config),
    });
  };
  Object.defineProperty(lean, LEAN_ADAPTER, { value: true });
  return lean;
}

// ---------------------------------------------------------------------------------------------------------------
// The direct path: while an instance is exactly as the client built it, the client's own calls skip axios's
// pipeline (config merging, AxiosHeaders, interceptor chain) and go straight to `perform`. The moment a user
// changes anything on the instance (an interceptor, an adapter, any default, `request` itself), every call goes
// through `instance.request` again.
// ---------------------------------------------------------------------------------------------------------------

/** What {@link registerDirect} needs. */
export interface DirectSetup {
  agents: { httpAgent: http.Agent; httpsAgent: https.Agent };
  /** The client's own request interceptor (the only one a pristine instance has). */
  interceptor: (...args: never[]) => unknown;
  /** True when a hook wants to see requests (`onRequest`, debug log): then requests go through axios. */
  hooksActive: () => boolean;
}

interface Shallow {
  object: Record<string, unknown>;
  keys: string[];
  values: unknown[];
}

interface Direct {
  setup: DirectSetup;
  request: unknown;
  adapter: unknown;
  snapshot: Shallow[];
  /** Default headers per method, lower-cased names, as axios would merge them. */
  headers: Map<string, Record<string, string>>;
  /** The parsed baseURL (`path`: its path without the trailing slash), when it is a plain http(s) URL. */
  base: Target | undefined;
}

function parseBase(baseURL: string | undefined): Target | undefined {
  if (!baseURL) return undefined;
  try {
    const url = new URL(baseURL);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password || url.search || url.hash) return undefined;
    return { ...targetOf(url), path: url.pathname.replace(/\/+$/, '') };
  } catch {
    return undefined;
  }
}

const DIRECT = new WeakMap<AxiosInstance, Direct>();
const METHODS = ['delete', 'get', 'head', 'post', 'put', 'patch', 'purge', 'link', 'unlink', 'options', 'common'];

function shallow(object: Record<string, unknown>): Shallow {
  const keys = Object.keys(object);
  return { object, keys, values: keys.map((k) => object[k]) };
}

function unchanged(s: Shallow): boolean {
  const keys = Object.keys(s.object);
  if (keys.length !== s.keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== s.keys[i] || s.object[keys[i]] !== s.values[i]) return false;
  return true;
}

function takeSnapshot(instance: AxiosInstance): Shallow[] {
  const defaults = instance.defaults as unknown as Record<string, unknown>;
  const out = [shallow(defaults)];
  const headers = defaults.headers as Record<string, unknown> | undefined;
  if (headers && typeof headers === 'object') {
    out.push(shallow(headers));
    for (const k of Object.keys(headers)) {
      const v = headers[k];
      if (v && typeof v === 'object') out.push(shallow(v as Record<string, unknown>));
    }
  }
  if (defaults.transitional && typeof defaults.transitional === 'object') out.push(shallow(defaults.transitional as Record<string, unknown>));
  // Transforms changed in place (`defaults.transformResponse.push(fn)`) count as changes too.
  for (const key of ['transformRequest', 'transformResponse']) {
    const list = defaults[key];
    if (Array.isArray(list)) out.push(shallow(list as unknown as Record<string, unknown>));
  }
  return out;
}

function defaultHeaders(instance: AxiosInstance, method: string): Record<string, string> {
  const h = instance.defaults.headers as unknown as Record<string, unknown>;
  const out: Record<string, string> = {};
  const add = (source: unknown) => {
    if (!source || typeof source !== 'object') return;
    for (const [k, v] of Object.entries(source)) {
      if (v === undefined || v === null || v === false || typeof v === 'object' || METHODS.includes(k.toLowerCase())) continue;
      out[k.toLowerCase()] = String(v);
    }
  };
  add(h.common);
  add(h[method]);
  add(h);
  return out;
}

/**
 * Registers an instance for the direct path (called once by createAxios, after the instance is complete).
 *
 * @param instance - the instance
 * @param setup - its agents, its interceptor, and whether hooks are active
 */
export function registerDirect(instance: AxiosInstance, setup: DirectSetup): void {
  DIRECT.set(instance, { setup, request: instance.request, adapter: instance.defaults.adapter, snapshot: takeSnapshot(instance), headers: new Map(), base: parseBase(instance.defaults.baseURL) });
}

function handlers(manager: unknown): unknown[] {
  const list = (manager as { handlers?: unknown[] }).handlers;
  return Array.isArray(list) ? list.filter((h) => h !== null && h !== undefined) : [];
}

/** The direct sender of an instance, when the instance is still exactly as the client built it. */
function directOf(instance: AxiosInstance): Direct | undefined {
  const d = DIRECT.get(instance);
  if (!d || instance.request !== d.request || instance.defaults.adapter !== d.adapter || d.setup.hooksActive() || envProxy()) return undefined;
  // Agents the user gave (in the client config or on the instance): axios's own adapter drives them.
  if (instance.defaults.httpAgent !== d.setup.agents.httpAgent || instance.defaults.httpsAgent !== d.setup.agents.httpsAgent) return undefined;
  const req = handlers(instance.interceptors.request);
  if (req.length !== 1 || (req[0] as { fulfilled?: unknown }).fulfilled !== d.setup.interceptor) return undefined;
  if (handlers(instance.interceptors.response).length !== 0) return undefined;
  for (const s of d.snapshot) if (!unchanged(s)) return undefined;
  return d;
}

function isPlainJson(data: unknown): boolean {
  if (Array.isArray(data)) return true;
  if (!data || typeof data !== 'object') return false;
  const proto = Object.getPrototypeOf(data);
  return proto === Object.prototype || proto === null;
}

/**
 * Sends a request the client built: straight through node:http when the instance is pristine and the request is
 * one the direct path handles (JSON or Buffer body, flat query, json/arraybuffer/stream answer), else through
 * `instance.request`. Resolves and rejects exactly like `instance.request` (axios-shaped responses and errors).
 *
 * @param instance - the client's axios instance for the host
 * @param config - the request (method, url, headers, timeout, signal, responseType, params, data)
 * @returns the response
 */
export function requestVia<T>(instance: AxiosInstance, config: AxiosRequestConfig): Promise<AxiosResponse<T>> {
  const d = directOf(instance);
  const data = config.data as unknown;
  const responseType = config.responseType ?? 'json';
  const requestHeaders = (config.headers ?? {}) as Record<string, string>;
  let contentType: string | undefined;
  for (const k of Object.keys(requestHeaders)) if (k.toLowerCase() === 'content-type') contentType = requestHeaders[k];
  if (
    !d ||
    (responseType !== 'json' && responseType !== 'arraybuffer' && responseType !== 'stream') ||
    !isPlainParams(config.params) ||
    Object.getPrototypeOf(requestHeaders) !== Object.prototype ||
    (data !== undefined && !Buffer.isBuffer(data) && !(isPlainJson(data) && (contentType === undefined || /^application\/json/i.test(contentType))))
  ) {
    return instance.request<T>(config);
  }
  const defaults = instance.defaults;
  const method = (config.method ?? 'get').toLowerCase();
  let base = d.headers.get(method);
  if (!base) d.headers.set(method, (base = defaultHeaders(instance, method)));
  const headers: Record<string, string> = { ...base };
  for (const k of Object.keys(requestHeaders)) {
    const v = requestHeaders[k];
    if (v !== undefined && v !== null) headers[k.toLowerCase()] = headerValue(v);
  }
  headers['user-agent'] ??= `axios/${axios.VERSION}`;
  const body = data === undefined ? undefined : Buffer.isBuffer(data) ? data : Buffer.from(JSON.stringify(data), 'utf8');
  if (body) headers['content-length'] ??= String(body.length);
  headers['accept-encoding'] ??= ACCEPT_ENCODING;
  // Most calls: a path under the instance's baseURL, parsed once.
  let target: Target;
  const path = config.url ?? '';
  if (d.base && path.charCodeAt(0) === 47 /* / */ && path.charCodeAt(1) !== 47 && path.indexOf('#') === -1) {
    const full = fullUrl({ url: path, params: config.params } as InternalAxiosRequestConfig) ?? path;
    target = { protocol: d.base.protocol, hostname: d.base.hostname, port: d.base.port, path: d.base.path + full };
  } else {
    let url: URL;
    try {
      url = new URL(fullUrl({ ...config, baseURL: defaults.baseURL, allowAbsoluteUrls: defaults.allowAbsoluteUrls } as InternalAxiosRequestConfig) ?? '');
    } catch {
      return instance.request<T>(config);
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.username || url.password) return instance.request<T>(config);
    target = targetOf(url);
  }
  const isHttps = target.protocol === 'https:';
  const timeout = config.timeout ?? defaults.timeout ?? 0;
  return perform({
    url: target,
    method: method.toUpperCase(),
    headers,
    body,
    responseType,
    timeout,
    signal: config.signal as AbortSignal | undefined,
    clarifyTimeout: defaults.transitional?.clarifyTimeoutError === true,
    validateStatus: defaults.validateStatus,
    config: config as InternalAxiosRequestConfig,
    agent: isHttps ? d.setup.agents.httpsAgent : d.setup.agents.httpAgent,
    axiosHeaders: false,
    parseJson: true,
    // A read redirected: axios's own adapter follows it (maxRedirects keeps the lean adapter out of the way).
    onRedirect: () => instance.request<T>({ ...config, maxRedirects: 21 }),
  }) as Promise<AxiosResponse<T>>;
}
