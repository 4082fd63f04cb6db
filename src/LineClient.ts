import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AxiosInstance } from 'axios';

import * as Line from './Line';
import type * as LineTypes from './LineTypes';
import { createDebug, deprecate } from './debug';
import { LineApiError, LineError, LineMulticastError, LineValidationError } from './errors';
import { createAxios } from './http/createAxios';
import { DEFAULT_RETRY, path, send, type Endpoint, type TransportResponse, type TransportSettings } from './http/transport';
import { splitSendOptions } from './messageOptions';
import { LIMITS, requireString, validateMessages, validateRecipients } from './validate';

const API_ORIGIN = 'https://api.line.me';
const DATA_ORIGIN = 'https://api-data.line.me';
const DEFAULT_TIMEOUT = 30_000;
const UPLOAD_TIMEOUT = 120_000;

/** Internal state of a client, kept out of the instance so that no secret is ever an own property. */
interface ClientState {
  accessToken: string;
  channelSecret?: string;
  settings: TransportSettings;
  call?: LineTypes.RequestOptions;
  multicastConcurrency: number;
}

const STATE = new WeakMap<object, ClientState>();

function stateOf(client: object): ClientState {
  const state = STATE.get(client);
  if (!state) throw new LineError('LineClient: this object is not a LineClient (construct it with `new LineClient({ accessToken })`).');
  return state;
}

/** The message kinds of the generated helpers, with the factory and where the options argument sits. */
const KINDS = {
  Text: { build: Line.createText, optionsAt: 1 },
  Image: { build: Line.createImage, optionsAt: 1, legacy: true },
  Video: { build: Line.createVideo, optionsAt: 1, legacy: true },
  Audio: { build: Line.createAudio, optionsAt: 1, legacy: true },
  Location: { build: Line.createLocation, optionsAt: 1 },
  Sticker: { build: Line.createSticker, optionsAt: 1, legacy: true },
  Imagemap: { build: Line.createImagemap, optionsAt: 2 },
  Flex: { build: Line.createFlex, optionsAt: 2 },
  Template: { build: Line.createTemplate, optionsAt: 2 },
  ButtonTemplate: { build: Line.createButtonTemplate, optionsAt: 2 },
  ConfirmTemplate: { build: Line.createConfirmTemplate, optionsAt: 2 },
  CarouselTemplate: { build: Line.createCarouselTemplate, optionsAt: 2 },
  ImageCarouselTemplate: { build: Line.createImageCarouselTemplate, optionsAt: 2 },
} as const;

type Kind = keyof typeof KINDS;
type Verb = 'reply' | 'push' | 'multicast' | 'broadcast';

