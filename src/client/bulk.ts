/**
 * The bulk multicast behind `LineClient#multicast` for more than 500 recipients: chunks of 500 sent with bounded
 * concurrency, each with the retry key `chunkKey` (core.ts) derives from the call's key and the chunk's recipients, so
 * that every recipient gets the message exactly once (re-sends of `error.unsent` included).
 *
 * Sized for 100,000 recipients and more without a per-recipient allocation: a chunk's body and retry key are made
 * only when the chunk is sent, written straight into bytes (the exact bytes `JSON.stringify` gives for the body, and
 * the UTF-8 bytes of the text `chunkKey` hashes, in a buffer reused from chunk to chunk); the chunk goes out as
 * pre-encoded bytes (`Endpoint.encodedBody`: no JSON string of the body, nor a copy of it with the HTTP head, is
 * made), and each worker writes its next body over the last one LINE accepted; the result keeps request ids and
 * failed chunks only.
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { LineError, LineMulticastError, type LineMulticastChunkFailure } from '../errors';
import type { Endpoint } from '../http/transport';
import { concatBytes } from '../platform';
import { chunk } from './args';
import { request, sha1Key, withMeta } from './core';

/** A string `JSON.stringify` writes as `"` + itself + `"`: printable ASCII but `"` and `\`. */
const PLAIN_JSON = /^[\x20\x21\x23-\x5b\x5d-\x7e]*$/;

/** Writes an ASCII string's bytes at `at`; returns the offset after them. */
function writeAscii(out: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) out[at++] = text.charCodeAt(i);
  return at;
}

/** Whether a string's UTF-8 bytes are its UTF-16 code units (ASCII). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** The body of a chunk starts with these bytes: `{"to":[`. */
const HEAD = '{"to":[';

/**
 * Makes the exact bytes of `JSON.stringify({ to: recipients, messages, ...extra })` for any recipients, with
 * `messages` and `extra` encoded once; undefined when the body cannot be made so (`JSON.stringify` throws or lays
 * the object out otherwise): the transport then encodes each chunk's body itself, as it does for any request.
 */
export function bodyEncoder(messages: unknown, extra: Record<string, unknown>): ((recipients: readonly string[], spare?: Uint8Array) => Uint8Array) | undefined {
  let template: string;
  try {
    template = JSON.stringify({ to: [], messages, ...extra });
  } catch {
    return undefined;
  }
  if (typeof template !== 'string' || !template.startsWith(`${HEAD}]`)) return undefined;
  // `],"messages":[…]…}`: what follows the recipients.
  const tail = concatBytes([template.slice(HEAD.length)]);
  // `spare`: a buffer the caller no longer needs (an earlier chunk's, once sent), written over when big enough.
  return (recipients, spare) => {
    const n = recipients.length;
    let size = HEAD.length + Math.max(0, n - 1) + tail.length;
    // Recipients JSON.stringify escapes (none, for LINE's user ids), encoded by JSON.stringify itself.
    let escaped: Uint8Array[] | undefined;
    for (let i = 0; i < n; i++) {
      const id = recipients[i];
      if (PLAIN_JSON.test(id)) size += id.length + 2;
      else {
        escaped ??= [];
        escaped[i] = concatBytes([JSON.stringify(id)]);
        size += escaped[i].length;
      }
    }
    const out = spare && spare.buffer.byteLength - spare.byteOffset >= size ? new Uint8Array(spare.buffer, spare.byteOffset, size) : new Uint8Array(size);
    let at = writeAscii(out, 0, HEAD);
    for (let i = 0; i < n; i++) {
      if (i > 0) out[at++] = 0x2c; // ,
      const bytes = escaped?.[i];
      if (bytes) {
        out.set(bytes, at);
        at += bytes.length;
      } else {
        out[at++] = 0x22; // "
        at = writeAscii(out, at, recipients[i]);
        out[at++] = 0x22;
      }
    }
    out.set(tail, at);
    return out;
  };
}

