/**
 * What the client needs from its runtime, on Node.js (Node, Bun, Deno with Node compatibility): ids, hashes,
 * bytes, the debug environment, image sniffing and RS256 signing. Its twin platform/index.web.ts holds the same
 * functions for runtimes without `node:` modules (Cloudflare Workers without `nodejs_compat`, browsers); the web
 * build (scripts/build.js) swaps every module `x.ts` that has an `x.web.ts` twin for that twin, so call sites
 * import one module and never test the runtime themselves.
 *
 * @internal
 */
import type { JsonWebKey, KeyObject } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { ReadableStream as NodeWebStream } from 'node:stream/web';

import { nodeCrypto, nodeStream, randomUUID } from '../lazyNode';

import { LineValidationError } from '../errors';
import type { ChannelJWTOptions } from '../types/channelAccessToken';

/** Bytes as this build hands them out: a Buffer on Node.js, a Uint8Array on the web build. */
export type Bytes = Buffer;

/** A random UUID v4 (retry keys); node:crypto is loaded on the first call (see lazyNode.ts). */
export { randomUUID };

/** SHA-1 of a string's UTF-8 bytes, or of bytes, in hex (multicast chunk keys). */
export function sha1Hex(input: string | Uint8Array): string {
  return nodeCrypto().createHash('sha1').update(input).digest('hex');
}

/** Base64 of a string's UTF-8 bytes. */
export function base64(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64');
}

/** Base64url (no padding) of a string's UTF-8 bytes, or of bytes. */
export function base64url(input: string | Uint8Array): string {
  return (typeof input === 'string' ? Buffer.from(input, 'utf8') : Buffer.from(input.buffer, input.byteOffset, input.byteLength)).toString('base64url');
}

/** The bytes this build hands out, without copying when possible. */
export function toBytes(data: ArrayBuffer | Uint8Array): Bytes {
  if (Buffer.isBuffer(data)) return data;
  return data instanceof Uint8Array ? Buffer.from(data.buffer, data.byteOffset, data.byteLength) : Buffer.from(data);
}

/** Joins chunks (strings as UTF-8). */
export function concatBytes(chunks: readonly (Uint8Array | string)[]): Bytes {
  return Buffer.concat(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c)));
}

/** Decodes UTF-8. */
export function utf8(bytes: Uint8Array): string {
  return (Buffer.isBuffer(bytes) ? bytes : toBytes(bytes)).toString('utf8');
}

/** The `DEBUG` environment variable ('' when unset). */
export function debugPattern(): string {
  return process.env.DEBUG ?? '';
}

/** Writes one debug line to stderr. */
export function writeDebug(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Emits a deprecation warning. */
export function emitDeprecation(message: string, code: string): void {
  process.emitWarning(message, { type: 'DeprecationWarning', code });
}

/** The MIME type of image bytes (`file-type`, loaded on first use), or undefined. */
export async function imageType(bytes: Uint8Array): Promise<string | undefined> {
  // A plain require: under `import()` Node would see this CommonJS package's exports as `default` only.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { fromBuffer } = require('file-type') as typeof import('file-type');
  return (await fromBuffer(toBytes(bytes)))?.mime;
}

function toKey(privateKey: ChannelJWTOptions['privateKey']): KeyObject {
  try {
    if (typeof privateKey === 'string') return nodeCrypto().createPrivateKey(privateKey);
    if (privateKey && typeof privateKey === 'object' && 'asymmetricKeyType' in privateKey) return privateKey as KeyObject;
    return nodeCrypto().createPrivateKey({ key: privateKey as JsonWebKey, format: 'jwk' });
  } catch {
    // The key itself is never echoed.
    throw new LineValidationError('privateKey', 'expected an RSA private key as a JWK object, a PEM string or a KeyObject; the value given could not be read');
  }
}

function checkedKey(privateKey: ChannelJWTOptions['privateKey']): KeyObject {
  const key = toKey(privateKey);
  if (key.type !== 'private') throw new LineValidationError('privateKey', `expected the private key, got a ${key.type} key`);
  if (key.asymmetricKeyType !== 'rsa') throw new LineValidationError('privateKey', `expected an RSA key, got ${key.asymmetricKeyType ?? 'an unknown key type'}`);
  const bits = key.asymmetricKeyDetails?.modulusLength;
  if (bits !== undefined && bits < 2048) throw new LineValidationError('privateKey', `LINE requires a 2048-bit RSA key, got ${bits} bits`, 'at least 2048 bits', bits);
  return key;
}

/** Checks an RSA private key (JWK, PEM or KeyObject): readable, private, RSA, at least 2048 bits. */
export function checkRS256Key(privateKey: ChannelJWTOptions['privateKey']): void {
  checkedKey(privateKey);
}

/** Checks an RSA private key (JWK, PEM or KeyObject) and signs `input` with RS256; the signature in base64url. */
export function signRS256(input: string, privateKey: ChannelJWTOptions['privateKey']): string {
  return nodeCrypto().sign('sha256', Buffer.from(input, 'utf8'), checkedKey(privateKey)).toString('base64url');
}

/** As {@link signRS256}, resolving the signature (the web build signs with Web Crypto, which is asynchronous). */
export async function signRS256Async(input: string, privateKey: ChannelJWTOptions['privateKey']): Promise<string> {
  return signRS256(input, privateKey);
}

/** A web ReadableStream answer body as this build's stream (a Readable on Node.js). */
export function fromWebStream(body: ReadableStream<Uint8Array> | null): Readable {
  const { Readable } = nodeStream();
  return body ? Readable.fromWeb(body as unknown as NodeWebStream) : Readable.from([]);
}

/** A streamed request body (a Readable or form-data) as a fetch body (a web ReadableStream). */
export function toWebBody(body: { pipe: Readable['pipe']; on?: Readable['on'] }): ReadableStream<Uint8Array> {
  const { PassThrough, Readable } = nodeStream();
  const pass = new PassThrough();
  body.on?.('error', (err: Error) => pass.destroy(err));
  body.pipe(pass);
  return Readable.toWeb(pass) as unknown as ReadableStream<Uint8Array>;
}
