/**
 * The web twin of platform/index.ts, swapped in by the web build (dist/web): the same functions on web standards
 * only (Web Crypto, TextEncoder/TextDecoder, Uint8Array, web streams), so the client runs in Cloudflare Workers
 * without `nodejs_compat`, Deno, Bun and browsers with no `node:` import. No hand-written cryptography: SHA-1 comes
 * from `@noble/hashes` (audited, bundled into dist/web; only this twin and the web signature twin load it), RS256
 * from Web Crypto, whose signing is asynchronous (see {@link signRS256Async}).
 *
 * @internal
 */
import { sha1 } from '@noble/hashes/legacy';
import { bytesToHex } from '@noble/hashes/utils';

import { LineError, LineValidationError } from '../errors';
import type { ChannelJWTOptions } from '../types/channelAccessToken';

/** Bytes as this build hands them out: a Uint8Array. */
export type Bytes = Uint8Array;

/** A random UUID v4 (retry keys), from Web Crypto. */
export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** SHA-1 of a string's UTF-8 bytes, or of bytes, in hex (multicast chunk keys; not used for security), by `@noble/hashes`. */
export function sha1Hex(input: string | Uint8Array): string {
  return bytesToHex(sha1(typeof input === 'string' ? encoder.encode(input) : input));
}

function binary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

/** Base64 of a string's UTF-8 bytes. */
export function base64(text: string): string {
  return btoa(binary(encoder.encode(text)));
}

