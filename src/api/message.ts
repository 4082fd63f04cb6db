/**
 * Message: reply, push, multicast, broadcast and narrowcast (with its progress), message validation, PNP (messages by phone number), quota and sent-message counts, aggregation units.
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { LineValidationError } from '../errors';
import { LIMITS, requireString, validateMessages, validateRecipients } from '../validate';
import { compactQuery, optionalInt, requireDate } from '../client/args';
import type { ApiClient } from '../client/context';
import { bulkMulticast } from '../client/bulk';
import { empty, json, request, settle, withMeta } from '../client/core';
import { randomUUID } from '../platform';
import { stateOf } from '../client/state';

/**
 * Sends a reply with a body you build yourself. Calls `POST /v2/bot/message/reply`. Never retried automatically:
 * a reply token can be used once.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message | Send reply message}
 * @param body - `{ replyToken, messages, notificationDisabled? }`
 * @param options - per-call `timeout` and `signal`
 * @returns `{ sentMessages }`
 * @group Reply
 */
export function replyRawBody(client: ApiClient, body: LineTypes.ReplyRequestBody, options?: LineTypes.RequestOptions): Promise<LineTypes.ReplyMessageResponse> {
  return settle(() => {
    requireString(body?.replyToken, 'replyToken');
    validateMessages(body.messages);
    return json<LineTypes.ReplyMessageResponse>(client, { method: 'POST', path: '/v2/bot/message/reply', body }, options);
  });
}

/**
 * Replies to an event with up to 5 messages. Calls `POST /v2/bot/message/reply`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-reply-message | Send reply message}
 * @param replyToken - the reply token of the webhook event
 * @param messages - 1 to 5 messages
 * @param options - `notificationDisabled`, `timeout`, `signal`
 * @returns `{ sentMessages }`
 * @group Reply
 */
export function reply(client: ApiClient, replyToken: string, messages: LineTypes.Message[], options: LineTypes.ReplyOptions = {}): Promise<LineTypes.ReplyMessageResponse> {
  return settle(() => {
    const { notificationDisabled, ...call } = options;
    return client.replyRawBody({ replyToken, messages, ...(notificationDisabled !== undefined ? { notificationDisabled } : {}) }, call);
  });
}

/**
 * Same as {@link LineClient.reply}.
 *
 * @param replyToken - the reply token of the webhook event
 * @param messages - 1 to 5 messages
 * @param options - `notificationDisabled`, `timeout`, `signal`
 * @returns `{ sentMessages }`
 * @group Reply
 */
export async function replyMessages(client: ApiClient, replyToken: string, messages: LineTypes.Message[], options?: LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
  return client.reply(replyToken, messages, options);
}

/**
 * Pushes messages with a body you build yourself. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`,
 * retried on network errors, timeouts, 5xx and rate-limit 429s.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-push-message | Send push message}
 * @param body - `{ to, messages, notificationDisabled?, customAggregationUnits? }`
 * @param options - `retryKey`, `timeout`, `signal`
 * @returns `{ sentMessages, requestId, acceptedRequestId? }`
 * @group Push
 */
export function pushRawBody(client: ApiClient, body: LineTypes.PushRequestBody, options: Pick<LineTypes.PushOptions, 'retryKey' | 'timeout' | 'signal'> = {}): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
  return settle(() => {
    requireString(body?.to, 'to');
    validateMessages(body.messages);
    const { retryKey, ...call } = options;
    return request<LineTypes.PushMessageResponse>(client, { method: 'POST', path: '/v2/bot/message/push', body, keyed: true, retryKey }, call).then(withMeta);
  });
}

/**
 * Pushes up to 5 messages to a user, group or room. Calls `POST /v2/bot/message/push`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-push-message | Send push message}
 * @param to - ID of the user, group or room
 * @param messages - 1 to 5 messages
 * @param options - `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
 * @returns `{ sentMessages, requestId, acceptedRequestId? }`
 * @group Push
 */
export function push(client: ApiClient, to: string, messages: LineTypes.Message[], options: LineTypes.PushOptions = {}): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
  return settle(() => {
    const { notificationDisabled, customAggregationUnits, ...call } = options;
    const body: LineTypes.PushRequestBody = { to, messages };
    if (notificationDisabled !== undefined) body.notificationDisabled = notificationDisabled;
    if (customAggregationUnits !== undefined) body.customAggregationUnits = customAggregationUnits;
    return client.pushRawBody(body, call);
  });
}

