// Channel access tokens: short-lived (v2), JWT-assertion (v2.1) and stateless (v3).
// https://developers.line.biz/en/reference/messaging-api/#channel-access-token
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import type { JsonWebKey, KeyObject } from 'node:crypto';

import type { RequestInfo, RetryOptions } from './request';

/** A channel's ID and secret (LINE Developers Console, "Basic settings"). */
export type ChannelCredentials = {
  /** Channel ID. */
  channelId: string;
  /** Channel secret. Never shown in errors or debug output. */
  channelSecret: string;
};

/** A JWT assertion, for the v2.1 and stateless token endpoints. */
export type JWTAssertionCredentials = {
  /** A JWT signed with the channel's assertion signing key (see `createChannelJWT`). */
  clientAssertion: string;
};

/** Where to issue a stateless token from: the channel secret, or a JWT assertion. */
export type StatelessTokenCredentials = ChannelCredentials | JWTAssertionCredentials;

/**
 * Settings of the static token methods (`LineClient.issueChannelAccessToken(...)` and co.), which need no client.
 */
export type ChannelTokenRequestOptions = {
  /** Base URL of the API host. Default `https://api.line.me`. */
  origin?: string;
  /** Timeout in ms. Default 30,000. */
  timeout?: number;
  /** Automatic retries of the GET endpoints; `false` turns them off. */
  retry?: false | RetryOptions;
  /** Called before the request; the request body (which holds the credentials) is redacted. */
  onRequest?: (request: RequestInfo) => void;
  /** Agent of http: origins. */
  httpAgent?: HttpAgent;
  /** Agent of https: origins. */
  httpsAgent?: HttpsAgent;
};

/**
 * A stateless channel access token (valid 15 minutes, cannot be revoked).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-stateless-channel-access-token | Issue stateless channel access token}
 */
export type IssueStatelessChannelAccessTokenResponse = {
  /** The token. */
  access_token: string;
  /** Seconds until it expires. */
  expires_in: number;
  /** Always `Bearer`. */
  token_type: string;
};

/**
 * A short-lived channel access token (valid 30 days).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-shortlived-channel-access-token | Issue short-lived channel access token}
 */
export type IssueShortLivedChannelAccessTokenResponse = {
  /** The token. */
  access_token: string;
  /** Seconds until it expires. */
  expires_in: number;
  /** Always `Bearer`. */
  token_type: string;
};

/**
 * A channel access token v2.1 (issued with a JWT assertion).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#issue-channel-access-token-v2-1 | Issue channel access token v2.1}
 */
export type IssueChannelAccessTokenResponse = {
  /** The token. */
  access_token: string;
  /** Seconds until it expires. */
  expires_in: number;
  /** Always `Bearer`. */
  token_type: string;
  /** Key ID of the token, used to revoke it. */
  key_id: string;
};

/**
 * Result of verifying a channel access token.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token | Verify the validity of a channel access token}
 */
export type VerifyChannelAccessTokenResponse = {
  /** Channel ID the token was issued for. */
  client_id: string;
  /** Seconds until the token expires. */
  expires_in: number;
  /** Permissions granted to the token. */
  scope?: string;
};

/**
 * Key IDs of the valid channel access tokens v2.1.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-all-valid-channel-access-token-key-ids-v2-1 | Get all valid channel access token key IDs v2.1}
 */
export type ChannelAccessTokenKeyIdsResponse = {
  /** The key IDs. */
  kids: string[];
};

/** Arguments of `revokeChannelAccessTokenByJWT`. */
export type RevokeChannelAccessTokenByJWTOptions = {
  /** Channel ID; default: the client's `channelId`. */
  channelId?: string;
  /** Channel secret; default: the client's `channelSecret`. */
  channelSecret?: string;
  /** The channel access token v2.1 to revoke. */
  accessToken: string;
};

/**
 * What `createChannelJWT` signs.
 *
 * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
 */
export type ChannelJWTOptions = {
  /** Channel ID (`iss` and `sub`). */
  channelId: string;
  /** The RSA private key of the assertion signing key: a JWK object, a PEM string or a `KeyObject`. */
  privateKey: JsonWebKey | string | KeyObject;
  /** The key ID LINE returned when the public key was registered. */
  kid: string;
  /** Lifetime of the token to issue (`token_exp`), in seconds; at most 30 days. Omitted: LINE's default. */
  tokenExpSeconds?: number;
  /** Lifetime of the JWT itself (`exp` − now), in seconds; at most and by default 30 minutes. */
  expiresInSeconds?: number;
  /** The current time in ms (default `Date.now()`), for tests. */
  now?: number;
};
