/**
 * Runtime helpers for webhook event types.
 *
 * @packageDocumentation
 */

import type { WebhookEvent, WebhookEventType } from '../types/webhook';

/**
 * The `type` of every webhook event this version models (see {@link WebhookEvent}), including the LINE
 * Things `things` event and `messageEdited`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects | Webhook event objects}
 */
export const WEBHOOK_EVENT_TYPES: readonly WebhookEventType[] = Object.freeze([
  'message',
  'messageEdited',
  'unsend',
  'follow',
  'unfollow',
  'join',
  'leave',
  'memberJoined',
  'memberLeft',
  'postback',
  'videoPlayComplete',
  'beacon',
  'accountLink',
  'things',
  'membership',
  'module',
  'activated',
  'deactivated',
  'botSuspended',
  'botResumed',
  'delivery',
] as const satisfies readonly WebhookEventType[]);

const KNOWN = new Set<string>(WEBHOOK_EVENT_TYPES);

/**
 * Tells whether an event has a type this version knows, for example to log or skip events LINE added later.
 *
 * @param event - a webhook event as received
 * @returns `true` when `event.type` is one of {@link WEBHOOK_EVENT_TYPES}
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#webhook-event-objects | Webhook event objects}
 */
export function isKnownWebhookEvent(event: { readonly type: string }): event is WebhookEvent {
  return typeof event === 'object' && event !== null && KNOWN.has(event.type);
}