/**
 * Same as {@link LineClient.push}.
 *
 * @param to - ID of the user, group or room
 * @param messages - 1 to 5 messages
 * @param options - `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
 * @returns `{ sentMessages, requestId, acceptedRequestId? }`
 * @group Push
 */
export async function pushMessages(client: ApiClient, to: string, messages: LineTypes.Message[], options?: LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
  return client.push(to, messages, options);
}

/**
 * Multicasts with a body you build yourself (1 to 500 user IDs). Calls `POST /v2/bot/message/multicast` with an
 * `X-Line-Retry-Key`, retried safely.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-multicast-message | Send multicast message}
 * @param body - `{ to, messages, notificationDisabled?, customAggregationUnits? }`
 * @param options - `retryKey`, `timeout`, `signal`
 * @returns `{ requestId, acceptedRequestId? }`
 * @group Multicast
 */
export async function multicastRawBody(client: ApiClient, body: LineTypes.MulticastRequestBody, options: Pick<LineTypes.PushOptions, 'retryKey' | 'timeout' | 'signal'> = {}): Promise<LineTypes.MulticastResult> {
  validateRecipients(body?.to, 'to', LIMITS.multicastRecipients);
  validateMessages(body.messages);
  const { retryKey, ...call } = options;
  return withMeta(await request<object>(client, { method: 'POST', path: '/v2/bot/message/multicast', body, keyed: true, retryKey }, call));
}

/**
 * Sends the same messages to any number of users. Up to 500 recipients go in one request; more are split into
 * chunks of 500 sent with bounded concurrency, each with its own retry key. Calls `POST /v2/bot/message/multicast`.
 *
 * @remarks
 * If some chunks still fail after their retries, rejects with {@link LineMulticastError}, which lists exactly the
 * recipients that were sent and those that were not.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-multicast-message | Send multicast message}
 * @param to - user IDs (groups and rooms are not allowed)
 * @param messages - 1 to 5 messages
 * @param options - `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
 * @returns `{ requestId, acceptedRequestId? }`, plus `requestIds` (one per chunk) when split
 * @group Multicast
 */
export async function multicast(client: ApiClient, to: string[], messages: LineTypes.Message[], options: LineTypes.MulticastOptions = {}): Promise<LineTypes.MulticastResult> {
  const { notificationDisabled, customAggregationUnits, retryKey, concurrency, ...call } = options;
  validateRecipients(to, 'to');
  validateMessages(messages);
  const extra = {
    ...(notificationDisabled !== undefined ? { notificationDisabled } : {}),
    ...(customAggregationUnits !== undefined ? { customAggregationUnits } : {}),
  };
  const size = LIMITS.multicastRecipients;
  if (to.length <= size) return client.multicastRawBody({ to, messages, ...extra }, { retryKey, ...call });

  const concurrencyOf = concurrency ?? stateOf(client).multicastConcurrency;
  return bulkMulticast(client, { to, messages, extra, key: retryKey ?? randomUUID(), size, concurrency: concurrencyOf, call });
}

/**
 * Same as {@link LineClient.multicast}.
 *
 * @param to - user IDs
 * @param messages - 1 to 5 messages
 * @param options - `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
 * @returns `{ requestId, acceptedRequestId? }`, plus `requestIds` when split
 * @group Multicast
 */
export async function multicastMessages(client: ApiClient, to: string[], messages: LineTypes.Message[], options?: LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
  return client.multicast(to, messages, options);
}

/**
 * Broadcasts with a body you build yourself. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-broadcast-message | Send broadcast message}
 * @param body - `{ messages, notificationDisabled? }`
 * @param options - `retryKey`, `timeout`, `signal`
 * @returns `{ requestId, acceptedRequestId? }` (the request id feeds `getMessageEvent`)
 * @group Broadcast
 */
export async function broadcastRawBody(client: ApiClient, body: LineTypes.BroadcastRequestBody, options: Pick<LineTypes.BroadcastOptions, 'retryKey' | 'timeout' | 'signal'> = {}): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
  validateMessages(body?.messages);
  const { retryKey, ...call } = options;
  return withMeta(await request<object>(client, { method: 'POST', path: '/v2/bot/message/broadcast', body, keyed: true, retryKey }, call));
}

/**
 * Sends messages to every user who added the bot as a friend. Calls `POST /v2/bot/message/broadcast`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-broadcast-message | Send broadcast message}
 * @param messages - 1 to 5 messages
 * @param options - `notificationDisabled`, `retryKey`, `timeout`, `signal`
 * @returns `{ requestId, acceptedRequestId? }`
 * @group Broadcast
 */
