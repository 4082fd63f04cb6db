/**
 * How {@link webhookHandler} checks a signature on Node.js: node:crypto's HMAC-SHA256 and `timingSafeEqual`,
 * synchronously, as the middleware does. The web build swaps in verify.web.ts (Web Crypto).
 *
 * @remarks
 * Web Crypto's `subtle.verify` works on Node.js too, but each call there is an asynchronous job: the body is copied,
 * the HMAC runs on the libuv thread pool and the answer comes back through a promise, which cost more than the
 * rest of the handler together (see docs/performance.md).
 *
 * @internal
 * @packageDocumentation
 */

import { signatureMatches } from './signature';

/**
 * Checks a received `x-line-signature` against a body for a channel's secrets; every secret is tried, in constant
 * time each.
 *
 * @internal
 */
export type SignatureVerifier = (secrets: readonly string[], signature: string, body: Uint8Array) => boolean | Promise<boolean>;

/**
 * Creates the signature check of one {@link webhookHandler}.
 *
 * @internal
 * @param _caller - the public function name, for messages (the web twin needs it)
 * @returns the check (synchronous on Node.js)
 */
export function createSignatureVerifier(_caller: string): SignatureVerifier {
  return (secrets, signature, body) => signatureMatches(body, secrets, signature);
}
