/**
 * Webhook middleware for express, connect and plain `node:http` servers.
 *
 * @packageDocumentation
 */

import type { IncomingMessage, ServerResponse } from 'node:http';

import { LineError } from '../errors';
import type { WebhookRequestBody } from '../types/webhook';
import { alreadyConsumedError, alreadyParsedError, LineSignatureError, LineWebhookBodyError } from './errors';
import type { WebhookDedup } from '../store/dedup';
import {
  claimWebhook,
  isVerifyRequest,
  parseBody,
  resolveWebhookOptions,
  selectChannel,
  WEBHOOK_IN_PROGRESS_STATUS,
  type DedupedWebhook,
  type WebhookCommonOptions,
} from './options';
import { LINE_SIGNATURE_HTTP_HEADER_NAME, rawBodyBytes, signatureMatches } from './signature';

export { DEFAULT_MAX_WEBHOOK_BODY_SIZE } from './options';

/**
 * A Node.js request as the middleware sees it: an `IncomingMessage`, possibly with a `body` set by an earlier
 * middleware (`express.raw()` sets a Buffer, `express.text()` a string) or a `rawBody` set by the platform
 * (Firebase and Google Cloud Functions set a Buffer).
 *
 * @remarks
 * After the middleware succeeds, `body` holds the parsed {@link WebhookRequestBody}.
 */
export type WebhookIncomingMessage = IncomingMessage & {
  /** The body, as set by a body parser; replaced by the parsed webhook body on success. */
  body?: unknown;
  /** The raw body bytes, as kept by some platforms (Firebase, Google Cloud Functions). */
  rawBody?: unknown;
};

/**
 * The `next` callback of express and connect middleware.
 *
 * @param err - an error to hand to the framework's error handlers, or nothing to continue
 */
export type WebhookNextFunction = (err?: unknown) => void;

/**
 * Handles the events of a verified webhook request.
 *
 * @remarks
 * The middleware answers 200 once the returned promise resolves (unless the handler answered itself), and an
 * error status when it rejects, so that the LINE Platform can redeliver the events if webhook redelivery is
 * enabled. Keep it fast: LINE expects an answer within a few seconds, so enqueue slow work.
 *
 * @param body - the parsed, verified body: `{ destination, events }`
 * @param req - the request
 * @param res - the response
 * @returns nothing, or a promise that settles when the events are handled (or safely stored)
 */
export type WebhookEventsHandler = (
  body: WebhookRequestBody,
  req: WebhookIncomingMessage,
  res: ServerResponse,
) => void | Promise<void>;

/**
 * Options of {@link middleware}: `channelSecret` (one secret, or several during rotation) or `channels` (several
 * channels on one endpoint), plus `maxBodySize`, `onEvents`, `onError` and `deliverVerifyRequests` (see
 * {@link WebhookCommonOptions}; {@link webhookHandler} takes the same).
 *
 * @remarks
 * `onEvents` makes the middleware a complete endpoint: it answers 200 when the handler resolves. It is required
 * for plain `node:http` servers (no `next`); optional with express, where by default the middleware sets
 * `req.body` and calls `next()`. In a plain `node:http` server `onError` is the only place errors are visible.
 */
export type WebhookMiddlewareOptions = WebhookCommonOptions<
  WebhookEventsHandler,
  (error: unknown, req: WebhookIncomingMessage) => void
>;

/**
 * The function returned by {@link middleware}: an express/connect middleware that also works as a plain
 * `node:http` request listener.
 *
 * @param req - the request
 * @param res - the response
 * @param next - express/connect's `next`; omit it in a plain `node:http` server
 * @returns a promise that resolves (it never rejects) once the request is handled or handed on
 */
export type WebhookMiddleware = (
  req: WebhookIncomingMessage,
  res: ServerResponse,
  next?: WebhookNextFunction,
) => Promise<void>;

function tooLargeError(limit: number): LineWebhookBodyError {
  return new LineWebhookBodyError(
    'too-large',
    `LINE webhook: the request body is larger than the ${limit}-byte limit (maxBodySize).`,
  );
}

/** Receives the raw body, or why there is none. Called exactly once. */
type BodyCallback = (error: unknown, bytes?: Uint8Array) => void;

/** Whether something else already read (part of) the request stream. */
function streamConsumed(req: WebhookIncomingMessage): boolean {
  // body-parser marks the requests it parsed with `_body`.
  return req.readableEnded || req.readableDidRead || (req as { _body?: unknown })._body === true;
}

