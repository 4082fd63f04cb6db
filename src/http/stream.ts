/**
 * The download stream the transport hands out (Node.js build: a Readable). Its web twin stream.web.ts hands out a
 * web ReadableStream with the same behaviour.
 *
 * @internal
 */
import type { Readable } from 'node:stream';

import { LineAbortError, LineError, LineNetworkError, LineTimeoutError } from '../errors';
import { nodeStream } from '../lazyNode';
import { idleWatch } from './idle';

/** The transport's handle on one attempt (its `Cut`). */
export interface Attempt {
  /** Registers a listener run when the attempt is cut off; returns its remover. */
  on(listener: () => void): () => void;
  /** Cuts the attempt off (frees what the sender holds). */
  abort(reason?: unknown): void;
  /** Stops listening to the caller's signal. */
  release(): void;
}

/**
 * The stream handed out: a plain Readable fed by the sender's stream (paused when the reader falls behind, resumed when
 * it reads), so that it holds no reference to the request; no PassThrough in between (one stream hop fewer per chunk).
 * Errors reach the reader as LineErrors: an idle download (no byte for `timeout` ms) as LineTimeoutError, an abort
 * as LineAbortError, a broken connection as LineNetworkError. A reader that gives up frees the connection.
 */
export function handOut(body: unknown, attempt: Attempt, method: string, reqPath: string, timeout: number, signal: AbortSignal | undefined): Readable {
  const { Readable } = nodeStream();
  const source = body && typeof (body as Readable).pipe === 'function' ? (body as Readable) : Readable.from(body === undefined ? [] : [body]);
  // The only link back to the source is this closure: nothing of the request shows on the stream itself.
  const out = new Readable({ read: () => void source.resume() });
  let finished = false;
  // The idle timeout: one timer and a timestamp per chunk (idle.ts).
  const idle = idleWatch(timeout, () => fail(new LineTimeoutError({ method, path: reqPath }, timeout)));
  const end = () => {
    if (finished) return;
    finished = true;
    idle.stop();
    attempt.release();
  };
  const fail = (error: LineError) => {
    if (finished) return;
    end();
    if (!out.destroyed) out.destroy(error);
    source.destroy();
    attempt.abort();
  };
  attempt.on(() => fail(new LineAbortError({ method, path: reqPath })));
  source.on('data', (chunk: Buffer) => {
    idle.touch();
    if (!out.push(chunk)) source.pause();
  });
  source.on('end', () => {
    end();
    out.push(null);
  });
  source.on('error', (err: Error & { code?: string }) => {
    if (signal?.aborted) return fail(new LineAbortError({ method, path: reqPath }));
    fail(err instanceof LineError ? err : new LineNetworkError({ method, path: reqPath }, Object.assign(new Error(err.message), err.code ? { code: err.code } : {})));
  });
  out.on('close', () => {
    if (!source.readableEnded) {
      end();
      source.destroy(); // the reader gave up: free the connection
      attempt.abort();
    }
  });
  idle.touch();
  return out;
}
