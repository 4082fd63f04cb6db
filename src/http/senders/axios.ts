/**
 * The axios side: `client.axios`, `client.dataAxios` and `client.managerAxios` are created on first access (axios is
 * loaded then, not before), and from then on the client's calls to that host go through that instance, so that
 * interceptors, adapters, defaults and axios-mock-adapter act on them as in 1.1.0.
 *
 * @internal
 */
import type http from 'node:http';
import type https from 'node:https';
import type { AxiosInstance, AxiosRequestConfig, InternalAxiosRequestConfig } from 'axios';

import type { DebugLog } from '../../debug';
import type { RequestInfo } from '../../types/client';
import { VERSION } from '../../version';
import { flatHeaders, type Sender } from '../sender';
import { defaultAgents } from './node';

/** Marks the client's own calls on their config: the transport already added the token and ran the hooks. */
const FROM_TRANSPORT = 'lineTransport';

/** What {@link createAxios} needs. */
export interface AxiosSetup {
  baseURL: string;
  /** The current token, for requests users send straight through `client.axios`. */
  token: () => string | undefined;
  onRequest?: (request: RequestInfo) => void;
  requestLog: DebugLog;
  httpAgent?: http.Agent;
  httpsAgent?: https.Agent;
}

const REDACTED = 'Bearer <redacted>';

/**
 * Creates one axios instance for a LINE host (loads axios).
 *
 * The access token is never stored in the instance's defaults (so inspecting the client or the instance cannot
 * show it): the transport sets `Authorization` per call, and an interceptor adds it to requests users send
 * through the instance themselves.
 */
export function createAxios(setup: AxiosSetup): AxiosInstance {
  // Loaded here, on first use: a top-level import would load axios with the package.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const axios = (require('axios') as typeof import('axios')).default;
  const agents = defaultAgents();
  const instance = axios.create({
    baseURL: setup.baseURL,
    headers: { 'Content-Type': 'application/json', 'User-Agent': `messaging-api-line/${VERSION}` },
    httpAgent: setup.httpAgent ?? agents.httpAgent,
    httpsAgent: setup.httpsAgent ?? agents.httpsAgent,
    maxContentLength: Infinity,
    maxBodyLength: Infinity,
    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: true },
  });

  // Requests users send straight through the instance: the token, then the hooks (the client's own calls had both
  // in the transport).
  const interceptor = (config: InternalAxiosRequestConfig): InternalAxiosRequestConfig => {
    if ((config as { [FROM_TRANSPORT]?: boolean })[FROM_TRANSPORT]) return config;
    if (!config.headers.has('Authorization')) {
      const token = setup.token();
      if (token) config.headers.set('Authorization', `Bearer ${token}`);
    }
    const { onRequest, requestLog } = setup;
    if (onRequest || requestLog.enabled) {
      const headers = { ...config.headers.toJSON() } as Record<string, unknown>;
      for (const name of Object.keys(headers)) {
        if (name.toLowerCase() === 'authorization') headers[name] = /^Basic /i.test(String(headers[name])) ? 'Basic <redacted>' : REDACTED;
      }
      const url = `${(config.baseURL ?? '').replace(/\/$/, '')}${config.url ?? ''}`;
      const info: RequestInfo = { method: config.method?.toLowerCase(), url, headers, body: config.data };
      if (onRequest) onRequest(info);
      else requestLog(`${info.method} - ${url}`, info.body === undefined ? undefined : info.body);
    }
    return config;
  };
  instance.interceptors.request.use(interceptor, undefined, { synchronous: true });
  return instance;
}

/**
 * The sender of a host whose instance the user touched: the request goes through `instance.request` (interceptors,
 * adapter, transforms); the answer comes back neutral, 4xx/5xx included. Errors without an answer come back as
 * plain errors (an AxiosError carries the request config, and with it the token).
 *
 * @param instance - the host's axios instance
 * @returns a sender
 */
export function createAxiosSender(instance: AxiosInstance): Sender {
  return async (req) => {
    const base = (instance.defaults.baseURL ?? '').replace(/\/+$/, '');
    // Relative to the instance's origin, with the query in it, as 1.1.0 asked axios (mock adapters match on it).
    let url = base && req.url.startsWith(`${base}/`) ? req.url.slice(base.length) : req.url;
    // Queries 1.1.0 sent as axios `params` go as `params` again.
    if (req.params) url = url.split('?')[0];
    const config: AxiosRequestConfig & { [FROM_TRANSPORT]: true } = {
      method: req.method,
      url,
      headers: req.headers,
      ...(req.params ? { params: req.params } : {}),
      data: req.data !== undefined ? req.data : req.body,
      signal: req.signal,
      responseType: req.responseType,
      timeout: req.timeout,
      // Only reads follow redirects: another method answered 3xx is never sent again (a POST might have run).
      ...(req.method === 'GET' ? {} : { maxRedirects: 0 }),
      [FROM_TRANSPORT]: true,
    };
    try {
      const res = await instance.request(config);
      return { status: res.status, statusText: res.statusText ?? '', headers: flatHeaders(res.headers), body: res.data, parsed: true };
    } catch (err) {
      const e = err as { response?: { status: number; statusText?: string; headers?: unknown; data?: unknown }; message?: string; code?: string };
      // axios rejects a 2xx only when its body was lost (the connection died after the headers): no answer came.
      if (e?.response && ((e.response.status >= 200 && e.response.status < 300) || /aborted/i.test(e.message ?? ''))) {
        throw Object.assign(new Error(`the connection was lost in the middle of the answer (${e.message ?? 'aborted'})`), { code: 'ECONNRESET' });
      }
      if (e?.response) return { status: e.response.status, statusText: e.response.statusText ?? '', headers: flatHeaders(e.response.headers), body: e.response.data, parsed: true };
      throw Object.assign(new Error(e?.message ?? String(err)), e?.code ? { code: e.code } : {});
    }
  };
}
