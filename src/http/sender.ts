/**
 * The neutral shapes between the transport and a sender. A sender only moves bytes: it gets a request whose URL,
 * headers and body are final, and hands back the answer, whatever its status. Retries, timeouts, error mapping,
 * redaction, hooks and logging are the transport's (see transport.ts).
 *
 * @internal
 */
import type { Readable } from 'node:stream';

/** A multipart body from the `form-data` package (a stream with its own headers). */
export interface FormBody {
  pipe: Readable['pipe'];
  getHeaders(): Record<string, string>;
  getLength?(callback: (error: Error | null, length: number) => void): void;
}

/** What the transport hands to a sender. */
export interface SenderRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** The full URL: origin, path and query string. */
  url: string;
  /**
   * Final header values (the bearer token included); names as the transport spelled them. A fresh object per
   * attempt: the sender may add to it (Content-Length).
   */
  headers: Record<string, string>;
  /** No body at all when undefined. */
  body?: string | Buffer | Uint8Array | Readable | FormBody;
  /** The JSON value `body` was serialised from (for senders that show the request to user code, as axios does). */
  data?: unknown;
  /**
   * Aborts the request: the caller's signal or the transport's timer. A sender passes it on; the transport does
   * not wait for the sender to honour it.
   */
  signal: AbortSignal;
  /**
   * The same cut-off as `signal`, without an AbortSignal (creating one per call costs more CPU than the rest of a
   * push): registers a listener, returns its remover. The listener runs at once if the request is already cut off.
   * Senders that can use it should, and not touch `signal` (which is then never created).
   */
  onAbort?: (listener: () => void) => () => void;
  /** How the transport wants the body: read whole (`json`, `arraybuffer`) or streamed. */
  responseType: 'json' | 'arraybuffer' | 'stream';
  /**
   * Query parameters 1.1.0 sent as axios `params` (`date` of the sent-message counts and insight): the axios sender
   * passes them so, with `url` cut at its `?` (mock adapters match them as `params`). Other senders ignore it: `url`
   * holds them too.
   */
  params?: Record<string, string>;
  /** The timeout the transport enforces (for senders that show it to user code, as axios interceptors see it). */
  timeout?: number;
}

/** What a sender hands back, whatever the status. */
export interface SenderResponse {
  status: number;
  statusText: string;
  /** Lower-case names. */
  headers: Record<string, string>;
  /**
   * The body: a Buffer (read whole), a stream (`responseType: 'stream'`), or a value already parsed by user code
   * (an axios adapter or transform) when `parsed` is set.
   */
  body: Buffer | Readable | unknown;
  parsed?: boolean;
}

/** Moves one request's bytes. Rejects only when no answer came (a network error, an abort). */
export interface Sender {
  (request: SenderRequest): Promise<SenderResponse>;
  /**
   * Set by a sender whose promise settles as soon as the request is cut off (through `onAbort`), so that the
   * transport need not race it against the cut-off (it still does for stream and form bodies).
   */
  settlesOnAbort?: boolean;
}

/** Lower-cased, flattened headers from node's or axios's header objects. */
export function flatHeaders(headers: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!headers || typeof headers !== 'object') return out;
  const source = typeof (headers as { toJSON?: unknown }).toJSON === 'function' ? (headers as { toJSON(): object }).toJSON() : headers;
  for (const [k, v] of Object.entries(source)) {
    if (v !== undefined && v !== null) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : String(v);
  }
  return out;
}

/** True for a Readable or a form-data body (anything that pipes). */
export function isStreamBody(body: unknown): body is Readable | FormBody {
  return body !== null && typeof body === 'object' && typeof (body as Readable).pipe === 'function';
}
