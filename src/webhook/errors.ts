/**
 * Errors thrown by the webhook helpers. None of them ever holds the channel secret.
 *
 * @packageDocumentation
 */

import { LineError } from '../errors';

/**
 * Why a signature was rejected: `missing` when there was no `x-line-signature` header (or it was not a
 * string), `mismatch` when it does not match the body for any of the configured channel secrets.
 */
export type LineSignatureErrorReason = 'missing' | 'mismatch';

/**
 * The `x-line-signature` of a webhook request is missing or does not match the raw request body.
 *
 * @remarks
 * The middleware answers it with HTTP 401 (its {@link LineSignatureError.statusCode}). If every request
 * fails, check that the channel secret belongs to the channel that sends the webhook, and that nothing
 * (a JSON body parser, a proxy) changed the body before it was validated.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export class LineSignatureError extends LineError {
  /** HTTP status a server should answer with: 401. */
  readonly statusCode = 401;

  /** Whether the signature was missing or wrong. */
  readonly reason: LineSignatureErrorReason;

  /**
   * Creates the error; the default message says what to check.
   *
   * @param reason - whether the signature was missing or wrong
   * @param message - overrides the default message; must not contain the channel secret
   */
  constructor(reason: LineSignatureErrorReason, message?: string) {
    super(
      message ??
        (reason === 'missing'
          ? 'LINE webhook: the x-line-signature header is missing. Requests without it do not come from the LINE Platform.'
          : 'LINE webhook: the x-line-signature header does not match the request body. Check the channel secret, ' +
            'and validate the raw body bytes exactly as received (a JSON body parser that ran first changes them).'),
    );
    this.reason = reason;
  }
}

/**
 * Why a webhook body could not be used:
 *
 * - `already-parsed`: a JSON body parser turned the body into an object before the signature was checked;
 * - `already-consumed`: something read the request stream and kept no copy of the bytes;
 * - `invalid-body`: the body is not a string, Buffer, Uint8Array or ArrayBuffer;
 * - `invalid-json`: the signature is valid but the body is not a JSON webhook request body;
 * - `too-large`: the body is larger than the configured limit;
 * - `read-failed`: the request stream failed (for example the client went away).
 */
export type LineWebhookBodyErrorReason =
  | 'already-parsed'
  | 'already-consumed'
  | 'invalid-body'
  | 'invalid-json'
  | 'too-large'
  | 'read-failed';

const STATUS_BY_REASON: Readonly<Record<LineWebhookBodyErrorReason, number>> = {
  'already-parsed': 500,
  'already-consumed': 500,
  'invalid-body': 500,
  'invalid-json': 400,
  'too-large': 413,
  'read-failed': 400,
};

/**
 * The webhook request body is unusable: already parsed, not JSON, too large, or unreadable.
 *
 * @remarks
 * The most common cause is a JSON body parser (for example `express.json()` or `bodyParser.json()`) running
 * before the webhook middleware: the signature must be computed over the exact bytes LINE sent, and
 * re-serialising a parsed object changes them (escaped emoji such as `\uD83E\uDD28` is the classic case).
 * The message explains how to fix it. {@link LineWebhookBodyError.statusCode} is the HTTP status a server
 * should answer with: 500 for server misconfiguration, 400 for a bad body, 413 for a body over the limit.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export class LineWebhookBodyError extends LineError {
  /** HTTP status a server should answer with. */
  readonly statusCode: number;

  /** What was wrong with the body. */
  readonly reason: LineWebhookBodyErrorReason;

  /**
   * Creates the error.
   *
   * @param reason - what was wrong with the body
   * @param message - what happened and how to fix it; must not contain the channel secret
   * @param options - standard `ErrorOptions` (`cause`)
   */
  constructor(reason: LineWebhookBodyErrorReason, message: string, options?: ErrorOptions) {
    super(message, options);
    this.reason = reason;
    this.statusCode = STATUS_BY_REASON[reason];
  }
}

/** Explanation shared by every "the raw body is gone" error. */
const HOW_TO_KEEP_THE_RAW_BODY =
  'The signature is computed over the exact bytes LINE sent, so validate the raw body: mount the LINE ' +
  "middleware before express.json()/bodyParser.json() (or on its own route), or use express.raw({ type: 'application/json' }) " +
  'for the webhook route, or pass req.rawBody (Firebase, Google Cloud Functions) to validateSignature()/parseWebhook().';

/**
 * Builds the error for a body that a JSON body parser already turned into an object.
 *
 * @internal
 * @param where - where the object was found, for example `req.body` or `the rawBody argument`
 * @returns the explanatory error
 */
export function alreadyParsedError(where: string): LineWebhookBodyError {
  return new LineWebhookBodyError(
    'already-parsed',
    `LINE webhook: ${where} is an already-parsed object, not the raw request body. ${HOW_TO_KEEP_THE_RAW_BODY}`,
  );
}

/**
 * Builds the error for a request stream that was read by someone else.
 *
 * @internal
 * @returns the explanatory error
 */
export function alreadyConsumedError(): LineWebhookBodyError {
  return new LineWebhookBodyError(
    'already-consumed',
    'LINE webhook: the request body stream was already read by another middleware and no raw copy was kept ' +
      `(neither req.rawBody nor a Buffer/string req.body). ${HOW_TO_KEEP_THE_RAW_BODY}`,
  );
}

/**
 * Builds the error for a body of an unusable type (`undefined`, a number...).
 *
 * @internal
 * @param where - where the value was found
 * @param value - the value
 * @returns the explanatory error
 */
export function invalidBodyError(where: string, value: unknown): LineWebhookBodyError {
  const kind = value === null ? 'null' : typeof value;
  return new LineWebhookBodyError(
    'invalid-body',
    `LINE webhook: ${where} must be the raw request body as a string, Buffer, Uint8Array or ArrayBuffer, got ${kind}. ${HOW_TO_KEEP_THE_RAW_BODY}`,
  );
}