/**
 * Makes `chunkKey(key, recipients)` (core.ts) from the UTF-8 bytes of the same text (`key`, then each recipient, one
 * a line), written into a buffer reused from chunk to chunk instead of joined into a string.
 */
export function chunkKeyMaker(key: string): (recipients: readonly string[]) => string {
  const prefix = concatBytes([`${key}\n`]);
  let scratch = new Uint8Array(0);
  return (recipients) => {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    let bound = prefix.length;
    // An index loop: a for-of allocates an iterator result per recipient until the function is optimised.
    for (let i = 0; i < recipients.length; i++) bound += recipients[i].length * 3 + 1;
    if (scratch.length < bound) {
      scratch = new Uint8Array(Math.max(bound, scratch.length * 2));
      scratch.set(prefix);
    }
    let at = prefix.length;
    for (let i = 0; i < recipients.length; i++) {
      if (i > 0) scratch[at++] = 0x0a; // \n
      const id = recipients[i];
      if (isAscii(id)) at = writeAscii(scratch, at, id);
      else {
        const bytes = concatBytes([id]);
        scratch.set(bytes, at);
        at += bytes.length;
      }
    }
    return sha1Key(scratch.subarray(0, at));
  };
}

/** What {@link bulkMulticast} sends. */
export interface BulkMulticast {
  /** The recipients (validated), more than `size` of them. */
  to: readonly string[];
  /** The messages (validated). */
  messages: LineTypes.Message[];
  /** `notificationDisabled` and `customAggregationUnits`, when given. */
  extra: Record<string, unknown>;
  /** The call's retry key, which the chunks' keys are derived from. */
  key: string;
  /** Recipients per request. */
  size: number;
  /** Requests in flight at once. */
  concurrency: number;
  /** Per-call `timeout` and `signal`. */
  call: LineTypes.RequestOptions;
}

/**
 * Sends the chunks; resolves one request id per chunk, in order, or rejects with {@link LineMulticastError} listing
 * exactly who was sent and who was not when some chunks still failed after their retries.
 */
export async function bulkMulticast(client: object, job: BulkMulticast): Promise<LineTypes.MulticastResult> {
  const { messages, extra, key, call } = job;
  // The chunks' recipients, taken at once (one pointer per recipient): what is sent is the list validated, whatever
  // the caller does with its array meanwhile. Their bodies and keys are made only when each is sent.
  const chunks = chunk(job.to, job.size);
  const encode = bodyEncoder(messages, extra);
  const keyOf = chunkKeyMaker(key);
  const requestIds = new Array<string>(chunks.length);
  const failed: number[] = [];
  const failures: LineMulticastChunkFailure[] = [];
  let next = 0;
  const worker = async () => {
    // The last body this worker sent and LINE accepted: the request is over (its answer came after the whole body),
    // so the next chunk's body is written over it. After a failure (an attempt cut off may still hold its body), a
    // new one is made.
    let spare: Uint8Array | undefined;
    while (next < chunks.length) {
      const index = next++;
      const recipients = chunks[index];
      const retryKey = keyOf(recipients);
      const endpoint: Endpoint = { method: 'POST', path: '/v2/bot/message/multicast', body: { to: recipients, messages, ...extra }, keyed: true, retryKey };
      try {
        if (encode) endpoint.encodedBody = encode(recipients, spare);
        spare = undefined;
        requestIds[index] = withMeta(await request<object>(client, endpoint, call)).requestId ?? '';
        spare = endpoint.encodedBody;
      } catch (err) {
        failed[index] = failures.push({ to: recipients, retryKey, error: err instanceof LineError ? err : new LineError(String(err)) }) - 1;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(chunks.length, Math.max(1, job.concurrency)) }, worker));

  if (failures.length > 0) {
    const sent: string[] = [];
    const failedChunks: LineMulticastChunkFailure[] = [];
    chunks.forEach((recipients, i) => {
      if (failed[i] === undefined) for (const id of recipients) sent.push(id);
      else failedChunks.push(failures[failed[i]]);
    });
    throw new LineMulticastError(sent, failedChunks, key);
  }
  return { requestId: requestIds[0], requestIds };
}
