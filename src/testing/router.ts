/**
 * The route table: method + host + path template to handler. To support a new LINE endpoint, write a
 * {@link RouteDef} and add it to a list in `routes/`.
 */

import type { IncomingHttpHeaders } from 'node:http';
import type { Readable } from 'node:stream';
import type { DummyState } from './state';
import type { DummyHost, JsonValue } from './types';

/**
 * How a route's request body is read: `json` (parsed; invalid JSON answers 400), `none` (ignored),
 * `binary` (a Buffer), `form` (a string, form-urlencoded) or `multipart` (a Buffer; the handler parses it).
 */
export type BodyKind = 'json' | 'none' | 'binary' | 'form' | 'multipart';

/** What a handler sees of a request. */
export interface RouteContext {
  /** The platform state. */
  readonly state: DummyState;
  /** The `x-line-request-id` of this request. */
  readonly requestId: string;
  /** HTTP method. */
  readonly method: string;
  /** Which host. */
  readonly host: DummyHost;
  /** Path without query. */
  readonly path: string;
  /** Query parameters (the first value of each name). */
  readonly query: Readonly<Record<string, string>>;
  /** The query string without `?`, for parameters that repeat. */
  readonly rawQuery: string;
  /** Request headers. */
  readonly headers: IncomingHttpHeaders;
  /** Path parameters by template name (URI-decoded). */
  readonly params: Readonly<Record<string, string>>;
  /** The body as the route's {@link BodyKind} reads it. */
  readonly body: JsonValue | Buffer | string | undefined;
  /** The raw body bytes. */
  readonly rawBody: Buffer;
  /** The `X-Line-Retry-Key` header (only on routes that accept it). */
  readonly retryKey: string | undefined;
}

/** A streamed response body. */
export class StreamBody {
  /**
   * @param stream - the bytes to stream
   * @param size - Content-Length, if known
   */
  constructor(
    readonly stream: Readable | AsyncIterable<Uint8Array>,
    readonly size?: number,
  ) {}
}

/** What a handler answers. */
export interface RouteReply {
  /** HTTP status; 200 by default. */
  readonly status?: number;
  /** A JSON-serialisable value, raw bytes (`Buffer`), or a {@link StreamBody}. */
  readonly body?: unknown;
  /** Content-Type; `application/json` for JSON bodies by default. */
  readonly contentType?: string;
  /** Extra response headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** One endpoint. */
export interface RouteDef {
  /** HTTP method. */
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Which host serves it. */
  readonly host: DummyHost;
  /** Path template, with `{name}` parameters, as in the OpenAPI specs. */
  readonly path: string;
  /** How to read the body; `json` for POST/PUT, `none` otherwise, by default. */
  readonly body?: BodyKind;
  /** Whether the endpoint accepts `X-Line-Retry-Key` (push, multicast, narrowcast, broadcast). */
  readonly retryKey?: boolean;
  /** Whether a Bearer token is required; true by default. */
  readonly auth?: boolean;
  /** Largest accepted body in bytes (413 beyond); 2 MB by default. */
  readonly maxBodyBytes?: number;
  /** Pattern of each path parameter (default `[^/]+`). */
  readonly paramPatterns?: Readonly<Record<string, string>>;
  /** Handles a request; throws {@link DummyErrorAnswer} to answer an error. */
  readonly handler: (ctx: RouteContext) => RouteReply;
}

/** LINE's request size limit. */
export const DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024;

interface CompiledRoute {
  readonly def: RouteDef;
  readonly regex: RegExp;
  readonly names: readonly string[];
}

/** A matched route and its path parameters. */
export interface RouteMatch {
  /** The route. */
  readonly def: RouteDef;
  /** Its path parameters. */
  readonly params: Readonly<Record<string, string>>;
}

const NO_PARAMS: Readonly<Record<string, string>> = Object.freeze({});

/** Routes by host, method and path; static paths are looked up in a map, templates tried in order. */
export class RouteTable {
  private readonly exact = new Map<string, RouteDef>();
  private readonly templated = new Map<string, CompiledRoute[]>();

  /**
   * Adds routes. A static path always wins over a template; templates are tried in the order added.
   *
   * @param defs - the routes
   */
  add(...defs: readonly RouteDef[]): void {
    for (const def of defs) {
      const key = `${def.host} ${def.method}`;
      if (!def.path.includes('{')) {
        this.exact.set(`${key} ${def.path}`, def);
        continue;
      }
      const names: string[] = [];
      const source = def.path
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const m = /^\{([^}]+)\}$/.exec(part);
          if (!m) return part.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
          names.push(m[1]);
          return `(${def.paramPatterns?.[m[1]] ?? '[^/]+'})`;
        })
        .join('');
      const list = this.templated.get(key) ?? [];
      list.push({ def, regex: new RegExp(`^${source}$`), names });
      this.templated.set(key, list);
    }
  }

  /**
   * Finds the route of a request.
   *
   * @param host - which host
   * @param method - HTTP method
   * @param path - path without query
   * @returns the match, or undefined (404)
   */
  match(host: DummyHost, method: string, path: string): RouteMatch | undefined {
    const key = `${host} ${method}`;
    const def = this.exact.get(`${key} ${path}`);
    if (def) return { def, params: NO_PARAMS };
    const list = this.templated.get(key);
    if (!list) return undefined;
    for (const route of list) {
      const m = route.regex.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = safeDecode(m[i + 1]);
      });
      return { def: route.def, params };
    }
    return undefined;
  }
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
