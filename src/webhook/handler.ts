/**
 * The fetch-standard webhook handler: WHATWG `Request` in, `Response` out.
 *
 * @remarks
 * Web-safe: this file uses no `node:` module and no `Buffer`. Signatures are checked by ./verify: node:crypto in the
 * Node.js build (synchronous, as the middleware does), Web Crypto in the web build (verify.web.ts), which runs in
 * Cloudflare Workers (workerd without `nodejs_compat`) and browsers.
 *
 * @packageDocumentation
 */

import { LineError } from '../errors';
import type { WebhookRequestBody } from '../types/webhook';
import { LineSignatureError, LineWebhookBodyError } from './errors';
import { claimWebhook, isVerifyRequest, resolveWebhookOptions, selectChannel, WEBHOOK_IN_PROGRESS_STATUS, type DedupedWebhook, type WebhookCommonOptions } from './options';
import { createSignatureVerifier } from './verify';

/**
 * What {@link webhookHandler} hands to `onEvents` besides the body.
 */
export interface WebhookHandlerContext {
  /** The request (its body already read). */
  request: Request;
  /** The body's `destination`: the bot user id of the channel the events are for. */
  destination: string;
}

/**
 * Handles the events of a verified webhook request in {@link webhookHandler}.
 *
 * @remarks
 * The handler answers 200 once the returned promise resolves, and 500 when it rejects, so that LINE can redeliver
 * the events if webhook redelivery is enabled. Return a `Response` to answer something else. Keep it fast: LINE
 * expects an answer within a few seconds, so enqueue slow work (in Workers, `ctx.waitUntil`).
 *
 * @param body - the parsed, verified body: `{ destination, events }`
 * @param context - the request and its destination
 * @returns nothing or a `Response`, or a promise of either
 */
export type WebhookRequestHandler = (
  body: WebhookRequestBody,
  context: WebhookHandlerContext,
) => void | Response | Promise<void | Response>;

/**
 * Options of {@link webhookHandler}: the same as {@link middleware}'s (`channelSecret` or `channels`,
 * `maxBodySize`, `onEvents`, `onError`, `deliverVerifyRequests`), with fetch-standard handler types.
 */
export type WebhookHandlerOptions = WebhookCommonOptions<
  WebhookRequestHandler,
  (error: unknown, request: Request) => void
>;

/**
 * The function returned by {@link webhookHandler}.
 *
 * @param request - the incoming request
 * @returns the answer; the promise never rejects
 */
export type WebhookFetchHandler = (request: Request) => Promise<Response>;

const TEXT_HEADERS: Readonly<Record<string, string>> = { 'content-type': 'text/plain; charset=utf-8' };

function text(status: number, body: string, headers: Readonly<Record<string, string>> = TEXT_HEADERS): Response {
  return new Response(body, { status, headers });
}

function tooLarge(limit: number): LineWebhookBodyError {
  return new LineWebhookBodyError(
    'too-large',
    `LINE webhook: the request body is larger than the ${limit}-byte limit (maxBodySize).`,
  );
}

