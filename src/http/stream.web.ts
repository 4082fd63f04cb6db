/**
 * The web twin of stream.ts, swapped in by the web build: downloads are web ReadableStreams, with the same
 * behaviour as the Node.js build's Readable (idle timeout, abort and network errors as LineErrors, a reader that
 * cancels frees the connection).
 *
 * @internal
 */
import { LineAbortError, LineError, LineNetworkError, LineTimeoutError } from '../errors';
import { idleWatch } from './idle';
import type { Attempt } from './stream';

export type { Attempt } from './stream';

/** The stream handed out: pulls from the sender's stream and holds no reference to the request. */
export function handOut(body: unknown, attempt: Attempt, method: string, reqPath: string, timeout: number, signal: AbortSignal | undefined): ReadableStream<Uint8Array> {
  if (!(body instanceof ReadableStream)) {
    attempt.release();
    const chunk = body instanceof Uint8Array ? body : body === undefined ? undefined : new TextEncoder().encode(String(body));
    return new ReadableStream<Uint8Array>({
      start(controller) {
        if (chunk) controller.enqueue(chunk);
        controller.close();
      },
    });
  }
  const reader = (body as ReadableStream<Uint8Array>).getReader();
  let finished = false;
  // The idle timeout: one timer and a timestamp per chunk (idle.ts).
  const idle = idleWatch(timeout, () => fail(new LineTimeoutError({ method, path: reqPath }, timeout)));
  let controller: ReadableStreamDefaultController<Uint8Array> | undefined;
  const end = () => {
    if (finished) return;
    finished = true;
    idle.stop();
    attempt.release();
  };
  const fail = (error: LineError) => {
    if (finished) return;
    end();
    try {
      controller?.error(error);
    } catch {
      // already closed
    }
    reader.cancel().catch(() => undefined);
    attempt.abort();
  };
  return new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      attempt.on(() => fail(new LineAbortError({ method, path: reqPath })));
      idle.touch();
    },
    async pull(c) {
      try {
        const { done, value } = await reader.read();
        if (finished) return;
        if (done) {
          end();
          c.close();
          return;
        }
        idle.touch();
        c.enqueue(value);
      } catch (err) {
        if (finished) return;
        const e = err as Error & { code?: string };
        if (signal?.aborted) fail(new LineAbortError({ method, path: reqPath }));
        else fail(err instanceof LineError ? err : new LineNetworkError({ method, path: reqPath }, Object.assign(new Error(e?.message ?? String(err)), e?.code ? { code: e.code } : {})));
      }
    },
    cancel() {
      if (finished) return;
      end();
      reader.cancel().catch(() => undefined); // the reader gave up: free the connection
      attempt.abort();
    },
  });
}