export async function broadcast(client: ApiClient, messages: LineTypes.Message[], options: LineTypes.BroadcastOptions = {}): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
  const { notificationDisabled, ...call } = options;
  return client.broadcastRawBody({ messages, ...(notificationDisabled !== undefined ? { notificationDisabled } : {}) }, call);
}

/**
 * Narrowcasts with a body you build yourself. Calls `POST /v2/bot/message/narrowcast` with an `X-Line-Retry-Key`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message | Send narrowcast message}
 * @param body - `{ messages, recipient?, filter?, limit?, notificationDisabled? }`
 * @param options - `retryKey`, `timeout`, `signal`
 * @returns `{ requestId }`: the handle for {@link LineClient.getNarrowcastProgress}
 * @group Narrowcast
 */
export async function narrowcastRawBody(
    client: ApiClient,
    body: LineTypes.NarrowcastRequestBody,
    options: Pick<LineTypes.NarrowcastSendOptions, 'retryKey' | 'timeout' | 'signal'> = {},): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
  validateMessages(body?.messages);
  const max = body.limit?.max;
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
    throw new LineValidationError('limit.max', `expected a positive integer, got ${String(max)}`, 'an integer of 1 or more', String(max));
  }
  const { retryKey, ...call } = options;
  const res = await request<object>(client, { method: 'POST', path: '/v2/bot/message/narrowcast', body, keyed: true, retryKey }, call);
  const { requestId, ...rest } = withMeta(res);
  return { requestId: requestId ?? '', ...rest };
}

/**
 * Sends messages to users chosen by audience and/or demographic filter. Calls `POST /v2/bot/message/narrowcast`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#send-narrowcast-message | Send narrowcast message}
 * @param messages - 1 to 5 messages
 * @param options - `recipient`, `demographic`, `max`, `upToRemainingQuota`, `notificationDisabled`, `retryKey`, `timeout`, `signal`
 * @returns `{ requestId }`: the handle for {@link LineClient.getNarrowcastProgress}
 * @group Narrowcast
 */
export async function narrowcast(client: ApiClient, messages: LineTypes.Message[], options: LineTypes.NarrowcastOptions & LineTypes.NarrowcastSendOptions = {}): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
  const { recipient, demographic, max, upToRemainingQuota, forbidPartialDelivery, notificationDisabled, ...call } = options;
  if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
    throw new LineValidationError('max', `expected a positive integer, got ${String(max)}`, 'an integer of 1 or more', String(max));
  }
  const limit =
    max !== undefined || upToRemainingQuota !== undefined || forbidPartialDelivery !== undefined
      ? { ...(max !== undefined ? { max } : {}), ...(upToRemainingQuota !== undefined ? { upToRemainingQuota } : {}), ...(forbidPartialDelivery !== undefined ? { forbidPartialDelivery } : {}) }
      : undefined;
  return client.narrowcastRawBody(
    {
      messages,
      ...(recipient ? { recipient } : {}),
      ...(demographic ? { filter: { demographic } } : {}),
      ...(limit ? { limit } : {}),
      ...(notificationDisabled !== undefined ? { notificationDisabled } : {}),
    },
    call,
  );
}

/**
 * Same as {@link LineClient.narrowcast}.
 *
 * @param messages - 1 to 5 messages
 * @param options - `recipient`, `demographic`, `max`, `notificationDisabled`, `retryKey`, `timeout`, `signal`
 * @returns `{ requestId }`
 * @group Narrowcast
 */
export async function narrowcastMessages(client: ApiClient, messages: LineTypes.Message[], options?: LineTypes.NarrowcastOptions & LineTypes.NarrowcastSendOptions): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
  return client.narrowcast(messages, options);
}

/**
 * Gets the progress of a narrowcast. Calls `GET /v2/bot/message/progress/narrowcast?requestId=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-narrowcast-progress-status | Get narrowcast progress}
 * @param requestId - the `requestId` a narrowcast resolved
 * @returns `{ phase, successCount?, failureCount?, targetCount?, ... }`
 * @group Narrowcast
 */
export async function getNarrowcastProgress(client: ApiClient, requestId: string): Promise<LineTypes.NarrowcastProgressResponse> {
  requireString(requestId, 'requestId');
  return json(client, { method: 'GET', path: '/v2/bot/message/progress/narrowcast', query: { requestId } });
}

