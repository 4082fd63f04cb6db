/**
 * The public webhook API: signature validation, the express/connect/node:http middleware, the fetch-standard
 * handler, framework-neutral parsing, the reply fallback helper, typed events and the errors they throw.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhooks | Webhooks}
 *
 * @packageDocumentation
 */

export { LineSignatureError, LineWebhookBodyError } from './errors';
export type { LineSignatureErrorReason, LineWebhookBodyErrorReason } from './errors';
export { LINE_SIGNATURE_HTTP_HEADER_NAME, validateSignature } from './signature';
export { parseWebhook } from './parse';
export { DEFAULT_MAX_WEBHOOK_BODY_SIZE, isVerifyRequest, WEBHOOK_IN_PROGRESS_STATUS } from './options';
export type { DedupedWebhook, WebhookChannel, WebhookCommonOptions } from './options';
export type { WebhookDedupOptions } from '../store/dedup';
export { middleware } from './middleware';
export type {
  WebhookEventsHandler,
  WebhookIncomingMessage,
  WebhookMiddleware,
  WebhookMiddlewareOptions,
  WebhookNextFunction,
} from './middleware';
export { webhookHandler } from './handler';
export type { WebhookFetchHandler, WebhookHandlerContext, WebhookHandlerOptions, WebhookRequestHandler } from './handler';
export { isInvalidReplyTokenError, replyToEvent } from './reply';
export type { ReplySender, ReplyableEvent, ReplyToEventOptions, ReplyToEventResult } from './reply';
export { isKnownWebhookEvent, WEBHOOK_EVENT_TYPES } from './events';
export type * from '../types/webhook';
