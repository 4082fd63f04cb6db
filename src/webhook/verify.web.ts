/**
 * The web twin of verify.ts, swapped in by the web build: {@link webhookHandler} checks signatures with Web Crypto
 * (`crypto.subtle.verify`, which compares the HMAC in constant time), with one imported key per secret, reused.
 *
 * @internal
 * @packageDocumentation
 */

import { LineError } from '../errors';

/** See verify.ts. */
export type SignatureVerifier = (secrets: readonly string[], signature: string, body: Uint8Array) => boolean | Promise<boolean>;

const encoder = new TextEncoder();

/** Length of a base64-encoded HMAC-SHA256 digest: 32 bytes encode to 44 characters. */
const SIGNATURE_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

function decodeSignature(signature: string): Uint8Array | undefined {
  if (!SIGNATURE_PATTERN.test(signature)) return undefined;
  const binary = atob(signature);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/**
 * Creates the signature check of one {@link webhookHandler}.
 *
 * @param caller - the public function name, for messages
 * @returns the check: every secret is tried (no early exit), so timing does not tell which one matched
 * @throws {@link LineError} when the runtime has no Web Crypto
 */
export function createSignatureVerifier(caller: string): SignatureVerifier {
  if (typeof globalThis.crypto?.subtle?.verify !== 'function') {
    throw new LineError(`${caller}: Web Crypto (globalThis.crypto.subtle) is not available in this runtime.`);
  }
  // One imported key per secret, created on first use and reused.
  const keyCache = new Map<string, Promise<CryptoKey>>();
  const keyFor = (secret: string): Promise<CryptoKey> => {
    let key = keyCache.get(secret);
    if (!key) {
      key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
      keyCache.set(secret, key);
    }
    return key;
  };
  return async (secrets, header, body) => {
    const signature = decodeSignature(header);
    if (!signature) return false;
    const results = await Promise.all(
      secrets.map(async (secret) => crypto.subtle.verify('HMAC', await keyFor(secret), signature as BufferSource, body as BufferSource)),
    );
    return results.includes(true);
  };
}
