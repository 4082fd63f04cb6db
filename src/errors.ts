/**
 * Error classes thrown by messaging-api-line.
 *
 * Every error extends {@link LineError}. None of them ever holds the access token, the channel secret
 * or any other credential: not in the message, not in a property, not in `util.inspect` output and not in
 * `JSON.stringify(error)`. No axios config, request or socket is ever attached.
 */

/**
 * Base class of every error this library throws.
 */
export class LineError extends Error {
  /**
   * For push, multicast, narrowcast and broadcast: the `X-Line-Retry-Key` the failed call used. Re-send with
   * `{ retryKey: error.retryKey }` and LINE executes the message at most once, even if an attempt did get through.
   */
  declare readonly retryKey?: string;

  /**
   * Creates the error.
   *
   * @param message - what happened, in a sentence a user can act on
   * @param options - `cause`, as in the standard `ErrorOptions`
   */
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    Object.defineProperty(this, 'name', { value: new.target.name, enumerable: false, configurable: true, writable: true });
  }

  /**
   * A plain, credential-free view of the error for `JSON.stringify`.
   *
   * @returns the error's name, message and own enumerable properties
   */
  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...(this as object) };
  }
}

/** One entry of LINE's `details` array. */
export interface LineErrorDetail {
  /** What is wrong. */
  message?: string;
  /** Which request property it concerns, e.g. `messages[0].text`. */
  property?: string;
}

/** The parts of an HTTP response kept on a {@link LineApiError} (1.1.0 exposed `error.response`). */
export interface LineErrorResponse {
  /** HTTP status. */
  status: number;
  /** HTTP status text. */
  statusText: string;
  /** Response headers (they hold no credentials). */
  headers: Record<string, string>;
  /** The parsed body: LINE's JSON error, or text, or undefined. */
  data: unknown;
}

/** What a {@link LineApiError} is built from. */
export interface LineApiErrorInit {
  /** HTTP method, upper case. */
  method: string;
  /** Request path (without origin), e.g. `/v2/bot/message/push`. */
  path: string;
  /** The response. */
  response: LineErrorResponse;
  /** How many attempts were made. */
  attempts?: number;
}

/** Statuses whose reason phrase is used when LINE's body has no message. */
function describeBody(data: unknown): string {
  if (data === undefined || data === null || data === '') return 'an empty body';
  if (typeof data === 'string') {
    const text = data.replace(/\s+/g, ' ').trim();
    return `a non-JSON body: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}`;
  }
  if (data instanceof Uint8Array) return `a binary body of ${data.length} bytes`;
  const json = JSON.stringify(data);
  return `a JSON body without a message: ${json.length > 200 ? `${json.slice(0, 200)}…` : json}`;
}

/**
 * LINE answered with a 4xx or 5xx status.
 *
 * @remarks
 * The message reads `LINE API - <LINE's message>` followed by one `- <property>: <message>` line per detail,
 * as in 1.1.0. When the body has no message (binary endpoints, an HTML page from a proxy) the message names the
 * status and what came back.
 */
export class LineApiError extends LineError {
  /** HTTP status. */
  readonly status: number;
  /** LINE's `message`, when the body had one. */
  readonly lineMessage?: string;
  /** LINE's `details` (empty when there were none). */
  readonly details: LineErrorDetail[];
  /** LINE's `sentMessages`, present on some 409 answers of push. */
  readonly sentMessages?: unknown[];
  /** The `x-line-request-id` header: quote it to LINE's support. */
  readonly requestId?: string;
  /** The `x-line-accepted-request-id` header (a 409 answered to a retried send). */
  readonly acceptedRequestId?: string;
  /** HTTP method, upper case. */
  readonly method: string;
  /** Request path, e.g. `/v2/bot/message/push`. */
  readonly path: string;
  /** How many attempts were made before giving up. */
  readonly attempts: number;
  /** The response (status, headers, parsed body), as 1.1.0's `error.response`. */
  readonly response: LineErrorResponse;