/** Reads the body up to `limit` bytes without buffering more than that. */
async function readBody(request: Request, limit: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? NaN);
  if (Number.isFinite(declared) && declared > limit) throw tooLarge(limit);
  if (request.bodyUsed) {
    throw new LineWebhookBodyError(
      'already-consumed',
      'LINE webhook: the request body was already read. Pass the untouched Request to the handler ' +
        '(in Hono, c.req.raw before any c.req.json()/c.req.text()).',
    );
  }
  const stream = request.body;
  if (!stream) return new Uint8Array(0);
  const reader = stream.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(limit);
      }
      chunks.push(value);
    }
  } catch (cause) {
    if (cause instanceof LineWebhookBodyError) throw cause;
    throw new LineWebhookBodyError('read-failed', 'LINE webhook: reading the request body failed.', { cause });
  }
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * Creates a fetch-standard webhook endpoint: `(request: Request) => Promise<Response>`, for Next.js App Router
 * route handlers, Hono (`c.req.raw`), `Bun.serve`, `Deno.serve`, Cloudflare Workers and any server built on
 * WHATWG `Request`/`Response`.
 *
 * @remarks
 * It reads the body (up to `maxBodySize`), checks `x-line-signature` (HMAC-SHA256 of the raw bytes, in constant
 * time, against every configured secret: with node:crypto on Node.js, with Web Crypto in the web build), parses the
 * JSON and calls `onEvents`.
 * Answers (plain text; none ever shows a secret):
 *
 * - 200 when `onEvents` resolved (or for the LINE console's Verify request, see {@link isVerifyRequest});
 * - 401 for a missing or wrong signature: `onEvents` never runs;
 * - 400 for a signed body that is not LINE's JSON; 405 (with `Allow: POST`) for another method; 413 over the cap;
 * - 500 when `onEvents` rejects (the text is generic; `onError` gets the error);
 * - with `dedup`: events already handled by any replica are left out of `body.events` (none left: 200 without
 *   calling `onEvents`; a failing `onEvents` releases its events for LINE's redelivery); when events are being
 *   handled by another replica, 503 ({@link WEBHOOK_IN_PROGRESS_STATUS}, after `onEvents` handled the others, in
 *   place of its own `Response`) so that LINE redelivers them.
 *
 * @example
 * Next.js App Router (`app/webhook/route.ts`):
 * ```ts
 * export const POST = webhookHandler({
 *   channelSecret: process.env.LINE_CHANNEL_SECRET!,
 *   onEvents: async ({ events }) => { await queue.push(events); },
 * });
 * ```
 *
 * @param options - `channelSecret` or `channels`, `onEvents`, and optionally `maxBodySize`, `onError`,
 * `deliverVerifyRequests`
 * @returns the handler; its promise never rejects
 * @throws {@link LineError} (synchronously) when no usable secret or no `onEvents` is configured, or `maxBodySize`
 * is not a positive number, or (web build) the runtime has no Web Crypto
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
 */
export function webhookHandler(options: WebhookHandlerOptions): WebhookFetchHandler {
  const resolved = resolveWebhookOptions(options, 'webhookHandler()');
  const { onError } = options;
  const handlers = resolved.channels ? [...resolved.channels.values()].map((c) => c.onEvents ?? resolved.onEvents) : [resolved.onEvents];
  if (handlers.some((h) => h === undefined)) {
    throw new LineError('webhookHandler(): onEvents is required (at the top level, or in every channel).');
  }
  const verify = createSignatureVerifier('webhookHandler()');

  const report = (error: unknown, request: Request): void => {
    if (!onError) return;
    try {
      onError(error, request);
    } catch {
      // A failing logger must not change the answer.
    }
  };

  const handle = async (request: Request): Promise<Response> => {
    if (request.method !== 'POST') return text(405, 'Method Not Allowed', { ...TEXT_HEADERS, allow: 'POST' });
    let body: WebhookRequestBody;
    let onEvents: WebhookRequestHandler | undefined;
    try {
      const bytes = await readBody(request, resolved.limit);
      const header = request.headers.get('x-line-signature');
      if (header === null || header === '') throw new LineSignatureError('missing');
      const channel = selectChannel(resolved, bytes);
      // Synchronous on Node.js (node:crypto), a promise elsewhere (Web Crypto): awaited only then.
      const verified = verify(channel.secrets, header, bytes);
      if (!(verified === true || (verified !== false && (await verified)))) throw new LineSignatureError('mismatch');
      body = channel.parse();
      onEvents = channel.onEvents;
    } catch (error) {
      report(error, request);
      if (error instanceof LineSignatureError || error instanceof LineWebhookBodyError) {
        return text(error.statusCode, error.message);
      }
      return text(500, 'Internal Server Error');
    }

    if (!resolved.deliverVerifyRequests && isVerifyRequest(body)) return text(200, 'OK');
    let claim: DedupedWebhook | undefined;
    if (resolved.dedup) {
      // Only the events no replica handled or is handling go on; the claim never throws (a failing store fails open).
      claim = await claimWebhook(resolved.dedup, body);
      body = claim.body;
    }
    const done = (): Response =>
      claim?.status === WEBHOOK_IN_PROGRESS_STATUS
        ? text(WEBHOOK_IN_PROGRESS_STATUS, 'Service Unavailable: events of this webhook are being handled by another replica; redeliver')
        : text(200, 'OK');
    if (claim && body.events.length === 0) return done();
    try {
      const answer = await (onEvents as WebhookRequestHandler)(body, { request, destination: body.destination });
      await claim?.commit();
      return answer instanceof Response && claim?.status !== WEBHOOK_IN_PROGRESS_STATUS ? answer : done();
    } catch (error) {
      await claim?.release();
      report(error, request);
      return text(500, 'Internal Server Error');
    }
  };

  return function lineWebhookHandler(request) {
    return handle(request).catch((error: unknown) => {
      report(error, request);
      return text(500, 'Internal Server Error');
    });
  };
}