/**
 * Gets the monthly message quota. Calls `GET /v2/bot/message/quota`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-quota | Get the target limit for sending messages this month}
 * @returns `{ type: 'none' }` or `{ type: 'limited', value }`
 * @group Insight
 */
export async function getTargetLimitForAdditionalMessages(client: ApiClient): Promise<LineTypes.TargetLimitForAdditionalMessages> {
  return json(client, { method: 'GET', path: '/v2/bot/message/quota' });
}

/**
 * Gets the number of messages sent this month. Calls `GET /v2/bot/message/quota/consumption`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-consumption | Get number of messages sent this month}
 * @returns `{ totalUsage }`
 * @group Insight
 */
export async function getNumberOfMessagesSentThisMonth(client: ApiClient): Promise<LineTypes.NumberOfMessagesSentThisMonth> {
  return json(client, { method: 'GET', path: '/v2/bot/message/quota/consumption' });
}

/** Shared body of the four delivery counters. */
function delivery(client: ApiClient, kind: 'reply' | 'push' | 'multicast' | 'broadcast', date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
  requireString(date, 'date');
  return json(client, { method: 'GET', path: `/v2/bot/message/delivery/${kind}`, query: { date }, queryAsParams: true });
}

/**
 * Gets the number of reply messages sent on a day. Calls `GET /v2/bot/message/delivery/reply?date=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-reply-messages | Get number of sent reply messages}
 * @param date - the day, `yyyyMMdd` (UTC+9)
 * @returns `{ status, success? }`
 * @group Insight
 */
export async function getNumberOfSentReplyMessages(client: ApiClient, date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
  return delivery(client, 'reply', date);
}

/**
 * Gets the number of push messages sent on a day. Calls `GET /v2/bot/message/delivery/push?date=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-push-messages | Get number of sent push messages}
 * @param date - the day, `yyyyMMdd` (UTC+9)
 * @returns `{ status, success? }`
 * @group Insight
 */
export async function getNumberOfSentPushMessages(client: ApiClient, date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
  return delivery(client, 'push', date);
}

/**
 * Gets the number of multicast messages sent on a day. Calls `GET /v2/bot/message/delivery/multicast?date=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-multicast-messages | Get number of sent multicast messages}
 * @param date - the day, `yyyyMMdd` (UTC+9)
 * @returns `{ status, success? }`
 * @group Insight
 */
export async function getNumberOfSentMulticastMessages(client: ApiClient, date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
  return delivery(client, 'multicast', date);
}

/**
 * Gets the number of broadcast messages sent on a day. Calls `GET /v2/bot/message/delivery/broadcast?date=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-broadcast-messages | Get number of sent broadcast messages}
 * @param date - the day, `yyyyMMdd` (UTC+9)
 * @returns `{ status, success? }`
 * @group Insight
 */
export async function getNumberOfSentBroadcastMessages(client: ApiClient, date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
  return delivery(client, 'broadcast', date);
}

/** Sends one of the five message validation requests. */
async function validateKind(client: ApiClient, kind: 'reply' | 'push' | 'multicast' | 'narrowcast' | 'broadcast', messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
  validateMessages(messages);
  return empty(client, { method: 'POST', path: `/v2/bot/message/validate/${kind}`, body: { messages } });
}

/**
 * Asks LINE whether messages are valid for a reply, without sending them. Calls
 * `POST /v2/bot/message/validate/reply`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-reply-message | Validate message objects of a reply message}
 * @param messages - 1 to 5 messages
 * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
 * @group Validation
 */
export async function validateReplyMessages(client: ApiClient, messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
  return validateKind(client, 'reply', messages);
}

/**
 * Asks LINE whether messages are valid for a push, without sending them. Calls `POST /v2/bot/message/validate/push`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-push-message | Validate message objects of a push message}
 * @param messages - 1 to 5 messages
 * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
 * @group Validation
 */
export async function validatePushMessages(client: ApiClient, messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
  return validateKind(client, 'push', messages);
}

/**
 * Asks LINE whether messages are valid for a multicast, without sending them. Calls
 * `POST /v2/bot/message/validate/multicast`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-multicast-message | Validate message objects of a multicast message}
 * @param messages - 1 to 5 messages
 * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
 * @group Validation
 */
export async function validateMulticastMessages(client: ApiClient, messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
  return validateKind(client, 'multicast', messages);
}

/**
 * Asks LINE whether messages are valid for a narrowcast, without sending them. Calls
 * `POST /v2/bot/message/validate/narrowcast`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-narrowcast-message | Validate message objects of a narrowcast message}
 * @param messages - 1 to 5 messages
 * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
 * @group Validation
 */
