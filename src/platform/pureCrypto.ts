/**
 * Synchronous SHA-256, HMAC-SHA256 and RS256 (RSASSA-PKCS1-v1_5 with SHA-256) on web standards only (Uint8Array,
 * BigInt), for the web build, where the API these serve is synchronous and Web Crypto is not:
 * `client.validateSignature` and `LineClient.createChannelJWT`. Only platform/index.web.ts imports this; the Node.js
 * build uses node:crypto. A test checks every function against node:crypto.
 *
 * @internal
 */

const rotr = (x: number, n: number): number => (x >>> n) | (x << (32 - n));

/** The first 32 bits of the fractional parts of the square roots (H) and cube roots (K) of the first primes. */
function fractions(count: number, root: number): Uint32Array {
  const out = new Uint32Array(count);
  for (let n = 2, found = 0; found < count; n++) {
    let prime = true;
    for (let f = 2; f * f <= n; f++) if (n % f === 0) prime = false;
    if (prime) out[found++] = ((n ** (1 / root) % 1) * 0x100000000) >>> 0;
  }
  return out;
}

const H0 = fractions(8, 2);
const K = fractions(64, 3);

/** SHA-256 of bytes. */
export function sha256(data: Uint8Array): Uint8Array {
  const length = data.length;
  const padded = (((length + 8) >> 6) + 1) << 6;
  const buf = new Uint8Array(padded);
  buf.set(data);
  buf[length] = 0x80;
  const view = new DataView(buf.buffer);
  view.setUint32(padded - 4, (length * 8) >>> 0);
  view.setUint32(padded - 8, Math.floor(length / 0x20000000));
  const h = Uint32Array.from(H0);
  const w = new Uint32Array(64);
  for (let off = 0; off < padded; off += 64) {
    for (let t = 0; t < 16; t++) w[t] = view.getUint32(off + t * 4);
    for (let t = 16; t < 64; t++) {
      const s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
      const s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) >>> 0;
    }
    let [a, b, c, d, e, f, g, k] = h;
    for (let t = 0; t < 64; t++) {
      const t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) >>> 0;
      const t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) >>> 0;
      k = g;
      g = f;
      f = e;
      e = (d + t1) >>> 0;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) >>> 0;
    }
    [a, b, c, d, e, f, g, k].forEach((v, i) => (h[i] = (h[i] + v) >>> 0));
  }
  const out = new Uint8Array(32);
  const outView = new DataView(out.buffer);
  h.forEach((v, i) => outView.setUint32(i * 4, v));
  return out;
}

/** HMAC-SHA256 of `data` with `key`. */
export function hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array {
  const block = new Uint8Array(64);
  block.set(key.length > 64 ? sha256(key) : key);
  const inner = new Uint8Array(64 + data.length);
  const outer = new Uint8Array(64 + 32);
  for (let i = 0; i < 64; i++) {
    inner[i] = block[i] ^ 0x36;
    outer[i] = block[i] ^ 0x5c;
  }
  inner.set(data, 64);
  outer.set(sha256(inner), 64);
  return sha256(outer);
}

/** An RSA private key's numbers. */
export interface RsaPrivateKey {
  n: bigint;
  d: bigint;
  p?: bigint;
  q?: bigint;
  dp?: bigint;
  dq?: bigint;
  qi?: bigint;
}

const toBigInt = (bytes: Uint8Array): bigint => {
  let hex = '';
  for (const b of bytes) hex += b.toString(16).padStart(2, '0');
  return BigInt(`0x${hex || '0'}`);
};

function fromBase64(text: string): Uint8Array {
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/').replace(/\s+/g, '').padEnd(Math.ceil(text.replace(/\s+/g, '').length / 4) * 4, '='));
  return Uint8Array.from(bin, (ch) => ch.charCodeAt(0));
}

/** Reads one DER element at `at`: its tag, and where its value starts and ends. */
function der(bytes: Uint8Array, at: number): { tag: number; start: number; end: number } {
  const tag = bytes[at];
  let len = bytes[at + 1];
  let start = at + 2;
  if (len & 0x80) {
    const count = len & 0x7f;
    len = 0;
    for (let i = 0; i < count; i++) len = len * 256 + bytes[start + i];
    start += count;
  }
  if (tag === undefined || start + len > bytes.length) throw new Error('truncated DER');
  return { tag, start, end: start + len };
}

