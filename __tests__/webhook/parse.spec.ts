import { inspect } from 'node:util';

import { LineError } from '../../src/errors';
import {
  LineSignatureError,
  LineWebhookBodyError,
  parseWebhook,
  type LineWebhookBodyErrorReason,
  type WebhookRequestBody,
} from '../../src/webhook';
import { ESCAPED_EMOJI_BODY, OLD_SECRET, SECRET, sign } from './helpers';

function catchError(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

/** The secret must not appear anywhere a user could print or serialise the error. */
function expectNoSecret(error: unknown, secret: string): void {
  const e = error as Error;
  expect(e.message).not.toContain(secret);
  expect(JSON.stringify(e)).not.toContain(secret);
  expect(inspect(e, { showHidden: true, depth: null })).not.toContain(secret);
  expect(String(e.stack)).not.toContain(secret);
  for (const key of Reflect.ownKeys(e)) {
    expect(inspect((e as unknown as Record<PropertyKey, unknown>)[key], { showHidden: true, depth: null })).not.toContain(secret);
  }
}

describe('parseWebhook', () => {
  it('returns the typed body for a valid signature, keeping the emoji intact', () => {
    const body: WebhookRequestBody = parseWebhook(ESCAPED_EMOJI_BODY, sign(ESCAPED_EMOJI_BODY, SECRET), SECRET);
    expect(body.destination).toBe('U0123456789abcdef0123456789abcdef');
    const [event] = body.events;
    if (event.type !== 'message' || event.message.type !== 'text') throw new Error('wrong event');
    expect(event.message.text).toBe('\u{1F928} hi こん');
    expect(event.deliveryContext.isRedelivery).toBe(false);
  });

  it('accepts Buffer and Uint8Array bodies and rotated secrets', () => {
    const raw = Buffer.from(ESCAPED_EMOJI_BODY);
    expect(parseWebhook(raw, sign(raw, OLD_SECRET), [SECRET, OLD_SECRET]).events).toHaveLength(1);
    expect(parseWebhook(new Uint8Array(raw), sign(raw, SECRET), [SECRET]).events).toHaveLength(1);
  });

  it('accepts an ArrayBuffer body (await request.arrayBuffer() in fetch-style runtimes)', async () => {
    const request = new Request('http://127.0.0.1/webhook', { method: 'POST', body: ESCAPED_EMOJI_BODY });
    const raw = await request.arrayBuffer();
    const body = parseWebhook(raw, sign(ESCAPED_EMOJI_BODY, SECRET), SECRET);
    const [event] = body.events;
    if (event.type !== 'message' || event.message.type !== 'text') throw new Error('wrong event');
    expect(event.message.text).toBe('\u{1F928} hi こん');
    expect(catchError(() => parseWebhook(raw, sign('{}', SECRET), SECRET))).toBeInstanceOf(LineSignatureError);
  });

  it('accepts the empty events array LINE sends to verify the URL', () => {
    const raw = '{"destination":"U0123456789abcdef0123456789abcdef","events":[]}';
    expect(parseWebhook(raw, sign(raw, SECRET), SECRET)).toEqual({
      destination: 'U0123456789abcdef0123456789abcdef',
      events: [],
    });
  });

  it('throws LineSignatureError for a missing or wrong signature, checking it before parsing', () => {
    const missing = catchError(() => parseWebhook('not json', undefined, SECRET));
    expect(missing).toBeInstanceOf(LineSignatureError);
    expect(missing).toBeInstanceOf(LineError);
    expect(missing).toMatchObject({ reason: 'missing', statusCode: 401, name: 'LineSignatureError' });

    const wrong = catchError(() => parseWebhook('not json', sign('not json', 'other'), SECRET));
    expect(wrong).toMatchObject({ reason: 'mismatch', statusCode: 401 });

    expect(catchError(() => parseWebhook('{}', [sign('{}', SECRET)], SECRET))).toMatchObject({ reason: 'mismatch' });
    expect(catchError(() => parseWebhook('{}', '', SECRET))).toMatchObject({ reason: 'missing' });

    const reserialised = JSON.stringify(JSON.parse(ESCAPED_EMOJI_BODY));
    expect(() => parseWebhook(reserialised, sign(ESCAPED_EMOJI_BODY, SECRET), SECRET)).toThrow(LineSignatureError);
  });

  it.each<[string, string, LineWebhookBodyErrorReason]>([
    ['invalid JSON', '{"events": [', 'invalid-json'],
    ['a JSON array', '[]', 'invalid-json'],
    ['no events', '{"destination":"U1"}', 'invalid-json'],
    ['events not objects', '{"destination":"U1","events":[1]}', 'invalid-json'],
    ['a non-string destination', '{"destination":1,"events":[]}', 'invalid-json'],
  ])('throws LineWebhookBodyError (400) for a signed body with %s', (_label, raw, reason) => {
    const error = catchError(() => parseWebhook(raw, sign(raw, SECRET), SECRET));
    expect(error).toBeInstanceOf(LineWebhookBodyError);
    expect(error).toMatchObject({ reason, statusCode: 400 });
  });

  it('throws the explanatory LineWebhookBodyError for an already-parsed body', () => {
    const error = catchError(() =>
      parseWebhook(JSON.parse(ESCAPED_EMOJI_BODY) as string, sign(ESCAPED_EMOJI_BODY, SECRET), SECRET),
    );
    expect(error).toBeInstanceOf(LineWebhookBodyError);
    expect((error as Error).message).toMatch(/already-parsed object.*raw body.*express\.raw/s);
  });

  it('throws a LineError when no usable channel secret is configured', () => {
    for (const secret of ['', [], [''], undefined]) {
      const error = catchError(() => parseWebhook('{}', 'x', secret as string));
      expect(error).toBeInstanceOf(LineError);
      expect((error as Error).message).toMatch(/channelSecret must be a non-empty string/);
    }
  });

  it('never exposes the channel secret in any error', () => {
    const secret = 'SUPER-SECRET-do-not-leak-42';
    const raw = '{"events":';
    const errors = [
      catchError(() => parseWebhook(raw, undefined, secret)),
      catchError(() => parseWebhook(raw, sign(raw, 'other'), [secret, OLD_SECRET])),
      catchError(() => parseWebhook(raw, sign(raw, secret), secret)),
      catchError(() => parseWebhook({} as string, sign(raw, secret), secret)),
      catchError(() => parseWebhook(undefined as unknown as string, sign(raw, secret), secret)),
    ];
    expect(errors.map((e) => (e as { reason?: string }).reason)).toEqual([
      'missing',
      'mismatch',
      'invalid-json',
      'already-parsed',
      'invalid-body',
    ]);
    for (const error of errors) expectNoSecret(error, secret);
    // The JSON view carries the useful fields.
    expect(JSON.parse(JSON.stringify(errors[1]))).toEqual(
      expect.objectContaining({ name: 'LineSignatureError', reason: 'mismatch', statusCode: 401 }),
    );
  });
});