export async function validateNarrowcastMessages(client: ApiClient, messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
  return validateKind(client, 'narrowcast', messages);
}

/**
 * Asks LINE whether messages are valid for a broadcast, without sending them. Calls
 * `POST /v2/bot/message/validate/broadcast`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-broadcast-message | Validate message objects of a broadcast message}
 * @param messages - 1 to 5 messages
 * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
 * @group Validation
 */
export async function validateBroadcastMessages(client: ApiClient, messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
  return validateKind(client, 'broadcast', messages);
}

/**
 * Gets the number of aggregation units used this month. Calls `GET /v2/bot/message/aggregation/info`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-units-used-this-month | Get number of units used this month}
 * @returns `{ numOfCustomAggregationUnits }`
 * @group Insight
 */
export async function getAggregationUnitUsage(client: ApiClient): Promise<LineTypes.GetAggregationUnitUsageResponse> {
  return json(client, { method: 'GET', path: '/v2/bot/message/aggregation/info' });
}

/**
 * Gets one page of the names of the aggregation units used this month. Calls
 * `GET /v2/bot/message/aggregation/list`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-name-list-of-units-used-this-month | Get name list of units used this month}
 * @param options - `limit` (names per page), `start` (the `next` token of the previous page)
 * @returns `{ customAggregationUnits, next? }`
 * @group Insight
 */
export async function getAggregationUnitNameList(client: ApiClient, options: LineTypes.PageOptions = {}): Promise<LineTypes.GetAggregationUnitNameListResponse> {
  optionalInt(options.limit, 'limit', 1, Number.MAX_SAFE_INTEGER);
  const query = compactQuery({ limit: options.limit, start: options.start });
  return json(client, { method: 'GET', path: '/v2/bot/message/aggregation/list', ...(query ? { query } : {}) });
}

/**
 * Sends a LINE notification message to a phone number (partners only). Calls `POST /bot/pnp/push`, with the
 * `X-Line-Delivery-Tag` header when `deliveryTag` is given.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#send-line-notification-message | Send LINE notification message}
 * @param phoneNumberHash - the phone number in E.164 format, hashed with SHA-256 (64 hex characters)
 * @param messages - 1 to 5 messages
 * @param options - `deliveryTag` (16-100 characters, returned in the delivery completion event), `notificationDisabled`, `timeout`, `signal`
 * @returns `{}`
 * @group LINE Notification Messages
 */
export async function pushMessagesByPhone(client: ApiClient, phoneNumberHash: string, messages: LineTypes.Message[], options: LineTypes.PushMessagesByPhoneOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
  requireString(phoneNumberHash, 'phoneNumberHash');
  if (!/^[0-9a-fA-F]{64}$/.test(phoneNumberHash)) {
    // The value is not echoed: it may be a raw phone number.
    throw new LineValidationError('phoneNumberHash', 'expected the SHA-256 hex digest (64 hex characters) of the phone number in E.164 format, not the phone number itself', '64 hex characters');
  }
  validateMessages(messages);
  const { deliveryTag, notificationDisabled, ...call } = options;
  if (deliveryTag !== undefined && (typeof deliveryTag !== 'string' || deliveryTag.length < 16 || deliveryTag.length > 100)) {
    throw new LineValidationError('deliveryTag', 'LINE accepts 16 to 100 characters', '16-100 characters', typeof deliveryTag === 'string' ? deliveryTag.length : typeof deliveryTag);
  }
  return empty(client, 
    {
      method: 'POST',
      path: '/bot/pnp/push',
      body: { to: phoneNumberHash, messages, ...(notificationDisabled !== undefined ? { notificationDisabled } : {}) },
      ...(deliveryTag !== undefined ? { headers: { 'X-Line-Delivery-Tag': deliveryTag } } : {}),
    },
    call,
  );
}

/**
 * Gets the number of LINE notification messages sent on a day. Calls `GET /v2/bot/message/delivery/pnp?date=`.
 *
 * @see {@link https://developers.line.biz/en/reference/partner-docs/#get-number-of-sent-line-notification-messages | Get number of sent LINE notification messages}
 * @param date - the day, `yyyyMMdd` (UTC+9)
 * @returns `{ status, success? }`
 * @group LINE Notification Messages
 */
export async function getNumberOfSentPnpMessages(client: ApiClient, date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
  requireDate(date, 'date');
  return json(client, { method: 'GET', path: '/v2/bot/message/delivery/pnp', query: { date } });
}
