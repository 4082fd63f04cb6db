/**
 * Webhook signature validation.
 *
 * @packageDocumentation
 */

import { nodeCrypto } from '../lazyNode';
import { isArrayBuffer } from 'node:util/types';

import { alreadyParsedError, invalidBodyError } from './errors';
import { usableSecrets } from './options';

/**
 * Name of the HTTP header that carries the webhook signature (lower case, as Node.js exposes it).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export const LINE_SIGNATURE_HTTP_HEADER_NAME = 'x-line-signature';

/** Length of a base64-encoded HMAC-SHA256 digest: 32 bytes encode to 44 characters. */
const SIGNATURE_LENGTH = 44;

/**
 * The bytes of a raw body, without copying: a string is encoded as UTF-8, a Uint8Array (Buffer) is used as
 * is, an ArrayBuffer (what `await request.arrayBuffer()` gives in fetch-style runtimes) is wrapped. Other
 * typed arrays (a Uint16Array, say) are not a raw body.
 *
 * @internal
 * @param rawBody - the body to convert
 * @returns the bytes, or `undefined` when `rawBody` is none of those
 */
export function rawBodyBytes(rawBody: unknown): Uint8Array | undefined {
  if (typeof rawBody === 'string') return Buffer.from(rawBody, 'utf8');
  // Nothing there (the usual `req.rawBody` and `req.body` of a plain node:http request): no further checks.
  if (typeof rawBody !== 'object' || rawBody === null) return undefined;
  if (rawBody instanceof Uint8Array) return rawBody;
  // util.types.isArrayBuffer also recognises an ArrayBuffer from another realm (a vm context, a worker).
  if (isArrayBuffer(rawBody)) return new Uint8Array(rawBody);
  return undefined;
}

/**
 * Turns a raw body into bytes, or throws an explanatory error when it is not a raw body.
 *
 * @internal
 * @param rawBody - the body to convert
 * @param where - how to name the value in an error message
 * @returns the body's bytes (see {@link rawBodyBytes})
 */
export function toBodyBytes(rawBody: unknown, where: string): Uint8Array {
  const bytes = rawBodyBytes(rawBody);
  if (bytes) return bytes;
  if (typeof rawBody === 'object' && rawBody !== null && !ArrayBuffer.isView(rawBody)) {
    throw alreadyParsedError(where);
  }
  throw invalidBodyError(where, rawBody);
}

/**
 * Checks a signature against bytes for the given secrets, in constant time per secret.
 *
 * @internal
 * @param body - the raw body bytes
 * @param secrets - usable secrets (see {@link usableSecrets})
 * @param signature - the received signature, of any type
 * @returns whether the signature matches for at least one secret
 */
export function signatureMatches(body: Uint8Array, secrets: readonly string[], signature: unknown): boolean {
  if (typeof signature !== 'string' || signature.length !== SIGNATURE_LENGTH) return false;
  const received = Buffer.from(signature, 'utf8');
  // A non-ASCII character makes the byte length differ: timingSafeEqual needs equal lengths.
  if (received.length !== SIGNATURE_LENGTH) return false;
  let matched = false;
  const crypto = nodeCrypto();
  for (const secret of secrets) {
    const expected = Buffer.from(crypto.createHmac('sha256', secret).update(body).digest('base64'), 'utf8');
    // No early exit: every secret is tried, so timing does not reveal which one matched.
    if (crypto.timingSafeEqual(expected, received)) matched = true;
  }
  return matched;
}

/**
 * Checks the `x-line-signature` of a webhook request: the base64 HMAC-SHA256 of the raw request body,
 * keyed with the channel secret, compared in constant time.
 *
 * @remarks
 * Pass the body exactly as received. A string is encoded as UTF-8; a Buffer, Uint8Array or ArrayBuffer
 * (`await request.arrayBuffer()` in fetch-style runtimes) is used as is.
 * Never pass `JSON.stringify(req.body)`: re-serialising changes the bytes (escaped emoji, key order,
 * whitespace), and valid requests then fail.
 *
 * The function never throws because of the signature or the secret: a missing, non-string, malformed or
 * wrong-length signature, or an empty secret, simply returns `false`.
 *
 * @example
 * ```ts
 * if (!validateSignature(req.rawBody, process.env.LINE_CHANNEL_SECRET!, req.headers['x-line-signature'])) {
 *   res.statusCode = 401;
 *   return res.end();
 * }
 * ```
 *
 * @param rawBody - the raw request body: a string (UTF-8), Buffer, Uint8Array or ArrayBuffer
 * @param channelSecret - the channel secret, or an array of secrets during secret rotation (valid when any matches)
 * @param signature - the value of the `x-line-signature` header; anything but a single string (for example
 * the array Node.js gives for a repeated header) is rejected
 * @returns `true` when the signature matches the body for one of the secrets, `false` otherwise
 * @throws {@link LineWebhookBodyError} when `rawBody` is an already-parsed object or not a string or bytes;
 * the message explains how to keep the raw body
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export function validateSignature(
  rawBody: string | Buffer | Uint8Array | ArrayBuffer,
  channelSecret: string | readonly string[],
  signature: string | readonly string[] | undefined | null,
): boolean {
  const body = toBodyBytes(rawBody, 'the rawBody argument of validateSignature()');
  return signatureMatches(body, usableSecrets(channelSecret), signature);
}
