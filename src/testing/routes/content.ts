/** Message content on the data host: seeded bytes, generated or streamed lazily. */

import { Readable } from 'node:stream';
import { notFound } from '../errors';
import { sniffImage } from '../image';
import { StreamBody } from '../router';
import type { RouteContext, RouteDef, RouteReply } from '../router';
import type { SeedContent } from '../types';

const CHUNK_BYTES = 64 * 1024;

/**
 * A stream of `size` bytes all equal to `byte`, generated chunk by chunk as the client reads.
 *
 * @param size - how many bytes
 * @param byte - their value
 * @returns the stream
 */
export function repeatedBytes(size: number, byte: number): Readable {
  const chunk = Buffer.alloc(Math.max(1, Math.min(CHUNK_BYTES, size)), byte);
  let left = size;
  return new Readable({
    read() {
      if (left <= 0) {
        this.push(null);
        return;
      }
      const n = Math.min(left, chunk.length);
      left -= n;
      this.push(n === chunk.length ? chunk : chunk.subarray(0, n));
    },
  });
}

function bytesReply(bytes: Buffer): RouteReply {
  return { body: bytes, contentType: sniffImage(bytes)?.contentType ?? 'application/octet-stream' };
}

/**
 * The answer that serves seeded content.
 *
 * @param seed - the seeded content
 * @returns the reply
 */
export function contentReply(seed: SeedContent): RouteReply {
  if (Buffer.isBuffer(seed)) return bytesReply(seed);
  if (seed instanceof Uint8Array) return bytesReply(Buffer.from(seed.buffer, seed.byteOffset, seed.byteLength));
  if (typeof seed === 'string') return { body: Buffer.from(seed), contentType: 'text/plain; charset=utf-8' };
  const contentType = seed.contentType ?? 'application/octet-stream';
  if ('stream' in seed) return { body: new StreamBody(seed.stream(), seed.size), contentType };
  return { body: new StreamBody(repeatedBytes(seed.size, seed.byte ?? 0), seed.size), contentType };
}

function seeded(ctx: RouteContext): SeedContent {
  const seed = ctx.state.content.get(ctx.params.messageId);
  if (seed === undefined) throw notFound();
  return seed;
}

/** The content routes. */
export const contentRoutes: readonly RouteDef[] = [
  {
    method: 'GET',
    host: 'data',
    path: '/v2/bot/message/{messageId}/content',
    handler: (ctx) => contentReply(seeded(ctx)),
  },
  {
    method: 'GET',
    host: 'data',
    path: '/v2/bot/message/{messageId}/content/preview',
    handler: (ctx) => contentReply(seeded(ctx)),
  },
  {
    method: 'GET',
    host: 'data',
    path: '/v2/bot/message/{messageId}/content/transcoding',
    handler(ctx) {
      seeded(ctx);
      return { body: { status: 'succeeded' } };
    },
  },
];
