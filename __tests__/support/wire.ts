/**
 * The two table-driven wire checks of the domain tests in __tests__/api/: each row calls one LineClient method and
 * states the exact host, method, path, query, headers and body that must reach the wire, what LINE answers and the
 * shaped result the method returns.
 */
import type { LineClient } from '../../src';
import { expectedHeaders, intercept, makeClient, type Reply } from './nockLine';

/** A row of {@link describeWire}: LINE's answer given as a {@link Reply} (status, body, headers). */
export interface WireCase {
  name: string;
  call: (client: LineClient) => Promise<unknown>;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  host?: 'api' | 'data';
  path: string;
  query?: Record<string, string>;
  /** The JSON body expected on the wire; undefined: no body at all. */
  body?: unknown;
  /** Extra request headers expected (beyond accept, authorization, content-type, user-agent). */
  headers?: Record<string, unknown>;
  reply?: Reply;
  result: unknown;
}

/** A row of {@link describeRows}: LINE's answer given as the 200 body alone. */
export interface OperationRow {
  name: string;
  call: (c: LineClient) => Promise<unknown>;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  host?: 'api' | 'data';
  path: string;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
  reply?: unknown;
  result: unknown;
}

/** One test per case: the exact request on the wire (bodiless calls send no byte) and the shaped result. */
export function describeWire(title: string, cases: WireCase[]): void {
  describe(title, () => {
    beforeAll(() => {
      // Deprecation warnings are asserted in deprecation.spec.ts; keep this suite's output clean.
      jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    });
    afterAll(() => jest.restoreAllMocks());

    it.each(cases)('$name', async (c) => {
      const captured = intercept(c.method, c.host ?? 'api', c.path, c.reply);
      const result = await c.call(makeClient());
      expect(result).toEqual(c.result);
      expect(captured).toHaveLength(1);
      const { raw, ...request } = captured[0];
      expect(request).toEqual({
        method: c.method,
        host: c.host ?? 'api',
        path: c.path,
        query: c.query ?? {},
        headers: expectedHeaders(c.headers as Record<string, string>),
        body: c.body,
      });
      // Bodiless calls send no body at all (1.1.0 sent a literal `null` on some).
      if (c.body === undefined) expect(raw.length).toBe(0);
    });
  });
}

/** One test per row: the exact method, path, query, headers and body on the wire, and the shaped result. */
export function describeRows(title: string, rows: OperationRow[]): void {
  describe(title, () => {
    test.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      const captured = intercept(row.method, row.host ?? 'api', row.path, { body: row.reply });
      const result = await row.call(makeClient());
      expect(result).toEqual(row.result);
      expect(captured).toHaveLength(1);
      const [req] = captured;
      expect(req.method).toBe(row.method);
      expect(req.path).toBe(row.path);
      expect(req.query).toEqual(row.query ?? {});
      expect(req.headers).toEqual(expectedHeaders(row.headers));
      expect(req.body).toEqual(row.body);
    });
  });
}
