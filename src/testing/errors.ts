import type { JsonObject, LineErrorBody, LineErrorDetail } from './types';

/** LINE's error bodies that tests commonly need (see {@link LINE_ERROR_BODIES}). */
export interface LineErrorBodies {
  /** 429 when the per-endpoint rate limit is exceeded. */
  readonly rateLimit: LineErrorBody;
  /** 429 when the monthly message quota is used up. */
  readonly monthlyLimit: LineErrorBody;
  /** 401 without a usable `Authorization: Bearer` header. */
  readonly authorizationRequired: LineErrorBody;
  /** 401 with an unknown or revoked token. */
  readonly authenticationFailed: LineErrorBody;
  /** 404 for unknown paths and resources. */
  readonly notFound: LineErrorBody;
  /** 400 for a reply token that was used, expired, or never issued. */
  readonly invalidReplyToken: LineErrorBody;
  /** 409 for a repeated `X-Line-Retry-Key`. */
  readonly retryKeyAccepted: LineErrorBody;
  /** 400 for an `X-Line-Retry-Key` that is not a UUID. */
  readonly invalidRetryKey: LineErrorBody;
  /** 5xx injected by a fault. */
  readonly internalServerError: LineErrorBody;
}

/**
 * LINE's error bodies that tests commonly need, for example to inject with a fault:
 * `server.faults.add({ status: 429, body: LINE_ERROR_BODIES.monthlyLimit })`.
 */
export const LINE_ERROR_BODIES: LineErrorBodies = Object.freeze({
  rateLimit: { message: 'The API rate limit has been exceeded. Try again later.' },
  monthlyLimit: { message: 'You have reached your monthly limit.' },
  authorizationRequired: {
    message: "Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'",
  },
  authenticationFailed: {
    message: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
  },
  notFound: { message: 'Not found' },
  invalidReplyToken: { message: 'Invalid reply token' },
  retryKeyAccepted: { message: 'The retry key is already accepted' },
  invalidRetryKey: { message: "The value for the 'X-Line-Retry-Key' parameter is invalid" },
  internalServerError: { message: 'Internal Server Error' },
});

/** The error body of LINE's OAuth endpoints (channel access tokens, module attach). */
export interface OAuthErrorBody {
  /** The error code, for example `invalid_client`. */
  readonly error: string;
  /** What is wrong. */
  readonly error_description: string;
}

/** A LINE error answer; handlers throw it and the pipeline sends it. */
export class DummyErrorAnswer extends Error {
  /**
   * @param status - the HTTP status
   * @param body - LINE's error body (or the OAuth one)
   * @param headers - extra response headers
   */
  constructor(
    readonly status: number,
    readonly body: LineErrorBody | OAuthErrorBody,
    readonly headers?: Readonly<Record<string, string>>,
  ) {
    super('message' in body ? body.message : body.error_description);
    this.name = 'DummyErrorAnswer';
  }
}

/**
 * Builds the 400 of LINE's OAuth endpoints.
 *
 * @param description - what is wrong
 * @param error - the OAuth error code; `invalid_request` by default
 * @param status - the HTTP status; 400 by default
 * @returns the error to throw
 */
export function oauthError(description: string, error = 'invalid_request', status = 400): DummyErrorAnswer {
  return new DummyErrorAnswer(status, { error, error_description: description });
}

/**
 * Builds LINE's 400 validation error from per-property details.
 *
 * @param details - what is wrong, where
 * @returns the error to throw
 */
export function validationError(details: readonly LineErrorDetail[]): DummyErrorAnswer {
  return new DummyErrorAnswer(400, { message: `The request body has ${details.length} error(s)`, details });
}

/**
 * Builds LINE's error for a property of the wrong JSON type.
 *
 * @param property - the property name
 * @returns the error to throw
 */
export function invalidPropertyError(property: string): DummyErrorAnswer {
  return new DummyErrorAnswer(400, {
    message: `The property, '${property}', in the request body is invalid (line: -, column: -)`,
  });
}

/**
 * Builds LINE's 404 `Not found`.
 *
 * @returns the error to throw
 */
export function notFound(): DummyErrorAnswer {
  return new DummyErrorAnswer(404, LINE_ERROR_BODIES.notFound);
}

/**
 * Builds a 400 with one detail.
 *
 * @param property - where
 * @param message - what
 * @returns the error to throw
 */
export function badProperty(property: string, message: string): DummyErrorAnswer {
  return validationError([{ message, property }]);
}

/**
 * The default error body of a status injected by a fault.
 *
 * @param status - the HTTP status
 * @returns LINE's body for it
 */
export function defaultFaultBody(status: number): LineErrorBody {
  if (status === 429) return LINE_ERROR_BODIES.rateLimit;
  if (status === 404) return LINE_ERROR_BODIES.notFound;
  if (status === 401) return LINE_ERROR_BODIES.authenticationFailed;
  if (status >= 500) return LINE_ERROR_BODIES.internalServerError;
  return { message: `Error ${status}` };
}

/**
 * Narrows a JSON value to an object (not an array, not null).
 *
 * @param value - the value
 * @returns whether it is a plain JSON object
 */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
