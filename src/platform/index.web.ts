/**
 * The web twin of platform/index.ts, swapped in by the web build (dist/web): the same functions on web standards
 * only (Web Crypto, TextEncoder/TextDecoder, Uint8Array, web streams), so the client runs in Cloudflare Workers
 * without `nodejs_compat`, Deno, Bun and browsers with no `node:` import.
 *
 * @internal
 */
import { LineError, LineValidationError } from '../errors';
import type { ChannelJWTOptions } from '../types/channelAccessToken';
import { modulusBits, rs256, rsaKeyFromJwk, rsaKeyFromPem, type RsaPrivateKey } from './pureCrypto';

/** Bytes as this build hands them out: a Uint8Array. */
export type Bytes = Uint8Array;

/** A random UUID v4 (retry keys), from Web Crypto. */
export function randomUUID(): string {
  return globalThis.crypto.randomUUID();
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * SHA-1 of a UTF-8 string, in hex (multicast chunk keys). Synchronous, so written out here: Web Crypto's digest is
 * asynchronous. Not used for security: it only derives a stable retry key per chunk.
 */
export function sha1Hex(text: string): string {
  const data = encoder.encode(text);
  const bitLength = data.length * 8;
  const words = new Uint32Array((((data.length + 8) >> 6) + 1) * 16);
  for (let i = 0; i < data.length; i++) words[i >> 2] |= data[i] << (24 - (i % 4) * 8);
  words[data.length >> 2] |= 0x80 << (24 - (data.length % 4) * 8);
  words[words.length - 1] = bitLength >>> 0;
  words[words.length - 2] = Math.floor(bitLength / 0x100000000);
  let h0 = 0x67452301;
  let h1 = 0xefcdab89;
  let h2 = 0x98badcfe;
  let h3 = 0x10325476;
  let h4 = 0xc3d2e1f0;
  const w = new Uint32Array(80);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 16; t++) w[t] = words[block + t];
    for (let t = 16; t < 80; t++) {
      const x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
      w[t] = (x << 1) | (x >>> 31);
    }
    let a = h0;
    let b = h1;
    let c = h2;
    let d = h3;
    let e = h4;
    for (let t = 0; t < 80; t++) {
      const f = t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const k = t < 20 ? 0x5a827999 : t < 40 ? 0x6ed9eba1 : t < 60 ? 0x8f1bbcdc : 0xca62c1d6;
      const temp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]) >>> 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = temp;
    }
    h0 = (h0 + a) >>> 0;
    h1 = (h1 + b) >>> 0;
    h2 = (h2 + c) >>> 0;
    h3 = (h3 + d) >>> 0;
    h4 = (h4 + e) >>> 0;
  }
  return [h0, h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
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

/**
 * Checks an RSA private key (JWK or PEM; there is no KeyObject here) and signs `input` with RS256, synchronously
 * (`createChannelJWT` returns a string, Web Crypto would not): the signature in base64url.
 */
export function signRS256(input: string, privateKey: ChannelJWTOptions['privateKey']): string {
  if (privateKey && typeof privateKey === 'object' && (privateKey as { kty?: unknown }).kty === 'RSA' && typeof (privateKey as { d?: unknown }).d !== 'string') {
    throw new LineValidationError('privateKey', 'expected the private key, got a public key');
  }
  let key: RsaPrivateKey;
  try {
    if (typeof privateKey === 'string') key = rsaKeyFromPem(privateKey);
    else if (privateKey && typeof privateKey === 'object' && !('asymmetricKeyType' in privateKey)) key = rsaKeyFromJwk(privateKey as Record<string, unknown>);
    else throw new LineError('a KeyObject needs node:crypto');
  } catch {
    // The key itself is never echoed.
    throw new LineValidationError('privateKey', 'expected an RSA private key as a JWK object or a PEM string (the web build takes no KeyObject); the value given could not be read');
  }
  const bits = modulusBits(key);
  if (bits < 2048) throw new LineValidationError('privateKey', `LINE requires a 2048-bit RSA key, got ${bits} bits`, 'at least 2048 bits', bits);
  return base64url(rs256(key, encoder.encode(input)));
}

/** A web ReadableStream answer body, handed out as is. */
export function fromWebStream(body: ReadableStream<Uint8Array> | null): ReadableStream<Uint8Array> {
  return body ?? new ReadableStream({ start: (c) => c.close() });
}

/** Streamed request bodies (Node.js Readable, form-data) do not exist in the web build. */
export function toWebBody(_body: unknown): ReadableStream<Uint8Array> {
  throw new LineError('messaging-api-line (web build): a streamed request body (a Node.js Readable) cannot be sent; pass the bytes as a Uint8Array.');
}