  /**
   * Creates the error.
   *
   * @param init - the request and its response
   */
  constructor(init: LineApiErrorInit) {
    const data = init.response.data as { message?: unknown; details?: unknown; sentMessages?: unknown; error?: unknown; error_description?: unknown } | undefined;
    // LINE's API errors carry `message`; its OAuth endpoints answer `{ error, error_description }` instead.
    const oauth = data && typeof data === 'object' && typeof data.error === 'string' ? `${data.error}${typeof data.error_description === 'string' ? `: ${data.error_description}` : ''}` : undefined;
    const lineMessage = data && typeof data === 'object' && typeof data.message === 'string' ? data.message : oauth;
    const details = data && typeof data === 'object' && Array.isArray(data.details) ? (data.details as LineErrorDetail[]) : [];
    const head =
      lineMessage !== undefined
        ? `LINE API - ${lineMessage}`
        : `LINE API - HTTP ${init.response.status}${init.response.statusText ? ` ${init.response.statusText}` : ''} on ${init.method} ${init.path}, with ${describeBody(init.response.data)}`;
    super([head, ...details.map((d) => `- ${d.property ?? '(body)'}: ${d.message ?? ''}`)].join('\n'));
    this.status = init.response.status;
    if (lineMessage !== undefined) this.lineMessage = lineMessage;
    this.details = details;
    if (data && typeof data === 'object' && Array.isArray(data.sentMessages)) this.sentMessages = data.sentMessages;
    const requestId = init.response.headers['x-line-request-id'];
    if (requestId) this.requestId = requestId;
    const accepted = init.response.headers['x-line-accepted-request-id'];
    if (accepted) this.acceptedRequestId = accepted;
    this.method = init.method;
    this.path = init.path;
    this.attempts = init.attempts ?? 1;
    this.response = init.response;
  }
}

/**
 * LINE answered 429 because of its rate limit. The call was retried (when retryable) until the retry budget ran out.
 */
export class LineRateLimitError extends LineApiError {}

/**
 * LINE answered 429 because the channel's monthly message limit is reached. Never retried: raise the limit or wait
 * for next month.
 */
export class LineQuotaExceededError extends LineApiError {}

/** Where a request that got no answer was going. */
export interface LineRequestTarget {
  /** HTTP method, upper case. */
  method: string;
  /** Request path. */
  path: string;
  /** How many attempts were made. */
  attempts?: number;
}

/**
 * A call got no answer within its timeout.
 */
export class LineTimeoutError extends LineError {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Request path. */
  readonly path: string;
  /** The timeout, in ms. */
  readonly timeoutMs: number;
  /** How many attempts were made. */
  readonly attempts: number;

  /**
   * Creates the error.
   *
   * @param target - the request
   * @param timeoutMs - the timeout that elapsed
   */
  constructor(target: LineRequestTarget, timeoutMs: number) {
    const attempts = target.attempts ?? 1;
    super(
      `LINE API - ${target.method} ${target.path} timed out after ${timeoutMs} ms` +
        (attempts > 1 ? ` (${attempts} attempts)` : '') +
        '. Raise `timeout` in the client config or per call, or check the network.',
    );
    this.method = target.method;
    this.path = target.path;
    this.timeoutMs = timeoutMs;
    this.attempts = attempts;
  }
}

/** System error codes that mean no connection was opened: the request never left. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * The connection failed (refused, reset, DNS ...): no HTTP answer was received. The message says whether the request
 * never reached LINE (refused connection, failed DNS look-up) or may have.
 */
export class LineNetworkError extends LineError {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Request path. */
  readonly path: string;
  /** The system error code, e.g. `ECONNRESET`. */
  readonly code?: string;
  /** How many attempts were made. */
  readonly attempts: number;

  /**
   * Creates the error.
   *
   * @param target - the request
   * @param cause - the underlying system error (never an axios error, which would carry the request config)
   */
  constructor(target: LineRequestTarget, cause: Error & { code?: string }) {
    const attempts = target.attempts ?? 1;
    super(
      `LINE API - ${target.method} ${target.path} failed without an answer: ${cause.message}` +
        (attempts > 1 ? ` (${attempts} attempts)` : '') +
        (cause.code !== undefined && NEVER_SENT.has(cause.code)
          ? '. The request never reached LINE (the connection could not be opened): it is safe to send again.'
          : '. The request may or may not have reached LINE.'),
      { cause },
    );
    this.method = target.method;
    this.path = target.path;
    if (cause.code) this.code = cause.code;
    this.attempts = attempts;
  }
}

