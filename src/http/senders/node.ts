/**
 * The default sender on Node: `node:http` / `node:https` with keep-alive agents shared by every client of the
 * process (or the `httpAgent` / `httpsAgent` of the config). Honours the proxy environment variables (HTTP_PROXY,
 * HTTPS_PROXY, ALL_PROXY, NO_PROXY, lower-case too; read when the client is created) through `proxy-from-env`, `https-proxy-agent` and
 * `http-proxy-agent`, loaded only when a proxy applies. Decodes gzip/deflate/br answers (node:zlib). Follows
 * redirects for GET only, without `Authorization` to another origin; other methods are never sent twice.
 *
 * @internal
 */
import type http from 'node:http';
import type https from 'node:https';
import util from 'node:util';
import type { Readable } from 'node:stream';

import { isStreamBody, type FormBody, type Sender, type SenderRequest, type SenderResponse } from '../sender';

/** Keep-alive agents shared by every client of the process: connections are reused across calls and clients. */
let sharedHttpAgent: http.Agent | undefined;
let sharedHttpsAgent: https.Agent | undefined;

/**
 * An agent reaches its sockets' in-flight requests, whose headers hold the bearer token: `util.inspect` shows a
 * summary of it instead.
 */
export function opaque<A extends http.Agent>(agent: A, name: string): A {
  Object.defineProperty(agent, util.inspect.custom, { value: () => `${name} { keepAlive: true } (messaging-api-line; sockets not shown)` });
  return agent;
}

let httpModule: typeof http | undefined;
let httpsModule: typeof https | undefined;

/**
 * node:http or node:https, loaded on the first request that needs it (importing the package stays cheap, and calls
 * to an http:// origin, a dummy server's, never load TLS).
 */
function loadHttp(isHttps: boolean): typeof http | typeof https {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  if (isHttps) return (httpsModule ??= require('node:https') as typeof https);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (httpModule ??= require('node:http') as typeof http);
}

/** The process-wide keep-alive agent of one protocol. */
function sharedAgent(isHttps: boolean): http.Agent {
  if (isHttps) return (sharedHttpsAgent ??= opaque(new (loadHttp(true) as typeof https).Agent({ keepAlive: true, keepAliveMsecs: 1000 }), 'https.Agent'));
  return (sharedHttpAgent ??= opaque(new (loadHttp(false) as typeof http).Agent({ keepAlive: true, keepAliveMsecs: 1000 }), 'Agent'));
}

/** The process-wide keep-alive agents (both: axios takes both). */
export function defaultAgents(): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  return { httpAgent: sharedAgent(false), httpsAgent: sharedAgent(true) as https.Agent };
}

/** The variables proxy-from-env reads, in both cases: a quick look before loading it. */
const PROXY_ENV = ['npm_config_http_proxy', 'http_proxy', 'npm_config_https_proxy', 'https_proxy', 'npm_config_proxy', 'all_proxy'].flatMap((n) => [n, n.toUpperCase()]);
const proxyAgents = new Map<string, http.Agent>();

/** True when the environment names a proxy (read when a sender is created: reading it costs on every call). */
function proxyInEnv(): boolean {
  return PROXY_ENV.some((name) => process.env[name]);
}

/** The proxy agent for `url` when the environment names a proxy for it (libraries loaded only then). */
function proxyAgent(url: Target): http.Agent | undefined {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { getProxyForUrl } = require('proxy-from-env') as { getProxyForUrl(url: string): string };
  const proxy = getProxyForUrl(url.href);
  if (!proxy) return undefined;
  const key = `${url.protocol} ${proxy}`;
  let agent = proxyAgents.get(key);
  if (!agent) {
    if (url.protocol === 'https:') {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { HttpsProxyAgent } = require('https-proxy-agent') as typeof import('https-proxy-agent');
      agent = opaque(new HttpsProxyAgent(proxy, { keepAlive: true }), 'HttpsProxyAgent');
    } else {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { HttpProxyAgent } = require('http-proxy-agent') as typeof import('http-proxy-agent');
      agent = opaque(new HttpProxyAgent(proxy, { keepAlive: true }), 'HttpProxyAgent');
    }
    proxyAgents.set(key, agent);
  }
  return agent;
}

