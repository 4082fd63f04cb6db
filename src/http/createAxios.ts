/**
 * Builds the public axios instances (`client.axios`, `client.dataAxios`).
 *
 * @internal
 */
import http from 'node:http';
import https from 'node:https';
import util from 'node:util';
import axios, { type AxiosInstance, type InternalAxiosRequestConfig } from 'axios';

import type { DebugLog } from '../debug';
import type { RequestInfo } from '../types/client';
import { VERSION } from '../version';
import { createLeanAdapter, registerDirect } from './leanAdapter';

/** Keep-alive agents shared by every client of the process: connections are reused across calls and clients. */
let sharedAgents: { httpAgent: http.Agent; httpsAgent: https.Agent } | undefined;

/**
 * The agents are reachable from `client.axios.defaults`, and an agent reaches its sockets' in-flight requests, whose
 * headers hold the bearer token: `util.inspect` shows a summary of them instead.
 */
function opaque<A extends http.Agent>(agent: A, name: string): A {
  Object.defineProperty(agent, util.inspect.custom, { value: () => `${name} { keepAlive: true } (messaging-api-line; sockets not shown)` });
  return agent;
}

function defaultAgents(): { httpAgent: http.Agent; httpsAgent: https.Agent } {
  sharedAgents ??= {
    httpAgent: opaque(new http.Agent({ keepAlive: true, keepAliveMsecs: 1000 }), 'Agent'),
    httpsAgent: opaque(new https.Agent({ keepAlive: true, keepAliveMsecs: 1000 }), 'https.Agent'),
  };
  return sharedAgents;
}

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
 * Creates one axios instance for a LINE host.
 *
 * The access token is never stored in the instance's defaults (so inspecting the client or the instance cannot
 * show it): the request layer sets `Authorization` per call, and an interceptor adds it to requests users send
 * through the instance themselves.
 */
export function createAxios(setup: AxiosSetup): AxiosInstance {
  const agents = defaultAgents();
  const instance = axios.create({
    baseURL: setup.baseURL,
    headers: { 'Content-Type': 'application/json', 'User-Agent': `messaging-api-line/${VERSION}` },
    httpAgent: setup.httpAgent ?? agents.httpAgent,
    httpsAgent: setup.httpsAgent ?? agents.httpsAgent,
    maxContentLength: Infinity,
    maxBodyLength: Infinity,
    transitional: { silentJSONParsing: true, forcedJSONParsing: true, clarifyTimeoutError: true },
    // node:http straight, with the shared keep-alive agents; anything it does not implement (proxies, other agents,
    // redirects, progress…) goes through axios's own http adapter. Replace it with `instance.defaults.adapter = …`.
    adapter: createLeanAdapter({ agents }),
  });

  const interceptor = (config: InternalAxiosRequestConfig): InternalAxiosRequestConfig => {
    if (!config.headers.has('Authorization') && !(config as { lineNoAuth?: boolean }).lineNoAuth) {
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
      // Token endpoints (sent without the bearer token) carry secrets in their body: never show it.
      const body = (config as { lineNoAuth?: boolean }).lineNoAuth && config.data !== undefined ? '<redacted>' : config.data;
      const info: RequestInfo = { method: config.method?.toLowerCase(), url, headers, body };
      if (onRequest) onRequest(info);
      else requestLog(`${info.method} - ${url}`, info.body === undefined ? undefined : info.body);
    }
    return config;
  };
  instance.interceptors.request.use(interceptor, undefined, { synchronous: true });
  // While the instance stays as built here, the client's own calls skip axios's pipeline (see leanAdapter.ts).
  registerDirect(instance, { agents, interceptor, hooksActive: () => setup.onRequest !== undefined || setup.requestLog.enabled });
  return instance;
}