/** Base64url (no padding) of a string's UTF-8 bytes, or of bytes. */
export function base64url(input: string | Uint8Array): string {
  return btoa(binary(typeof input === 'string' ? encoder.encode(input) : input))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

/** The bytes this build hands out (a Uint8Array view, not a copy). */
export function toBytes(data: ArrayBuffer | Uint8Array): Bytes {
  return data instanceof Uint8Array ? data : new Uint8Array(data);
}

/** Joins chunks (strings as UTF-8). */
export function concatBytes(chunks: readonly (Uint8Array | string)[]): Bytes {
  const parts = chunks.map((c) => (typeof c === 'string' ? encoder.encode(c) : c));
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Decodes UTF-8. */
export function utf8(bytes: Uint8Array): string {
  return decoder.decode(bytes);
}

/** `DEBUG` from `process.env` where the runtime has one (Bun, Deno, Workers with nodejs_compat), else ''. */
export function debugPattern(): string {
  const proc = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return proc?.env?.DEBUG ?? '';
}

/** Writes one debug line to the console. */
export function writeDebug(line: string): void {
  console.error(line);
}

/** Emits a deprecation warning on the console. */
export function emitDeprecation(message: string, code: string): void {
  console.warn(`DeprecationWarning [${code}]: ${message}`);
}

/** The MIME type of PNG or JPEG bytes (the only types LINE takes where this is used), or undefined. */
export async function imageType(bytes: Uint8Array): Promise<string | undefined> {
  if (bytes.length >= 8 && [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

type KeyInput = { format: 'jwk'; key: JsonWebKey } | { format: 'pkcs8'; key: Uint8Array<ArrayBuffer> };

/** Reads a JWK or PKCS#8 PEM RSA private key, without echoing it; the size is checked once Web Crypto has it. */
function keyInput(privateKey: ChannelJWTOptions['privateKey']): KeyInput {
  const unreadable = (): LineValidationError =>
    new LineValidationError('privateKey', 'expected an RSA private key as a JWK object or a PKCS#8 PEM string (the web build takes no KeyObject); the value given could not be read');
  if (typeof privateKey === 'string') {
    const pem = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/.exec(privateKey);
    if (!pem) throw unreadable();
    if (pem[1] === 'RSA PRIVATE KEY') {
      throw new LineValidationError(
        'privateKey',
        'the web build (Web Crypto) reads PKCS#8 keys ("BEGIN PRIVATE KEY"), not PKCS#1 ("BEGIN RSA PRIVATE KEY"): convert it with `openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem`, or pass the key as a JWK',
      );
    }
    if (/PUBLIC KEY$/.test(pem[1])) throw new LineValidationError('privateKey', 'expected the private key, got a public key');
    if (pem[1] !== 'PRIVATE KEY') throw unreadable();
    try {
      const der = atob(pem[2].replace(/\s+/g, ''));
      const bytes = new Uint8Array(der.length);
      for (let i = 0; i < der.length; i++) bytes[i] = der.charCodeAt(i);
      return { format: 'pkcs8', key: bytes };
    } catch {
      throw unreadable();
    }
  }
  if (!privateKey || typeof privateKey !== 'object' || 'asymmetricKeyType' in privateKey) throw unreadable();
  const jwk = privateKey as Record<string, unknown>;
  if (jwk.kty !== 'RSA') throw new LineValidationError('privateKey', `expected an RSA key, got ${typeof jwk.kty === 'string' ? jwk.kty : 'an unknown key type'}`);
  if (typeof jwk.d !== 'string') throw new LineValidationError('privateKey', 'expected the private key, got a public key');
  return { format: 'jwk', key: jwk as JsonWebKey };
}

/**
 * Checks what can be checked synchronously of an RSA private key (a JWK or a PKCS#8 PEM: RSA, private); its size
 * (at least 2048 bits) is checked by {@link signRS256Async}, once Web Crypto has imported it.
 */
export function checkRS256Key(privateKey: ChannelJWTOptions['privateKey']): void {
  keyInput(privateKey);
}

/** Synchronous RS256 signing does not exist in the web build (Web Crypto is asynchronous): a clear LineError. */
export function signRS256(_input: string, _privateKey: ChannelJWTOptions['privateKey']): string {
  throw new LineError(
    'messaging-api-line (web build): createChannelJWT cannot sign synchronously here (the web build signs RS256 with Web Crypto, which is asynchronous); use `await LineClient.createChannelJWTAsync(options)` or `await client.createChannelJWTAsync(options)`, which take the same options.',
  );
}

/**
 * Checks an RSA private key (JWK or PKCS#8 PEM; no KeyObject here) and signs `input` with RS256 by Web Crypto
 * (`RSASSA-PKCS1-v1_5`, SHA-256): resolves the signature in base64url.
 */
export async function signRS256Async(input: string, privateKey: ChannelJWTOptions['privateKey']): Promise<string> {
  const { format, key } = keyInput(privateKey);
  const algorithm = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' };
  let cryptoKey: CryptoKey;
  try {
    cryptoKey =
      format === 'jwk'
        ? await globalThis.crypto.subtle.importKey('jwk', { ...key, alg: 'RS256', key_ops: ['sign'], ext: false }, algorithm, false, ['sign'])
        : await globalThis.crypto.subtle.importKey('pkcs8', key, algorithm, false, ['sign']);
  } catch {
    // The key itself is never echoed.
    throw new LineValidationError('privateKey', 'expected an RSA private key as a JWK object or a PKCS#8 PEM string; Web Crypto could not import the value given');
  }
  const bits = (cryptoKey.algorithm as RsaHashedKeyAlgorithm).modulusLength;
  if (bits < 2048) throw new LineValidationError('privateKey', `LINE requires a 2048-bit RSA key, got ${bits} bits`, 'at least 2048 bits', bits);
  return base64url(new Uint8Array(await globalThis.crypto.subtle.sign(algorithm, cryptoKey, encoder.encode(input))));
}

/** A web ReadableStream answer body, handed out as is. */
export function fromWebStream(body: ReadableStream<Uint8Array> | null): ReadableStream<Uint8Array> {
  return body ?? new ReadableStream({ start: (c) => c.close() });
}

/** Streamed request bodies (Node.js Readable, form-data) do not exist in the web build. */
export function toWebBody(_body: unknown): ReadableStream<Uint8Array> {
  throw new LineError('messaging-api-line (web build): a streamed request body (a Node.js Readable) cannot be sent; pass the bytes as a Uint8Array.');
}
