/**
 * The public webhook API: signature validation, the express/connect/node:http middleware, framework-neutral
 * parsing, typed events and the errors they throw.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhooks | Webhooks}
 *
 * @packageDocumentation
 */

export { LineSignatureError, LineWebhookBodyError } from './errors';
export type { LineSignatureErrorReason, LineWebhookBodyErrorReason } from './errors';
export { LINE_SIGNATURE_HTTP_HEADER_NAME, validateSignature } from './signature';
export { parseWebhook } from './parse';
export { DEFAULT_MAX_WEBHOOK_BODY_SIZE, middleware } from './middleware';
export type {
  WebhookEventsHandler,
  WebhookIncomingMessage,
  WebhookMiddleware,
  WebhookMiddlewareOptions,
  WebhookNextFunction,
} from './middleware';
export { isKnownWebhookEvent, WEBHOOK_EVENT_TYPES } from './events';
export type * from '../types/webhook';