/** The integers of a DER SEQUENCE. */
function derIntegers(bytes: Uint8Array, seq: { start: number; end: number }): bigint[] {
  const out: bigint[] = [];
  for (let at = seq.start; at < seq.end; ) {
    const el = der(bytes, at);
    if (el.tag !== 0x02) throw new Error('expected an INTEGER');
    out.push(toBigInt(bytes.subarray(el.start, el.end)));
    at = el.end;
  }
  return out;
}

/** An RSA private key from a PEM (PKCS#8 `PRIVATE KEY` or PKCS#1 `RSA PRIVATE KEY`); throws when it is not one. */
export function rsaKeyFromPem(pem: string): RsaPrivateKey {
  const match = /-----BEGIN (RSA )?PRIVATE KEY-----([\s\S]*?)-----END \1?PRIVATE KEY-----/.exec(pem);
  if (!match) throw new Error('not a PEM private key');
  let bytes = fromBase64(match[2] as string);
  let seq = der(bytes, 0);
  if (!match[1]) {
    // PKCS#8: version, algorithm (rsaEncryption, 1.2.840.113549.1.1.1), then the PKCS#1 key in an OCTET STRING.
    const version = der(bytes, seq.start);
    const algorithm = der(bytes, version.end);
    const oid = der(bytes, algorithm.start);
    if (Array.from(bytes.subarray(oid.start, oid.end)).join() !== '42,134,72,134,247,13,1,1,1') throw new Error('not an RSA key');
    const inner = der(bytes, algorithm.end);
    bytes = bytes.subarray(inner.start, inner.end);
    seq = der(bytes, 0);
  }
  const [, n, , d, p, q, dp, dq, qi] = derIntegers(bytes, seq);
  if (n === undefined || d === undefined) throw new Error('not an RSA private key');
  return { n, d, p, q, dp, dq, qi };
}

/** An RSA private key from a JWK; throws when it is not one. */
export function rsaKeyFromJwk(jwk: Record<string, unknown>): RsaPrivateKey {
  if (jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.d !== 'string') throw new Error('not an RSA private JWK');
  const num = (name: string): bigint | undefined => (typeof jwk[name] === 'string' ? toBigInt(fromBase64(jwk[name] as string)) : undefined);
  return { n: num('n') as bigint, d: num('d') as bigint, p: num('p'), q: num('q'), dp: num('dp'), dq: num('dq'), qi: num('qi') };
}

/** The bit length of the modulus. */
export function modulusBits(key: RsaPrivateKey): number {
  return key.n.toString(2).length;
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n;
  let b = base % modulus;
  let e = exponent;
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus;
    b = (b * b) % modulus;
    e >>= 1n;
  }
  return result;
}

/** The DER prefix of a SHA-256 DigestInfo (RFC 8017, section 9.2). */
const SHA256_DIGEST_INFO = [0x30, 0x31, 0x30, 0x0d, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05, 0x00, 0x04, 0x20];

/** RSASSA-PKCS1-v1_5 with SHA-256 (RS256) of `data`: the signature bytes. */
export function rs256(key: RsaPrivateKey, data: Uint8Array): Uint8Array {
  const k = Math.ceil(modulusBits(key) / 8);
  const t = [...SHA256_DIGEST_INFO, ...sha256(data)];
  const em = new Uint8Array(k);
  em[1] = 0x01;
  em.fill(0xff, 2, k - t.length - 1);
  em.set(t, k - t.length);
  const m = toBigInt(em);
  let s: bigint;
  if (key.p && key.q && key.dp && key.dq && key.qi) {
    // The Chinese remainder theorem: two half-size exponentiations.
    const m1 = modPow(m, key.dp, key.p);
    const m2 = modPow(m, key.dq, key.q);
    const h = (((m1 - m2) % key.p) + key.p) % key.p;
    s = m2 + ((key.qi * h) % key.p) * key.q;
  } else {
    s = modPow(m, key.d, key.n);
  }
  const hex = s.toString(16).padStart(k * 2, '0');
  return Uint8Array.from({ length: k }, (_, i) => parseInt(hex.slice(i * 2, i * 2 + 2), 16));
}
