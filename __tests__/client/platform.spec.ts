/**
 * The web build's platform twins (src/platform/index.web.ts, src/webhook/signature.web.ts: `@noble/hashes` for SHA-1
 * and HMAC-SHA256, Web Crypto for RS256) give what the Node.js build gives: the same hashes, encodings, HMAC
 * signatures and RS256 signatures (RSASSA-PKCS1-v1_5 is deterministic, so the JWT signed on the web build must be
 * byte for byte node:crypto's, and verify with the public key), and the same exports.
 */
import { hmac } from '@noble/hashes/hmac';
import { sha256 } from '@noble/hashes/sha2';
import { createHash, createHmac, generateKeyPairSync, randomBytes, verify } from 'node:crypto';

import * as node from '../../src/platform';
import * as web from '../../src/platform/index.web';
import * as nodeSignature from '../../src/webhook/signature';
import * as webSignature from '../../src/webhook/signature.web';
import { LineError, LineValidationError } from '../../src/errors';

const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const small = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;

describe('web platform twin', () => {
  it('exports what the Node.js platform exports', () => {
    expect(Object.keys(web).sort()).toEqual(Object.keys(node).sort());
  });

  it('sha256, HMAC-SHA256 (@noble/hashes, as the web twins use them) and sha1Hex match node:crypto around every block boundary', () => {
    for (const length of [0, 1, 3, 55, 56, 63, 64, 65, 119, 120, 200, 1000]) {
      const data = randomBytes(length);
      expect(Buffer.from(sha256(data)).toString('hex')).toBe(createHash('sha256').update(data).digest('hex'));
      const key = randomBytes(length % 100);
      expect(Buffer.from(hmac(sha256, key, data)).toString('hex')).toBe(createHmac('sha256', key).update(data).digest('hex'));
      const text = `${data.toString('base64')}\n日本語`;
      expect(web.sha1Hex(text)).toBe(node.sha1Hex(text));
    }
  });

  it('encodes base64, base64url and UTF-8 as Buffer does, and hands out Uint8Arrays', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'channel:secret', 'ü€😀']) {
      expect(web.base64(text)).toBe(node.base64(text));
      expect(web.base64url(text)).toBe(node.base64url(text));
    }
    const bytes = web.concatBytes(['a', new Uint8Array([0xe2, 0x82, 0xac])]);
    expect(bytes.constructor).toBe(Uint8Array);
    expect(web.utf8(bytes)).toBe('a€');
    expect(web.toBytes(new ArrayBuffer(3)).constructor).toBe(Uint8Array);
    expect(web.randomUUID()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('sniffs PNG and JPEG by their magic bytes', async () => {
    expect(await web.imageType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]))).toBe('image/png');
    expect(await web.imageType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(await web.imageType(Buffer.from('GIF89a'))).toBeUndefined();
  });

  it('signs RS256 with Web Crypto exactly as node:crypto does, from a JWK and a PKCS#8 PEM; the signature verifies', async () => {
    const input = 'eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiIxMjM0In0';
    const expected = node.signRS256(input, privateKey);
    const fromJwk = await web.signRS256Async(input, privateKey.export({ format: 'jwk' }));
    expect(fromJwk).toBe(expected);
    expect(await web.signRS256Async(input, privateKey.export({ format: 'pem', type: 'pkcs8' }) as string)).toBe(expected);
    expect(verify('sha256', Buffer.from(input), publicKey, Buffer.from(fromJwk, 'base64url'))).toBe(true);
    expect(verify('sha256', Buffer.from(`${input}x`), publicKey, Buffer.from(fromJwk, 'base64url'))).toBe(false);
    expect(await node.signRS256Async(input, privateKey)).toBe(expected);
  });

  it('has no synchronous RS256: signRS256 throws a LineError pointing to createChannelJWTAsync', () => {
    expect(() => web.signRS256('x', privateKey.export({ format: 'jwk' }))).toThrow(LineError);
    expect(() => web.signRS256('x', privateKey.export({ format: 'jwk' }))).toThrow(/createChannelJWTAsync/);
  });

  it('rejects what node:crypto rejects, and PKCS#1 PEM with the openssl command, without echoing the key', async () => {
    const jwk = privateKey.export({ format: 'jwk' });
    await expect(web.signRS256Async('x', { kty: 'RSA', n: jwk.n, e: jwk.e })).rejects.toThrow(/got a public key/);
    await expect(web.signRS256Async('x', publicKey.export({ format: 'pem', type: 'spki' }) as string)).rejects.toThrow(/got a public key/);
    await expect(web.signRS256Async('x', 'not a key')).rejects.toThrow(LineValidationError);
    await expect(web.signRS256Async('x', privateKey)).rejects.toThrow(/no KeyObject/);
    await expect(web.signRS256Async('x', small.export({ format: 'jwk' }))).rejects.toThrow(/2048-bit RSA key, got 1024 bits/);
    await expect(web.signRS256Async('x', small.export({ format: 'pem', type: 'pkcs8' }) as string)).rejects.toThrow(/2048-bit RSA key, got 1024 bits/);
    const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({ format: 'jwk' });
    await expect(web.signRS256Async('x', ec)).rejects.toThrow(/expected an RSA key, got EC/);
    const pkcs1 = privateKey.export({ format: 'pem', type: 'pkcs1' }) as string;
    const error = await web.signRS256Async('x', pkcs1).catch((e: unknown) => e as LineValidationError);
    expect(error).toBeInstanceOf(LineValidationError);
    expect((error as Error).message).toMatch(/openssl pkcs8 -topk8 -nocrypt/);
    const broken = `-----BEGIN PRIVATE KEY-----\nSECRETSECRET${pkcs1.slice(40, 200).replace(/\n/g, '')}\n-----END PRIVATE KEY-----`;
    const unreadable = await web.signRS256Async('x', broken).catch((e: unknown) => e as Error);
    expect(unreadable).toBeInstanceOf(LineValidationError);
    expect(`${String(unreadable)} ${JSON.stringify(unreadable)}`).not.toMatch(/SECRET/);
    // The synchronous check (client construction with assertionKey) says the same for the shape.
    expect(() => web.checkRS256Key(pkcs1)).toThrow(/openssl/);
    expect(() => web.checkRS256Key(jwk)).not.toThrow();
  });
});

describe('web validateSignature twin', () => {
  it('agrees with the Node.js one', () => {
    const body = JSON.stringify({ destination: 'U1', events: [{ text: 'こんにちは 😀' }] });
    const signature = createHmac('sha256', 'secret-1').update(body).digest('base64');
    for (const [raw, secret, sig] of [
      [body, 'secret-1', signature],
      [Buffer.from(body), ['old', 'secret-1'], signature],
      [new TextEncoder().encode(body).buffer, 'secret-1', signature],
      [body, 'secret-2', signature],
      [body, 'secret-1', signature.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))],
      [body, 'secret-1', undefined],
      [body, '', signature],
    ] as const) {
      expect(webSignature.validateSignature(raw as string, secret as string, sig)).toBe(nodeSignature.validateSignature(raw as string, secret as string, sig));
    }
    expect(() => webSignature.validateSignature({ events: [] } as unknown as string, 's', signature)).toThrow(/raw/i);
  });
});
