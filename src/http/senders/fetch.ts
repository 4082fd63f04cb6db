/**
 * The fetch sender: `globalThis.fetch` (or a fetch function given in the client config), for runtimes without
 * `node:http` (the default of the web build) and for Node users who choose it. The runtime decodes compressed answers and follows redirects for
 * GET only; other methods get the 3xx itself (never sent twice).
 *
 * @internal
 */
import { fromWebStream, toBytes, toWebBody } from '../../platform';
import { isStreamBody, type Sender } from '../sender';

/** A fetch function (`globalThis.fetch` or a compatible one). */
export type FetchFunction = (input: string, init: RequestInit) => Promise<Response>;

/**
 * Creates the fetch sender.
 *
 * @param fetchFn - the fetch function (default: `globalThis.fetch`, looked up on each call)
 * @returns a sender
 */
export function createFetchSender(fetchFn?: FetchFunction): Sender {
  return async (req) => {
    const f = fetchFn ?? (globalThis.fetch as FetchFunction | undefined);
    if (typeof f !== 'function') throw Object.assign(new Error('fetch is not available in this runtime'), { code: 'ERR_NO_FETCH' });
    const headers: Record<string, string> = {};
    // The runtime sets the framing and the encodings it can decode.
    for (const [k, v] of Object.entries(req.headers)) if (!/^(accept-encoding|content-length|connection|host)$/i.test(k)) headers[k] = v;
    let body: RequestInit['body'];
    let duplex: 'half' | undefined;
    if (req.body !== undefined && isStreamBody(req.body)) {
      body = toWebBody(req.body) as RequestInit['body'];
      duplex = 'half';
    } else body = req.body as RequestInit['body'];
    const init = { method: req.method, headers, body, signal: req.signal, redirect: req.method === 'GET' ? 'follow' : 'manual', ...(duplex ? { duplex } : {}) } as RequestInit;
    let res: Response;
    try {
      res = await f(req.url, init);
    } catch (err) {
      // undici says "fetch failed" and puts the system error (ECONNREFUSED…) in `cause`.
      const cause = (err as { cause?: unknown }).cause;
      if (cause && typeof cause === 'object' && typeof (cause as { code?: unknown }).code === 'string') throw cause;
      throw err;
    }
    const out: Record<string, string> = {};
    res.headers.forEach((value, name) => {
      out[name.toLowerCase()] = value;
    });
    // The runtime decoded the body: its length and encoding no longer apply.
    delete out['content-encoding'];
    const head = { status: res.status, statusText: res.statusText, headers: out };
    // A download that succeeded is handed out as a stream; its error answer goes to the transport as the web stream it
    // is, and the transport keeps the first 64 KiB of it (a download's error answer may be as large as the download).
    if (req.responseType === 'stream') return { ...head, body: res.status >= 200 && res.status < 300 ? fromWebStream(res.body) : res.body ?? undefined };
    return { ...head, body: toBytes(await res.arrayBuffer()) };
  };
}
