/**
 * Webhook signature validation.
 *
 * @packageDocumentation
 */

import { createHmac, timingSafeEqual } from 'node:crypto';

import { alreadyParsedError, invalidBodyError } from './errors';

/**
 * Name of the HTTP header that carries the webhook signature (lower case, as Node.js exposes it).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export const LINE_SIGNATURE_HTTP_HEADER_NAME = 'x-line-signature';

/** Length of a base64-encoded HMAC-SHA256 digest: 32 bytes encode to 44 characters. */
const SIGNATURE_LENGTH = 44;

/**
 * Turns a raw body into bytes, or throws an explanatory error when it is not a raw body.
 *
 * @internal
 * @param rawBody - the body to convert
 * @param where - how to name the value in an error message
 * @returns the body's bytes (strings are encoded as UTF-8)
 */
export function toBodyBytes(rawBody: unknown, where: string): Uint8Array {
  if (typeof rawBody === 'string') return Buffer.from(rawBody, 'utf8');
  if (rawBody instanceof Uint8Array) return rawBody;
  if (typeof rawBody === 'object' && rawBody !== null && !ArrayBuffer.isView(rawBody)) {
    throw alreadyParsedError(where);
  }
  throw invalidBodyError(where, rawBody);
}

/**
 * Normalises the `channelSecret` option to the list of usable secrets.
 *
 * @internal
 * @param channelSecret - one secret, or several during secret rotation
 * @returns the non-empty string secrets
 */
export function usableSecrets(channelSecret: unknown): string[] {
  const list: unknown[] = Array.isArray(channelSecret) ? channelSecret : [channelSecret];
  return list.filter((secret): secret is string => typeof secret === 'string' && secret.length > 0);
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
  for (const secret of secrets) {
    const expected = Buffer.from(createHmac('sha256', secret).update(body).digest('base64'), 'utf8');
    // No early exit: every secret is tried, so timing does not reveal which one matched.
    if (timingSafeEqual(expected, received)) matched = true;
  }
  return matched;
}

/**
 * Checks the `x-line-signature` of a webhook request: the base64 HMAC-SHA256 of the raw request body,
 * keyed with the channel secret, compared in constant time.
 *
 * @remarks
 * Pass the body exactly as received. A string is encoded as UTF-8; a Buffer or Uint8Array is used as is.
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
 * @param rawBody - the raw request body: a string (UTF-8), Buffer or Uint8Array
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
  rawBody: string | Buffer | Uint8Array,
  channelSecret: string | readonly string[],
  signature: string | readonly string[] | undefined | null,
): boolean {
  const body = toBodyBytes(rawBody, 'the rawBody argument of validateSignature()');
  return signatureMatches(body, usableSecrets(channelSecret), signature);
}
