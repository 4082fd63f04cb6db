import nock from 'nock';

import { checkContract, type Captured, type Reply } from './nockLine';

export { API, DATA, SECRET, TOKEN, expectedHeaders, intercept, makeClient } from './nockLine';

export const MANAGER = 'https://manager.line.biz';

/** Headers every request sends, without authorization and content type. */
export function baseHeaders(extra: Record<string, string> = {}): Record<string, string> {
  return {
    accept: 'application/json, text/plain, */*',
    'user-agent': expect.stringMatching(/^messaging-api-line\/\d+\.\d+\.\d+/) as unknown as string,
    ...extra,
  };
}

const TRANSPORT_HEADERS = new Set(['host', 'connection', 'accept-encoding', 'content-length', 'transfer-encoding']);

/**
 * Like `intercept`, for any origin (the manager host, a custom origin), and optionally `times` identical requests.
 */
export function interceptAt(origin: string, method: string, path: string, reply: Reply = {}, times = 1): (Captured & { search: string })[] {
  const captured: (Captured & { search: string })[] = [];
  nock(origin)
    .intercept(path, method)
    .query(true)
    .times(times)
    .reply(function (uri, requestBody) {
      const url = new URL(uri, 'http://x');
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(this.req.headers)) {
        if (!TRANSPORT_HEADERS.has(k.toLowerCase())) headers[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
      }
      const raw = Buffer.isBuffer(requestBody) ? requestBody : typeof requestBody === 'string' ? Buffer.from(requestBody) : Buffer.from(JSON.stringify(requestBody));
      let body: unknown;
      if (raw.length > 0) {
        try {
          body = JSON.parse(raw.toString('utf8'));
        } catch {
          body = raw.toString('utf8');
        }
      }
      const request = { method: this.req.method ?? method, host: 'api' as const, path: url.pathname, query: Object.fromEntries(url.searchParams), search: url.search, headers, body, raw };
      captured.push(request);
      // Custom origins stand for LINE's hosts: check the request against the specs of the host it stands for, with
      // repeated query parameters (`status=A&status=B`) as arrays.
      const query = Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k).length > 1 ? url.searchParams.getAll(k) : (url.searchParams.get(k) as string)]));
      checkContract({ ...request, query, host: /manager/.test(origin) ? 'manager' : /api-data/.test(origin) ? 'data' : 'api' });
      return [reply.status ?? 200, reply.body === undefined ? {} : (reply.body as nock.Body), { 'x-line-request-id': 'req-0001', ...reply.headers }];
    });
  return captured;
}
