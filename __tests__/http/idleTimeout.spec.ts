/**
 * The idle timeout of a download handed out (src/http/stream.ts, and its web twin stream.web.ts): one timer per
 * download and a timestamp per chunk, not a timer re-armed per chunk. A download that keeps coming, however slowly,
 * never times out; one that stalls ends with a LineTimeoutError about `timeout` ms after its last byte.
 */
import { Readable } from 'node:stream';

import { LineTimeoutError } from '../../src/errors';
import { handOut, type Attempt } from '../../src/http/stream';
import { handOut as handOutWeb } from '../../src/http/stream.web';

function attempt(): Attempt & { aborted: number; released: number } {
  const a = {
    aborted: 0,
    released: 0,
    on: () => () => undefined,
    abort() {
      a.aborted++;
    },
    release() {
      a.released++;
    },
  };
  return a;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A source that yields `chunks` chunks `every` ms apart, then ends (or stalls for good when `stall`). */
function source(chunks: number, every: number, stall = false): Readable {
  return Readable.from(
    (async function* () {
      for (let i = 0; i < chunks; i++) {
        if (every > 0) await sleep(every);
        yield Buffer.alloc(1024, i);
      }
      if (stall) await new Promise(() => undefined);
    })(),
  );
}

async function drainNode(stream: Readable): Promise<{ bytes: number; error?: Error; lastByteAt: number; endedAt: number }> {
  let bytes = 0;
  let lastByteAt = 0;
  try {
    for await (const chunk of stream) {
      bytes += (chunk as Buffer).length;
      lastByteAt = Date.now();
    }
    return { bytes, lastByteAt, endedAt: Date.now() };
  } catch (error) {
    return { bytes, error: error as Error, lastByteAt, endedAt: Date.now() };
  }
}

async function drainWeb(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number; error?: Error; lastByteAt: number; endedAt: number }> {
  let bytes = 0;
  let lastByteAt = 0;
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return { bytes, lastByteAt, endedAt: Date.now() };
      bytes += value.length;
      lastByteAt = Date.now();
    }
  } catch (error) {
    return { bytes, error: error as Error, lastByteAt, endedAt: Date.now() };
  }
}

const TIMEOUT = 120;

describe.each([
  ['Readable (Node.js build)', (src: Readable, a: Attempt, timeout: number) => drainNode(handOut(src, a, 'GET', '/v2/bot/message/m/content', timeout, undefined))],
  ['web ReadableStream (web build)', (src: Readable, a: Attempt, timeout: number) => drainWeb(handOutWeb(Readable.toWeb(src) as unknown as ReadableStream<Uint8Array>, a, 'GET', '/v2/bot/message/m/content', timeout, undefined))],
])('%s', (_name, download) => {
  it('a download slower than the timeout in all, but never quiet for that long, does not time out', async () => {
    const a = attempt();
    const { bytes, error } = await download(source(8, TIMEOUT / 3), a, TIMEOUT);
    expect(error).toBeUndefined();
    expect(bytes).toBe(8 * 1024);
    expect(a.aborted).toBe(0);
  });

  it('a download that stalls ends with a LineTimeoutError about `timeout` ms after its last byte, and frees the attempt', async () => {
    const a = attempt();
    const { bytes, error, lastByteAt, endedAt } = await download(source(3, 10, true), a, TIMEOUT);
    expect(bytes).toBe(3 * 1024);
    expect(error).toBeInstanceOf(LineTimeoutError);
    expect((error as LineTimeoutError).timeoutMs).toBe(TIMEOUT);
    // Timers may fire a little early or late; never long before the timeout, nor long after it.
    expect(endedAt - lastByteAt).toBeGreaterThanOrEqual(TIMEOUT - 20);
    expect(endedAt - lastByteAt).toBeLessThan(TIMEOUT + 1000);
    expect(a.aborted).toBeGreaterThanOrEqual(1); // the transport's Cut ignores a second abort
  });

  it('costs one timer per download, not one per chunk', async () => {
    const timeout = 54_321; // a delay no one else uses: the calls counted are the download's own
    const spy = jest.spyOn(global, 'setTimeout');
    try {
      const { bytes, error } = await download(source(200, 0), attempt(), timeout);
      expect(error).toBeUndefined();
      expect(bytes).toBe(200 * 1024);
      expect(spy.mock.calls.filter((c) => c[1] === timeout)).toHaveLength(1);
    } finally {
      spy.mockRestore();
    }
  });
});