/**
 * The call was cancelled through its `AbortSignal`.
 */
export class LineAbortError extends LineError {
  /** HTTP method, upper case. */
  readonly method: string;
  /** Request path. */
  readonly path: string;

  /**
   * Creates the error.
   *
   * @param target - the request
   */
  constructor(target: LineRequestTarget) {
    super(`LINE API - ${target.method} ${target.path} was aborted by its AbortSignal.`);
    this.method = target.method;
    this.path = target.path;
  }
}

/**
 * An argument broke one of LINE's limits, or is missing; nothing was sent.
 */
export class LineValidationError extends LineError {
  /** Which argument, e.g. `messages` or `messages[0].text`. */
  readonly argument: string;
  /** The limit that was broken, e.g. `1-5 messages`. */
  readonly limit?: string;
  /** The size or value that was given, e.g. `7`. */
  readonly actual?: string | number;

  /**
   * Creates the error.
   *
   * @param argument - which argument
   * @param problem - what is wrong with it
   * @param limit - the limit, if any
   * @param actual - the size or value given (never a credential)
   */
  constructor(argument: string, problem: string, limit?: string, actual?: string | number) {
    super(`Invalid argument \`${argument}\`: ${problem}. Nothing was sent.`);
    this.argument = argument;
    if (limit !== undefined) this.limit = limit;
    if (actual !== undefined) this.actual = actual;
  }
}

/** One chunk of a split multicast that failed after its retries. */
export interface LineMulticastChunkFailure {
  /** The chunk's recipients. */
  to: string[];
  /** The `X-Line-Retry-Key` the chunk used. */
  retryKey: string;
  /** Why it failed. */
  error: LineError;
}

/**
 * A multicast split into several requests failed for some chunks after their retries.
 *
 * @remarks
 * `sent` lists the recipients whose chunk LINE accepted; `unsent` those whose chunk failed (`failedChunks` has each
 * failed chunk with its error and retry key). To finish the job without sending anything twice, re-send to `unsent`
 * with `{ retryKey: error.retryKey }`: each chunk gets the key it used before, so LINE skips (409) any chunk that did
 * get through although the answer was lost. (When one chunk failed, `unsent` is that chunk, at most 500 recipients,
 * which a multicast sends as one request under its `retryKey` as given: `error.retryKey` is then that chunk's own key.
 * When several failed, `unsent` splits into the same chunks again, whose keys derive from the call's key.)
 */
export class LineMulticastError extends LineError {
  /** Recipients whose chunk was accepted. */
  readonly sent: string[];
  /** Recipients whose chunk failed. */
  readonly unsent: string[];
  /** The failed chunks, in order, with their recipients, retry keys and errors. */
  readonly failedChunks: LineMulticastChunkFailure[];
  /** The error of each failed chunk, in chunk order. */
  readonly errors: LineError[];

  /**
   * Creates the error.
   *
   * @param sent - recipients whose chunk was accepted
   * @param failedChunks - the chunks that failed
   * @param retryKey - the key the chunk keys were derived from
   */
  constructor(sent: string[], failedChunks: LineMulticastChunkFailure[], retryKey: string) {
    const unsent = failedChunks.flatMap((c) => c.to);
    super(
      `LINE API - multicast: ${failedChunks.length} chunk(s) failed; ${sent.length} recipient(s) were sent, ${unsent.length} were not ` +
        `(re-send to error.unsent with { retryKey: error.retryKey } to finish exactly once). First failure: ${failedChunks[0]?.error.message ?? 'unknown'}`,
    );
    this.sent = sent;
    this.unsent = unsent;
    this.failedChunks = failedChunks;
    this.errors = failedChunks.map((c) => c.error);
    // The key to re-send `unsent` with (see above).
    const resendKey = failedChunks.length === 1 ? failedChunks[0].retryKey : retryKey;
    Object.defineProperty(this, 'retryKey', { value: resendKey, enumerable: true });
  }
}
