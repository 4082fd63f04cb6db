import nock from 'nock';

import { LineClient } from '../../src';
import type { ClientConfig } from '../../src/types/client';

import { contractViolations, unexempted, validateRequest } from './openapi';

export const TOKEN = 'tok-Secret-Access-Token-0123456789abcdef';
export const SECRET = 'sec-Channel-Secret-fedcba9876543210';
export const API = 'https://api.line.me';
export const DATA = 'https://api-data.line.me';

/** A client with retries off (tests of retries turn them on themselves). */
export function makeClient(config: Partial<ClientConfig> = {}): LineClient {
  return new LineClient({ accessToken: TOKEN, channelSecret: SECRET, retry: false, ...config });
}

/** One request as it reached the (nock) wire. */
export interface Captured {
  method: string;
  host: 'api' | 'data';
  path: string;
  query: Record<string, string>;
  headers: Record<string, string>;
  /** Parsed JSON, a string for other text, or undefined when there was no body. */
  body: unknown;
  /** The raw body bytes. */
  raw: Buffer;
}

/** Headers the transport adds that say nothing about the call itself. */
const TRANSPORT_HEADERS = new Set(['host', 'connection', 'accept-encoding', 'content-length', 'transfer-encoding']);

/** What an interceptor answers. */
export interface Reply {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Options of `intercept`. */
export interface InterceptOptions {
  /**
   * `false`: do not check the request against LINE's OpenAPI specs, for a test that sends a deliberately invalid or
   * partial request (say why next to it). By default every captured request is checked (see openapi.ts) and the test
   * fails in afterEach (setup.ts) on any violation the exemption list in openapi.ts does not cover.
   */
  contract?: false;
}

/** Checks a captured request against the specs; violations fail the test in setup.ts's afterEach. */
export function checkContract(request: Omit<Captured, 'host' | 'query'> & { host: string; query?: Record<string, string | string[]> }): void {
  const testName = expect.getState().currentTestName;
  let problems: string[];
  try {
    problems = validateRequest(request);
  } catch (error) {
    problems = [`contract check crashed: ${(error as Error).stack ?? String(error)}`];
  }
  for (const problem of unexempted(problems, testName)) {
    contractViolations.push(`${request.method} ${request.path}: ${problem}`);
  }
}

/**
 * Intercepts one request to `method host path` (any query) and records it. Returns the list it records into.
 * nock fails the test (see setup.ts) when the interceptor is never used, and so does a request that is not valid
 * against LINE's OpenAPI specs (unless `options.contract` is false).
 */
export function intercept(method: string, host: 'api' | 'data', path: string, reply: Reply = {}, options: InterceptOptions = {}): Captured[] {
  const captured: Captured[] = [];
  nock(host === 'api' ? API : DATA)
    .intercept(path, method)
    .query(true)
    .reply(function (uri, requestBody) {
      const url = new URL(uri, 'http://x');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(this.req.headers)) {
        if (!TRANSPORT_HEADERS.has(k.toLowerCase())) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
      }
      // nock hands binary bodies over as hex.
      const binary = /^(image|application\/octet-stream)/.test(headers['content-type'] ?? '');
      let raw: Buffer;
      if (Buffer.isBuffer(requestBody)) raw = requestBody;
      else if (typeof requestBody === 'string') raw = binary ? Buffer.from(requestBody, 'hex') : Buffer.from(requestBody);
      else raw = Buffer.from(JSON.stringify(requestBody));
      let body: unknown;
      if (binary) body = raw;
      else if (raw.length > 0) {
        const text = raw.toString('utf8');
        try {
          body = JSON.parse(text);
        } catch {
          body = text;
        }
      }
      const request: Captured = { method: this.req.method ?? method, host, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body, raw };
      captured.push(request);
      if (options.contract !== false) checkContract(request);
      return [reply.status ?? 200, reply.body === undefined ? {} : (reply.body as nock.Body), { 'x-line-request-id': 'req-0001', ...reply.headers }];
    });
  return captured;
}

/** The headers every authenticated JSON call sends. */
export function expectedHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    accept: 'application/json, text/plain, */*',
    authorization: `Bearer ${TOKEN}`,
    'content-type': 'application/json',
    'user-agent': expect.stringMatching(/^messaging-api-line\/\d+\.\d+\.\d+/) as unknown as string,
    ...extra,
  };
}

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