/** Decodes a compressed answer (gzip, compress, deflate with or without zlib header, br). */
function decode(res: http.IncomingMessage, method: string): Readable {
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
      // Raw deflate (no zlib header) exists in the wild: the first byte tells.
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

/** Where a request goes: what node:http needs of its URL. */
interface Target {
  protocol: string;
  hostname: string;
  port: string;
  /** Path and query string. */
  path: string;
  origin: string;
  href: string;
}

function targetOf(url: URL): Target {
  return {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    port: url.port,
    path: url.pathname + url.search,
    origin: url.origin,
    href: url.href,
  };
}

/** A path and query the transport built (segments encoded), which WHATWG URL parsing would leave as they are. */
const PLAIN_PATH = /^\/[\w\-.~%!$&'()*+,;=:@/?]*$/;
const DOT_SEGMENT = /\/\.\.?(?:[/?]|$)/;

/**
 * The target of a URL the transport built. Its origin's parse is kept (a client calls one or two origins), and a
 * plain path is appended as is; anything else (a redirect's location, a dot segment) goes through `new URL`.
 */
function parseTarget(url: string, origins: Map<string, Target>): Target {
  const at = url.indexOf('/', url.indexOf('//') + 2);
  const rest = at === -1 ? '' : url.slice(at);
  if (at !== -1 && PLAIN_PATH.test(rest) && !DOT_SEGMENT.test(rest)) {
    const originText = url.slice(0, at);
    let origin = origins.get(originText);
    if (!origin) {
      const parsed = new URL(originText);
      if (parsed.pathname !== '/' || parsed.search || parsed.hash || parsed.username || parsed.password) return targetOf(new URL(url));
      origin = targetOf(parsed);
      if (origins.size < 16) origins.set(originText, origin);
    }
    return { ...origin, path: rest, href: origin.origin + rest };
  }
  return targetOf(new URL(url));
}

/** Bodies up to this size are read into one Buffer allocated from their Content-Length. */
const PREALLOCATE_MAX = 2 ** 30;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 21;

function abortError(): Error {
  return Object.assign(new Error('The operation was aborted'), { name: 'AbortError', code: 'ABORT_ERR' });
}

/** What the node sender is built with. */
export interface NodeSenderOptions {
  httpAgent?: http.Agent;
  httpsAgent?: https.Agent;
}

function bodyLength(body: SenderRequest['body']): number | undefined {
  if (body === undefined) return undefined;
  if (typeof body === 'string') return Buffer.byteLength(body);
  if (body instanceof Uint8Array) return body.length;
  return undefined;
}

/** form-data knows its length when every part has a known length. */
function formLength(form: FormBody): Promise<number | undefined> {
  return new Promise((resolve) => {
    if (typeof form.getLength !== 'function') return resolve(undefined);
    form.getLength((err, length) => resolve(err || !Number.isFinite(length) ? undefined : length));
  });
}

/** Listens to the transport's cut-off, without creating an AbortSignal when it offers `onAbort`. */
function listen(req: SenderRequest, listener: () => void): () => void {
  if (req.onAbort) return req.onAbort(listener);
  const { signal } = req;
  if (signal.aborted) {
    listener();
    return () => undefined;
  }
  signal.addEventListener('abort', listener, { once: true });
  return () => signal.removeEventListener('abort', listener);
}

/** node's answer headers (names already lower-case) as flat strings: repeated ones (set-cookie) joined. */
function nodeHeaders(headers: http.IncomingHttpHeaders): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name in headers) {
    const value = headers[name];
    if (value !== undefined) out[name] = typeof value === 'string' ? value : value.join(', ');
  }
  return out;
}

/**
 * Creates the node:http sender. The proxy environment variables are read here, when the client is created.
 *
 * @param options - agents given in the client config (else the shared keep-alive agents, or a proxy's)
 * @returns a sender
 */
