import { createHmac } from 'node:crypto';

import { LineError } from '../../src/errors';
import { LineWebhookBodyError, validateSignature } from '../../src/webhook';
import { ESCAPED_EMOJI_BODY, OLD_SECRET, prng, SECRET, sign } from './helpers';

describe('validateSignature', () => {
  it('validates the raw body with escaped surrogate pairs, and rejects the re-serialised JSON', () => {
    const signature = sign(ESCAPED_EMOJI_BODY, SECRET);
    const reserialised = JSON.stringify(JSON.parse(ESCAPED_EMOJI_BODY));

    // What express.json() + JSON.stringify does: the escape becomes the literal emoji, so the bytes differ.
    expect(reserialised).toContain('\u{1F928}');
    expect(reserialised).not.toBe(ESCAPED_EMOJI_BODY);

    expect(validateSignature(ESCAPED_EMOJI_BODY, SECRET, signature)).toBe(true);
    expect(validateSignature(Buffer.from(ESCAPED_EMOJI_BODY), SECRET, signature)).toBe(true);
    expect(validateSignature(reserialised, SECRET, signature)).toBe(false);
  });

  it('treats a string as UTF-8 and accepts Buffer and plain Uint8Array alike', () => {
    const body = '{"events":[],"destination":"U1","text":"héllo 🤨 こんにちは"}';
    const signature = sign(body, SECRET);
    const buffer = Buffer.from(body, 'utf8');
    const plain = new Uint8Array(buffer.length);
    plain.set(buffer);
    // A Uint8Array that is a view into a larger ArrayBuffer must only use its own bytes.
    const padded = new Uint8Array(buffer.length + 8);
    padded.set(buffer, 4);
    const view = padded.subarray(4, 4 + buffer.length);

    expect(validateSignature(body, SECRET, signature)).toBe(true);
    expect(validateSignature(buffer, SECRET, signature)).toBe(true);
    expect(validateSignature(plain, SECRET, signature)).toBe(true);
    expect(validateSignature(view, SECRET, signature)).toBe(true);
    expect(validateSignature(Buffer.from(body, 'latin1'), SECRET, signature)).toBe(false);
  });

  it('accepts an ArrayBuffer (await request.arrayBuffer() in fetch-style runtimes), only its own bytes', async () => {
    const body = '{"events":[],"destination":"U1","text":"héllo 🤨"}';
    const signature = sign(body, SECRET);
    const fromFetch = await new Response(body).arrayBuffer();
    const local = new TextEncoder().encode(body).slice().buffer;
    expect(validateSignature(fromFetch, SECRET, signature)).toBe(true);
    expect(validateSignature(local, SECRET, signature)).toBe(true);
    expect(validateSignature(new ArrayBuffer(0), SECRET, sign('', SECRET))).toBe(true);
    expect(validateSignature(fromFetch, SECRET, sign(`${body} `, SECRET))).toBe(false);
  });

  it('returns false (never throws) for a missing, malformed or wrong-length signature', () => {
    const body = '{"events":[]}';
    const good = sign(body, SECRET);
    const cases: unknown[] = [
      undefined,
      null,
      '',
      good.slice(0, 43),
      `${good}=`,
      ` ${good}`,
      good.replace(/=$/, ''),
      'é'.repeat(22), // 44 bytes but 22 characters
      `${good.slice(0, 42)}é=`, // 44 chars, 45 bytes
      '!'.repeat(44),
      Buffer.from(good, 'base64').toString('hex'),
      createHmac('sha256', SECRET).update(body).digest('base64url'),
      123,
      { signature: good },
      [good],
    ];
    for (const signature of cases) {
      expect(() => validateSignature(body, SECRET, signature as string)).not.toThrow();
      expect(validateSignature(body, SECRET, signature as string)).toBe(false);
    }
  });

  it('accepts the header value type of node:http and rejects a repeated header', () => {
    const body = '{"events":[]}';
    const headers: import('node:http').IncomingHttpHeaders = { 'x-line-signature': sign(body, SECRET) };
    expect(validateSignature(body, SECRET, headers['x-line-signature'])).toBe(true);
    expect(validateSignature(body, SECRET, [sign(body, SECRET)])).toBe(false);
  });

  it('rejects a signature made with another secret, and one with a flipped character', () => {
    const body = '{"events":[]}';
    const good = sign(body, SECRET);
    expect(validateSignature(body, SECRET, sign(body, 'another-secret'))).toBe(false);
    const flipped = (good[0] === 'A' ? 'B' : 'A') + good.slice(1);
    expect(validateSignature(body, SECRET, flipped)).toBe(false);
  });

  it('returns false for an empty or non-string secret', () => {
    const body = '{"events":[]}';
    expect(validateSignature(body, '', sign(body, ''))).toBe(false);
    expect(validateSignature(body, [], sign(body, SECRET))).toBe(false);
    expect(validateSignature(body, undefined as unknown as string, sign(body, SECRET))).toBe(false);
    expect(validateSignature(body, [42, null] as unknown as string[], sign(body, SECRET))).toBe(false);
  });

  it('accepts any of several secrets during secret rotation', () => {
    const body = '{"events":[]}';
    const byOld = sign(body, OLD_SECRET);
    expect(validateSignature(body, [SECRET, OLD_SECRET], byOld)).toBe(true);
    expect(validateSignature(body, [OLD_SECRET, SECRET], sign(body, SECRET))).toBe(true);
    expect(validateSignature(body, ['', OLD_SECRET], byOld)).toBe(true);
    expect(validateSignature(body, [SECRET], byOld)).toBe(false);
  });

  it('compares with crypto.timingSafeEqual, once per secret, with no early exit on a match', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const crypto = require('node:crypto') as typeof import('node:crypto');
    const spy = jest.spyOn(crypto, 'timingSafeEqual');
    try {
      const body = '{"events":[]}';
      expect(validateSignature(body, [SECRET, OLD_SECRET, 'third-secret'], sign(body, SECRET))).toBe(true);
      expect(spy).toHaveBeenCalledTimes(3);
      spy.mockClear();
      expect(validateSignature(body, [SECRET, OLD_SECRET], sign(body, 'another'))).toBe(false);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });

  it('throws an explanatory LineWebhookBodyError for an already-parsed body', () => {
    const parsed = JSON.parse(ESCAPED_EMOJI_BODY) as object;
    const call = (): boolean => validateSignature(parsed as unknown as string, SECRET, sign(ESCAPED_EMOJI_BODY, SECRET));
    expect(call).toThrow(LineWebhookBodyError);
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LineError);
    expect(error).not.toBeInstanceOf(TypeError);
    const { message, reason, statusCode } = error as LineWebhookBodyError;
    expect(reason).toBe('already-parsed');
    expect(statusCode).toBe(500);
    expect(message).toMatch(/already-parsed object/);
    expect(message).toMatch(/before express\.json\(\)/);
    expect(message).toContain("express.raw({ type: 'application/json' })");
    expect(message).toContain('req.rawBody');
    expect(message).not.toContain(SECRET);
  });

  it('throws an explanatory LineWebhookBodyError for a missing body instead of a crypto TypeError', () => {
    for (const body of [undefined, null, 42, new Uint16Array(2)]) {
      expect(() => validateSignature(body as unknown as string, SECRET, 'x')).toThrow(LineWebhookBodyError);
    }
    expect(() => validateSignature(undefined as unknown as string, SECRET, 'x')).toThrow(/got undefined/);
  });

  it('fuzz: never throws and agrees with a reference computation (2,000 seeded cases)', () => {
    const random = prng(0x11e);
    const int = (n: number): number => Math.floor(random() * n);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=é🤨 \\"{}';
    const randomString = (max: number): string => {
      let s = '';
      const length = int(max);
      for (let i = 0; i < length; i += 1) {
        const pick = random();
        if (pick < 0.7) s += alphabet[int(alphabet.length)];
        else if (pick < 0.8) s += String.fromCharCode(0xd800 + int(0x800)); // lone surrogates
        else s += String.fromCodePoint(int(0x110000)).replace(/[\uD800-\uDFFF]/u, 'x'); // any code point but a surrogate
      }
      return s;
    };
    const reference = (body: string | Uint8Array, secrets: string[], signature: unknown): boolean =>
      typeof signature === 'string' &&
      secrets.some((s) => s.length > 0 && sign(body, s) === signature);

    let matches = 0;
    for (let i = 0; i < 2000; i += 1) {
      const asString = random() < 0.5;
      const body: string | Uint8Array = asString
        ? randomString(200)
        : Uint8Array.from({ length: int(200) }, () => int(256));
      const secrets = Array.from({ length: 1 + int(3) }, () => (random() < 0.1 ? '' : randomString(40)));
      const good = sign(body, secrets[int(secrets.length)]);
      let signature: unknown;
      switch (int(7)) {
        case 0:
          signature = good;
          break;
        case 1: {
          const at = int(43);
          const replacement = alphabet[int(64)];
          signature = good.slice(0, at) + replacement + good.slice(at + 1);
          break;
        }
        case 2:
          signature = good.slice(0, int(good.length));
          break;
        case 3:
          signature = randomString(60);
          break;
        case 4:
          signature = random() < 0.5 ? undefined : null;
          break;
        case 5:
          signature = good + randomString(3);
          break;
        default:
          signature = Buffer.from(Array.from({ length: 32 }, () => int(256))).toString('base64');
      }
      const channelSecret = secrets.length === 1 && random() < 0.5 ? secrets[0] : secrets;
      let actual: boolean | undefined;
      expect(() => {
        actual = validateSignature(body, channelSecret, signature as string);
      }).not.toThrow();
      const expected = reference(body, secrets, signature);
      if (actual !== expected) {
        throw new Error(`case ${i}: expected ${expected}, got ${actual}`);
      }
      if (expected) matches += 1;
    }
    // The generator produces both outcomes in quantity.
    expect(matches).toBeGreaterThan(200);
    expect(matches).toBeLessThan(1800);
  });
});
