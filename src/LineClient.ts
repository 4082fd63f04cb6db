import type { AxiosInstance } from 'axios';

import type * as LineTypes from './LineTypes';
import { checkChannelJWTOptions, createChannelJWT, createChannelJWTAsync, TokenManager } from './channelToken';
import { LineClientApi } from './client/LineClientApi';
import { checkOrigin } from './client/args';
import { STATE, stateOf, withCall, type TokenSource } from './client/state';
import { createDebug, deprecate } from './debug';
import { LineValidationError } from './errors';
import { createAxios, createAxiosSender, defaultSender } from './client/carrier';
import type { Sender } from './http/sender';
import { createFetchSender } from './http/senders/fetch';
import { sha1Hex } from './platform';
import { DEFAULT_RETRY, type Host, type TransportSettings } from './http/transport';
import { checkWindow, type Store } from './store/contract';
import { createMemoryStore } from './store/memory';
import { endpointKeyOf, FleetRateLimiter } from './store/rateLimit';
import { channelJWTIssuer, SharedChannelToken } from './store/tokens';
import { validateSignature } from './webhook/signature';
import { requireString } from './validate';

const API_ORIGIN = 'https://api.line.me';
const DATA_ORIGIN = 'https://api-data.line.me';
const MANAGER_ORIGIN = 'https://manager.line.biz';
/** Internal config key of the credential-less clients behind the static token methods. */
const ANONYMOUS = Symbol('anonymous');
const DEFAULT_TIMEOUT = 30_000;
/** Channel access tokens v2.1 (30 days by default) are renewed a day before they expire (at most half their life). */
const V21_RENEW_EARLY_MS = 24 * 60 * 60 * 1000;

/** Whether `value` has the methods of the Store contract. */
function isStore(value: unknown): value is Store {
  const s = value as Partial<Store> | null;
  return typeof s === 'object' && s !== null && ['get', 'set', 'setIfAbsent', 'delete', 'consume'].every((m) => typeof (s as Record<string, unknown>)[m] === 'function');
}

/** Checks `assertionKey`, `store`, `rateLimit` and `onStoreWarning` before any request (never echoing a key). */
function checkFleetOptions(config: LineTypes.ClientConfig): void {
  if (config.store !== undefined && !isStore(config.store)) {
    throw new LineValidationError('store', 'expected a Store: createMemoryStore(), or createRedisStore(redis) from messaging-api-line/redis');
  }
  if (config.onStoreWarning !== undefined && typeof config.onStoreWarning !== 'function') throw new LineValidationError('onStoreWarning', 'expected a function');
  const key = config.assertionKey;
  if (key !== undefined) {
    if (typeof key !== 'object' || key === null) throw new LineValidationError('assertionKey', 'expected `{ keyId, privateKey }`');
    if (typeof config.channelId !== 'string' || config.channelId === '') throw new LineValidationError('channelId', '`assertionKey` needs the channel ID (a non-empty string)');
    if (typeof key.keyId !== 'string' || key.keyId === '') throw new LineValidationError('assertionKey.keyId', 'expected the key ID (kid) LINE gave for the public key');
    // Checks the key (RSA, private, ≥ 2048 bits; the web build checks the size at the first signature) and
    // tokenExpSeconds now, not at the first call.
    checkChannelJWTOptions({ channelId: config.channelId, kid: key.keyId, privateKey: key.privateKey, ...(key.tokenExpSeconds !== undefined ? { tokenExpSeconds: key.tokenExpSeconds } : {}) });
  }
  const rate = config.rateLimit;
  if (rate !== undefined) {
    if (typeof rate !== 'object' || rate === null || !isStore(rate.store)) {
      throw new LineValidationError('rateLimit.store', 'expected `{ store }` with a Store: createMemoryStore(), or createRedisStore(redis) from messaging-api-line/redis');
    }
    if (rate.channel !== undefined && (typeof rate.channel !== 'string' || rate.channel === '')) throw new LineValidationError('rateLimit.channel', 'expected a non-empty string');
    if (rate.channel === undefined && !config.channelId && typeof config.accessToken !== 'string') {
      throw new LineValidationError('rateLimit.channel', 'LINE counts per channel: give `channelId` (or `rateLimit.channel`)');
    }
    if (rate.limits !== undefined && (typeof rate.limits !== 'object' || rate.limits === null)) throw new LineValidationError('rateLimit.limits', 'expected `{ "METHOD /path": { points, durationMs } | null }`');
    for (const [endpoint, window] of Object.entries(rate.limits ?? {})) {
      if (window === null) continue;
      try {
        checkWindow(window);
      } catch (error) {
        throw new LineValidationError(`rateLimit.limits[${JSON.stringify(endpoint)}]`, (error as Error).message);
      }
    }
  }
}