/**
 * Reads the request stream up to `limit` bytes, then calls `done` once.
 *
 * @remarks
 * Costs what reading any body costs: four listeners (`data` and `end`, plus `error` and `close` so that a failed or
 * abandoned request is reported instead of never answered), no promise, and no copy of a body that arrived in one
 * chunk (the usual webhook). The listeners are not removed afterwards: once the outcome is decided they do nothing,
 * and the `data` one keeps discarding the rest of a body over the limit so that the connection can be reused.
 */
function readStream(req: WebhookIncomingMessage, limit: number, done: BodyCallback): void {
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) {
    done(tooLargeError(limit));
    return;
  }
  let first: Buffer | undefined;
  let more: Buffer[] | undefined;
  let size = 0;
  let settled = false;
  // Also the 'end' listener (called without an argument).
  const finish = (error?: LineWebhookBodyError): void => {
    if (settled) return;
    settled = true;
    const bytes = error ? undefined : more ? Buffer.concat(more, size) : (first ?? Buffer.alloc(0));
    // The listeners stay as long as the request: they must not keep the body alive.
    first = undefined;
    more = undefined;
    if (error) done(error);
    else done(undefined, bytes);
  };
  // The 'error' and the 'close' listener. 'close' also comes after a complete body: no error object is made then.
  const failed = (cause?: unknown): void => {
    if (settled) return;
    finish(
      cause === undefined
        ? new LineWebhookBodyError('read-failed', 'LINE webhook: the request was closed before its body was complete.')
        : new LineWebhookBodyError('read-failed', 'LINE webhook: reading the request body failed.', { cause }),
    );
  };
  req.on('data', (chunk: Buffer | string): void => {
    if (settled) return;
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    size += bytes.length;
    if (size > limit) finish(tooLargeError(limit));
    else if (first === undefined) first = bytes;
    else if (more === undefined) more = [first, bytes];
    else more.push(bytes);
  });
  req.on('end', finish);
  req.on('error', failed);
  req.on('close', failed);
  // Attaching a 'data' listener does not restart a stream that was paused explicitly (req.pause() in an
  // earlier middleware): without this the body would never arrive.
  if (req.readableFlowing !== true) req.resume();
}

/**
 * Finds the raw body bytes: `req.rawBody`, a Buffer/string `req.body`, or the request stream (read up to `limit`).
 *
 * @param req - the request
 * @param limit - size limit in bytes
 * @param done - called once with the bytes or the error (synchronously when the bytes were already there)
 */
function readRawBody(req: WebhookIncomingMessage, limit: number, done: BodyCallback): void {
  const kept = rawBodyBytes(req.rawBody) ?? rawBodyBytes(req.body);
  if (kept) {
    if (kept.byteLength > limit) done(tooLargeError(limit));
    else done(undefined, kept);
    return;
  }
  if (typeof req.on !== 'function' || streamConsumed(req)) {
    // A body parser read the stream: the exact bytes are gone. (A parser whose content type did not match
    // leaves `{}` in req.body without reading the stream; that case is read below.)
    const { body } = req;
    done(typeof body === 'object' && body !== null ? alreadyParsedError('req.body') : alreadyConsumedError());
    return;
  }
  readStream(req, limit, done);
}

const IN_PROGRESS_TEXT = 'Service Unavailable: events of this webhook are being handled by another replica; redeliver';

/** With `next()`: the claimed events are handled when the route answers 2xx, released when it answers an error. */
function settleWithResponse(res: ServerResponse, claim: DedupedWebhook): void {
  let settled = false;
  const settle = (handled: boolean): void => {
    if (settled) return;
    settled = true;
    void (handled ? claim.commit() : claim.release()).catch(() => undefined);
  };
  res.once('finish', () => settle(res.statusCode >= 200 && res.statusCode < 300));
  res.once('close', () => settle(false));
}

function send(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) {
    if (!res.writableEnded) res.end();
    return;
  }
  // Not writeHead(status, headers) before end(text): the head would then be built before the body's length is
  // known, and the answer sent chunked. A string body goes out with the head in one system call.
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(text);
}

/** Whether an `onEvents` result must be awaited (a promise, or any thenable, as `await` would). */
function isThenable(value: unknown): value is PromiseLike<void> {
  return (
    ((typeof value === 'object' && value !== null) || typeof value === 'function') &&
    typeof (value as { then?: unknown }).then === 'function'
  );
}

