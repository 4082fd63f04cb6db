/**
 * Node.js built-ins loaded on first use, so that importing the package stays cheap: on Node 20, loading
 * `node:crypto` costs about 7 ms of CPU and `node:stream` about 2 ms (neither is in Node's start-up snapshot), which
 * is most of what `require('messaging-api-line')` would cost. A push loads crypto (its retry key) when it is made;
 * a webhook loads it on its first request.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
let cryptoModule: typeof import('node:crypto') | undefined;
let streamModule: typeof import('node:stream') | undefined;

/** `node:crypto`, loaded on the first call. */
export function nodeCrypto(): typeof import('node:crypto') {
  return (cryptoModule ??= require('node:crypto') as typeof import('node:crypto'));
}

/** `node:stream`, loaded on the first call. */
export function nodeStream(): typeof import('node:stream') {
  return (streamModule ??= require('node:stream') as typeof import('node:stream'));
}

/** `crypto.randomUUID()` (a retry key), loading `node:crypto` on the first call. */
export function randomUUID(): string {
  return nodeCrypto().randomUUID();
}
