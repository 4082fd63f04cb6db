/**
 * The package's entry point for runtimes without Node.js built-ins (Cloudflare Workers without `nodejs_compat`,
 * browsers, edge runtimes), chosen by bundlers through the `workerd`, `worker` and `browser` export conditions.
 *
 * @remarks
 * It holds the webhook side (the fetch-standard {@link webhookHandler}, the Verify-request check, the reply
 * fallback helper, event helpers), the `Line` message factory and the errors: nothing in it imports a `node:`
 * module. `LineClient` is not here yet: it still needs `node:http`.
 *
 * @packageDocumentation
 */

export { Line } from '../Line';
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