/**
 * Creates a webhook middleware: it reads the raw request body, checks the `x-line-signature` header against
 * the channel secret(s), parses the JSON and hands the typed body on.
 *
 * @remarks
 * Where the raw body comes from, in order: `req.rawBody` (Firebase, Google Cloud Functions), a string or
 * Buffer `req.body` (`express.raw()`, `express.text()`), or the request stream itself (read up to
 * `maxBodySize`). Mount it before any JSON body parser: when `express.json()` already consumed the stream the
 * middleware fails with a {@link LineWebhookBodyError} that says how to fix the setup.
 *
 * Outcomes:
 *
 * - valid request: `req.body` becomes the parsed {@link WebhookRequestBody}; then `onEvents` runs and 200 is
 *   answered, or (without `onEvents`) `next()` is called;
 * - with `dedup`: events already handled by any replica are left out of `req.body.events` (none left: 200 without
 *   calling `onEvents` or `next()`); when events are being handled by another replica, the answer is 503
 *   ({@link WEBHOOK_IN_PROGRESS_STATUS}, after `onEvents` handled the others; without `onEvents`, at once) so that
 *   LINE redelivers them. With `next()`, the events count as handled when the route answers 2xx, else they are
 *   released for LINE's redelivery;
 * - missing or wrong signature: {@link LineSignatureError} (401); invalid JSON: {@link LineWebhookBodyError}
 *   (400); body over the limit: {@link LineWebhookBodyError} (413); body already parsed:
 *   {@link LineWebhookBodyError} (500).
 *
 * With express or connect, errors go to `next(err)`; each carries a `statusCode`, which express's default
 * error handler uses. In a plain `node:http` server (no `next`) the middleware answers the status itself,
 * with the error message as a plain-text body (500 with a generic text when `onEvents` fails).
 *
 * @example
 * Express (mount before express.json()):
 * ```ts
 * app.post('/webhook', middleware({ channelSecret }), (req, res) => {
 *   const { events } = req.body as WebhookRequestBody;
 *   res.sendStatus(200);
 * });
 * app.use(express.json());
 * ```
 *
 * @example
 * Plain node:http:
 * ```ts
 * const handler = middleware({ channelSecret, onEvents: async ({ events }) => { await queue.push(events); } });
 * http.createServer((req, res) => handler(req, res)).listen(3000);
 * ```
 *
 * @param options - the channel secret(s), size limit and handlers
 * @returns the middleware; it never rejects and never throws
 * @throws {@link LineError} (synchronously, when called) when `channelSecret` is empty or `maxBodySize` is not a
 * positive number
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export function middleware(options: WebhookMiddlewareOptions): WebhookMiddleware {
  const resolved = resolveWebhookOptions(options, 'middleware()');
  const { limit, secrets, dedup, deliverVerifyRequests } = resolved;
  const { onError } = options;

  const report = (error: unknown, req: WebhookIncomingMessage): void => {
    if (!onError) return;
    try {
      onError(error, req);
    } catch {
      // A failing logger must not change the answer.
    }
  };

  const fail = (error: unknown, req: WebhookIncomingMessage, res: ServerResponse, next?: WebhookNextFunction): void => {
    report(error, req);
    if (error instanceof LineWebhookBodyError && error.reason === 'too-large' && typeof req.resume === 'function') {
      // Discard the rest of the body so the connection can be reused; the server's timeouts bound it.
      req.resume();
    }
    if (next) {
      next(error);
      return;
    }
    if (error instanceof LineSignatureError || error instanceof LineWebhookBodyError) {
      send(res, error.statusCode, error.message);
    } else {
      send(res, 500, 'Internal Server Error');
    }
  };

  /** Answers 200 after `onEvents`, unless it answered itself. */
  const answerOk = (res: ServerResponse): void => {
    if (!res.headersSent) send(res, 200, 'OK');
  };

  const misconfigured = (req: WebhookIncomingMessage, res: ServerResponse): void => {
    const error = new LineError(
      'LINE webhook: middleware() was called without next() and without an onEvents handler, so the events ' +
        'would be lost. In a plain node:http server pass middleware({ channelSecret, onEvents }).',
    );
    report(error, req);
    send(res, 500, error.message);
  };

  /** The `dedup` option: claim the events, then hand on only those no replica handled or is handling. */
  const handleDeduped = async (
    verified: WebhookRequestBody,
    onEvents: WebhookEventsHandler | undefined,
    req: WebhookIncomingMessage,
    res: ServerResponse,
    next: WebhookNextFunction | undefined,
  ): Promise<void> => {
    // The claim never throws (a failing store fails open).
    const claim = await claimWebhook(dedup as WebhookDedup, verified);
    const { body } = claim;
    req.body = body;
    if (onEvents) {
      if (body.events.length > 0) {
        try {
          await onEvents(body, req, res);
        } catch (error) {
          await claim.release();
          fail(error, req, res, next);
          return;
        }
        await claim.commit();
      }
      // Events in progress on another replica: an error answer makes LINE redeliver them.
      if (!res.headersSent) send(res, claim.status, claim.status === WEBHOOK_IN_PROGRESS_STATUS ? IN_PROGRESS_TEXT : 'OK');
      return;
    }
    if (next) {
      if (claim.status === WEBHOOK_IN_PROGRESS_STATUS) {
        // The route after us cannot answer an error on our behalf: let LINE redeliver the whole request.
        await claim.release();
        send(res, WEBHOOK_IN_PROGRESS_STATUS, IN_PROGRESS_TEXT);
        return;
      }
      if (body.events.length === 0) {
        send(res, 200, 'OK');
        return;
      }
      settleWithResponse(res, claim);
      next();
      return;
    }
    misconfigured(req, res);
  };

  /**
   * Verifies and parses the raw body, then hands the events on. Synchronous unless `onEvents` returns a promise or
   * `dedup` is set: then it returns the promise of the rest.
   */
  const handleBytes = (
    bytes: Uint8Array,
    req: WebhookIncomingMessage,
    res: ServerResponse,
    next: WebhookNextFunction | undefined,
  ): void | Promise<void> => {
    let body: WebhookRequestBody;
    let onEvents: WebhookEventsHandler | undefined;
    try {
      // The stream is read: tell body parsers that run after us (express.json(), body-parser, which check
      // `req._body`) not to read it again, which failed with "stream is not readable".
      (req as { _body?: boolean })._body = true;
      const signature = req.headers[LINE_SIGNATURE_HTTP_HEADER_NAME];
      if (signature === undefined || signature === '') throw new LineSignatureError('missing');
      if (secrets) {
        // One channel: verify, then parse (no channel object to build).
        if (!signatureMatches(bytes, secrets, signature)) throw new LineSignatureError('mismatch');
        body = parseBody(bytes);
        onEvents = resolved.onEvents;
      } else {
        const channel = selectChannel(resolved, bytes);
        if (!signatureMatches(bytes, channel.secrets, signature)) throw new LineSignatureError('mismatch');
        body = channel.parse();
        onEvents = channel.onEvents;
      }
      req.body = body;
    } catch (error) {
      fail(error, req, res, next);
      return;
    }

    if (!deliverVerifyRequests && isVerifyRequest(body)) {
      // The LINE console's Verify request: nothing to handle.
      answerOk(res);
      return;
    }
    if (dedup) return handleDeduped(body, onEvents, req, res, next);
    if (onEvents) {
      let handled: void | Promise<void>;
      try {
        handled = onEvents(body, req, res);
      } catch (error) {
        fail(error, req, res, next);
        return;
      }
      if (isThenable(handled)) {
        return Promise.resolve(handled).then(
          () => answerOk(res),
          (error: unknown) => fail(error, req, res, next),
        );
      }
      answerOk(res);
      return;
    }
    if (next) {
      next();
      return;
    }
    misconfigured(req, res);
  };

  return function lineWebhookMiddleware(req, res, next) {
    // Whatever happens (even a broken `res` or a throwing `next`), the returned promise resolves, once the request
    // is handled or handed on. No other promise is made unless `onEvents` returns one or `dedup` is set.
    return new Promise<void>((resolve) => {
      let called = false;
      const proceed: BodyCallback = (error, bytes) => {
        called = true;
        let rest: void | Promise<void> = undefined;
        try {
          if (error !== undefined) fail(error, req, res, next);
          else rest = handleBytes(bytes as Uint8Array, req, res, next);
        } catch (thrown) {
          report(thrown, req);
          resolve();
          return;
        }
        if (!rest) resolve();
        else {
          rest.then(resolve, (thrown: unknown) => {
            report(thrown, req);
            resolve();
          });
        }
      };
      try {
        readRawBody(req, limit, proceed);
      } catch (error) {
        // An odd request object (a throwing getter, say): answered like any other failure.
        if (called) report(error, req);
        else proceed(error);
      }
    });
  };
}
