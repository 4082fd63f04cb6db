/**
 * Webhook middleware for express, connect and plain `node:http` servers.
 *
 * @packageDocumentation
 */

import type { IncomingMessage, ServerResponse } from 'node:http';

import { LineError } from '../errors';
import type { WebhookRequestBody } from '../types/webhook';
import { alreadyConsumedError, alreadyParsedError, LineSignatureError, LineWebhookBodyError } from './errors';
import {
  claimWebhook,
  isVerifyRequest,
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

function ensureWithinLimit(bytes: Uint8Array, limit: number): Uint8Array {
  if (bytes.byteLength > limit) throw tooLargeError(limit);
  return bytes;
}

/** Whether something else already read (part of) the request stream. */
function streamConsumed(req: WebhookIncomingMessage): boolean {
  // body-parser marks the requests it parsed with `_body`.
  return req.readableEnded || req.readableDidRead || (req as { _body?: unknown })._body === true;
}

function readStream(req: WebhookIncomingMessage, limit: number): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(tooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const finish = (error: LineWebhookBodyError | null): void => {
      if (settled) return;
      settled = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (error) reject(error);
      // A body that arrived in one chunk (the usual webhook) is used as is: no copy.
      else resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
    };
    const onData = (chunk: Buffer | string): void => {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += bytes.length;
      if (size > limit) finish(tooLargeError(limit));
      else chunks.push(bytes);
    };
    const onEnd = (): void => finish(null);
    const onError = (cause: Error): void =>
      finish(new LineWebhookBodyError('read-failed', 'LINE webhook: reading the request body failed.', { cause }));
    const onClose = (): void =>
      finish(new LineWebhookBodyError('read-failed', 'LINE webhook: the request was closed before its body was complete.'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
    // Attaching a 'data' listener does not restart a stream that was paused explicitly (req.pause() in an
    // earlier middleware): without this the body would never arrive.
    req.resume();
  });
}

/**
 * Finds the raw body bytes: `req.rawBody`, a Buffer/string `req.body`, or the request stream.
 *
 * @internal
 * @param req - the request
 * @param limit - size limit in bytes
 * @returns the raw bytes
 */
export async function readRawBody(req: WebhookIncomingMessage, limit: number): Promise<Uint8Array> {
  const kept = rawBodyBytes(req.rawBody) ?? rawBodyBytes(req.body);
  if (kept) return ensureWithinLimit(kept, limit);
  const { body } = req;
  if (typeof req.on !== 'function' || streamConsumed(req)) {
    // A body parser read the stream: the exact bytes are gone. (A parser whose content type did not match
    // leaves `{}` in req.body without reading the stream; that case is read below.)
    if (typeof body === 'object' && body !== null) throw alreadyParsedError('req.body');
    throw alreadyConsumedError();
  }
  return readStream(req, limit);
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
  res.statusCode = status;
  res.setHeader('content-type', 'text/plain; charset=utf-8');
  res.end(text);
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
  const { limit } = resolved;
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

  const handle = async (req: WebhookIncomingMessage, res: ServerResponse, next?: WebhookNextFunction): Promise<void> => {
    let body: WebhookRequestBody;
    let onEvents: WebhookEventsHandler | undefined;
    try {
      const bytes = await readRawBody(req, limit);
      // The stream is read: tell body parsers that run after us (express.json(), body-parser, which check
      // `req._body`) not to read it again, which failed with "stream is not readable".
      (req as { _body?: boolean })._body = true;
      const signature = req.headers[LINE_SIGNATURE_HTTP_HEADER_NAME];
      if (signature === undefined || signature === '') throw new LineSignatureError('missing');
      const channel = selectChannel(resolved, bytes);
      if (!signatureMatches(bytes, channel.secrets, signature)) throw new LineSignatureError('mismatch');
      body = channel.parse();
      onEvents = channel.onEvents;
      req.body = body;
    } catch (error) {
      fail(error, req, res, next);
      return;
    }

    if (!resolved.deliverVerifyRequests && isVerifyRequest(body)) {
      // The LINE console's Verify request: nothing to handle.
      if (!res.headersSent) send(res, 200, 'OK');
      return;
    }

    let claim: DedupedWebhook | undefined;
    if (resolved.dedup) {
      // Only the events no replica handled or is handling go on; the claim never throws (a failing store fails open).
      claim = await claimWebhook(resolved.dedup, body);
      body = claim.body;
      req.body = body;
    }

    if (onEvents) {
      if (!claim || body.events.length > 0) {
        try {
          await onEvents(body, req, res);
        } catch (error) {
          await claim?.release();
          fail(error, req, res, next);
          return;
        }
        await claim?.commit();
      }
      // Events in progress on another replica: an error answer makes LINE redeliver them.
      if (!res.headersSent) send(res, claim?.status ?? 200, claim?.status === WEBHOOK_IN_PROGRESS_STATUS ? IN_PROGRESS_TEXT : 'OK');
      return;
    }
    if (next) {
      if (claim) {
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
      }
      next();
      return;
    }
    const misconfigured = new LineError(
      'LINE webhook: middleware() was called without next() and without an onEvents handler, so the events ' +
        'would be lost. In a plain node:http server pass middleware({ channelSecret, onEvents }).',
    );
    report(misconfigured, req);
    send(res, 500, misconfigured.message);
  };

  return function lineWebhookMiddleware(req, res, next) {
    // Whatever happens (even a broken `res` or a throwing `next`), the returned promise resolves.
    return handle(req, res, next).catch((error: unknown) => report(error, req));
  };
}