export function createNodeSender(options: NodeSenderOptions = {}): Sender {
  const proxied = proxyInEnv();
  const origins = new Map<string, Target>();
  const exchange = (req: SenderRequest, url: Target, headers: Record<string, string>, redirects: number): Promise<SenderResponse> =>
    new Promise<SenderResponse>((resolve, reject) => {
      const isHttps = url.protocol === 'https:';
      if (!isHttps && url.protocol !== 'http:') return reject(Object.assign(new Error(`Unsupported protocol ${url.protocol}`), { code: 'ERR_BAD_REQUEST' }));
      const agent = (isHttps ? options.httpsAgent : options.httpAgent) ?? (proxied ? proxyAgent(url) : undefined) ?? sharedAgent(isHttps);
      let settled = false;
      let stream: Readable | undefined;
      const onAbort = () => {
        const err = abortError();
        request.destroy(err);
        stream?.destroy(err);
        if (!settled) {
          settled = true;
          reject(err);
        }
      };
      let done = () => undefined as void;
      const fail = (err: Error) => {
        done();
        if (!settled) {
          settled = true;
          reject(err);
        }
      };
      const request = loadHttp(isHttps).request(
        {
          protocol: url.protocol,
          hostname: url.hostname,
          port: url.port,
          path: url.path,
          method: req.method,
          headers,
          agent,
        },
        (res) => {
          if (settled) {
            res.resume();
            return;
          }
          const status = res.statusCode ?? 0;
          if (REDIRECTS.has(status) && res.headers.location && req.method === 'GET') {
            // LINE does not redirect; if something on the way does, reads follow it. Other methods are never sent
            // again (a POST might have run): their 3xx is the answer.
            res.resume();
            done();
            settled = true;
            if (redirects <= 0) return reject(Object.assign(new Error('Maximum number of redirects exceeded'), { code: 'ERR_FR_TOO_MANY_REDIRECTS' }));
            const next = targetOf(new URL(res.headers.location, url.href));
            const nextHeaders = { ...headers };
            if (next.origin !== url.origin) for (const k of Object.keys(nextHeaders)) if (k.toLowerCase() === 'authorization') delete nextHeaders[k];
            exchange(req, next, nextHeaders, redirects - 1).then(resolve, reject);
            return;
          }
          const body = decode(res, req.method);
          const statusText = res.statusMessage ?? '';
          const answered = nodeHeaders(res.headers);
          if (req.responseType === 'stream') {
            stream = body;
            settled = true;
            body.once('close', done);
            resolve({ status, statusText, headers: answered, body });
            return;
          }
          // One copy of the body at most. With a Content-Length (and no decoding), the bytes go straight into one
          // Buffer of that size as they arrive, so the chunks never pile up next to the whole (peak ≈ the body, not
          // twice it); otherwise a single chunk is used as is and more are concatenated once.
          const declared = body === res ? Number(res.headers['content-length']) : NaN;
          let whole = declared > 65536 && declared <= PREALLOCATE_MAX ? Buffer.allocUnsafe(declared) : undefined;
          let filled = 0;
          const chunks: Buffer[] = [];
          body.on('data', (chunk: Buffer) => {
            if (whole && filled + chunk.length <= whole.length) {
              chunk.copy(whole, filled);
              filled += chunk.length;
              return;
            }
            if (whole) {
              // More bytes than announced: keep what arrived and collect the rest.
              chunks.push(whole.subarray(0, filled));
              whole = undefined;
            }
            chunks.push(chunk);
          });
          // A connection lost before the end destroys `res` with ECONNRESET ("aborted"): an 'error' below.
          body.on('error', fail);
          body.on('end', () => {
            done();
            if (settled) return;
            settled = true;
            const bytes = whole ? (filled === whole.length ? whole : Buffer.from(whole.subarray(0, filled))) : chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
            resolve({ status, statusText, headers: answered, body: bytes });
          });
        },
      );
      request.on('error', fail);
      done = listen(req, onAbort);
      if (settled) return;
      const body = req.body;
      if (body === undefined) request.end();
      else if (isStreamBody(body)) {
        (body as Readable).on?.('error', (err: Error) => request.destroy(err));
        body.pipe(request);
      } else request.end(body);
    });

  const send: Sender = (req) => {
    const headers = req.headers;
    const redirects = req.method === 'GET' ? MAX_REDIRECTS : 0;
    const length = bodyLength(req.body);
    if (length !== undefined) headers['Content-Length'] = String(length);
    else if (req.body !== undefined && isStreamBody(req.body) && 'getHeaders' in req.body) {
      // form-data tells its length (when every part has a known one) asynchronously.
      return formLength(req.body).then((known) => {
        if (known !== undefined) headers['Content-Length'] = String(known);
        return exchange(req, parseTarget(req.url, origins), headers, redirects);
      });
    }
    try {
      return exchange(req, parseTarget(req.url, origins), headers, redirects);
    } catch (err) {
      return Promise.reject(err);
    }
  };
  // Settles when the request is cut off (once sending: a form body's length is asked before).
  send.settlesOnAbort = true;
  return send;
}
