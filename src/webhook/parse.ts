/**
 * Framework-neutral webhook parsing: validate the signature, then parse the JSON.
 *
 * @packageDocumentation
 */

import { LineError } from '../errors';
import type { WebhookRequestBody } from '../types/webhook';
import { LineSignatureError } from './errors';
import type { WebhookDedupOptions } from '../store/dedup';
import { claimWebhook, parseBody, requireSecrets, resolveDedup, type DedupedWebhook } from './options';
import { signatureMatches, toBodyBytes } from './signature';

/**
 * Validates the signature of a webhook request and parses its body, for any framework or serverless
 * runtime.
 *
 * @remarks
 * The signature is checked first, on the raw bytes, and only then is the body parsed. Events of a type this
 * version does not know are kept in `events`: handle them in the `default` branch of your switch.
 *
 * @example
 * ```ts
 * // Google Cloud Functions / Firebase: req.rawBody is the raw Buffer
 * const body = parseWebhook(req.rawBody, req.get('x-line-signature'), process.env.LINE_CHANNEL_SECRET!);
 * for (const event of body.events) handle(event);
 * ```
 *
 * @param rawBody - the raw request body: a string (UTF-8), Buffer, Uint8Array or ArrayBuffer
 * (`await request.arrayBuffer()` in fetch-style runtimes)
 * @param signature - the value of the `x-line-signature` header (anything but a single string is rejected)
 * @param channelSecret - the channel secret, or an array of secrets during secret rotation
 * @returns the parsed, typed body: `{ destination, events }`
 * @throws {@link LineSignatureError} when the signature is missing or wrong (answer 401)
 * @throws {@link LineWebhookBodyError} when `rawBody` is an already-parsed object or not bytes (a server
 * misconfiguration; the message explains the fix), or when a correctly signed body is not a JSON webhook body
 * @throws {@link LineError} when `channelSecret` is empty
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhooks | Webhooks}
 */
export function parseWebhook(
  rawBody: string | Buffer | Uint8Array | ArrayBuffer,
  signature: string | readonly string[] | undefined | null,
  channelSecret: string | readonly string[],
): WebhookRequestBody;
/**
 * Validates the signature of a webhook request, parses its body and claims its events across replicas (the `dedup`
 * option, see {@link WebhookCommonOptions}): `body.events` holds only the events no replica handled or is
 * handling.
 *
 * @remarks
 * Handle `body.events`, then call `commit()` and answer `status` (200, or 503 when events are in progress on
 * another replica, so that LINE redelivers them); when handling fails, call `release()` and answer an error (5xx),
 * so that LINE's redelivery is handled. A store failure never throws: the events are handled without
 * de-duplication, and a warning is reported.
 *
 * @example
 * ```ts
 * const { body, status, commit, release } = await parseWebhook(req.rawBody, signature, secret, { dedup: { store } });
 * try { await handle(body.events); await commit(); res.sendStatus(status); }
 * catch (e) { await release(); res.sendStatus(500); }
 * ```
 *
 * @param rawBody - the raw request body: a string (UTF-8), Buffer, Uint8Array or ArrayBuffer
 * @param signature - the value of the `x-line-signature` header
 * @param channelSecret - the channel secret, or an array of secrets during secret rotation
 * @param options - `dedup`: `{ store, ttlMs?, claimTtlMs?, prefix?, onWarning? }`
 * @returns the body with the events to handle, the skipped and in-progress events, the status to answer, and the
 * `commit` / `release` steps
 * @throws {@link LineSignatureError} when the signature is missing or wrong (answer 401)
 * @throws {@link LineWebhookBodyError} when the body is not a JSON webhook body
 * @throws {@link LineError} when `channelSecret` is empty or `dedup` has no store
 */
export function parseWebhook(
  rawBody: string | Buffer | Uint8Array | ArrayBuffer,
  signature: string | readonly string[] | undefined | null,
  channelSecret: string | readonly string[],
  options: { dedup: WebhookDedupOptions },
): Promise<DedupedWebhook>;
export function parseWebhook(
  rawBody: string | Buffer | Uint8Array | ArrayBuffer,
  signature: string | readonly string[] | undefined | null,
  channelSecret: string | readonly string[],
  options?: { dedup: WebhookDedupOptions },
): WebhookRequestBody | Promise<DedupedWebhook> {
  if (options !== undefined) {
    const dedup = resolveDedup(options?.dedup, 'parseWebhook()');
    if (!dedup) throw new LineError('parseWebhook(): the fourth argument must be { dedup: { store } }.');
    try {
      const body = parseWebhook(rawBody, signature, channelSecret);
      return claimWebhook(dedup, body);
    } catch (error) {
      return Promise.reject(error);
    }
  }
  const secrets = requireSecrets(channelSecret, 'parseWebhook()');
  const body = toBodyBytes(rawBody, 'the rawBody argument of parseWebhook()');
  if (signature === undefined || signature === null || signature === '') throw new LineSignatureError('missing');
  if (!signatureMatches(body, secrets, signature)) throw new LineSignatureError('mismatch');
  return parseBody(body);
}
