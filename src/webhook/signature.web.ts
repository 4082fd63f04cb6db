/**
 * The web twin of signature.ts, swapped in by the web build: the same synchronous `validateSignature` (used by
 * `client.validateSignature`) with HMAC-SHA256 from `@noble/hashes` (audited, synchronous, bundled into dist/web)
 * instead of node:crypto. `webhookHandler` does not use it: it checks signatures with Web Crypto.
 *
 * @internal
 */
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';

import { alreadyParsedError, invalidBodyError } from './errors';
import { usableSecrets } from './options';

export const LINE_SIGNATURE_HTTP_HEADER_NAME = 'x-line-signature';

const SIGNATURE_LENGTH = 44;
const encoder = new TextEncoder();

function toBodyBytes(rawBody: unknown, where: string): Uint8Array {
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  if (rawBody instanceof Uint8Array) return rawBody;
  if (rawBody instanceof ArrayBuffer) return new Uint8Array(rawBody);
  if (typeof rawBody === 'object' && rawBody !== null && !ArrayBuffer.isView(rawBody)) throw alreadyParsedError(where);
  throw invalidBodyError(where, rawBody);
}

function base64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

/** As signature.ts's validateSignature: base64 HMAC-SHA256 of the raw body, compared in constant time per secret. */
export function validateSignature(rawBody: string | Uint8Array | ArrayBuffer, channelSecret: string | readonly string[], signature: string | readonly string[] | undefined | null): boolean {
  const body = toBodyBytes(rawBody, 'the rawBody argument of validateSignature()');
  if (typeof signature !== 'string' || signature.length !== SIGNATURE_LENGTH) return false;
  let matched = false;
  for (const secret of usableSecrets(channelSecret)) {
    const expected = base64(hmac(sha256, encoder.encode(secret), body));
    let diff = 0;
    for (let i = 0; i < SIGNATURE_LENGTH; i++) diff |= expected.charCodeAt(i) ^ signature.charCodeAt(i);
    // No early exit: every secret is tried, so timing does not reveal which one matched.
    if (diff === 0) matched = true;
  }
  return matched;
}