/** Derives the retry key of chunk `index` from a caller's key, so that re-sending the same multicast is idempotent. */
function chunkKey(key: string, index: number): string {
  const h = createHash('sha1').update(`${key}:${index}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function withMeta<T>(res: TransportResponse<T>): T & LineTypes.SendMetadata {
  const data = (res.data && typeof res.data === 'object' ? res.data : {}) as T;
  const meta: LineTypes.SendMetadata = {};
  if (res.headers['x-line-request-id']) meta.requestId = res.headers['x-line-request-id'];
  if (res.acceptedRequestId) meta.acceptedRequestId = res.acceptedRequestId;
  return { ...data, ...meta };
}

/**
 * Client of the LINE Messaging API.
 *
 * @remarks
 * Every method returns a promise and rejects with a {@link LineError} subclass: {@link LineApiError} when LINE
 * answers 4xx/5xx, {@link LineTimeoutError}, {@link LineNetworkError}, or {@link LineValidationError} before
 * anything is sent. Push, multicast, narrowcast and broadcast carry an `X-Line-Retry-Key` and are retried safely;
 * GET requests are retried too; replies never are.
 *
 * @example
 * ```ts
 * const client = new LineClient({ accessToken, channelSecret });
 * await client.replyText(event.replyToken, 'Hello!');
 * ```
 */
export class LineClient {
  /** The axios instance of the API host (`https://api.line.me`, or `origin`). Interceptors and adapters you add act on every call. */
  readonly axios: AxiosInstance;

  /** The axios instance of the data host (`https://api-data.line.me`, or `dataOrigin`). */
  readonly dataAxios: AxiosInstance;

  /**
   * Creates a client.
   *
   * @deprecated Use `new LineClient(config)`. The legacy form `connect(accessToken, channelSecret)` also works.
   * @param config - the client config, or (legacy) the access token
   * @param channelSecret - (legacy form only) the channel secret
   * @returns a new client
   */
  static connect(config: LineTypes.ClientConfig | string, channelSecret?: string): LineClient {
    deprecate('connect', '`LineClient.connect(...)` is deprecated. Use `new LineClient({ accessToken, channelSecret })` instead.');
    return new LineClient(typeof config === 'string' ? { accessToken: config, channelSecret } : config);
  }

  /**
   * @param config - access token, optional channel secret, origins, timeout, retry policy and hooks
   */
  constructor(config: LineTypes.ClientConfig) {
    if (typeof config === 'string') {
      throw new LineValidationError(
        'config',
        'LineClient takes a config object: use `new LineClient({ accessToken, channelSecret })` (the string given is not shown here because it is usually the access token)',
      );
    }
    if (!config || typeof config !== 'object') throw new LineValidationError('config', 'expected `{ accessToken, channelSecret? }`');
    requireString(config.accessToken, 'config.accessToken');
    const token = () => stateOf(this).accessToken;
    const requestLog = createDebug('messaging-api:request');
    const common = { token, onRequest: config.onRequest, requestLog, httpAgent: config.httpAgent, httpsAgent: config.httpsAgent };
    this.axios = createAxios({ ...common, baseURL: config.origin ?? API_ORIGIN });
    this.dataAxios = createAxios({ ...common, baseURL: config.dataOrigin ?? DATA_ORIGIN });
    STATE.set(this, {
      accessToken: config.accessToken,
      channelSecret: config.channelSecret,
      multicastConcurrency: Math.max(1, config.multicastConcurrency ?? 4),
      settings: {
        hosts: { api: this.axios, data: this.dataAxios },
        token,
        timeout: config.timeout ?? DEFAULT_TIMEOUT,
        retry: config.retry === false ? false : { ...DEFAULT_RETRY, ...config.retry },
        onRetry: config.onRetry,
        debug: createDebug('messaging-api:retry'),
      },
    });
  }

  /** The channel access token (never enumerable, never shown by `console.log(client)`). */
  get accessToken(): string {
    return stateOf(this).accessToken;
  }

  /** The channel secret, if one was given. */
  get channelSecret(): string | undefined {
    return stateOf(this).channelSecret;
  }

  /**
   * Returns a view of this client whose calls use the given timeout and/or `AbortSignal`.
   *
   * @example `await client.withOptions({ timeout: 5000, signal }).getUserProfile(userId)`
   * @param options - per-call `timeout` (ms) and `signal`
   * @returns a client sharing this one's connections and settings
   */
  withOptions(options: LineTypes.RequestOptions): this {
    const state = stateOf(this);
    const view = Object.create(this) as this;
    STATE.set(view, { ...state, call: { ...state.call, ...options } });
    return view;
  }

  /** Sends one request through the transport. */
  private request<T>(endpoint: Endpoint, call?: LineTypes.RequestOptions): Promise<TransportResponse<T>> {
    const state = stateOf(this);
    return send<T>(state.settings, endpoint, call ? { ...state.call, ...call } : state.call);
  }

  /** Sends one request and resolves the response body. */
  private async json<T>(endpoint: Endpoint): Promise<T> {
    return (await this.request<T>(endpoint)).data;
  }

  /** Like `json`, but resolves `fallback` when LINE answers 404 (1.1.0's rule for a few getters). */
  private async or404<T, F>(endpoint: Endpoint, fallback: F): Promise<T | F> {
    try {
      return await this.json<T>(endpoint);
    } catch (err) {
      if (err instanceof LineApiError && err.status === 404) return fallback;
      throw err;
    }
  }

  /** Builds one message with a `Line` factory and sends it with `verb` (the body of every generated helper). */
  private sendOne<R>(verb: Verb, target: string | string[] | undefined, kind: Kind, args: unknown[]): Promise<R> {
    const { build, optionsAt } = KINDS[kind];
    const at = 'legacy' in KINDS[kind] && typeof args[0] === 'string' ? optionsAt + 1 : optionsAt;
    const [messageOptions, sendOptions] = splitSendOptions(args[at] as object | undefined);
    const factoryArgs = args.slice(0, at);
    factoryArgs[at] = messageOptions;
    const message = (build as (...a: unknown[]) => LineTypes.Message)(...factoryArgs);
    // Through the public core methods, so that spies on `client.reply` & co. see helper calls too (as in 1.1.0).
    const sent =
      verb === 'reply'
        ? this.reply(target as string, [message], sendOptions)
        : verb === 'push'
          ? this.push(target as string, [message], sendOptions)
          : verb === 'multicast'
            ? this.multicast(target as string[], [message], sendOptions)
            : this.broadcast([message], sendOptions);
    return sent as Promise<unknown> as Promise<R>;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Bot info and webhook endpoint
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Gets the bot's basic information. Calls `GET /v2/bot/info`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-bot-info | Get bot info}
   * @returns user ID, basic ID, display name, picture, chat mode and mark-as-read mode
   * @group Bot
   */
  getBotInfo(): Promise<LineTypes.BotInfoResponse> {
    return this.json({ method: 'GET', path: '/v2/bot/info' });
  }

  /**
   * Gets the webhook endpoint URL and whether it is active. Calls `GET /v2/bot/channel/webhook/endpoint`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information | Get webhook endpoint information}
   * @returns `{ endpoint, active }`
   * @group Webhook
   */
  getWebhookEndpointInfo(): Promise<LineTypes.WebhookEndpointInfoResponse> {
    return this.json({ method: 'GET', path: '/v2/bot/channel/webhook/endpoint' });
  }

  /**
   * Sets the webhook endpoint URL. Calls `PUT /v2/bot/channel/webhook/endpoint`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#set-webhook-endpoint-url | Set webhook endpoint URL}
   * @param endpoint - HTTPS URL of the webhook endpoint (max 500 characters)
   * @returns an empty object
   * @group Webhook
   */
  setWebhookEndpointUrl(endpoint: string): Promise<LineTypes.MutationSuccessResponse> {
    requireString(endpoint, 'endpoint');
    return this.json({ method: 'PUT', path: '/v2/bot/channel/webhook/endpoint', body: { endpoint } });
  }

  /**
   * Sends a test webhook event to the endpoint and reports the outcome. Calls `POST /v2/bot/channel/webhook/test`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#test-webhook-endpoint | Test webhook endpoint}
   * @param endpoint - URL to test instead of the configured one (optional)
   * @returns `{ success, timestamp, statusCode, reason, detail }`
   * @group Webhook
   */
  testWebhookEndpoint(endpoint?: string): Promise<LineTypes.TestWebhookEndpointResponse> {
    return this.json({ method: 'POST', path: '/v2/bot/channel/webhook/test', ...(endpoint !== undefined ? { body: { endpoint } } : {}) });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Reply, push, multicast, broadcast, narrowcast: the core methods
  // ---------------------------------------------------------------------------------------------------------------

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
  replyRawBody(body: LineTypes.ReplyRequestBody, options?: LineTypes.RequestOptions): Promise<LineTypes.ReplyMessageResponse> {
    requireString(body?.replyToken, 'replyToken');
    validateMessages(body.messages);
    return this.request<LineTypes.ReplyMessageResponse>({ method: 'POST', path: '/v2/bot/message/reply', body }, options).then((r) => r.data);
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
  reply(replyToken: string, messages: LineTypes.Message[], options: LineTypes.ReplyOptions = {}): Promise<LineTypes.ReplyMessageResponse> {
    const { notificationDisabled, ...call } = options;
    return this.replyRawBody({ replyToken, messages, ...(notificationDisabled !== undefined ? { notificationDisabled } : {}) }, call);
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
  replyMessages(replyToken: string, messages: LineTypes.Message[], options?: LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.reply(replyToken, messages, options);
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
  async pushRawBody(body: LineTypes.PushRequestBody, options: Pick<LineTypes.PushOptions, 'retryKey' | 'timeout' | 'signal'> = {}): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    requireString(body?.to, 'to');
    validateMessages(body.messages);
    const { retryKey, ...call } = options;
    return withMeta(await this.request<LineTypes.PushMessageResponse>({ method: 'POST', path: '/v2/bot/message/push', body, keyed: true, retryKey }, call));
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
  push(to: string, messages: LineTypes.Message[], options: LineTypes.PushOptions = {}): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    const { notificationDisabled, customAggregationUnits, ...call } = options;
    return this.pushRawBody(
      {
        to,
        messages,
        ...(notificationDisabled !== undefined ? { notificationDisabled } : {}),
        ...(customAggregationUnits !== undefined ? { customAggregationUnits } : {}),
      },
      call,
    );
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
  pushMessages(to: string, messages: LineTypes.Message[], options?: LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.push(to, messages, options);
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
  async multicastRawBody(body: LineTypes.MulticastRequestBody, options: Pick<LineTypes.PushOptions, 'retryKey' | 'timeout' | 'signal'> = {}): Promise<LineTypes.MulticastResult> {
    validateRecipients(body?.to, 'to', LIMITS.multicastRecipients);
    validateMessages(body.messages);
    const { retryKey, ...call } = options;
    return withMeta(await this.request<object>({ method: 'POST', path: '/v2/bot/message/multicast', body, keyed: true, retryKey }, call));
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
  async multicast(to: string[], messages: LineTypes.Message[], options: LineTypes.MulticastOptions = {}): Promise<LineTypes.MulticastResult> {
    const { notificationDisabled, customAggregationUnits, retryKey, concurrency, ...call } = options;
    validateRecipients(to, 'to');
    validateMessages(messages);
    const extra = {
      ...(notificationDisabled !== undefined ? { notificationDisabled } : {}),
      ...(customAggregationUnits !== undefined ? { customAggregationUnits } : {}),
    };
    const size = LIMITS.multicastRecipients;
    if (to.length <= size) return this.multicastRawBody({ to, messages, ...extra }, { retryKey, ...call });

    const chunks: string[][] = [];
    for (let i = 0; i < to.length; i += size) chunks.push(to.slice(i, i + size));
    const results: (LineTypes.MulticastResult | LineError)[] = new Array(chunks.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const index = next++;
        try {
          const key = retryKey ? chunkKey(retryKey, index) : undefined;
          results[index] = await this.multicastRawBody({ to: chunks[index], messages, ...extra }, { retryKey: key, ...call });
        } catch (err) {
          results[index] = err instanceof LineError ? err : new LineError(String(err));
        }
      }
    };
    const workers = Math.min(chunks.length, Math.max(1, concurrency ?? stateOf(this).multicastConcurrency));
    await Promise.all(Array.from({ length: workers }, worker));

    const errors = results.filter((r): r is LineError => r instanceof LineError);
    if (errors.length > 0) {
      const sent = chunks.filter((_, i) => !(results[i] instanceof LineError)).flat();
      const unsent = chunks.filter((_, i) => results[i] instanceof LineError).flat();
      throw new LineMulticastError(sent, unsent, errors);
    }
    const ok = results as LineTypes.MulticastResult[];
    return { requestId: ok[0].requestId, requestIds: ok.map((r) => r.requestId ?? '') };
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
  multicastMessages(to: string[], messages: LineTypes.Message[], options?: LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.multicast(to, messages, options);
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
  async broadcastRawBody(body: LineTypes.BroadcastRequestBody, options: Pick<LineTypes.BroadcastOptions, 'retryKey' | 'timeout' | 'signal'> = {}): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    validateMessages(body?.messages);
    const { retryKey, ...call } = options;
    return withMeta(await this.request<object>({ method: 'POST', path: '/v2/bot/message/broadcast', body, keyed: true, retryKey }, call));
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
  broadcast(messages: LineTypes.Message[], options: LineTypes.BroadcastOptions = {}): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    const { notificationDisabled, ...call } = options;
    return this.broadcastRawBody({ messages, ...(notificationDisabled !== undefined ? { notificationDisabled } : {}) }, call);
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
  async narrowcastRawBody(body: LineTypes.NarrowcastRequestBody, options: LineTypes.NarrowcastSendOptions = {}): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
    validateMessages(body?.messages);
    const max = body.limit?.max;
    if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
      throw new LineValidationError('limit.max', `expected a positive integer, got ${String(max)}`, 'an integer of 1 or more', String(max));
    }
    const { retryKey, notificationDisabled: _ignored, ...call } = options;
    const res = await this.request<object>({ method: 'POST', path: '/v2/bot/message/narrowcast', body, keyed: true, retryKey }, call);
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
  narrowcast(messages: LineTypes.Message[], options: LineTypes.NarrowcastOptions & LineTypes.NarrowcastSendOptions = {}): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
    const { recipient, demographic, max, upToRemainingQuota, forbidPartialDelivery, notificationDisabled, ...call } = options;
    if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
      throw new LineValidationError('max', `expected a positive integer, got ${String(max)}`, 'an integer of 1 or more', String(max));
    }
    const limit =
      max !== undefined || upToRemainingQuota !== undefined || forbidPartialDelivery !== undefined
        ? { ...(max !== undefined ? { max } : {}), ...(upToRemainingQuota !== undefined ? { upToRemainingQuota } : {}), ...(forbidPartialDelivery !== undefined ? { forbidPartialDelivery } : {}) }
        : undefined;
    return this.narrowcastRawBody(
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
  narrowcastMessages(messages: LineTypes.Message[], options?: LineTypes.NarrowcastOptions & LineTypes.NarrowcastSendOptions): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
    return this.narrowcast(messages, options);
  }

  /**
   * Gets the progress of a narrowcast. Calls `GET /v2/bot/message/progress/narrowcast?requestId=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-narrowcast-progress-status | Get narrowcast progress}
   * @param requestId - the `requestId` a narrowcast resolved
   * @returns `{ phase, successCount?, failureCount?, targetCount?, ... }`
   * @group Narrowcast
   */
  getNarrowcastProgress(requestId: string): Promise<LineTypes.NarrowcastProgressResponse> {
    requireString(requestId, 'requestId');
    return this.json({ method: 'GET', path: '/v2/bot/message/progress/narrowcast', query: { requestId } });
  }

  // <generated:senders>
  // Generated by scripts/gen-senders.js from its VERBS × KINDS tables. Do not edit by hand: run `npm run gen:senders`.
  // Reply: one helper per message kind

  /**
   * Replies to an event with a text message, built with `Line.createText`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message | text message}
   * @param replyToken - the reply token of the webhook event
   * @param text - the text (max 5,000 UTF-16 code units); `$` marks emoji positions
   * @param options - message options (`quickReply`, `sender`, `emojis`, `quoteToken`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyText(replyToken: string, text: string, options?: LineTypes.TextMessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Text', [text, options]);
  }

  /**
   * Replies to an event with an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param replyToken - the reply token of the webhook event
   * @param image - `{ originalContentUrl, previewImageUrl? }` (the preview defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyImage(replyToken: string, image: LineTypes.ImageMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  /**
   * Replies to an event with an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param replyToken - the reply token of the webhook event
   * @param originalContentUrl - HTTPS URL of the image (JPEG or PNG, max 10 MB)
   * @param previewImageUrl - HTTPS URL of the preview (defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyImage(replyToken: string, originalContentUrl: string, previewImageUrl?: string, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  replyImage(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Image', args);
  }

  /**
   * Replies to an event with a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param replyToken - the reply token of the webhook event
   * @param video - `{ originalContentUrl, previewImageUrl, trackingId? }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyVideo(replyToken: string, video: LineTypes.VideoMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  /**
   * Replies to an event with a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param replyToken - the reply token of the webhook event
   * @param originalContentUrl - HTTPS URL of the MP4 video
   * @param previewImageUrl - HTTPS URL of the preview image
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyVideo(replyToken: string, originalContentUrl: string, previewImageUrl: string, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  replyVideo(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Video', args);
  }

  /**
   * Replies to an event with an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param replyToken - the reply token of the webhook event
   * @param audio - `{ originalContentUrl, duration }` (duration in ms)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyAudio(replyToken: string, audio: LineTypes.AudioMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  /**
   * Replies to an event with an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param replyToken - the reply token of the webhook event
   * @param originalContentUrl - HTTPS URL of the audio file (MP3 or M4A)
   * @param duration - length in milliseconds
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyAudio(replyToken: string, originalContentUrl: string, duration: number, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  replyAudio(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Audio', args);
  }

  /**
   * Replies to an event with a location message, built with `Line.createLocation`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-message | location message}
   * @param replyToken - the reply token of the webhook event
   * @param location - `{ title, address, latitude, longitude }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyLocation(replyToken: string, location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Location', [location, options]);
  }

  /**
   * Replies to an event with a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param replyToken - the reply token of the webhook event
   * @param sticker - `{ packageId, stickerId }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replySticker(replyToken: string, sticker: LineTypes.StickerMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  /**
   * Replies to an event with a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param replyToken - the reply token of the webhook event
   * @param packageId - package ID of the sticker set
   * @param stickerId - sticker ID
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replySticker(replyToken: string, packageId: string, stickerId: string, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse>;
  replySticker(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Sticker', args);
  }

  /**
   * Replies to an event with an imagemap message, built with `Line.createImagemap`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | imagemap message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param imagemap - `{ baseUrl, baseSize, video?, actions }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyImagemap(replyToken: string, altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Imagemap', [altText, imagemap, options]);
  }

  /**
   * Replies to an event with a Flex message, built with `Line.createFlex`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#flex-message | Flex message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param flex - a bubble or a carousel (max 12 bubbles)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyFlex(replyToken: string, altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Flex', [altText, flex, options]);
  }

  /**
   * Replies to an event with a template message, built with `Line.createTemplate`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#template-messages | template message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param template - a buttons, confirm, carousel or image carousel template
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyTemplate(replyToken: string, altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'Template', [altText, template, options]);
  }

  /**
   * Replies to an event with a buttons template message, built with `Line.createButtonTemplate`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyButtonTemplate(replyToken: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'ButtonTemplate', [altText, buttonTemplate, options]);
  }

  /**
   * Same as {@link LineClient.replyButtonTemplate}.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyButtonsTemplate(replyToken: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.replyButtonTemplate(replyToken, altText, buttonTemplate, options);
  }

  /**
   * Replies to an event with a confirm template message, built with `Line.createConfirmTemplate`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#confirm | confirm template message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param confirmTemplate - `{ text, actions }` (2 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyConfirmTemplate(replyToken: string, altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'ConfirmTemplate', [altText, confirmTemplate, options]);
  }

  /**
   * Replies to an event with a carousel template message, built with `Line.createCarouselTemplate`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#carousel | carousel template message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`imageAspectRatio`, `imageSize`, `quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyCarouselTemplate(replyToken: string, altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'CarouselTemplate', [altText, columns, options]);
  }

  /**
   * Replies to an event with an image carousel template message, built with `Line.createImageCarouselTemplate`. Calls `POST /v2/bot/message/reply` (never retried: a reply token is single-use).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-carousel | image carousel template message}
   * @param replyToken - the reply token of the webhook event
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `timeout`, `signal`
   * @returns `{ sentMessages }`
   * @group Reply
   */
  replyImageCarouselTemplate(replyToken: string, altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
    return this.sendOne('reply', replyToken, 'ImageCarouselTemplate', [altText, columns, options]);
  }

  // Push: one helper per message kind

  /**
   * Pushes a text message, built with `Line.createText`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message | text message}
   * @param to - ID of the user, group or room
   * @param text - the text (max 5,000 UTF-16 code units); `$` marks emoji positions
   * @param options - message options (`quickReply`, `sender`, `emojis`, `quoteToken`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushText(to: string, text: string, options?: LineTypes.TextMessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Text', [text, options]);
  }

  /**
   * Pushes an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param to - ID of the user, group or room
   * @param image - `{ originalContentUrl, previewImageUrl? }` (the preview defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushImage(to: string, image: LineTypes.ImageMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  /**
   * Pushes an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param to - ID of the user, group or room
   * @param originalContentUrl - HTTPS URL of the image (JPEG or PNG, max 10 MB)
   * @param previewImageUrl - HTTPS URL of the preview (defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushImage(to: string, originalContentUrl: string, previewImageUrl?: string, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  pushImage(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Image', args);
  }

  /**
   * Pushes a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param to - ID of the user, group or room
   * @param video - `{ originalContentUrl, previewImageUrl, trackingId? }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushVideo(to: string, video: LineTypes.VideoMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  /**
   * Pushes a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param to - ID of the user, group or room
   * @param originalContentUrl - HTTPS URL of the MP4 video
   * @param previewImageUrl - HTTPS URL of the preview image
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushVideo(to: string, originalContentUrl: string, previewImageUrl: string, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  pushVideo(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Video', args);
  }

  /**
   * Pushes an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param to - ID of the user, group or room
   * @param audio - `{ originalContentUrl, duration }` (duration in ms)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushAudio(to: string, audio: LineTypes.AudioMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  /**
   * Pushes an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param to - ID of the user, group or room
   * @param originalContentUrl - HTTPS URL of the audio file (MP3 or M4A)
   * @param duration - length in milliseconds
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushAudio(to: string, originalContentUrl: string, duration: number, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  pushAudio(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Audio', args);
  }

  /**
   * Pushes a location message, built with `Line.createLocation`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-message | location message}
   * @param to - ID of the user, group or room
   * @param location - `{ title, address, latitude, longitude }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushLocation(to: string, location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Location', [location, options]);
  }

  /**
   * Pushes a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param to - ID of the user, group or room
   * @param sticker - `{ packageId, stickerId }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushSticker(to: string, sticker: LineTypes.StickerMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  /**
   * Pushes a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param to - ID of the user, group or room
   * @param packageId - package ID of the sticker set
   * @param stickerId - sticker ID
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushSticker(to: string, packageId: string, stickerId: string, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>;
  pushSticker(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Sticker', args);
  }

  /**
   * Pushes an imagemap message, built with `Line.createImagemap`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | imagemap message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param imagemap - `{ baseUrl, baseSize, video?, actions }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushImagemap(to: string, altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Imagemap', [altText, imagemap, options]);
  }

  /**
   * Pushes a Flex message, built with `Line.createFlex`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#flex-message | Flex message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param flex - a bubble or a carousel (max 12 bubbles)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushFlex(to: string, altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Flex', [altText, flex, options]);
  }

  /**
   * Pushes a template message, built with `Line.createTemplate`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#template-messages | template message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param template - a buttons, confirm, carousel or image carousel template
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushTemplate(to: string, altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'Template', [altText, template, options]);
  }

  /**
   * Pushes a buttons template message, built with `Line.createButtonTemplate`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushButtonTemplate(to: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'ButtonTemplate', [altText, buttonTemplate, options]);
  }

  /**
   * Same as {@link LineClient.pushButtonTemplate}.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushButtonsTemplate(to: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.pushButtonTemplate(to, altText, buttonTemplate, options);
  }

  /**
   * Pushes a confirm template message, built with `Line.createConfirmTemplate`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#confirm | confirm template message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param confirmTemplate - `{ text, actions }` (2 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushConfirmTemplate(to: string, altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'ConfirmTemplate', [altText, confirmTemplate, options]);
  }

  /**
   * Pushes a carousel template message, built with `Line.createCarouselTemplate`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#carousel | carousel template message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`imageAspectRatio`, `imageSize`, `quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushCarouselTemplate(to: string, altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'CarouselTemplate', [altText, columns, options]);
  }

  /**
   * Pushes an image carousel template message, built with `Line.createImageCarouselTemplate`. Calls `POST /v2/bot/message/push` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-carousel | image carousel template message}
   * @param to - ID of the user, group or room
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`
   * @returns `{ sentMessages, requestId, acceptedRequestId? }`
   * @group Push
   */
  pushImageCarouselTemplate(to: string, altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
    return this.sendOne('push', to, 'ImageCarouselTemplate', [altText, columns, options]);
  }

  // Multicast: one helper per message kind

  /**
   * Multicasts a text message, built with `Line.createText`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message | text message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param text - the text (max 5,000 UTF-16 code units); `$` marks emoji positions
   * @param options - message options (`quickReply`, `sender`, `emojis`, `quoteToken`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastText(to: string[], text: string, options?: LineTypes.TextMessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Text', [text, options]);
  }

  /**
   * Multicasts an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param image - `{ originalContentUrl, previewImageUrl? }` (the preview defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastImage(to: string[], image: LineTypes.ImageMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  /**
   * Multicasts an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param originalContentUrl - HTTPS URL of the image (JPEG or PNG, max 10 MB)
   * @param previewImageUrl - HTTPS URL of the preview (defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastImage(to: string[], originalContentUrl: string, previewImageUrl?: string, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  multicastImage(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Image', args);
  }

  /**
   * Multicasts a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param video - `{ originalContentUrl, previewImageUrl, trackingId? }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastVideo(to: string[], video: LineTypes.VideoMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  /**
   * Multicasts a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param originalContentUrl - HTTPS URL of the MP4 video
   * @param previewImageUrl - HTTPS URL of the preview image
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastVideo(to: string[], originalContentUrl: string, previewImageUrl: string, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  multicastVideo(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Video', args);
  }

  /**
   * Multicasts an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param audio - `{ originalContentUrl, duration }` (duration in ms)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastAudio(to: string[], audio: LineTypes.AudioMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  /**
   * Multicasts an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param originalContentUrl - HTTPS URL of the audio file (MP3 or M4A)
   * @param duration - length in milliseconds
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastAudio(to: string[], originalContentUrl: string, duration: number, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  multicastAudio(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Audio', args);
  }

  /**
   * Multicasts a location message, built with `Line.createLocation`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-message | location message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param location - `{ title, address, latitude, longitude }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastLocation(to: string[], location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Location', [location, options]);
  }

  /**
   * Multicasts a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param sticker - `{ packageId, stickerId }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastSticker(to: string[], sticker: LineTypes.StickerMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  /**
   * Multicasts a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param packageId - package ID of the sticker set
   * @param stickerId - sticker ID
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastSticker(to: string[], packageId: string, stickerId: string, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult>;
  multicastSticker(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Sticker', args);
  }

  /**
   * Multicasts an imagemap message, built with `Line.createImagemap`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | imagemap message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param imagemap - `{ baseUrl, baseSize, video?, actions }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastImagemap(to: string[], altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Imagemap', [altText, imagemap, options]);
  }

  /**
   * Multicasts a Flex message, built with `Line.createFlex`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#flex-message | Flex message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param flex - a bubble or a carousel (max 12 bubbles)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastFlex(to: string[], altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Flex', [altText, flex, options]);
  }

  /**
   * Multicasts a template message, built with `Line.createTemplate`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#template-messages | template message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param template - a buttons, confirm, carousel or image carousel template
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastTemplate(to: string[], altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'Template', [altText, template, options]);
  }

  /**
   * Multicasts a buttons template message, built with `Line.createButtonTemplate`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastButtonTemplate(to: string[], altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'ButtonTemplate', [altText, buttonTemplate, options]);
  }

  /**
   * Same as {@link LineClient.multicastButtonTemplate}.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastButtonsTemplate(to: string[], altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.multicastButtonTemplate(to, altText, buttonTemplate, options);
  }

  /**
   * Multicasts a confirm template message, built with `Line.createConfirmTemplate`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#confirm | confirm template message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param confirmTemplate - `{ text, actions }` (2 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastConfirmTemplate(to: string[], altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'ConfirmTemplate', [altText, confirmTemplate, options]);
  }

  /**
   * Multicasts a carousel template message, built with `Line.createCarouselTemplate`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#carousel | carousel template message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`imageAspectRatio`, `imageSize`, `quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastCarouselTemplate(to: string[], altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'CarouselTemplate', [altText, columns, options]);
  }

  /**
   * Multicasts an image carousel template message, built with `Line.createImageCarouselTemplate`. Calls `POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-carousel | image carousel template message}
   * @param to - user IDs (more than 500 are sent in chunks of 500)
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId?, requestIds? }`
   * @group Multicast
   */
  multicastImageCarouselTemplate(to: string[], altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
    return this.sendOne('multicast', to, 'ImageCarouselTemplate', [altText, columns, options]);
  }

  // Broadcast: one helper per message kind

  /**
   * Broadcasts to every friend a text message, built with `Line.createText`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#text-message | text message}
   * @param text - the text (max 5,000 UTF-16 code units); `$` marks emoji positions
   * @param options - message options (`quickReply`, `sender`, `emojis`, `quoteToken`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastText(text: string, options?: LineTypes.TextMessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Text', [text, options]);
  }

  /**
   * Broadcasts to every friend an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param image - `{ originalContentUrl, previewImageUrl? }` (the preview defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastImage(image: LineTypes.ImageMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  /**
   * Broadcasts to every friend an image message, built with `Line.createImage`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-message | image message}
   * @param originalContentUrl - HTTPS URL of the image (JPEG or PNG, max 10 MB)
   * @param previewImageUrl - HTTPS URL of the preview (defaults to the original)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastImage(originalContentUrl: string, previewImageUrl?: string, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  broadcastImage(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Image', args);
  }

  /**
   * Broadcasts to every friend a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param video - `{ originalContentUrl, previewImageUrl, trackingId? }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastVideo(video: LineTypes.VideoMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  /**
   * Broadcasts to every friend a video message, built with `Line.createVideo`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#video-message | video message}
   * @param originalContentUrl - HTTPS URL of the MP4 video
   * @param previewImageUrl - HTTPS URL of the preview image
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastVideo(originalContentUrl: string, previewImageUrl: string, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  broadcastVideo(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Video', args);
  }

  /**
   * Broadcasts to every friend an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param audio - `{ originalContentUrl, duration }` (duration in ms)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastAudio(audio: LineTypes.AudioMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  /**
   * Broadcasts to every friend an audio message, built with `Line.createAudio`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#audio-message | audio message}
   * @param originalContentUrl - HTTPS URL of the audio file (MP3 or M4A)
   * @param duration - length in milliseconds
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastAudio(originalContentUrl: string, duration: number, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  broadcastAudio(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Audio', args);
  }

  /**
   * Broadcasts to every friend a location message, built with `Line.createLocation`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#location-message | location message}
   * @param location - `{ title, address, latitude, longitude }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastLocation(location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Location', [location, options]);
  }

  /**
   * Broadcasts to every friend a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param sticker - `{ packageId, stickerId }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastSticker(sticker: LineTypes.StickerMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  /**
   * Broadcasts to every friend a sticker message, built with `Line.createSticker`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * Legacy positional form, as in the messaging-api-line README before 1.0.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#sticker-message | sticker message}
   * @param packageId - package ID of the sticker set
   * @param stickerId - sticker ID
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastSticker(packageId: string, stickerId: string, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>;
  broadcastSticker(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Sticker', args);
  }

  /**
   * Broadcasts to every friend an imagemap message, built with `Line.createImagemap`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#imagemap-message | imagemap message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param imagemap - `{ baseUrl, baseSize, video?, actions }`
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastImagemap(altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Imagemap', [altText, imagemap, options]);
  }

  /**
   * Broadcasts to every friend a Flex message, built with `Line.createFlex`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#flex-message | Flex message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param flex - a bubble or a carousel (max 12 bubbles)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastFlex(altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Flex', [altText, flex, options]);
  }

  /**
   * Broadcasts to every friend a template message, built with `Line.createTemplate`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#template-messages | template message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param template - a buttons, confirm, carousel or image carousel template
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastTemplate(altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'Template', [altText, template, options]);
  }

  /**
   * Broadcasts to every friend a buttons template message, built with `Line.createButtonTemplate`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastButtonTemplate(altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'ButtonTemplate', [altText, buttonTemplate, options]);
  }

  /**
   * Same as {@link LineClient.broadcastButtonTemplate}.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#buttons | buttons template message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param buttonTemplate - the template without `type` (max 4 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastButtonsTemplate(altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.broadcastButtonTemplate(altText, buttonTemplate, options);
  }

  /**
   * Broadcasts to every friend a confirm template message, built with `Line.createConfirmTemplate`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#confirm | confirm template message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param confirmTemplate - `{ text, actions }` (2 actions)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastConfirmTemplate(altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'ConfirmTemplate', [altText, confirmTemplate, options]);
  }

  /**
   * Broadcasts to every friend a carousel template message, built with `Line.createCarouselTemplate`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#carousel | carousel template message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`imageAspectRatio`, `imageSize`, `quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastCarouselTemplate(altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'CarouselTemplate', [altText, columns, options]);
  }

  /**
   * Broadcasts to every friend an image carousel template message, built with `Line.createImageCarouselTemplate`. Calls `POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#image-carousel | image carousel template message}
   * @param altText - text shown in notifications and chat lists (max 1,500 characters)
   * @param columns - the columns (max 10)
   * @param options - message options (`quickReply`, `sender`) and request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`
   * @returns `{ requestId, acceptedRequestId? }`
   * @group Broadcast
   */
  broadcastImageCarouselTemplate(altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
    return this.sendOne('broadcast', undefined, 'ImageCarouselTemplate', [altText, columns, options]);
  }
  // </generated:senders>

  // ---------------------------------------------------------------------------------------------------------------
  // Message content
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Downloads the content (image, video, audio, file) a user sent, as one Buffer. Calls
   * `GET /v2/bot/message/{messageId}/content` on the data host.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-content | Get content}
   * @param messageId - ID of the message
   * @returns the bytes
   * @group Content
   */
  getMessageContent(messageId: string): Promise<Buffer> {
    const p = path('/v2/bot/message/{messageId}/content', { messageId });
    return this.json<ArrayBuffer | Buffer>({ method: 'GET', host: 'data', path: p, responseType: 'arraybuffer' }).then((d) =>
      Buffer.isBuffer(d) ? d : Buffer.from(d),
    );
  }

  /**
   * Downloads the content a user sent as a stream, without holding it in memory. Calls
   * `GET /v2/bot/message/{messageId}/content` on the data host.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-content | Get content}
   * @param messageId - ID of the message
   * @returns a readable stream of the bytes
   * @group Content
   */
  getMessageContentStream(messageId: string): Promise<Readable> {
    const p = path('/v2/bot/message/{messageId}/content', { messageId });
    return this.json<Readable>({ method: 'GET', host: 'data', path: p, responseType: 'stream' });
  }

  /**
   * Downloads the content a user sent, as a Buffer.
   *
   * @deprecated Use {@link LineClient.getMessageContent}.
   * @param messageId - ID of the message
   * @returns the bytes
   * @group Content
   */
  retrieveMessageContent(messageId: string): Promise<Buffer> {
    deprecate('retrieveMessageContent', '`retrieveMessageContent` is deprecated. Use `getMessageContent` instead.');
    return this.getMessageContent(messageId);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Profile, group and room
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Gets a user's profile. Calls `GET /v2/bot/profile/{userId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-profile | Get profile}
   * @param userId - ID of the user
   * @returns the profile, or `null` when LINE answers 404 (the user blocked the bot or is not a friend)
   * @group Profile
   */
  getUserProfile(userId: string): Promise<LineTypes.User | null> {
    return this.or404({ method: 'GET', path: path('/v2/bot/profile/{userId}', { userId }) }, null);
  }

  /**
   * Gets the profile of a group member. Calls `GET /v2/bot/group/{groupId}/member/{userId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-profile | Get group chat member profile}
   * @param groupId - ID of the group
   * @param userId - ID of the member
   * @returns the member's profile
   * @group Group
   */
  getGroupMemberProfile(groupId: string, userId: string): Promise<LineTypes.User> {
    return this.json({ method: 'GET', path: path('/v2/bot/group/{groupId}/member/{userId}', { groupId, userId }) });
  }

  /**
   * Gets the profile of a room member. Calls `GET /v2/bot/room/{roomId}/member/{userId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-room-member-profile | Get multi-person chat member profile}
   * @param roomId - ID of the room
   * @param userId - ID of the member
   * @returns the member's profile
   * @group Room
   */
  getRoomMemberProfile(roomId: string, userId: string): Promise<LineTypes.User> {
    return this.json({ method: 'GET', path: path('/v2/bot/room/{roomId}/member/{userId}', { roomId, userId }) });
  }

  /**
   * Gets a group's name and picture. Calls `GET /v2/bot/group/{groupId}/summary`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-summary | Get group chat summary}
   * @param groupId - ID of the group
   * @returns `{ groupId, groupName, pictureUrl? }`
   * @group Group
   */
  getGroupSummary(groupId: string): Promise<LineTypes.Group> {
    return this.json({ method: 'GET', path: path('/v2/bot/group/{groupId}/summary', { groupId }) });
  }

  /**
   * Counts the members of a group. Calls `GET /v2/bot/group/{groupId}/members/count`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-members-group-count | Get number of users in a group chat}
   * @param groupId - ID of the group
   * @returns the number of members
   * @group Group
   */
  async getGroupMembersCount(groupId: string): Promise<number> {
    return (await this.json<{ count: number }>({ method: 'GET', path: path('/v2/bot/group/{groupId}/members/count', { groupId }) })).count;
  }

  /**
   * Gets one page of a group's member IDs. Calls `GET /v2/bot/group/{groupId}/members/ids`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-user-ids | Get group chat member user IDs}
   * @param groupId - ID of the group
   * @param start - the `next` token of the previous page
   * @returns `{ memberIds, next? }`
   * @group Group
   */
  getGroupMemberIds(groupId: string, start?: string): Promise<LineTypes.MemberIdsResponse> {
    return this.json({ method: 'GET', path: path('/v2/bot/group/{groupId}/members/ids', { groupId }), ...(start ? { query: { start } } : {}) });
  }

  /**
   * Iterates over every member ID of a group, one page at a time (memory stays flat).
   *
   * @example `for await (const id of client.iterateGroupMemberIds(groupId)) { ... }`
   * @param groupId - ID of the group
   * @returns an async iterator of user IDs
   * @group Group
   */
  async *iterateGroupMemberIds(groupId: string): AsyncGenerator<string, void, undefined> {
    let start: string | undefined;
    do {
      const page = await this.getGroupMemberIds(groupId, start);
      yield* page.memberIds;
      start = page.next;
    } while (start);
  }

  /**
   * Gets every member ID of a group, following `next` until the last page.
   *
   * @param groupId - ID of the group
   * @returns all member IDs
   * @group Group
   */
  async getAllGroupMemberIds(groupId: string): Promise<string[]> {
    const ids: string[] = [];
    for await (const id of this.iterateGroupMemberIds(groupId)) ids.push(id);
    return ids;
  }

  /**
   * Counts the members of a room. Calls `GET /v2/bot/room/{roomId}/members/count`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-members-room-count | Get number of users in a multi-person chat}
   * @param roomId - ID of the room
   * @returns the number of members
   * @group Room
   */
  async getRoomMembersCount(roomId: string): Promise<number> {
    return (await this.json<{ count: number }>({ method: 'GET', path: path('/v2/bot/room/{roomId}/members/count', { roomId }) })).count;
  }

  /**
   * Gets one page of a room's member IDs. Calls `GET /v2/bot/room/{roomId}/members/ids`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-room-member-user-ids | Get multi-person chat member user IDs}
   * @param roomId - ID of the room
   * @param start - the `next` token of the previous page
   * @returns `{ memberIds, next? }`
   * @group Room
   */
  getRoomMemberIds(roomId: string, start?: string): Promise<LineTypes.MemberIdsResponse> {
    return this.json({ method: 'GET', path: path('/v2/bot/room/{roomId}/members/ids', { roomId }), ...(start ? { query: { start } } : {}) });
  }

  /**
   * Iterates over every member ID of a room, one page at a time.
   *
   * @param roomId - ID of the room
   * @returns an async iterator of user IDs
   * @group Room
   */
  async *iterateRoomMemberIds(roomId: string): AsyncGenerator<string, void, undefined> {
    let start: string | undefined;
    do {
      const page = await this.getRoomMemberIds(roomId, start);
      yield* page.memberIds;
      start = page.next;
    } while (start);
  }

  /**
   * Gets every member ID of a room, following `next` until the last page.
   *
   * @param roomId - ID of the room
   * @returns all member IDs
   * @group Room
   */
  async getAllRoomMemberIds(roomId: string): Promise<string[]> {
    const ids: string[] = [];
    for await (const id of this.iterateRoomMemberIds(roomId)) ids.push(id);
    return ids;
  }

  /**
   * Makes the bot leave a group. Calls `POST /v2/bot/group/{groupId}/leave` (no body).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#leave-group | Leave group chat}
   * @param groupId - ID of the group
   * @returns an empty object
   * @group Group
   */
  leaveGroup(groupId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'POST', path: path('/v2/bot/group/{groupId}/leave', { groupId }) });
  }

  /**
   * Makes the bot leave a room. Calls `POST /v2/bot/room/{roomId}/leave` (no body).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#leave-room | Leave multi-person chat}
   * @param roomId - ID of the room
   * @returns an empty object
   * @group Room
   */
  leaveRoom(roomId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'POST', path: path('/v2/bot/room/{roomId}/leave', { roomId }) });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Rich menu
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Lists the rich menus of the channel. Calls `GET /v2/bot/richmenu/list`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-list | Get rich menu list}
   * @returns the rich menus (an array)
   * @group Rich Menu
   */
  async getRichMenuList(): Promise<LineTypes.RichMenuResponse[]> {
    return (await this.json<{ richmenus: LineTypes.RichMenuResponse[] }>({ method: 'GET', path: '/v2/bot/richmenu/list' })).richmenus;
  }

  /**
   * Gets a rich menu. Calls `GET /v2/bot/richmenu/{richMenuId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu | Get rich menu}
   * @param richMenuId - ID of the rich menu
   * @returns the rich menu, or `null` when LINE answers 404
   * @group Rich Menu
   */
  getRichMenu(richMenuId: string): Promise<LineTypes.RichMenuResponse | null> {
    return this.or404({ method: 'GET', path: path('/v2/bot/richmenu/{richMenuId}', { richMenuId }) }, null);
  }

  /**
   * Creates a rich menu (upload its image next). Calls `POST /v2/bot/richmenu`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-rich-menu | Create rich menu}
   * @param richMenu - size, selected, name, chatBarText and areas
   * @returns `{ richMenuId }`
   * @group Rich Menu
   */
  createRichMenu(richMenu: LineTypes.RichMenu): Promise<LineTypes.RichMenuIdResponse> {
    return this.json({ method: 'POST', path: '/v2/bot/richmenu', body: richMenu });
  }

  /**
   * Deletes a rich menu. Calls `DELETE /v2/bot/richmenu/{richMenuId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu | Delete rich menu}
   * @param richMenuId - ID of the rich menu
   * @returns an empty object
   * @group Rich Menu
   */
  deleteRichMenu(richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'DELETE', path: path('/v2/bot/richmenu/{richMenuId}', { richMenuId }) });
  }

  /**
   * Gets the ID of the rich menu linked to a user. Calls `GET /v2/bot/user/{userId}/richmenu`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-id-of-user | Get rich menu ID of user}
   * @param userId - ID of the user
   * @returns `{ richMenuId }`, or `null` when no menu is linked (404)
   * @group Rich Menu
   */
  getLinkedRichMenu(userId: string): Promise<LineTypes.RichMenuIdResponse | null> {
    return this.or404({ method: 'GET', path: path('/v2/bot/user/{userId}/richmenu', { userId }) }, null);
  }

  /**
   * Links a rich menu to a user. Calls `POST /v2/bot/user/{userId}/richmenu/{richMenuId}` (no body).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-user | Link rich menu to user}
   * @param userId - ID of the user
   * @param richMenuId - ID of the rich menu
   * @returns an empty object
   * @group Rich Menu
   */
  linkRichMenu(userId: string, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'POST', path: path('/v2/bot/user/{userId}/richmenu/{richMenuId}', { userId, richMenuId }) });
  }

  /**
   * Unlinks the rich menu from a user. Calls `DELETE /v2/bot/user/{userId}/richmenu`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-user | Unlink rich menu from user}
   * @param userId - ID of the user
   * @returns an empty object
   * @group Rich Menu
   */
  unlinkRichMenu(userId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'DELETE', path: path('/v2/bot/user/{userId}/richmenu', { userId }) });
  }

  /**
   * Gets the ID of the default rich menu. Calls `GET /v2/bot/user/all/richmenu`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-default-rich-menu-id | Get default rich menu ID}
   * @returns `{ richMenuId }`, or `null` when none is set (404)
   * @group Rich Menu
   */
  getDefaultRichMenu(): Promise<LineTypes.RichMenuIdResponse | null> {
    return this.or404({ method: 'GET', path: '/v2/bot/user/all/richmenu' }, null);
  }

  /**
   * Sets the default rich menu. Calls `POST /v2/bot/user/all/richmenu/{richMenuId}` (no body).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#set-default-rich-menu | Set default rich menu}
   * @param richMenuId - ID of the rich menu
   * @returns an empty object
   * @group Rich Menu
   */
  setDefaultRichMenu(richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'POST', path: path('/v2/bot/user/all/richmenu/{richMenuId}', { richMenuId }) });
  }

  /**
   * Clears the default rich menu. Calls `DELETE /v2/bot/user/all/richmenu`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#clear-default-rich-menu | Clear default rich menu}
   * @returns an empty object
   * @group Rich Menu
   */
  deleteDefaultRichMenu(): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'DELETE', path: '/v2/bot/user/all/richmenu' });
  }

  /**
   * Uploads the image of a rich menu. The type (PNG or JPEG) is detected from the bytes; anything else, or an image
   * over 1 MB, is rejected before any request. Calls `POST /v2/bot/richmenu/{richMenuId}/content` on the data host.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#upload-rich-menu-image | Upload rich menu image}
   * @param richMenuId - ID of the rich menu
   * @param image - the image bytes (Buffer or Uint8Array; PNG or JPEG, at most 1 MB)
   * @returns an empty object
   * @group Rich Menu
   */
  async uploadRichMenuImage(richMenuId: string, image: Buffer | Uint8Array): Promise<LineTypes.MutationSuccessResponse> {
    const p = path('/v2/bot/richmenu/{richMenuId}/content', { richMenuId });
    if (!(image instanceof Uint8Array)) throw new LineValidationError('image', 'expected a Buffer or Uint8Array of PNG or JPEG bytes');
    const bytes = Buffer.isBuffer(image) ? image : Buffer.from(image.buffer, image.byteOffset, image.byteLength);
    if (bytes.length > LIMITS.richMenuImageBytes) {
      throw new LineValidationError('image', `${bytes.length} bytes is over LINE's limit of 1 MB (${LIMITS.richMenuImageBytes} bytes)`, 'at most 1 MB', bytes.length);
    }
    // file-type is loaded only here, on the first upload.
    const { fromBuffer } = await import('file-type');
    const type = await fromBuffer(bytes);
    if (!type || (type.mime !== 'image/png' && type.mime !== 'image/jpeg')) {
      throw new LineValidationError('image', `a rich menu image must be image/png or image/jpeg, got ${type?.mime ?? 'unrecognised bytes'}`, 'image/png or image/jpeg');
    }
    return this.json({ method: 'POST', host: 'data', path: p, body: bytes, headers: { 'Content-Type': type.mime }, timeout: UPLOAD_TIMEOUT });
  }

  /**
   * Downloads the image of a rich menu. Calls `GET /v2/bot/richmenu/{richMenuId}/content` on the data host.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#download-rich-menu-image | Download rich menu image}
   * @param richMenuId - ID of the rich menu
   * @returns the image bytes, or `undefined` when LINE answers 404
   * @group Rich Menu
   */
  async downloadRichMenuImage(richMenuId: string): Promise<Buffer | undefined> {
    const p = path('/v2/bot/richmenu/{richMenuId}/content', { richMenuId });
    const data = await this.or404<ArrayBuffer | Buffer, undefined>({ method: 'GET', host: 'data', path: p, responseType: 'arraybuffer' }, undefined);
    return data === undefined ? undefined : Buffer.isBuffer(data) ? data : Buffer.from(data);
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Account link
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Issues a link token for account linking.
   *
   * @deprecated Use {@link LineClient.getLinkToken}, which resolves the token string itself.
   * @param userId - ID of the user
   * @returns `{ linkToken }`
   * @group Account Link
   */
  issueLinkToken(userId: string): Promise<LineTypes.LinkTokenResponse> {
    deprecate('issueLinkToken', '`issueLinkToken` is deprecated. Use `getLinkToken` instead. Note: It returns a string instead of an object.');
    return this.json({ method: 'POST', path: path('/v2/bot/user/{userId}/linkToken', { userId }) });
  }

  /**
   * Issues a link token for account linking. Calls `POST /v2/bot/user/{userId}/linkToken` (no body).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-link-token | Issue link token}
   * @param userId - ID of the user
   * @returns the link token
   * @group Account Link
   */
  async getLinkToken(userId: string): Promise<string> {
    return (await this.json<LineTypes.LinkTokenResponse>({ method: 'POST', path: path('/v2/bot/user/{userId}/linkToken', { userId }) })).linkToken;
  }

  // ---------------------------------------------------------------------------------------------------------------
  // LIFF
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Lists the LIFF apps of the channel. Calls `GET /liff/v1/apps`.
   *
   * @see {@link https://developers.line.biz/en/reference/liff-server/#get-all-liff-apps | Get all LIFF apps}
   * @returns the LIFF apps (an array)
   * @group LIFF
   */
  async getLiffAppList(): Promise<LineTypes.LiffApp[]> {
    return (await this.json<{ apps: LineTypes.LiffApp[] }>({ method: 'GET', path: '/liff/v1/apps' })).apps;
  }

  /**
   * Adds a LIFF app. Calls `POST /liff/v1/apps`.
   *
   * @see {@link https://developers.line.biz/en/reference/liff-server/#add-liff-app | Add LIFF app to a channel}
   * @param liffApp - view, description, features, permanentLinkPattern, scope, botPrompt
   * @returns `{ liffId }`
   * @group LIFF
   */
  createLiffApp(liffApp: LineTypes.LiffApp): Promise<LineTypes.LiffIdResponse> {
    return this.json({ method: 'POST', path: '/liff/v1/apps', body: liffApp });
  }

  /**
   * Updates a LIFF app (only the fields given). Calls `PUT /liff/v1/apps/{liffId}` (1.1.0 used the retired `/view`
   * path).
   *
   * @see {@link https://developers.line.biz/en/reference/liff-server/#update-liff-app | Update LIFF app settings}
   * @param liffId - ID of the LIFF app
   * @param liffApp - the fields to change
   * @returns an empty object
   * @group LIFF
   */
  updateLiffApp(liffId: string, liffApp: LineTypes.PartialLiffApp): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'PUT', path: path('/liff/v1/apps/{liffId}', { liffId }), body: liffApp });
  }

  /**
   * Deletes a LIFF app. Calls `DELETE /liff/v1/apps/{liffId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/liff-server/#delete-liff-app | Delete LIFF app from a channel}
   * @param liffId - ID of the LIFF app
   * @returns an empty object
   * @group LIFF
   */
  deleteLiffApp(liffId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'DELETE', path: path('/liff/v1/apps/{liffId}', { liffId }) });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Quota and insight
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Gets the monthly message quota. Calls `GET /v2/bot/message/quota`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-quota | Get the target limit for sending messages this month}
   * @returns `{ type: 'none' }` or `{ type: 'limited', value }`
   * @group Insight
   */
  getTargetLimitForAdditionalMessages(): Promise<LineTypes.TargetLimitForAdditionalMessages> {
    return this.json({ method: 'GET', path: '/v2/bot/message/quota' });
  }

  /**
   * Gets the number of messages sent this month. Calls `GET /v2/bot/message/quota/consumption`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-consumption | Get number of messages sent this month}
   * @returns `{ totalUsage }`
   * @group Insight
   */
  getNumberOfMessagesSentThisMonth(): Promise<LineTypes.NumberOfMessagesSentThisMonth> {
    return this.json({ method: 'GET', path: '/v2/bot/message/quota/consumption' });
  }

  /** Shared body of the four delivery counters. */
  private delivery(kind: 'reply' | 'push' | 'multicast' | 'broadcast', date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
    requireString(date, 'date');
    return this.json({ method: 'GET', path: `/v2/bot/message/delivery/${kind}`, query: { date } });
  }

  /**
   * Gets the number of reply messages sent on a day. Calls `GET /v2/bot/message/delivery/reply?date=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-reply-messages | Get number of sent reply messages}
   * @param date - the day, `yyyyMMdd` (UTC+9)
   * @returns `{ status, success? }`
   * @group Insight
   */
  getNumberOfSentReplyMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
    return this.delivery('reply', date);
  }

  /**
   * Gets the number of push messages sent on a day. Calls `GET /v2/bot/message/delivery/push?date=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-push-messages | Get number of sent push messages}
   * @param date - the day, `yyyyMMdd` (UTC+9)
   * @returns `{ status, success? }`
   * @group Insight
   */
  getNumberOfSentPushMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
    return this.delivery('push', date);
  }

  /**
   * Gets the number of multicast messages sent on a day. Calls `GET /v2/bot/message/delivery/multicast?date=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-multicast-messages | Get number of sent multicast messages}
   * @param date - the day, `yyyyMMdd` (UTC+9)
   * @returns `{ status, success? }`
   * @group Insight
   */
  getNumberOfSentMulticastMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
    return this.delivery('multicast', date);
  }

  /**
   * Gets the number of broadcast messages sent on a day. Calls `GET /v2/bot/message/delivery/broadcast?date=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-broadcast-messages | Get number of sent broadcast messages}
   * @param date - the day, `yyyyMMdd` (UTC+9)
   * @returns `{ status, success? }`
   * @group Insight
   */
  getNumberOfSentBroadcastMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
    return this.delivery('broadcast', date);
  }

  /**
   * Gets the number of messages delivered on a day, by kind. Calls `GET /v2/bot/insight/message/delivery?date=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-delivery-messages | Get number of message deliveries}
   * @param date - the day, `yyyyMMdd` (UTC+9)
   * @returns `{ status, broadcast?, targeting?, ... }`
   * @group Insight
   */
  getNumberOfMessageDeliveries(date: string): Promise<LineTypes.NumberOfMessageDeliveriesResponse> {
    requireString(date, 'date');
    return this.json({ method: 'GET', path: '/v2/bot/insight/message/delivery', query: { date } });
  }

  /**
   * Gets the number of followers on a day. Calls `GET /v2/bot/insight/followers?date=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-followers | Get number of followers}
   * @param date - the day, `yyyyMMdd` (UTC+9)
   * @returns `{ status, followers?, targetedReaches?, blocks? }`
   * @group Insight
   */
  getNumberOfFollowers(date: string): Promise<LineTypes.NumberOfFollowersResponse> {
    requireString(date, 'date');
    return this.json({ method: 'GET', path: '/v2/bot/insight/followers', query: { date } });
  }

  /**
   * Gets the demographics of the bot's friends. Calls `GET /v2/bot/insight/demographic`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-demographic | Get friend demographics}
   * @returns `{ available, genders?, ages?, areas?, appTypes?, subscriptionPeriods? }`
   * @group Insight
   */
  getFriendDemographics(): Promise<LineTypes.FriendDemographics> {
    return this.json({ method: 'GET', path: '/v2/bot/insight/demographic' });
  }

  // ---------------------------------------------------------------------------------------------------------------
  // Audience
  // ---------------------------------------------------------------------------------------------------------------

  /**
   * Creates an audience from user IDs or IFAs (at most 10,000 per request). Calls `POST /v2/bot/audienceGroup/upload`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group | Create audience for uploading user IDs (by JSON)}
   * @param description - audience name (max 120 characters)
   * @param isIfaAudience - `true` when the IDs are IFAs
   * @param audiences - `[{ id }]`
   * @param options - `uploadDescription`
   * @returns the new audience group
   * @group Audience
   */
  createUploadAudienceGroup(
    description: string,
    isIfaAudience: boolean,
    audiences: LineTypes.Audience[],
    options: LineTypes.CreateUploadAudienceGroupOptions = {},
  ): Promise<LineTypes.UploadAudienceGroup> {
    requireString(description, 'description');
    return this.json({ method: 'POST', path: '/v2/bot/audienceGroup/upload', body: { description, isIfaAudience, audiences, ...options }, timeout: UPLOAD_TIMEOUT });
  }

  /**
   * Adds user IDs or IFAs to an audience (at most 10,000 per request). Calls `PUT /v2/bot/audienceGroup/upload`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group | Add user IDs or IFAs to an audience (by JSON)}
   * @param audienceGroupId - ID of the audience group
   * @param audiences - `[{ id }]`
   * @param options - `uploadDescription`, `description`
   * @returns an empty object
   * @group Audience
   */
  updateUploadAudienceGroup(
    audienceGroupId: number,
    audiences: LineTypes.Audience[],
    options: LineTypes.UpdateUploadAudienceGroupOptions = {},
  ): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'PUT', path: '/v2/bot/audienceGroup/upload', body: { audienceGroupId, audiences, ...options }, timeout: UPLOAD_TIMEOUT });
  }

  /**
   * Creates an audience of users who clicked a URL in a message. Calls `POST /v2/bot/audienceGroup/click`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-click-audience-group | Create message click audience}
   * @param description - audience name (max 120 characters)
   * @param requestId - request id of a broadcast or narrowcast sent in the past 60 days
   * @param options - `clickUrl`
   * @returns the new audience group
   * @group Audience
   */
  createClickAudienceGroup(description: string, requestId: string, options: LineTypes.CreateClickAudienceGroupOptions = {}): Promise<LineTypes.ClickAudienceGroup> {
    requireString(description, 'description');
    requireString(requestId, 'requestId');
    return this.json({ method: 'POST', path: '/v2/bot/audienceGroup/click', body: { description, requestId, ...options } });
  }

  /**
   * Creates an audience of users who saw a message. Calls `POST /v2/bot/audienceGroup/imp`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-imp-audience-group | Create message impression audience}
   * @param description - audience name (max 120 characters)
   * @param requestId - request id of a broadcast or narrowcast sent in the past 60 days
   * @returns the new audience group
   * @group Audience
   */
  createImpAudienceGroup(description: string, requestId: string): Promise<LineTypes.ImpAudienceGroup> {
    requireString(description, 'description');
    requireString(requestId, 'requestId');
    return this.json({ method: 'POST', path: '/v2/bot/audienceGroup/imp', body: { description, requestId } });
  }

  /**
   * Renames an audience. Calls `PUT /v2/bot/audienceGroup/{audienceGroupId}/updateDescription`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#set-description-audience-group | Rename an audience}
   * @param description - the new name (max 120 characters); note the 1.1.0 argument order, description first
   * @param audienceGroupId - ID of the audience group
   * @returns an empty object
   * @group Audience
   */
  setDescriptionAudienceGroup(description: string, audienceGroupId: number): Promise<LineTypes.MutationSuccessResponse> {
    requireString(description, 'description');
    return this.json({ method: 'PUT', path: path('/v2/bot/audienceGroup/{audienceGroupId}/updateDescription', { audienceGroupId }), body: { description } });
  }

  /**
   * Deletes an audience. Calls `DELETE /v2/bot/audienceGroup/{audienceGroupId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#delete-audience-group | Delete audience}
   * @param audienceGroupId - ID of the audience group
   * @returns an empty object
   * @group Audience
   */
  deleteAudienceGroup(audienceGroupId: number): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'DELETE', path: path('/v2/bot/audienceGroup/{audienceGroupId}', { audienceGroupId }) });
  }

  /**
   * Gets an audience and its jobs. Calls `GET /v2/bot/audienceGroup/{audienceGroupId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-group | Get audience data}
   * @param audienceGroupId - ID of the audience group
   * @returns `{ audienceGroup, jobs, ... }`
   * @group Audience
   */
  getAudienceGroup(audienceGroupId: number): Promise<LineTypes.AudienceGroupWithJob> {
    return this.json({ method: 'GET', path: path('/v2/bot/audienceGroup/{audienceGroupId}', { audienceGroupId }) });
  }

  /**
   * Lists audiences, one page. Calls `GET /v2/bot/audienceGroup/list?page=1&...`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-audience-groups | Get a list of audiences}
   * @param options - `page` (default 1), `description`, `status`, `size`, `includesExternalPublicGroups`, `createRoute`
   * @returns `{ audienceGroups, hasNextPage, totalCount, readWriteAudienceGroupTotalCount, page, size }`
   * @group Audience
   */
  getAudienceGroups(options: LineTypes.GetAudienceGroupsOptions = {}): Promise<LineTypes.AudienceGroups> {
    return this.json({ method: 'GET', path: '/v2/bot/audienceGroup/list', query: { page: 1, ...options } });
  }

  /**
   * Iterates over every audience group, page by page.
   *
   * @param options - filters of {@link LineClient.getAudienceGroups} (`page` is where to start)
   * @returns an async iterator of audience groups
   * @group Audience
   */
  async *iterateAudienceGroups(options: LineTypes.GetAudienceGroupsOptions = {}): AsyncGenerator<LineTypes.AudienceGroup, void, undefined> {
    let page = options.page ?? 1;
    for (;;) {
      const res = await this.getAudienceGroups({ ...options, page });
      yield* res.audienceGroups ?? [];
      if (!res.hasNextPage) return;
      page += 1;
    }
  }

  /**
   * Gets the authority level of audiences.
   *
   * @deprecated LINE retired `GET /v2/bot/audienceGroup/authorityLevel`; it is no longer in LINE's API reference.
   * Kept for 1.1.0 compatibility.
   * @returns `{ authorityLevel }`
   * @group Audience
   */
  getAudienceGroupAuthorityLevel(): Promise<LineTypes.AudienceGroupAuthorityLevelResponse> {
    deprecate('getAudienceGroupAuthorityLevel', '`getAudienceGroupAuthorityLevel` calls an endpoint LINE has retired.');
    return this.json({ method: 'GET', path: '/v2/bot/audienceGroup/authorityLevel' });
  }

  /**
   * Changes the authority level of audiences.
   *
   * @deprecated LINE retired `PUT /v2/bot/audienceGroup/authorityLevel`; it is no longer in LINE's API reference.
   * Kept for 1.1.0 compatibility.
   * @param authorityLevel - `PUBLIC` or `PRIVATE`
   * @returns an empty object
   * @group Audience
   */
  changeAudienceGroupAuthorityLevel(authorityLevel: LineTypes.AudienceGroupAuthorityLevel): Promise<LineTypes.MutationSuccessResponse> {
    deprecate('changeAudienceGroupAuthorityLevel', '`changeAudienceGroupAuthorityLevel` calls an endpoint LINE has retired.');
    return this.json({ method: 'PUT', path: '/v2/bot/audienceGroup/authorityLevel', body: { authorityLevel } });
  }

  // <extended-api>
  // </extended-api>
}

