import { createHash, randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { AxiosInstance } from 'axios';

import * as Line from './Line';
import type * as LineTypes from './LineTypes';
import { createDebug, deprecate } from './debug';
import { LineAbortError, LineApiError, LineError, LineMulticastError, LineValidationError } from './errors';
import type { Sender } from './http/sender';
import { createAxios, createAxiosSender } from './http/senders/axios';
import { createFetchSender } from './http/senders/fetch';
import { createNodeSender } from './http/senders/node';
import { DEFAULT_RETRY, path, send, sleep, type Endpoint, type Host, type TransportResponse, type TransportSettings } from './http/transport';
import { splitSendOptions } from './messageOptions';
import { createChannelJWT, formBody, JWT_BEARER, TokenManager } from './channelToken';
import * as X from './extendedSupport';
import { validateSignature } from './webhook/signature';
import { LIMITS, requireString, validateMessages, validateRecipients } from './validate';

const API_ORIGIN = 'https://api.line.me';
const DATA_ORIGIN = 'https://api-data.line.me';
const MANAGER_ORIGIN = 'https://manager.line.biz';
/** Internal config key of the credential-less clients behind the static token methods. */
const ANONYMOUS = Symbol('anonymous');
const DEFAULT_TIMEOUT = 30_000;
const UPLOAD_TIMEOUT = 120_000;

/** Internal state of a client, kept out of the instance so that no secret is ever an own property. */
interface ClientState {
  /** The configured token ('' when tokens are issued automatically, or for the static token methods). */
  accessToken: string;
  channelId?: string;
  channelSecret?: string;
  /** Set when the client issues its own stateless tokens (`{ channelId, channelSecret }` without `accessToken`). */
  tokens?: TokenManager;
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

/**
 * The retry key of one multicast chunk: derived from the call's key and the chunk's recipients, so that re-sending the
 * same recipients with the same key (the whole list, or just `error.unsent`) reuses each chunk's key.
 */
function chunkKey(key: string, recipients: string[]): string {
  const h = createHash('sha1').update(key).update('\n').update(recipients.join('\n')).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16], 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function withMeta<T>(res: TransportResponse<T>): T & LineTypes.SendMetadata {
  if (res.acceptedRequestId) {
    // A 409 confirming an earlier attempt: its body is LINE's duplicate notice, not a result. Keep `sentMessages`
    // (push repeats them) and report the accepted request's id, the one progress and insight calls know.
    const sentMessages = (res.data as { sentMessages?: unknown } | undefined)?.sentMessages;
    return { ...(sentMessages ? { sentMessages } : {}), requestId: res.acceptedRequestId, acceptedRequestId: res.acceptedRequestId } as T & LineTypes.SendMetadata;
  }
  const data = (res.data && typeof res.data === 'object' ? res.data : {}) as T;
  const requestId = res.headers['x-line-request-id'];
  return (requestId ? { ...data, requestId } : { ...data }) as T & LineTypes.SendMetadata;
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
  /**
   * The axios instance of the API host (`https://api.line.me`, or `origin`), created (and axios loaded) on first
   * access. From then on the client's calls to this host go through it: interceptors, adapters and defaults you set
   * act on every call.
   */
  declare readonly axios: AxiosInstance;

  /** The axios instance of the data host (`https://api-data.line.me`, or `dataOrigin`), created on first access; from then on the host's calls go through it. */
  declare readonly dataAxios: AxiosInstance;

  /**
   * The axios instance of LINE Official Account Manager (`https://manager.line.biz`, or `managerOrigin`), used by
   * `attachModule`; created on first access, from then on the host's calls go through it.
   */
  declare readonly managerAxios: AxiosInstance;

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
   * Creates a client. No request is sent until a method is called.
   *
   * @param config - access token (or channel ID and secret, to issue tokens automatically), optional channel
   * secret, origins, timeout, retry policy and hooks
   */
  constructor(config: LineTypes.ClientConfig) {
    if (typeof config === 'string') {
      throw new LineValidationError(
        'config',
        'LineClient takes a config object: use `new LineClient({ accessToken, channelSecret })` (the string given is not shown here because it is usually the access token)',
      );
    }
    if (!config || typeof config !== 'object') throw new LineValidationError('config', 'expected `{ accessToken, channelSecret? }` or `{ channelId, channelSecret }`');
    const anonymous = (config as { [ANONYMOUS]?: boolean })[ANONYMOUS] === true;
    let tokens: TokenManager | undefined;
    if (config.accessToken !== undefined || anonymous) {
      if (!anonymous) requireString(config.accessToken, 'config.accessToken');
    } else {
      if (typeof config.channelId !== 'string' || config.channelId === '' || typeof config.channelSecret !== 'string' || config.channelSecret === '') {
        throw new LineValidationError(
          'config',
          'give `accessToken`, or both `channelId` and `channelSecret` (non-empty strings) so that the client issues its own stateless channel access tokens',
        );
      }
      tokens = new TokenManager(() => this.issueStatelessChannelAccessToken());
    }
    const token = tokens ? () => tokens.get() : () => stateOf(this).accessToken || undefined;
    const currentToken = tokens ? () => tokens.current : () => stateOf(this).accessToken || undefined;
    const requestLog = createDebug('messaging-api:request');
    const origins: Record<Host, string> = { api: config.origin ?? API_ORIGIN, data: config.dataOrigin ?? DATA_ORIGIN, manager: config.managerOrigin ?? MANAGER_ORIGIN };
    // Calls go through node:http (or fetch when configured) until the user touches a host's axios instance: from then
    // on, that host's calls go through the instance (created, and axios loaded, on that first access).
    const carrier: Sender =
      config.fetch !== undefined && config.fetch !== false
        ? createFetchSender(typeof config.fetch === 'function' ? config.fetch : undefined)
        : createNodeSender({ httpAgent: config.httpAgent, httpsAgent: config.httpsAgent });
    const instances: Partial<Record<Host, AxiosInstance>> = {};
    const senders: Partial<Record<Host, Sender>> = {};
    for (const [name, host] of [
      ['axios', 'api'],
      ['dataAxios', 'data'],
      ['managerAxios', 'manager'],
    ] as const) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => {
          let instance = instances[host];
          if (!instance) {
            instance = createAxios({ token: currentToken, onRequest: config.onRequest, requestLog, httpAgent: config.httpAgent, httpsAgent: config.httpsAgent, baseURL: origins[host] });
            instances[host] = instance;
            senders[host] = createAxiosSender(instance);
          }
          return instance;
        },
      });
    }
    STATE.set(this, {
      accessToken: config.accessToken ?? '',
      channelId: config.channelId,
      channelSecret: config.channelSecret,
      tokens,
      multicastConcurrency: Math.max(1, config.multicastConcurrency ?? 4),
      settings: {
        origins,
        sender: (host) => senders[host] ?? carrier,
        token,
        timeout: config.timeout ?? DEFAULT_TIMEOUT,
        retry: config.retry === false ? false : { ...DEFAULT_RETRY, ...config.retry },
        onRetry: config.onRetry,
        onRequest: config.onRequest,
        requestLog,
        debug: createDebug('messaging-api:retry'),
      },
    });
  }

  /**
   * The channel access token (never enumerable, never shown by `console.log(client)`). With automatic token
   * management, the current stateless token, or `''` before the first one is issued.
   */
  get accessToken(): string {
    const state = stateOf(this);
    return state.tokens ? (state.tokens.current ?? '') : state.accessToken;
  }

  /** The channel ID, if one was given. */
  get channelId(): string | undefined {
    return stateOf(this).channelId;
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

  /**
   * Checks the `x-line-signature` of a webhook request against this client's channel secret (HMAC-SHA256 of the raw
   * body, compared in constant time).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#signature-validation | Signature validation}
   * @param rawBody - the raw request body, exactly as received (string, Buffer, Uint8Array or ArrayBuffer; not parsed
   * JSON)
   * @param signature - the `x-line-signature` header
   * @returns `true` when the signature is valid; `false` (never a throw) when it is missing or wrong
   * @group Webhook
   */
  validateSignature(rawBody: string | Buffer | Uint8Array | ArrayBuffer, signature: string | undefined | null): boolean {
    const secret = stateOf(this).channelSecret;
    if (!secret) throw new LineValidationError('channelSecret', 'validateSignature needs the client to be constructed with a `channelSecret`');
    return validateSignature(rawBody, secret, signature);
  }

  /** Sends one request through the transport. */
  private async request<T>(endpoint: Endpoint, call?: LineTypes.RequestOptions): Promise<TransportResponse<T>> {
    const state = stateOf(this);
    const options = call ? { ...state.call, ...call } : state.call;
    if (!state.tokens || endpoint.noAuth) return send<T>(state.settings, endpoint, options);
    // One key for both sends below, so that a send resent after a token renewal stays exactly-once.
    if (endpoint.keyed && !endpoint.retryKey) endpoint = { ...endpoint, retryKey: randomUUID() };
    const used = state.tokens.current;
    try {
      return await send<T>(state.settings, endpoint, options);
    } catch (err) {
      // A managed token LINE rejects before its expiry (revoked, say) is replaced once; a 401 means nothing ran.
      if (!(err instanceof LineApiError && err.status === 401)) throw err;
      state.tokens.invalidate(used ?? state.tokens.current);
      return send<T>(state.settings, endpoint, options);
    }
  }

  /** Sends one request and resolves the response body. */
  private async json<T>(endpoint: Endpoint): Promise<T> {
    return (await this.request<T>(endpoint)).data;
  }

  /** Downloads from the data host as a stream (the transport hands out a stream that holds no request). */
  private async stream(path: string): Promise<Readable> {
    return this.json<Readable>({ method: 'GET', host: 'data', path, responseType: 'stream' });
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
  async getBotInfo(): Promise<LineTypes.BotInfoResponse> {
    return this.json({ method: 'GET', path: '/v2/bot/info' });
  }

  /**
   * Gets the webhook endpoint URL and whether it is active. Calls `GET /v2/bot/channel/webhook/endpoint`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-webhook-endpoint-information | Get webhook endpoint information}
   * @returns `{ endpoint, active }`
   * @group Webhook
   */
  async getWebhookEndpointInfo(): Promise<LineTypes.WebhookEndpointInfoResponse> {
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
  async setWebhookEndpointUrl(endpoint: string): Promise<LineTypes.MutationSuccessResponse> {
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
  async testWebhookEndpoint(endpoint?: string): Promise<LineTypes.TestWebhookEndpointResponse> {
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
  async replyRawBody(body: LineTypes.ReplyRequestBody, options?: LineTypes.RequestOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async reply(replyToken: string, messages: LineTypes.Message[], options: LineTypes.ReplyOptions = {}): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyMessages(replyToken: string, messages: LineTypes.Message[], options?: LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async push(to: string, messages: LineTypes.Message[], options: LineTypes.PushOptions = {}): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushMessages(to: string, messages: LineTypes.Message[], options?: LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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

    const base = retryKey ?? randomUUID();
    const chunks = X.chunk(to, size).map((recipients) => ({ to: recipients, retryKey: chunkKey(base, recipients) }));
    const results: (LineTypes.MulticastResult | LineError)[] = new Array(chunks.length);
    let next = 0;
    const worker = async () => {
      while (next < chunks.length) {
        const chunk = chunks[next];
        const index = next++;
        try {
          results[index] = await this.multicastRawBody({ to: chunk.to, messages, ...extra }, { retryKey: chunk.retryKey, ...call });
        } catch (err) {
          results[index] = err instanceof LineError ? err : new LineError(String(err));
        }
      }
    };
    const workers = Math.min(chunks.length, Math.max(1, concurrency ?? stateOf(this).multicastConcurrency));
    await Promise.all(Array.from({ length: workers }, worker));

    const failed = chunks.flatMap((chunk, i) => {
      const result = results[i];
      return result instanceof LineError ? [{ ...chunk, error: result }] : [];
    });
    if (failed.length > 0) {
      const sent = chunks.filter((_, i) => !(results[i] instanceof LineError)).flatMap((c) => c.to);
      throw new LineMulticastError(sent, failed, base);
    }
    const requestIds = (results as LineTypes.MulticastResult[]).map((r) => r.requestId ?? '');
    return { requestId: requestIds[0], requestIds };
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
  async multicastMessages(to: string[], messages: LineTypes.Message[], options?: LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async broadcast(messages: LineTypes.Message[], options: LineTypes.BroadcastOptions = {}): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async narrowcastRawBody(
    body: LineTypes.NarrowcastRequestBody,
    options: Pick<LineTypes.NarrowcastSendOptions, 'retryKey' | 'timeout' | 'signal'> = {},
  ): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
    validateMessages(body?.messages);
    const max = body.limit?.max;
    if (max !== undefined && !(Number.isInteger(max) && max > 0)) {
      throw new LineValidationError('limit.max', `expected a positive integer, got ${String(max)}`, 'an integer of 1 or more', String(max));
    }
    const { retryKey, ...call } = options;
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
  async narrowcast(messages: LineTypes.Message[], options: LineTypes.NarrowcastOptions & LineTypes.NarrowcastSendOptions = {}): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
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
  async narrowcastMessages(messages: LineTypes.Message[], options?: LineTypes.NarrowcastOptions & LineTypes.NarrowcastSendOptions): Promise<LineTypes.NarrowcastResponse & LineTypes.SendMetadata> {
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
  async getNarrowcastProgress(requestId: string): Promise<LineTypes.NarrowcastProgressResponse> {
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
  async replyText(replyToken: string, text: string, options?: LineTypes.TextMessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyImage(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyVideo(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyAudio(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyLocation(replyToken: string, location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replySticker(replyToken: string, ...args: unknown[]): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyImagemap(replyToken: string, altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyFlex(replyToken: string, altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyTemplate(replyToken: string, altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyButtonTemplate(replyToken: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyButtonsTemplate(replyToken: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyConfirmTemplate(replyToken: string, altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyCarouselTemplate(replyToken: string, altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async replyImageCarouselTemplate(replyToken: string, altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.ReplyOptions): Promise<LineTypes.ReplyMessageResponse> {
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
  async pushText(to: string, text: string, options?: LineTypes.TextMessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushImage(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushVideo(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushAudio(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushLocation(to: string, location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushSticker(to: string, ...args: unknown[]): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushImagemap(to: string, altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushFlex(to: string, altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushTemplate(to: string, altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushButtonTemplate(to: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushButtonsTemplate(to: string, altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushConfirmTemplate(to: string, altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushCarouselTemplate(to: string, altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async pushImageCarouselTemplate(to: string, altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.PushOptions): Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata> {
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
  async multicastText(to: string[], text: string, options?: LineTypes.TextMessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastImage(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
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
  async multicastVideo(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
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
  async multicastAudio(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
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
  async multicastLocation(to: string[], location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastSticker(to: string[], ...args: unknown[]): Promise<LineTypes.MulticastResult> {
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
  async multicastImagemap(to: string[], altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastFlex(to: string[], altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastTemplate(to: string[], altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastButtonTemplate(to: string[], altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastButtonsTemplate(to: string[], altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastConfirmTemplate(to: string[], altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastCarouselTemplate(to: string[], altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async multicastImageCarouselTemplate(to: string[], altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.MulticastOptions): Promise<LineTypes.MulticastResult> {
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
  async broadcastText(text: string, options?: LineTypes.TextMessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastImage(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastVideo(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastAudio(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastLocation(location: LineTypes.LocationMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastSticker(...args: unknown[]): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastImagemap(altText: string, imagemap: LineTypes.ImagemapMessageInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastFlex(altText: string, flex: LineTypes.FlexContainer, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastTemplate(altText: string, template: LineTypes.Template, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastButtonTemplate(altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastButtonsTemplate(altText: string, buttonTemplate: LineTypes.ButtonsTemplateInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastConfirmTemplate(altText: string, confirmTemplate: LineTypes.ConfirmTemplateInput, options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastCarouselTemplate(altText: string, columns: LineTypes.ColumnObject[], options?: LineTypes.CarouselTemplateOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async broadcastImageCarouselTemplate(altText: string, columns: LineTypes.ImageCarouselColumnObject[], options?: LineTypes.MessageOptions & LineTypes.BroadcastOptions): Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata> {
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
  async getMessageContent(messageId: string): Promise<Buffer> {
    return this.bytes({ method: 'GET', host: 'data', path: path('/v2/bot/message/{messageId}/content', { messageId }) });
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
  async getMessageContentStream(messageId: string): Promise<Readable> {
    const p = path('/v2/bot/message/{messageId}/content', { messageId });
    return this.stream(p);
  }

  /**
   * Downloads the content a user sent, as a Buffer.
   *
   * @deprecated Use {@link LineClient.getMessageContent}.
   * @param messageId - ID of the message
   * @returns the bytes
   * @group Content
   */
  async retrieveMessageContent(messageId: string): Promise<Buffer> {
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
  async getUserProfile(userId: string): Promise<LineTypes.User | null> {
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
  async getGroupMemberProfile(groupId: string, userId: string): Promise<LineTypes.User> {
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
  async getRoomMemberProfile(roomId: string, userId: string): Promise<LineTypes.User> {
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
  async getGroupSummary(groupId: string): Promise<LineTypes.Group> {
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
  async getGroupMemberIds(groupId: string, start?: string): Promise<LineTypes.MemberIdsResponse> {
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
  async getRoomMemberIds(roomId: string, start?: string): Promise<LineTypes.MemberIdsResponse> {
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
  async leaveGroup(groupId: string): Promise<LineTypes.MutationSuccessResponse> {
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
  async leaveRoom(roomId: string): Promise<LineTypes.MutationSuccessResponse> {
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
  async getRichMenu(richMenuId: string): Promise<LineTypes.RichMenuResponse | null> {
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
  async createRichMenu(richMenu: LineTypes.RichMenu): Promise<LineTypes.RichMenuIdResponse> {
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
  async deleteRichMenu(richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
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
  async getLinkedRichMenu(userId: string): Promise<LineTypes.RichMenuIdResponse | null> {
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
  async linkRichMenu(userId: string, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
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
  async unlinkRichMenu(userId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'DELETE', path: path('/v2/bot/user/{userId}/richmenu', { userId }) });
  }

  /**
   * Gets the ID of the default rich menu. Calls `GET /v2/bot/user/all/richmenu`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-default-rich-menu-id | Get default rich menu ID}
   * @returns `{ richMenuId }`, or `null` when none is set (404)
   * @group Rich Menu
   */
  async getDefaultRichMenu(): Promise<LineTypes.RichMenuIdResponse | null> {
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
  async setDefaultRichMenu(richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.json({ method: 'POST', path: path('/v2/bot/user/all/richmenu/{richMenuId}', { richMenuId }) });
  }

  /**
   * Clears the default rich menu. Calls `DELETE /v2/bot/user/all/richmenu`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#clear-default-rich-menu | Clear default rich menu}
   * @returns an empty object
   * @group Rich Menu
   */
  async deleteDefaultRichMenu(): Promise<LineTypes.MutationSuccessResponse> {
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
    // file-type is loaded only here, on the first upload. A plain require: under `import()` Node would see this
    // CommonJS package's exports as `default` only.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { fromBuffer } = require('file-type') as typeof import('file-type');
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
  async issueLinkToken(userId: string): Promise<LineTypes.LinkTokenResponse> {
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
  async createLiffApp(liffApp: LineTypes.CreateLiffAppRequest): Promise<LineTypes.LiffIdResponse> {
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
  async updateLiffApp(liffId: string, liffApp: LineTypes.PartialLiffApp): Promise<LineTypes.MutationSuccessResponse> {
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
  async deleteLiffApp(liffId: string): Promise<LineTypes.MutationSuccessResponse> {
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
  async getTargetLimitForAdditionalMessages(): Promise<LineTypes.TargetLimitForAdditionalMessages> {
    return this.json({ method: 'GET', path: '/v2/bot/message/quota' });
  }

  /**
   * Gets the number of messages sent this month. Calls `GET /v2/bot/message/quota/consumption`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-consumption | Get number of messages sent this month}
   * @returns `{ totalUsage }`
   * @group Insight
   */
  async getNumberOfMessagesSentThisMonth(): Promise<LineTypes.NumberOfMessagesSentThisMonth> {
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
  async getNumberOfSentReplyMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
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
  async getNumberOfSentPushMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
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
  async getNumberOfSentMulticastMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
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
  async getNumberOfSentBroadcastMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
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
  async getNumberOfMessageDeliveries(date: string): Promise<LineTypes.NumberOfMessageDeliveriesResponse> {
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
  async getNumberOfFollowers(date: string): Promise<LineTypes.NumberOfFollowersResponse> {
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
  async getFriendDemographics(): Promise<LineTypes.FriendDemographics> {
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
  async createUploadAudienceGroup(
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
   * @param options - `uploadDescription` (`description` is accepted for 1.1.0 compatibility but not sent: LINE's endpoint
   * has no such field; use {@link LineClient.setDescriptionAudienceGroup})
   * @returns an empty object
   * @group Audience
   */
  async updateUploadAudienceGroup(
    audienceGroupId: number,
    audiences: LineTypes.Audience[],
    options: LineTypes.UpdateUploadAudienceGroupOptions = {},
  ): Promise<LineTypes.MutationSuccessResponse> {
    // LINE's endpoint takes no `description` (1.1.0 sent it anyway); rename with setDescriptionAudienceGroup.
    const { description, uploadDescription } = options;
    if (description !== undefined) {
      deprecate('updateUploadAudienceGroup.description', '`updateUploadAudienceGroup` ignores `description`: LINE does not take it there. Use `setDescriptionAudienceGroup`.');
    }
    const body = { audienceGroupId, audiences, ...(uploadDescription !== undefined ? { uploadDescription } : {}) };
    return this.json({ method: 'PUT', path: '/v2/bot/audienceGroup/upload', body, timeout: UPLOAD_TIMEOUT });
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
  async createClickAudienceGroup(description: string, requestId: string, options: LineTypes.CreateClickAudienceGroupOptions = {}): Promise<LineTypes.ClickAudienceGroup> {
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
  async createImpAudienceGroup(description: string, requestId: string): Promise<LineTypes.ImpAudienceGroup> {
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
  async setDescriptionAudienceGroup(description: string, audienceGroupId: number): Promise<LineTypes.MutationSuccessResponse> {
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
  async deleteAudienceGroup(audienceGroupId: number): Promise<LineTypes.MutationSuccessResponse> {
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
  async getAudienceGroup(audienceGroupId: number): Promise<LineTypes.GetAudienceDataResponse> {
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
  async getAudienceGroups(options: LineTypes.GetAudienceGroupsOptions = {}): Promise<LineTypes.AudienceGroups> {
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
  async getAudienceGroupAuthorityLevel(): Promise<LineTypes.AudienceGroupAuthorityLevelResponse> {
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
  async changeAudienceGroupAuthorityLevel(authorityLevel: LineTypes.AudienceGroupAuthorityLevel['authorityLevel']): Promise<LineTypes.MutationSuccessResponse> {
    deprecate('changeAudienceGroupAuthorityLevel', '`changeAudienceGroupAuthorityLevel` calls an endpoint LINE has retired.');
    return this.json({ method: 'PUT', path: '/v2/bot/audienceGroup/authorityLevel', body: { authorityLevel } });
  }

  // <extended-api>
  // ---------------------------------------------------------------------------------------------------------------
  // Operations added to LINE's API after messaging-api-line 1.1.0
  // ---------------------------------------------------------------------------------------------------------------

  /** Sends a request whose answer has no (meaningful) body, and resolves `{}`. */
  private async empty(endpoint: Endpoint, call?: LineTypes.RequestOptions): Promise<LineTypes.MutationSuccessResponse> {
    await this.request<unknown>(endpoint, call);
    return {};
  }

  /** Reads a binary answer as one Buffer. */
  private async bytes(endpoint: Endpoint): Promise<Buffer> {
    const data = await this.json<ArrayBuffer | Buffer>({ ...endpoint, responseType: 'arraybuffer' });
    return Buffer.isBuffer(data) ? data : Buffer.from(data);
  }

  /**
   * Downloads the preview image of an image or video a user sent, as one Buffer. Calls
   * `GET /v2/bot/message/{messageId}/content/preview` on the data host.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-image-or-video-preview | Get a preview image of the image or video}
   * @param messageId - ID of the image or video message
   * @returns the preview image bytes
   * @group Content
   */
  async getMessageContentPreview(messageId: string): Promise<Buffer> {
    return this.bytes({ method: 'GET', host: 'data', path: path('/v2/bot/message/{messageId}/content/preview', { messageId }) });
  }

  /**
   * Downloads the preview image of an image or video a user sent, as a stream. Calls
   * `GET /v2/bot/message/{messageId}/content/preview` on the data host.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-image-or-video-preview | Get a preview image of the image or video}
   * @param messageId - ID of the image or video message
   * @returns a readable stream of the preview image bytes
   * @group Content
   */
  async getMessageContentPreviewStream(messageId: string): Promise<Readable> {
    const p = path('/v2/bot/message/{messageId}/content/preview', { messageId });
    return this.stream(p);
  }

  /**
   * Tells whether a video or audio a user sent is ready to download. Calls
   * `GET /v2/bot/message/{messageId}/content/transcoding` on the data host.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status | Verify video or audio preparation status}
   * @param messageId - ID of the video or audio message
   * @returns `{ status }`: `processing`, `succeeded` or `failed`
   * @group Content
   */
  async getMessageContentTranscoding(messageId: string): Promise<LineTypes.GetMessageContentTranscodingResponse> {
    return this.json({ method: 'GET', host: 'data', path: path('/v2/bot/message/{messageId}/content/transcoding', { messageId }) });
  }

  /**
   * Waits until a video or audio a user sent is ready to download, checking
   * {@link LineClient.getMessageContentTranscoding} every `interval` ms. Calls
   * `GET /v2/bot/message/{messageId}/content/transcoding` on the data host (repeatedly).
   *
   * @remarks
   * Rejects with a {@link LineError} when LINE reports `failed`, or when the content is still not ready after
   * `timeout` ms (the number of checks is bounded by `timeout / interval + 1`).
   *
   * @example
   * ```ts
   * await client.waitForMessageContent(messageId, { timeout: 30_000 });
   * const video = await client.getMessageContent(messageId);
   * ```
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-video-or-audio-preparation-status | Verify video or audio preparation status}
   * @param messageId - ID of the video or audio message
   * @param options - `timeout` (ms, default 60,000), `interval` (ms, default 1,000), `signal`
   * @returns `{ status: 'succeeded' }` once the content is ready
   * @group Content
   */
  async waitForMessageContent(messageId: string, options: LineTypes.WaitForMessageContentOptions = {}): Promise<LineTypes.GetMessageContentTranscodingResponse> {
    requireString(messageId, 'messageId');
    const { timeout = 60_000, interval = 1000, signal } = options;
    if (typeof timeout !== 'number' || !(timeout >= 0)) throw new LineValidationError('timeout', 'expected a number of ms, 0 or more');
    if (typeof interval !== 'number' || !(interval > 0)) throw new LineValidationError('interval', 'expected a number of ms, more than 0');
    const deadline = Date.now() + timeout;
    const client = signal ? this.withOptions({ signal }) : this;
    for (;;) {
      const res = await client.getMessageContentTranscoding(messageId);
      if (res.status === 'succeeded') return res;
      if (res.status === 'failed') {
        throw new LineError(`LINE API - the content of message ${messageId} cannot be downloaded: LINE reports its preparation (transcoding) as failed.`);
      }
      const remaining = deadline - Date.now();
      if (remaining <= 0) {
        throw new LineError(
          `LINE API - the content of message ${messageId} was still not ready after ${timeout} ms (last status: ${String(res.status)}). Wait longer with a larger \`timeout\`.`,
        );
      }
      try {
        await sleep(Math.min(interval, remaining), signal);
      } catch {
        throw new LineAbortError({ method: 'GET', path: path('/v2/bot/message/{messageId}/content/transcoding', { messageId }) });
      }
    }
  }

  /** Sends one of the five message validation requests. */
  private async validateKind(kind: 'reply' | 'push' | 'multicast' | 'narrowcast' | 'broadcast', messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
    validateMessages(messages);
    return this.empty({ method: 'POST', path: `/v2/bot/message/validate/${kind}`, body: { messages } });
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
  async validateReplyMessages(messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
    return this.validateKind('reply', messages);
  }

  /**
   * Asks LINE whether messages are valid for a push, without sending them. Calls `POST /v2/bot/message/validate/push`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-message-objects-of-push-message | Validate message objects of a push message}
   * @param messages - 1 to 5 messages
   * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
   * @group Validation
   */
  async validatePushMessages(messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
    return this.validateKind('push', messages);
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
  async validateMulticastMessages(messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
    return this.validateKind('multicast', messages);
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
  async validateNarrowcastMessages(messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
    return this.validateKind('narrowcast', messages);
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
  async validateBroadcastMessages(messages: LineTypes.Message[]): Promise<LineTypes.MutationSuccessResponse> {
    return this.validateKind('broadcast', messages);
  }

  /**
   * Gets the number of aggregation units used this month. Calls `GET /v2/bot/message/aggregation/info`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-number-of-units-used-this-month | Get number of units used this month}
   * @returns `{ numOfCustomAggregationUnits }`
   * @group Insight
   */
  async getAggregationUnitUsage(): Promise<LineTypes.GetAggregationUnitUsageResponse> {
    return this.json({ method: 'GET', path: '/v2/bot/message/aggregation/info' });
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
  async getAggregationUnitNameList(options: LineTypes.PageOptions = {}): Promise<LineTypes.GetAggregationUnitNameListResponse> {
    X.optionalInt(options.limit, 'limit', 1, Number.MAX_SAFE_INTEGER);
    const query = X.query({ limit: options.limit, start: options.start });
    return this.json({ method: 'GET', path: '/v2/bot/message/aggregation/list', ...(query ? { query } : {}) });
  }

  /**
   * Gets one page of the user IDs of the account's friends. Calls `GET /v2/bot/followers/ids`. Available to
   * verified and premium accounts only.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-follower-ids | Get a list of users who added your LINE Official Account as a friend}
   * @param options - `limit` (1 to 1,000; LINE's default 300), `start` (the `next` token of the previous page)
   * @returns `{ userIds, next? }`
   * @group Followers
   */
  async getFollowerIds(options: LineTypes.PageOptions = {}): Promise<LineTypes.GetFollowersResponse> {
    X.optionalInt(options.limit, 'limit', 1, X.EXTENDED_LIMITS.followerPage);
    const query = X.query({ start: options.start, limit: options.limit });
    return this.json({ method: 'GET', path: '/v2/bot/followers/ids', ...(query ? { query } : {}) });
  }

  /**
   * Iterates over every follower's user ID, one page at a time (memory stays flat). Calls
   * `GET /v2/bot/followers/ids` once per page.
   *
   * @example `for await (const userId of client.iterateFollowerIds()) { ... }`
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-follower-ids | Get a list of users who added your LINE Official Account as a friend}
   * @param options - `limit` (IDs per page, default 1,000), `start` (a page to resume from)
   * @returns an async iterator of user IDs
   * @group Followers
   */
  async *iterateFollowerIds(options: LineTypes.PageOptions = {}): AsyncGenerator<string, void, undefined> {
    let start = options.start;
    const limit = options.limit ?? X.EXTENDED_LIMITS.followerPage;
    do {
      const page = await this.getFollowerIds({ limit, ...(start ? { start } : {}) });
      yield* page.userIds;
      start = page.next;
    } while (start);
  }

  /**
   * Gets every follower's user ID, following `next` until the last page. Calls `GET /v2/bot/followers/ids` once
   * per 1,000 IDs.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-follower-ids | Get a list of users who added your LINE Official Account as a friend}
   * @returns all follower user IDs
   * @group Followers
   */
  async getAllFollowerIds(): Promise<string[]> {
    const ids: string[] = [];
    for await (const id of this.iterateFollowerIds()) ids.push(id);
    return ids;
  }

  /**
   * Asks LINE whether a rich menu object is valid, without creating it. Calls `POST /v2/bot/richmenu/validate`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-rich-menu-object | Validate rich menu object}
   * @param richMenu - the rich menu object
   * @returns `{}` when valid; rejects with a {@link LineApiError} listing the problems otherwise
   * @group Rich Menu
   */
  async validateRichMenu(richMenu: LineTypes.RichMenu): Promise<LineTypes.MutationSuccessResponse> {
    if (!richMenu || typeof richMenu !== 'object') throw new LineValidationError('richMenu', 'expected a rich menu object');
    return this.empty({ method: 'POST', path: '/v2/bot/richmenu/validate', body: richMenu });
  }

  /**
   * Creates a rich menu alias, used by rich menu switch actions. Calls `POST /v2/bot/richmenu/alias`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-rich-menu-alias | Create rich menu alias}
   * @param richMenuAliasId - the alias (`^[a-z0-9_-]{1,32}$`, unique in the channel)
   * @param richMenuId - the rich menu it points to
   * @returns `{}`
   * @group Rich Menu Alias
   */
  async createRichMenuAlias(richMenuAliasId: string, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
    requireString(richMenuAliasId, 'richMenuAliasId');
    if (!/^[a-z0-9_-]{1,32}$/.test(richMenuAliasId)) {
      throw new LineValidationError('richMenuAliasId', 'LINE accepts 1 to 32 characters of a-z, 0-9, `_` and `-`', '^[a-z0-9_-]{1,32}$');
    }
    requireString(richMenuId, 'richMenuId');
    return this.empty({ method: 'POST', path: '/v2/bot/richmenu/alias', body: { richMenuAliasId, richMenuId } });
  }

  /**
   * Gets a rich menu alias. Calls `GET /v2/bot/richmenu/alias/{richMenuAliasId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-by-id | Get rich menu alias information}
   * @param richMenuAliasId - the alias
   * @returns `{ richMenuAliasId, richMenuId }`
   * @group Rich Menu Alias
   */
  async getRichMenuAlias(richMenuAliasId: string): Promise<LineTypes.RichMenuAliasResponse> {
    return this.json({ method: 'GET', path: path('/v2/bot/richmenu/alias/{richMenuAliasId}', { richMenuAliasId }) });
  }

  /**
   * Points a rich menu alias at another rich menu. Calls `POST /v2/bot/richmenu/alias/{richMenuAliasId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#update-rich-menu-alias | Update rich menu alias}
   * @param richMenuAliasId - the alias
   * @param richMenuId - the rich menu it now points to
   * @returns `{}`
   * @group Rich Menu Alias
   */
  async updateRichMenuAlias(richMenuAliasId: string, richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
    const p = path('/v2/bot/richmenu/alias/{richMenuAliasId}', { richMenuAliasId });
    requireString(richMenuId, 'richMenuId');
    return this.empty({ method: 'POST', path: p, body: { richMenuId } });
  }

  /**
   * Deletes a rich menu alias. Calls `DELETE /v2/bot/richmenu/alias/{richMenuAliasId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#delete-rich-menu-alias | Delete rich menu alias}
   * @param richMenuAliasId - the alias
   * @returns `{}`
   * @group Rich Menu Alias
   */
  async deleteRichMenuAlias(richMenuAliasId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.empty({ method: 'DELETE', path: path('/v2/bot/richmenu/alias/{richMenuAliasId}', { richMenuAliasId }) });
  }

  /**
   * Lists every rich menu alias. Calls `GET /v2/bot/richmenu/alias/list`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-alias-list | Get list of rich menu aliases}
   * @returns `{ aliases: [{ richMenuAliasId, richMenuId }] }`
   * @group Rich Menu Alias
   */
  async getRichMenuAliasList(): Promise<LineTypes.RichMenuAliasListResponse> {
    return this.json({ method: 'GET', path: '/v2/bot/richmenu/alias/list' });
  }

  /**
   * Links a rich menu to any number of users. LINE accepts 500 users per request: longer lists are sent as
   * consecutive requests of 500. Calls `POST /v2/bot/richmenu/bulk/link`.
   *
   * @remarks
   * Every user ID is checked before the first request. If a request fails, the chunks before it stay linked and the
   * error is thrown; linking again is harmless.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#link-rich-menu-to-users | Link rich menu to multiple users}
   * @param userIds - user IDs
   * @param richMenuId - ID of the rich menu
   * @returns `{}`
   * @group Rich Menu
   */
  async linkRichMenuToUsers(userIds: string[], richMenuId: string): Promise<LineTypes.MutationSuccessResponse> {
    validateRecipients(userIds, 'userIds', undefined, 'user IDs');
    requireString(richMenuId, 'richMenuId');
    for (const ids of X.chunk(userIds, X.EXTENDED_LIMITS.richMenuBulkUsers)) {
      await this.empty({ method: 'POST', path: '/v2/bot/richmenu/bulk/link', body: { richMenuId, userIds: ids } });
    }
    return {};
  }

  /**
   * Unlinks the rich menus of any number of users, 500 users per request. Calls `POST /v2/bot/richmenu/bulk/unlink`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#unlink-rich-menu-from-users | Unlink rich menus from multiple users}
   * @param userIds - user IDs
   * @returns `{}`
   * @group Rich Menu
   */
  async unlinkRichMenuFromUsers(userIds: string[]): Promise<LineTypes.MutationSuccessResponse> {
    validateRecipients(userIds, 'userIds', undefined, 'user IDs');
    for (const ids of X.chunk(userIds, X.EXTENDED_LIMITS.richMenuBulkUsers)) {
      await this.empty({ method: 'POST', path: '/v2/bot/richmenu/bulk/unlink', body: { userIds: ids } });
    }
    return {};
  }

  /** Checks and builds the body of a rich menu batch. */
  private batchBody(operations: LineTypes.RichMenuBatchOperation[], options: LineTypes.RichMenuBatchOptions): object {
    if (!Array.isArray(operations) || operations.length === 0 || operations.length > X.EXTENDED_LIMITS.richMenuBatchOperations) {
      throw new LineValidationError(
        'operations',
        `expected 1 to ${X.EXTENDED_LIMITS.richMenuBatchOperations} operations`,
        `1-${X.EXTENDED_LIMITS.richMenuBatchOperations} operations`,
        Array.isArray(operations) ? operations.length : typeof operations,
      );
    }
    operations.forEach((op, i) => {
      if (!op || typeof op !== 'object' || !['link', 'unlink', 'unlinkAll'].includes(op.type)) {
        throw new LineValidationError(`operations[${i}].type`, 'expected `link`, `unlink` or `unlinkAll`');
      }
    });
    const { resumeRequestKey } = options;
    if (resumeRequestKey !== undefined && (typeof resumeRequestKey !== 'string' || !/^[a-zA-Z0-9_-]{1,100}$/.test(resumeRequestKey))) {
      throw new LineValidationError('resumeRequestKey', 'LINE accepts 1 to 100 characters of a-z, A-Z, 0-9, `_` and `-`', '^[a-zA-Z0-9_-]{1,100}$');
    }
    return { operations, ...(resumeRequestKey !== undefined ? { resumeRequestKey } : {}) };
  }

  /**
   * Replaces or unlinks the rich menus of every user linked to them, in one asynchronous batch. Calls
   * `POST /v2/bot/richmenu/batch`; follow it with {@link LineClient.getRichMenuBatchProgress}.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#batch-control-rich-menus-of-users | Replace or unlink the linked rich menus in batches}
   * @param operations - 1 to 1,000 `{ type: 'link', from, to }`, `{ type: 'unlink', from }` or `{ type: 'unlinkAll' }`
   * @param options - `resumeRequestKey`, to resume a batch that failed
   * @returns `{ requestId }`, the handle of the batch
   * @group Rich Menu
   */
  async richMenuBatch(operations: LineTypes.RichMenuBatchOperation[], options: LineTypes.RichMenuBatchOptions = {}): Promise<LineTypes.RichMenuBatchResponse> {
    const body = this.batchBody(operations, options);
    const res = await this.request<unknown>({ method: 'POST', path: '/v2/bot/richmenu/batch', body });
    const requestId = res.headers['x-line-request-id'];
    return requestId ? { requestId } : {};
  }

  /**
   * Asks LINE whether a rich menu batch request is valid, without running it. Calls
   * `POST /v2/bot/richmenu/validate/batch`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#validate-batch-control-rich-menus-request | Validate a request of rich menu batch control}
   * @param operations - the operations of {@link LineClient.richMenuBatch}
   * @param options - `resumeRequestKey`
   * @returns `{}` when valid; rejects with a {@link LineApiError} otherwise
   * @group Rich Menu
   */
  async validateRichMenuBatch(operations: LineTypes.RichMenuBatchOperation[], options: LineTypes.RichMenuBatchOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
    return this.empty({ method: 'POST', path: '/v2/bot/richmenu/validate/batch', body: this.batchBody(operations, options) });
  }

  /**
   * Gets the progress of a rich menu batch. Calls `GET /v2/bot/richmenu/progress/batch?requestId=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-batch-control-rich-menus-progress-status | Get the status of rich menu batch control}
   * @param requestId - the `requestId` returned by {@link LineClient.richMenuBatch}
   * @returns `{ phase, acceptedTime, completedTime? }`
   * @group Rich Menu
   */
  async getRichMenuBatchProgress(requestId: string): Promise<LineTypes.RichMenuBatchProgressResponse> {
    requireString(requestId, 'requestId');
    return this.json({ method: 'GET', path: '/v2/bot/richmenu/progress/batch', query: { requestId } });
  }

  /**
   * Marks the messages a user sent as read (partners only). Calls `POST /v2/bot/message/markAsRead`.
   *
   * @see {@link https://developers.line.biz/en/reference/partner-docs/#mark-messages-from-users-as-read | Mark messages from users as read}
   * @param userId - ID of the user
   * @returns `{}`
   * @group Chat
   */
  async markMessagesAsRead(userId: string): Promise<LineTypes.MutationSuccessResponse> {
    requireString(userId, 'userId');
    return this.empty({ method: 'POST', path: '/v2/bot/message/markAsRead', body: { chat: { userId } } });
  }

  /**
   * Marks messages as read with the `markAsReadToken` of a message webhook event. Calls
   * `POST /v2/bot/chat/markAsRead`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#mark-as-read | Mark messages as read}
   * @param markAsReadToken - the token from the webhook event
   * @returns `{}`
   * @group Chat
   */
  async markMessagesAsReadByToken(markAsReadToken: string): Promise<LineTypes.MutationSuccessResponse> {
    requireString(markAsReadToken, 'markAsReadToken');
    return this.empty({ method: 'POST', path: '/v2/bot/chat/markAsRead', body: { markAsReadToken } });
  }

  /**
   * Shows a loading animation in a one-on-one chat until a message arrives or the time runs out. Calls
   * `POST /v2/bot/chat/loading/start`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#display-a-loading-indicator | Display a loading animation}
   * @param chatId - user ID of the one-on-one chat
   * @param options - `loadingSeconds`: 5 to 60, in steps of 5 (LINE's default 20)
   * @returns `{}`
   * @group Chat
   */
  async showLoadingAnimation(chatId: string, options: LineTypes.ShowLoadingAnimationOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
    requireString(chatId, 'chatId');
    const { loadingSeconds } = options;
    if (loadingSeconds !== undefined && (typeof loadingSeconds !== 'number' || !Number.isInteger(loadingSeconds) || loadingSeconds < 5 || loadingSeconds > 60 || loadingSeconds % 5 !== 0)) {
      throw new LineValidationError('loadingSeconds', 'LINE accepts 5 to 60 seconds, in steps of 5', '5, 10, ..., 60', typeof loadingSeconds === 'number' ? loadingSeconds : typeof loadingSeconds);
    }
    return this.empty({ method: 'POST', path: '/v2/bot/chat/loading/start', body: { chatId, ...(loadingSeconds !== undefined ? { loadingSeconds } : {}) } });
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
  async pushMessagesByPhone(phoneNumberHash: string, messages: LineTypes.Message[], options: LineTypes.PushMessagesByPhoneOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
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
    return this.empty(
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
  async getNumberOfSentPnpMessages(date: string): Promise<LineTypes.NumberOfMessagesSentResponse> {
    X.requireDate(date, 'date');
    return this.json({ method: 'GET', path: '/v2/bot/message/delivery/pnp', query: { date } });
  }

  /**
   * Gets the membership plans a user subscribes to. Calls `GET /v2/bot/membership/subscription/{userId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-a-users-membership-subscription-status | Get a user's membership subscription status}
   * @param userId - ID of the user
   * @returns `{ subscriptions: [{ membership, user }] }`
   * @group Membership
   */
  async getMembershipSubscription(userId: string): Promise<LineTypes.GetMembershipSubscriptionResponse> {
    return this.json({ method: 'GET', path: path('/v2/bot/membership/subscription/{userId}', { userId }) });
  }

  /**
   * Gets the account's membership plans. Calls `GET /v2/bot/membership/list`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-plans | Get membership plans}
   * @returns `{ memberships }`
   * @group Membership
   */
  async getMembershipList(): Promise<LineTypes.MembershipListResponse> {
    return this.json({ method: 'GET', path: '/v2/bot/membership/list' });
  }

  /**
   * Gets one page of the user IDs of a membership plan's members. Calls
   * `GET /v2/bot/membership/{membershipId}/users/ids`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids | Get membership user IDs}
   * @param membershipId - ID of the membership plan
   * @param options - `limit` (1 to 1,000; LINE's default 300), `start` (the `next` token of the previous page)
   * @returns `{ userIds, next? }`
   * @group Membership
   */
  async getJoinedMembershipUserIds(membershipId: number, options: LineTypes.GetJoinedMembershipUserIdsOptions = {}): Promise<LineTypes.GetJoinedMembershipUsersResponse> {
    const p = path('/v2/bot/membership/{membershipId}/users/ids', { membershipId });
    X.optionalInt(options.limit, 'limit', 1, X.EXTENDED_LIMITS.membershipPage);
    const query = X.query({ start: options.start, limit: options.limit });
    return this.json({ method: 'GET', path: p, ...(query ? { query } : {}) });
  }

  /**
   * Iterates over the user IDs of every member of a membership plan, one page at a time. Calls
   * `GET /v2/bot/membership/{membershipId}/users/ids` once per page.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-membership-user-ids | Get membership user IDs}
   * @param membershipId - ID of the membership plan
   * @param options - `limit` (IDs per page, default 1,000), `start` (a page to resume from)
   * @returns an async iterator of user IDs
   * @group Membership
   */
  async *iterateJoinedMembershipUserIds(membershipId: number, options: LineTypes.GetJoinedMembershipUserIdsOptions = {}): AsyncGenerator<string, void, undefined> {
    let start = options.start;
    const limit = options.limit ?? X.EXTENDED_LIMITS.membershipPage;
    do {
      const page = await this.getJoinedMembershipUserIds(membershipId, { limit, ...(start ? { start } : {}) });
      yield* page.userIds;
      start = page.next;
    } while (start);
  }

  /**
   * Lists coupons, one page. Calls `GET /v2/bot/coupon` (each status as its own `status=` parameter).
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-coupons-list | Get a list of coupons}
   * @param options - `status` (e.g. `['RUNNING']`), `limit` (1 to 100; LINE's default 20), `start` (the `next` token)
   * @returns `{ items: [{ couponId, title }], next? }`
   * @group Coupon
   */
  async getCouponList(options: LineTypes.GetCouponListOptions = {}): Promise<LineTypes.CouponListResponse> {
    const { status, limit, start } = options;
    X.optionalInt(limit, 'limit', 1, X.EXTENDED_LIMITS.couponPage);
    if (status !== undefined && (!Array.isArray(status) || status.some((s) => !['DRAFT', 'RUNNING', 'CLOSED'].includes(s)))) {
      throw new LineValidationError('status', 'expected an array of `DRAFT`, `RUNNING` and `CLOSED`');
    }
    // LINE takes the statuses as repeated parameters (`status=DRAFT&status=RUNNING`), which the query object cannot
    // express: the query string is built here.
    const params = new URLSearchParams();
    for (const s of new Set(status ?? [])) params.append('status', s);
    if (start !== undefined) params.append('start', start);
    if (limit !== undefined) params.append('limit', String(limit));
    const qs = params.toString();
    return this.json({ method: 'GET', path: `/v2/bot/coupon${qs ? `?${qs}` : ''}` });
  }

  /**
   * Creates a coupon. Calls `POST /v2/bot/coupon`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-coupon | Create a coupon}
   * @param coupon - title, validity, visibility, time zone, acquisition condition, reward, ...
   * @returns `{ couponId }`
   * @group Coupon
   */
  async createCoupon(coupon: LineTypes.CouponCreateRequest): Promise<LineTypes.CouponCreateResponse> {
    if (!coupon || typeof coupon !== 'object') throw new LineValidationError('coupon', 'expected a coupon object');
    requireString(coupon.title, 'coupon.title');
    if (coupon.title.length > 60) throw new LineValidationError('coupon.title', `${coupon.title.length} characters is over LINE's limit of 60`, 'at most 60 characters', coupon.title.length);
    return this.json({ method: 'POST', path: '/v2/bot/coupon', body: coupon });
  }

  /**
   * Gets a coupon's details. Calls `GET /v2/bot/coupon/{couponId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-coupon | Get coupon details}
   * @param couponId - ID of the coupon
   * @returns the coupon
   * @group Coupon
   */
  async getCoupon(couponId: string): Promise<LineTypes.CouponResponse> {
    return this.json({ method: 'GET', path: path('/v2/bot/coupon/{couponId}', { couponId }) });
  }

  /**
   * Closes (discontinues) a coupon. Calls `PUT /v2/bot/coupon/{couponId}/close`. LINE answers 410 for a coupon
   * that is already closed.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#discontinue-coupon | Discontinue a coupon}
   * @param couponId - ID of the coupon
   * @returns `{}`
   * @group Coupon
   */
  async closeCoupon(couponId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.empty({ method: 'PUT', path: path('/v2/bot/coupon/{couponId}/close', { couponId }) });
  }

  /**
   * Gets statistics of how users interacted with a narrowcast or broadcast. Calls
   * `GET /v2/bot/insight/message/event?requestId=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-message-event | Get user interaction statistics}
   * @param requestId - the request id of the narrowcast or broadcast (`requestId` of its result)
   * @returns `{ overview, messages, clicks }`
   * @group Insight
   */
  async getMessageEvent(requestId: string): Promise<LineTypes.GetMessageEventResponse> {
    requireString(requestId, 'requestId');
    return this.json({ method: 'GET', path: '/v2/bot/insight/message/event', query: { requestId } });
  }

  /**
   * Gets statistics of the push and multicast messages sent with one aggregation unit. Calls
   * `GET /v2/bot/insight/message/event/aggregation`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-statistics-per-unit | Get statistics per unit}
   * @param customAggregationUnit - name of the unit (`^[a-zA-Z0-9_]{1,30}$`, case-sensitive)
   * @param from - first day, `yyyyMMdd` (UTC+9)
   * @param to - last day, `yyyyMMdd`, at most 30 days after `from`
   * @returns `{ overview, messages, clicks }`
   * @group Insight
   */
  async getStatisticsPerUnit(customAggregationUnit: string, from: string, to: string): Promise<LineTypes.GetStatisticsPerUnitResponse> {
    requireString(customAggregationUnit, 'customAggregationUnit');
    if (!/^[a-zA-Z0-9_]{1,30}$/.test(customAggregationUnit)) {
      throw new LineValidationError('customAggregationUnit', 'LINE accepts 1 to 30 characters of a-z, A-Z, 0-9 and `_`', '^[a-zA-Z0-9_]{1,30}$');
    }
    X.requireDate(from, 'from');
    X.requireDate(to, 'to');
    return this.json({ method: 'GET', path: '/v2/bot/insight/message/event/aggregation', query: { customAggregationUnit, from, to } });
  }

  /**
   * Gets a rich menu's impressions and clicks per area, summed over a period. Calls
   * `GET /v2/bot/insight/richmenu/{richMenuId}/summary`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-summary | Get rich menu insight summary}
   * @param richMenuId - ID of a rich menu created with the Messaging API
   * @param from - first day, `yyyyMMdd` (UTC+9)
   * @param to - last day, `yyyyMMdd`, at most 396 days after `from`
   * @returns `{ richMenuId, metricsFrom, metricsTo, impression, clicks }` (only `richMenuId` below LINE's privacy threshold)
   * @group Insight
   */
  async getRichMenuInsightSummary(richMenuId: string, from: string, to: string): Promise<LineTypes.GetRichMenuInsightSummaryResponse> {
    const p = path('/v2/bot/insight/richmenu/{richMenuId}/summary', { richMenuId });
    X.requireDate(from, 'from');
    X.requireDate(to, 'to');
    return this.json({ method: 'GET', path: p, query: { from, to } });
  }

  /**
   * Gets a rich menu's impressions and clicks per area, day by day. Calls
   * `GET /v2/bot/insight/richmenu/{richMenuId}/daily`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-rich-menu-insight-daily | Get rich menu insight daily}
   * @param richMenuId - ID of a rich menu created with the Messaging API
   * @param from - first day, `yyyyMMdd` (UTC+9)
   * @param to - last day, `yyyyMMdd`, at most 99 days after `from`
   * @returns `{ richMenuId, metricsFrom, metricsTo, impression, clicks }` with daily metrics
   * @group Insight
   */
  async getRichMenuInsightDaily(richMenuId: string, from: string, to: string): Promise<LineTypes.GetRichMenuInsightDailyResponse> {
    const p = path('/v2/bot/insight/richmenu/{richMenuId}/daily', { richMenuId });
    X.requireDate(from, 'from');
    X.requireDate(to, 'to');
    return this.json({ method: 'GET', path: p, query: { from, to } });
  }

  /**
   * Creates an audience from a file of user IDs or IFAs (up to 1,500,000). Calls
   * `POST /v2/bot/audienceGroup/upload/byFile` on the data host, as `multipart/form-data` with the IDs in a
   * `text/plain` file, one per line.
   *
   * @remarks
   * The default timeout of this call is 10 minutes. A `string[]` is joined into one Buffer; a Buffer is sent as is;
   * a Readable is streamed without being buffered.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#create-upload-audience-group-by-file | Create audience for uploading user IDs (by file)}
   * @param description - audience name (max 120 characters)
   * @param userIdsOrFile - the IDs: an array, or a text file (Buffer or Readable) with one ID per line
   * @param options - `isIfaAudience`, `uploadDescription`, `timeout`, `signal`
   * @returns the new audience: `{ audienceGroupId, type, description, created, ... }`
   * @group Audience
   */
  async createUploadAudienceGroupByFile(
    description: string,
    userIdsOrFile: LineTypes.AudienceFileInput,
    options: LineTypes.CreateUploadAudienceGroupByFileOptions = {},
  ): Promise<LineTypes.CreateUploadAudienceGroupByFileResponse> {
    requireString(description, 'description');
    if (description.length > 120) throw new LineValidationError('description', `${description.length} characters is over LINE's limit of 120`, 'at most 120 characters', description.length);
    const { isIfaAudience, uploadDescription, ...call } = options;
    const form = X.audienceForm(
      { description, isIfaAudience: isIfaAudience === undefined ? undefined : String(isIfaAudience), uploadDescription },
      userIdsOrFile,
      'userIdsOrFile',
    );
    return this.request<LineTypes.CreateUploadAudienceGroupByFileResponse>(
      { method: 'POST', host: 'data', path: '/v2/bot/audienceGroup/upload/byFile', body: form, headers: form.getHeaders(), timeout: X.FILE_UPLOAD_TIMEOUT },
      call,
    ).then((r) => r.data);
  }

  /**
   * Adds user IDs or IFAs from a file (up to 1,500,000) to an audience. Calls
   * `PUT /v2/bot/audienceGroup/upload/byFile` on the data host, as `multipart/form-data`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#update-upload-audience-group-by-file | Add user IDs or IFAs to an audience (by file)}
   * @param audienceGroupId - ID of the audience
   * @param userIdsOrFile - the IDs: an array, or a text file (Buffer or Readable) with one ID per line
   * @param options - `uploadDescription`, `timeout` (default 10 minutes), `signal`
   * @returns `{}`
   * @group Audience
   */
  async updateUploadAudienceGroupByFile(
    audienceGroupId: number,
    userIdsOrFile: LineTypes.AudienceFileInput,
    options: LineTypes.UpdateUploadAudienceGroupByFileOptions = {},
  ): Promise<LineTypes.MutationSuccessResponse> {
    if (typeof audienceGroupId !== 'number' || !Number.isSafeInteger(audienceGroupId) || audienceGroupId < 1) {
      throw new LineValidationError('audienceGroupId', 'expected the numeric ID of an audience');
    }
    const { uploadDescription, ...call } = options;
    const form = X.audienceForm({ audienceGroupId: String(audienceGroupId), uploadDescription }, userIdsOrFile, 'userIdsOrFile');
    return this.empty(
      { method: 'PUT', host: 'data', path: '/v2/bot/audienceGroup/upload/byFile', body: form, headers: form.getHeaders(), timeout: X.FILE_UPLOAD_TIMEOUT },
      call,
    );
  }

  /**
   * Gets an audience, including audiences shared through Business Manager. Calls
   * `GET /v2/bot/audienceGroup/shared/{audienceGroupId}`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience | Get shared audience}
   * @param audienceGroupId - ID of the audience
   * @returns `{ audienceGroup, jobs, owner }`
   * @group Audience
   */
  async getSharedAudienceGroup(audienceGroupId: number): Promise<LineTypes.GetSharedAudienceDataResponse> {
    return this.json({ method: 'GET', path: path('/v2/bot/audienceGroup/shared/{audienceGroupId}', { audienceGroupId }) });
  }

  /**
   * Lists audiences, including those shared through Business Manager, one page. Calls
   * `GET /v2/bot/audienceGroup/shared/list?page=1&...`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-shared-audience-list | Get a list of shared audiences}
   * @param options - `page` (default 1), `description`, `status`, `size` (at most 40), `createRoute`, `includesOwnedAudienceGroups`
   * @returns `{ audienceGroups, hasNextPage, totalCount, readWriteAudienceGroupTotalCount, page, size }`
   * @group Audience
   */
  async getSharedAudienceGroups(options: LineTypes.GetSharedAudienceGroupsOptions = {}): Promise<LineTypes.GetSharedAudienceGroupsResponse> {
    X.optionalInt(options.page, 'page', 1, Number.MAX_SAFE_INTEGER);
    X.optionalInt(options.size, 'size', 1, X.EXTENDED_LIMITS.sharedAudiencePage);
    const query = X.query({
      page: options.page ?? 1,
      description: options.description,
      status: options.status,
      size: options.size,
      createRoute: options.createRoute,
      includesOwnedAudienceGroups: options.includesOwnedAudienceGroups,
    });
    return this.json({ method: 'GET', path: '/v2/bot/audienceGroup/shared/list', query });
  }

  /**
   * Detaches a module channel from a LINE Official Account (module channel admins). Calls
   * `POST /v2/bot/channel/detach`.
   *
   * @see {@link https://developers.line.biz/en/reference/partner-docs/#unlink-detach-module-channel-by-operation-mc-admin | Detach module channel}
   * @param options - `botId`: user ID of the bot the module is attached to
   * @returns `{}`
   * @group Module
   */
  async detachModule(options: LineTypes.DetachModuleOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
    if (options.botId !== undefined) requireString(options.botId, 'botId');
    return this.empty({ method: 'POST', path: '/v2/bot/channel/detach', body: options.botId !== undefined ? { botId: options.botId } : {} });
  }

  /**
   * Takes Chat Control of a chat (a module channel on standby becomes active). Calls
   * `POST /v2/bot/chat/{chatId}/control/acquire`.
   *
   * @see {@link https://developers.line.biz/en/reference/partner-docs/#acquire-control-api | Acquire Control API}
   * @param chatId - the user, group or room ID
   * @param options - `expired` (default `true`: control returns after `ttl`), `ttl` (seconds, default 3,600, at most a year)
   * @returns `{}`
   * @group Module
   */
  async acquireChatControl(chatId: string, options: LineTypes.AcquireChatControlOptions = {}): Promise<LineTypes.MutationSuccessResponse> {
    const p = path('/v2/bot/chat/{chatId}/control/acquire', { chatId });
    X.optionalInt(options.ttl, 'ttl', 1, 31_536_000);
    const body = { ...(options.expired !== undefined ? { expired: options.expired } : {}), ...(options.ttl !== undefined ? { ttl: options.ttl } : {}) };
    return this.empty({ method: 'POST', path: p, body });
  }

  /**
   * Returns Chat Control of a chat to the Primary Channel. Calls `POST /v2/bot/chat/{chatId}/control/release`.
   *
   * @see {@link https://developers.line.biz/en/reference/partner-docs/#release-control-api | Release Control API}
   * @param chatId - the user, group or room ID
   * @returns `{}`
   * @group Module
   */
  async releaseChatControl(chatId: string): Promise<LineTypes.MutationSuccessResponse> {
    return this.empty({ method: 'POST', path: path('/v2/bot/chat/{chatId}/control/release', { chatId }) });
  }

  /**
   * Lists the bots the module channel is attached to, one page. Calls `GET /v2/bot/list`.
   *
   * @see {@link https://developers.line.biz/en/reference/partner-docs/#get-multiple-bot-info-api | Get multiple bot info}
   * @param options - `start` (the `next` token of the previous page), `limit` (at most and by default 100)
   * @returns `{ bots, next? }`
   * @group Module
   */
  async getModules(options: LineTypes.GetModulesOptions = {}): Promise<LineTypes.GetModulesResponse> {
    X.optionalInt(options.limit, 'limit', 1, X.EXTENDED_LIMITS.modulePage);
    const query = X.query({ start: options.start, limit: options.limit });
    return this.json({ method: 'GET', path: '/v2/bot/list', ...(query ? { query } : {}) });
  }

  /**
   * Attaches the module channel to a LINE Official Account with the authorization code of the attach flow. Calls
   * `POST /module/auth/v1/token` on LINE Official Account Manager (`managerOrigin`), form-encoded, with HTTP Basic
   * authentication from the client's `channelId` and `channelSecret`.
   *
   * @see {@link https://developers.line.biz/en/reference/partner-docs/#link-attach-by-operation-module-channel-provider | Attach by operation of the module channel provider}
   * @param options - `code`, `redirectUri`, and the optional `codeVerifier`, `region`, `basicSearchId`, `scope`, `brandType`, `grantType`
   * @returns `{ bot_id, scopes }`
   * @group Module
   */
  async attachModule(options: LineTypes.AttachModuleOptions): Promise<LineTypes.AttachModuleResponse> {
    const { channelId, channelSecret } = stateOf(this);
    if (!channelId || !channelSecret) {
      throw new LineValidationError('config', 'attachModule authenticates with the channel ID and secret: construct the client with `channelId` and `channelSecret`');
    }
    if (!options || typeof options !== 'object') throw new LineValidationError('options', 'expected `{ code, redirectUri, ... }`');
    requireString(options.code, 'code');
    requireString(options.redirectUri, 'redirectUri');
    const body = formBody({
      grant_type: options.grantType ?? 'authorization_code',
      code: options.code,
      redirect_uri: options.redirectUri,
      code_verifier: options.codeVerifier,
      region: options.region,
      basic_search_id: options.basicSearchId,
      scope: options.scope,
      brand_type: options.brandType,
    });
    const basic = Buffer.from(`${channelId}:${channelSecret}`).toString('base64');
    return this.json({
      method: 'POST',
      host: 'manager',
      path: '/module/auth/v1/token',
      body,
      headers: { ...X.FORM_HEADERS, Authorization: `Basic ${basic}` },
      noAuth: true,
    });
  }

  /**
   * Sends a mission sticker to a user (partners only). Calls `POST /shop/v3/mission`.
   *
   * @see {@link https://developers.line.biz/en/reference/partner-docs/#send-mission-stickers-v3 | Send mission stickers (v3)}
   * @param to - user ID of the recipient
   * @param options - `productId` (sticker package ID), `productType` (`STICKER`), `sendPresentMessage` (`false`)
   * @returns `{}`
   * @group Mission Stickers
   */
  async sendMissionSticker(to: string, options: LineTypes.MissionStickerOptions): Promise<LineTypes.MutationSuccessResponse> {
    requireString(to, 'to');
    if (!options || typeof options !== 'object') throw new LineValidationError('options', 'expected `{ productId, productType, sendPresentMessage }`');
    requireString(options.productId, 'productId');
    requireString(options.productType, 'productType');
    if (typeof options.sendPresentMessage !== 'boolean') throw new LineValidationError('sendPresentMessage', 'expected a boolean');
    const { productId, productType, sendPresentMessage } = options;
    return this.empty({ method: 'POST', path: '/shop/v3/mission', body: { to, productId, productType, sendPresentMessage } });
  }

  /** The channel ID and secret given, or the client's own; never echoes a secret. */
  private credentials(given: Partial<LineTypes.ChannelCredentials> | undefined, method: string): LineTypes.ChannelCredentials {
    const state = stateOf(this);
    const channelId = given?.channelId ?? state.channelId;
    const channelSecret = given?.channelSecret ?? state.channelSecret;
    if (typeof channelId !== 'string' || channelId === '' || typeof channelSecret !== 'string' || channelSecret === '') {
      throw new LineValidationError(
        'credentials',
        `${method} needs a channel ID and secret: pass \`{ channelId, channelSecret }\` or construct the client with them`,
      );
    }
    return { channelId, channelSecret };
  }

  /** Sends a form-encoded request to a token endpoint, without the bearer token. */
  private async tokenRequest<T>(method: 'GET' | 'POST', p: string, fields: Record<string, string | undefined>): Promise<T> {
    if (method === 'GET') return this.json<T>({ method, path: p, query: X.query(fields), noAuth: true });
    return this.json<T>({ method, path: p, body: formBody(fields), headers: { ...X.FORM_HEADERS }, noAuth: true });
  }

  /**
   * Issues a short-lived channel access token (valid 30 days; at most 30 per channel). Calls
   * `POST /v2/oauth/accessToken`, form-encoded, without a bearer token.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-shortlived-channel-access-token | Issue short-lived channel access token}
   * @param credentials - `{ channelId, channelSecret }`; default: the client's own
   * @returns `{ access_token, expires_in, token_type }`
   * @group Channel Access Token
   */
  async issueChannelAccessToken(credentials?: LineTypes.ChannelCredentials): Promise<LineTypes.IssueShortLivedChannelAccessTokenResponse> {
    const { channelId, channelSecret } = this.credentials(credentials, 'issueChannelAccessToken');
    return this.tokenRequest('POST', '/v2/oauth/accessToken', { grant_type: 'client_credentials', client_id: channelId, client_secret: channelSecret });
  }

  /**
   * Verifies a short-lived or long-lived channel access token. Calls `POST /v2/oauth/verify`, form-encoded.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token | Verify the validity of short-lived and long-lived channel access tokens}
   * @param accessToken - the token to verify
   * @returns `{ client_id, expires_in, scope }`
   * @group Channel Access Token
   */
  async verifyChannelAccessToken(accessToken: string): Promise<LineTypes.VerifyChannelAccessTokenResponse> {
    requireString(accessToken, 'accessToken');
    return this.tokenRequest('POST', '/v2/oauth/verify', { access_token: accessToken });
  }

  /**
   * Revokes a short-lived or long-lived channel access token. Calls `POST /v2/oauth/revoke`, form-encoded.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#revoke-longlived-or-shortlived-channel-access-token | Revoke short-lived or long-lived channel access token}
   * @param accessToken - the token to revoke
   * @returns `{}`
   * @group Channel Access Token
   */
  async revokeChannelAccessToken(accessToken: string): Promise<LineTypes.MutationSuccessResponse> {
    requireString(accessToken, 'accessToken');
    await this.tokenRequest('POST', '/v2/oauth/revoke', { access_token: accessToken });
    return {};
  }

  /**
   * Issues a channel access token v2.1 with a JWT assertion (see {@link LineClient.createChannelJWT}). Calls
   * `POST /oauth2/v2.1/token`, form-encoded.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-channel-access-token-v2-1 | Issue channel access token v2.1}
   * @param clientAssertion - the signed JWT
   * @returns `{ access_token, expires_in, token_type, key_id }`
   * @group Channel Access Token
   */
  async issueChannelAccessTokenByJWT(clientAssertion: string): Promise<LineTypes.IssueChannelAccessTokenResponse> {
    requireString(clientAssertion, 'clientAssertion');
    return this.tokenRequest('POST', '/oauth2/v2.1/token', { grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_assertion: clientAssertion });
  }

  /**
   * Verifies a channel access token v2.1. Calls `GET /oauth2/v2.1/verify?access_token=`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token-v2-1 | Verify the validity of a channel access token v2.1}
   * @param accessToken - the token to verify
   * @returns `{ client_id, expires_in, scope }`
   * @group Channel Access Token
   */
  async verifyChannelAccessTokenByJWT(accessToken: string): Promise<LineTypes.VerifyChannelAccessTokenResponse> {
    requireString(accessToken, 'accessToken');
    return this.tokenRequest('GET', '/oauth2/v2.1/verify', { access_token: accessToken });
  }

  /**
   * Revokes a channel access token v2.1. Calls `POST /oauth2/v2.1/revoke`, form-encoded.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#revoke-channel-access-token-v2-1 | Revoke channel access token v2.1}
   * @param options - `accessToken`, and `channelId`/`channelSecret` (default: the client's own)
   * @returns `{}`
   * @group Channel Access Token
   */
  async revokeChannelAccessTokenByJWT(options: LineTypes.RevokeChannelAccessTokenByJWTOptions): Promise<LineTypes.MutationSuccessResponse> {
    requireString(options?.accessToken, 'accessToken');
    const { channelId, channelSecret } = this.credentials(options, 'revokeChannelAccessTokenByJWT');
    await this.tokenRequest('POST', '/oauth2/v2.1/revoke', { client_id: channelId, client_secret: channelSecret, access_token: options.accessToken });
    return {};
  }

  /**
   * Gets the key IDs of every valid channel access token v2.1. Calls `GET /oauth2/v2.1/tokens/kid`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-all-valid-channel-access-token-key-ids-v2-1 | Get all valid channel access token key IDs v2.1}
   * @param clientAssertion - a JWT signed as for {@link LineClient.issueChannelAccessTokenByJWT}
   * @returns `{ kids }`
   * @group Channel Access Token
   */
  async getValidChannelAccessTokenKeyIds(clientAssertion: string): Promise<LineTypes.ChannelAccessTokenKeyIdsResponse> {
    requireString(clientAssertion, 'clientAssertion');
    return this.tokenRequest('GET', '/oauth2/v2.1/tokens/kid', { client_assertion_type: JWT_BEARER, client_assertion: clientAssertion });
  }

  /**
   * Issues a stateless channel access token (valid 15 minutes, no limit on how many, cannot be revoked). Calls
   * `POST /oauth2/v3/token`, form-encoded. This is what a client constructed with `{ channelId, channelSecret }`
   * does by itself.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-stateless-channel-access-token | Issue stateless channel access token}
   * @param credentials - `{ channelId, channelSecret }` or `{ clientAssertion }`; default: the client's channel ID and secret
   * @returns `{ access_token, expires_in, token_type }`
   * @group Channel Access Token
   */
  async issueStatelessChannelAccessToken(credentials?: LineTypes.StatelessTokenCredentials): Promise<LineTypes.IssueStatelessChannelAccessTokenResponse> {
    if (credentials && 'clientAssertion' in credentials) {
      requireString(credentials.clientAssertion, 'clientAssertion');
      return this.tokenRequest('POST', '/oauth2/v3/token', { grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_assertion: credentials.clientAssertion });
    }
    const { channelId, channelSecret } = this.credentials(credentials, 'issueStatelessChannelAccessToken');
    return this.tokenRequest('POST', '/oauth2/v3/token', { grant_type: 'client_credentials', client_id: channelId, client_secret: channelSecret });
  }

  /**
   * Signs the JWT assertion of channel access token v2.1 (RS256, `kid` header; `iss` = `sub` = channel ID, `aud`
   * `https://api.line.me/`, `exp` at most 30 minutes ahead, optional `token_exp`). Nothing is sent.
   *
   * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
   * @param options - `channelId`, `privateKey` (JWK object, PEM string or KeyObject), `kid`, `tokenExpSeconds`, `expiresInSeconds`
   * @returns the signed JWT, for `issueChannelAccessTokenByJWT`, `getValidChannelAccessTokenKeyIds` or `issueStatelessChannelAccessToken`
   * @group Channel Access Token
   */
  createChannelJWT(options: LineTypes.ChannelJWTOptions): string {
    return createChannelJWT(options);
  }

  /** A client without credentials, for the static token methods (which never send a bearer token). */
  private static tokenClient(options: LineTypes.ChannelTokenRequestOptions = {}): LineClient {
    return new LineClient({ ...options, [ANONYMOUS]: true } as LineTypes.ClientConfig);
  }

  /**
   * Signs the JWT assertion of channel access token v2.1, without a client. See the instance method.
   *
   * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
   * @param options - `channelId`, `privateKey` (JWK object, PEM string or KeyObject), `kid`, `tokenExpSeconds`, `expiresInSeconds`
   * @returns the signed JWT
   * @group Channel Access Token
   */
  static createChannelJWT(options: LineTypes.ChannelJWTOptions): string {
    return createChannelJWT(options);
  }

  /**
   * Issues a short-lived channel access token, without a client. Calls `POST /v2/oauth/accessToken`.
   *
   * @example `const { access_token } = await LineClient.issueChannelAccessToken({ channelId, channelSecret });`
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-shortlived-channel-access-token | Issue short-lived channel access token}
   * @param credentials - `{ channelId, channelSecret }`
   * @param options - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{ access_token, expires_in, token_type }`
   * @group Channel Access Token
   */
  static async issueChannelAccessToken(credentials: LineTypes.ChannelCredentials, options?: LineTypes.ChannelTokenRequestOptions): Promise<LineTypes.IssueShortLivedChannelAccessTokenResponse> {
    return LineClient.tokenClient(options).issueChannelAccessToken(credentials);
  }

  /**
   * Verifies a short-lived or long-lived channel access token, without a client. Calls `POST /v2/oauth/verify`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token | Verify the validity of short-lived and long-lived channel access tokens}
   * @param accessToken - the token to verify
   * @param options - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{ client_id, expires_in, scope }`
   * @group Channel Access Token
   */
  static async verifyChannelAccessToken(accessToken: string, options?: LineTypes.ChannelTokenRequestOptions): Promise<LineTypes.VerifyChannelAccessTokenResponse> {
    return LineClient.tokenClient(options).verifyChannelAccessToken(accessToken);
  }

  /**
   * Revokes a short-lived or long-lived channel access token, without a client. Calls `POST /v2/oauth/revoke`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#revoke-longlived-or-shortlived-channel-access-token | Revoke short-lived or long-lived channel access token}
   * @param accessToken - the token to revoke
   * @param options - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{}`
   * @group Channel Access Token
   */
  static async revokeChannelAccessToken(accessToken: string, options?: LineTypes.ChannelTokenRequestOptions): Promise<LineTypes.MutationSuccessResponse> {
    return LineClient.tokenClient(options).revokeChannelAccessToken(accessToken);
  }

  /**
   * Issues a channel access token v2.1 with a JWT assertion, without a client. Calls `POST /oauth2/v2.1/token`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-channel-access-token-v2-1 | Issue channel access token v2.1}
   * @param clientAssertion - the signed JWT (see {@link LineClient.createChannelJWT})
   * @param options - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{ access_token, expires_in, token_type, key_id }`
   * @group Channel Access Token
   */
  static async issueChannelAccessTokenByJWT(clientAssertion: string, options?: LineTypes.ChannelTokenRequestOptions): Promise<LineTypes.IssueChannelAccessTokenResponse> {
    return LineClient.tokenClient(options).issueChannelAccessTokenByJWT(clientAssertion);
  }

  /**
   * Verifies a channel access token v2.1, without a client. Calls `GET /oauth2/v2.1/verify`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token-v2-1 | Verify the validity of a channel access token v2.1}
   * @param accessToken - the token to verify
   * @param options - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{ client_id, expires_in, scope }`
   * @group Channel Access Token
   */
  static async verifyChannelAccessTokenByJWT(accessToken: string, options?: LineTypes.ChannelTokenRequestOptions): Promise<LineTypes.VerifyChannelAccessTokenResponse> {
    return LineClient.tokenClient(options).verifyChannelAccessTokenByJWT(accessToken);
  }

  /**
   * Revokes a channel access token v2.1, without a client. Calls `POST /oauth2/v2.1/revoke`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#revoke-channel-access-token-v2-1 | Revoke channel access token v2.1}
   * @param options - `{ channelId, channelSecret, accessToken }`
   * @param requestOptions - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{}`
   * @group Channel Access Token
   */
  static async revokeChannelAccessTokenByJWT(
    options: LineTypes.ChannelCredentials & { accessToken: string },
    requestOptions?: LineTypes.ChannelTokenRequestOptions,
  ): Promise<LineTypes.MutationSuccessResponse> {
    return LineClient.tokenClient(requestOptions).revokeChannelAccessTokenByJWT(options);
  }

  /**
   * Gets the key IDs of every valid channel access token v2.1, without a client. Calls `GET /oauth2/v2.1/tokens/kid`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-all-valid-channel-access-token-key-ids-v2-1 | Get all valid channel access token key IDs v2.1}
   * @param clientAssertion - a signed JWT
   * @param options - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{ kids }`
   * @group Channel Access Token
   */
  static async getValidChannelAccessTokenKeyIds(clientAssertion: string, options?: LineTypes.ChannelTokenRequestOptions): Promise<LineTypes.ChannelAccessTokenKeyIdsResponse> {
    return LineClient.tokenClient(options).getValidChannelAccessTokenKeyIds(clientAssertion);
  }

  /**
   * Issues a stateless channel access token, without a client. Calls `POST /oauth2/v3/token`.
   *
   * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-stateless-channel-access-token | Issue stateless channel access token}
   * @param credentials - `{ channelId, channelSecret }` or `{ clientAssertion }`
   * @param options - `origin`, `timeout`, `retry`, `onRequest`, agents
   * @returns `{ access_token, expires_in, token_type }`
   * @group Channel Access Token
   */
  static async issueStatelessChannelAccessToken(
    credentials: LineTypes.StatelessTokenCredentials,
    options?: LineTypes.ChannelTokenRequestOptions,
  ): Promise<LineTypes.IssueStatelessChannelAccessTokenResponse> {
    return LineClient.tokenClient(options).issueStatelessChannelAccessToken(credentials);
  }
  // </extended-api>
}

