/**
 * The package's entry point for runtimes without Node.js built-ins (Cloudflare Workers without `nodejs_compat`,
 * browsers, edge runtimes), chosen by bundlers through the `workerd`, `worker` and `browser` export conditions.
 *
 * @remarks
 * It holds {@link LineClient}, the webhook side (the fetch-standard {@link webhookHandler}, the Verify-request
 * check, the reply fallback helper, event helpers), the `Line` message factory and the errors: nothing in it imports
 * a `node:` module. The client sends with `fetch` (same retries, retry keys, timeouts, `AbortSignal`, errors and
 * redaction as on Node.js); what differs there: bytes are `Uint8Array`s and downloads (`getMessageContentStream`…)
 * web `ReadableStream`s; `createChannelJWTAsync` signs with Web Crypto and takes a JWK or a PKCS#8 PEM (no
 * `KeyObject`), while the synchronous `createChannelJWT` throws a `LineError` pointing to it; `client.axios` and
 * uploads from a Node.js `Readable` throw a `LineError` saying so.
 *
 * @packageDocumentation
 */

export { LineClient } from '../LineClient';
export { Line } from '../Line';
export * as LineTypes from '../LineTypes';
export * from '../errors';
export { LineSignatureError, LineWebhookBodyError } from './errors';
export type { LineSignatureErrorReason, LineWebhookBodyErrorReason } from './errors';
export { DEFAULT_MAX_WEBHOOK_BODY_SIZE, isVerifyRequest, WEBHOOK_IN_PROGRESS_STATUS } from './options';
export type { DedupedWebhook, WebhookChannel, WebhookCommonOptions } from './options';
export type { WebhookDedupOptions } from '../store/dedup';
export { webhookHandler } from './handler';
export type { WebhookFetchHandler, WebhookHandlerContext, WebhookHandlerOptions, WebhookRequestHandler } from './handler';
export { isInvalidReplyTokenError, replyToEvent } from './reply';
export type { ReplySender, ReplyableEvent, ReplyToEventOptions, ReplyToEventResult } from './reply';
export { isKnownWebhookEvent, WEBHOOK_EVENT_TYPES } from './events';
export type * from '../types/webhook';
// The Store contract (types only) for the webhook's `dedup` option; the stores themselves are not in this entry.
export { isStoreError, LineStoreError } from '../store/contract';
export type { RateLimitStep, RateLimitWindow, Store, StoreFeature, StoreWarning, StoreWarningListener } from '../store/contract';
export type {
  ClientConfig,
  RequestInfo,
  RequestOptions,
  RetryInfo,
  RetryOptions,
  RetryReason,
  ReplyOptions,
  PushOptions,
  MulticastOptions,
  BroadcastOptions,
  NarrowcastSendOptions,
  SendMetadata,
  MulticastResult,
} from '../types/client';