/** The transport's `rateLimit` hook: waits for the endpoint's turn in the shared count, within the attempt's timeout. */
function rateLimitHook(config: LineTypes.ClientConfig): NonNullable<TransportSettings['rateLimit']> {
  const options = config.rateLimit as LineTypes.RateLimitOptions;
  const channel = options.channel ?? config.channelId ?? `token-${sha1Hex(String(config.accessToken)).slice(0, 16)}`;
  const limiter = new FleetRateLimiter({
    store: options.store,
    channel,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(config.onStoreWarning ? { onWarning: config.onStoreWarning } : {}),
  });
  return async (endpoint, timeoutMs, signal) => {
    if (endpoint.host === 'manager') return timeoutMs; // not the Messaging API: not in LINE's table
    const deadline = timeoutMs > 0 ? Date.now() + timeoutMs : undefined;
    await limiter.acquire(endpointKeyOf(endpoint.method, endpoint.path), { ...(signal ? { signal } : {}), ...(deadline !== undefined ? { deadline } : {}) });
    return deadline === undefined ? timeoutMs : Math.max(1, deadline - Date.now());
  };
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
 * The methods that call LINE are written once, by LINE API domain, in the package's `src/api/` modules, and reach this
 * class through a base class generated from them (`npm run gen`).
 *
 * @example
 * ```ts
 * const client = new LineClient({ accessToken, channelSecret });
 * await client.replyText(event.replyToken, 'Hello!');
 * ```
 */
export class LineClient extends LineClientApi {
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
   * @param config - access token (or channel ID and secret, or channel ID and `assertionKey`, to issue tokens
   * automatically; with `store`, shared by a fleet), optional channel secret, origins, timeout, retry policy, hooks
   * and `rateLimit` (see docs/fleet.md)
   * @throws {@link LineValidationError} when an option is unusable (nothing is sent)
   */
  constructor(config: LineTypes.ClientConfig) {
    super();
    if (typeof config === 'string') {
      throw new LineValidationError(
        'config',
        'LineClient takes a config object: use `new LineClient({ accessToken, channelSecret })` (the string given is not shown here because it is usually the access token)',
      );
    }
    if (!config || typeof config !== 'object') throw new LineValidationError('config', 'expected `{ accessToken, channelSecret? }` or `{ channelId, channelSecret }`');
    const anonymous = (config as { [ANONYMOUS]?: boolean })[ANONYMOUS] === true;
    checkFleetOptions(config);
    let tokens: TokenSource | undefined;
    if (config.accessToken !== undefined || anonymous) {
      if (!anonymous) requireString(config.accessToken, 'config.accessToken');
      if (config.assertionKey !== undefined || config.store !== undefined) {
        throw new LineValidationError('config', '`assertionKey` and `store` are for clients that issue their own tokens: give them with `channelId` instead of `accessToken`');
      }
    } else if (config.assertionKey !== undefined) {
      tokens = this.sharedTokens(config);
    } else {
      if (typeof config.channelId !== 'string' || config.channelId === '' || typeof config.channelSecret !== 'string' || config.channelSecret === '') {
        throw new LineValidationError(
          'config',
          'give `accessToken`, or both `channelId` and `channelSecret` (non-empty strings) so that the client issues its own stateless channel access tokens',
        );
      }
      tokens = config.store ? this.sharedTokens(config) : new TokenManager(() => this.issueStatelessChannelAccessToken());
    }
    const token = tokens ? () => tokens.get() : () => stateOf(this).accessToken || undefined;
    const currentToken = tokens ? () => tokens.current : () => stateOf(this).accessToken || undefined;
    const requestLog = createDebug('messaging-api:request');
    const origins: Record<Host, string> = {
      api: checkOrigin(config.origin, 'config.origin', API_ORIGIN),
      data: checkOrigin(config.dataOrigin, 'config.dataOrigin', DATA_ORIGIN),
      manager: checkOrigin(config.managerOrigin, 'config.managerOrigin', MANAGER_ORIGIN),
    };
    // Calls go through node:http (fetch in the web build, or when configured) until the user touches a host's axios instance: from then
    // on, that host's calls go through the instance (created, and axios loaded, on that first access).
    const carrier: Sender =
      config.fetch !== undefined && config.fetch !== false
        ? createFetchSender(typeof config.fetch === 'function' ? config.fetch : undefined)
        : defaultSender({ httpAgent: config.httpAgent, httpsAgent: config.httpsAgent });
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
        ...(config.rateLimit ? { rateLimit: rateLimitHook(config) } : {}),
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
    return withCall(this, options);
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

  /** The fleet-shared token of `{ channelId, channelSecret, store }` or `{ channelId, assertionKey, store? }`. */
  private sharedTokens(config: LineTypes.ClientConfig): SharedChannelToken {
    const channelId = config.channelId as string;
    const key = config.assertionKey;
    // The renewal lock outlives the longest token request this client can make (its timeout, or the retry policy's
    // cap on a whole call, whichever is longer, plus 5 s), so a slow answer is never overtaken by a second request.
    const timeout = config.timeout ?? DEFAULT_TIMEOUT;
    const retry = config.retry === false ? undefined : { ...DEFAULT_RETRY, ...config.retry };
    const longest = timeout > 0 ? Math.max(timeout, retry ? retry.maxElapsedMs : 0) : 0;
    const common = {
      store: config.store ?? createMemoryStore(),
      ...(longest > 0 ? { lockTtlMs: Math.max(15_000, longest + 5_000) } : {}),
      ...(config.onStoreWarning ? { onWarning: config.onStoreWarning } : {}),
    };
    if (!key) {
      return new SharedChannelToken({ ...common, key: `tokens:stateless:${channelId}`, issue: () => this.issueStatelessChannelAccessToken() });
    }
    const secret = config.channelSecret;
    return new SharedChannelToken({
      ...common,
      key: `tokens:v2.1:${channelId}:${key.keyId}`,
      issue: channelJWTIssuer({
        channelId,
        assertionKey: key,
        ...(key.tokenExpSeconds !== undefined ? { tokenExpSeconds: key.tokenExpSeconds } : {}),
        issueByJWT: (assertion) => this.issueChannelAccessTokenByJWT(assertion),
      }),
      // Revoking a v2.1 token needs the channel secret; without it a replaced token expires on its own.
      ...(secret ? { revoke: async (accessToken: string) => void (await this.revokeChannelAccessTokenByJWT({ channelId, channelSecret: secret, accessToken })) } : {}),
      earlyMs: V21_RENEW_EARLY_MS,
    });
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
   * Signs the JWT assertion of channel access token v2.1, without a client, and resolves it; works on Node.js and in
   * the web build (where the synchronous `createChannelJWT` throws). See the instance method.
   *
   * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
   * @param options - `channelId`, `privateKey` (JWK object, PEM string or KeyObject), `kid`, `tokenExpSeconds`, `expiresInSeconds`
   * @returns the signed JWT
   * @group Channel Access Token
   */
  static createChannelJWTAsync(options: LineTypes.ChannelJWTOptions): Promise<string> {
    return createChannelJWTAsync(options);
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
}
