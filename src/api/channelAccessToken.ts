/**
 * Channel access token: issuing, verifying and revoking channel access tokens (the instance methods; the static ones live on LineClient).
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { createChannelJWT as signChannelJWT, createChannelJWTAsync as signChannelJWTAsync, formBody, JWT_BEARER } from '../channelToken';
import { LineValidationError } from '../errors';
import { requireString } from '../validate';
import { compactQuery, FORM_HEADERS } from '../client/args';
import type { ApiClient } from '../client/context';
import { json } from '../client/core';
import { stateOf } from '../client/state';

/** The channel ID and secret given, or the client's own; never echoes a secret. */
function channelCredentials(client: ApiClient, given: Partial<LineTypes.ChannelCredentials> | undefined, method: string): LineTypes.ChannelCredentials {
  const state = stateOf(client);
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
async function tokenRequest<T>(client: ApiClient, method: 'GET' | 'POST', p: string, fields: Record<string, string | undefined>): Promise<T> {
  if (method === 'GET') return json<T>(client, { method, path: p, query: compactQuery(fields), noAuth: true });
  return json<T>(client, { method, path: p, body: formBody(fields), headers: { ...FORM_HEADERS }, noAuth: true });
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
export async function issueChannelAccessToken(client: ApiClient, credentials?: LineTypes.ChannelCredentials): Promise<LineTypes.IssueShortLivedChannelAccessTokenResponse> {
  const { channelId, channelSecret } = channelCredentials(client, credentials, 'issueChannelAccessToken');
  return tokenRequest(client, 'POST', '/v2/oauth/accessToken', { grant_type: 'client_credentials', client_id: channelId, client_secret: channelSecret });
}

/**
 * Verifies a short-lived or long-lived channel access token. Calls `POST /v2/oauth/verify`, form-encoded.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token | Verify the validity of short-lived and long-lived channel access tokens}
 * @param accessToken - the token to verify
 * @returns `{ client_id, expires_in, scope }`
 * @group Channel Access Token
 */
export async function verifyChannelAccessToken(client: ApiClient, accessToken: string): Promise<LineTypes.VerifyChannelAccessTokenResponse> {
  requireString(accessToken, 'accessToken');
  return tokenRequest(client, 'POST', '/v2/oauth/verify', { access_token: accessToken });
}

/**
 * Revokes a short-lived or long-lived channel access token. Calls `POST /v2/oauth/revoke`, form-encoded.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#revoke-longlived-or-shortlived-channel-access-token | Revoke short-lived or long-lived channel access token}
 * @param accessToken - the token to revoke
 * @returns `{}`
 * @group Channel Access Token
 */
export async function revokeChannelAccessToken(client: ApiClient, accessToken: string): Promise<LineTypes.MutationSuccessResponse> {
  requireString(accessToken, 'accessToken');
  await tokenRequest(client, 'POST', '/v2/oauth/revoke', { access_token: accessToken });
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
export async function issueChannelAccessTokenByJWT(client: ApiClient, clientAssertion: string): Promise<LineTypes.IssueChannelAccessTokenResponse> {
  requireString(clientAssertion, 'clientAssertion');
  return tokenRequest(client, 'POST', '/oauth2/v2.1/token', { grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_assertion: clientAssertion });
}

/**
 * Verifies a channel access token v2.1. Calls `GET /oauth2/v2.1/verify?access_token=`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#verify-channel-access-token-v2-1 | Verify the validity of a channel access token v2.1}
 * @param accessToken - the token to verify
 * @returns `{ client_id, expires_in, scope }`
 * @group Channel Access Token
 */
export async function verifyChannelAccessTokenByJWT(client: ApiClient, accessToken: string): Promise<LineTypes.VerifyChannelAccessTokenResponse> {
  requireString(accessToken, 'accessToken');
  return tokenRequest(client, 'GET', '/oauth2/v2.1/verify', { access_token: accessToken });
}

/**
 * Revokes a channel access token v2.1. Calls `POST /oauth2/v2.1/revoke`, form-encoded.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#revoke-channel-access-token-v2-1 | Revoke channel access token v2.1}
 * @param options - `accessToken`, and `channelId`/`channelSecret` (default: the client's own)
 * @returns `{}`
 * @group Channel Access Token
 */
export async function revokeChannelAccessTokenByJWT(client: ApiClient, options: LineTypes.RevokeChannelAccessTokenByJWTOptions): Promise<LineTypes.MutationSuccessResponse> {
  requireString(options?.accessToken, 'accessToken');
  const { channelId, channelSecret } = channelCredentials(client, options, 'revokeChannelAccessTokenByJWT');
  await tokenRequest(client, 'POST', '/oauth2/v2.1/revoke', { client_id: channelId, client_secret: channelSecret, access_token: options.accessToken });
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
export async function getValidChannelAccessTokenKeyIds(client: ApiClient, clientAssertion: string): Promise<LineTypes.ChannelAccessTokenKeyIdsResponse> {
  requireString(clientAssertion, 'clientAssertion');
  return tokenRequest(client, 'GET', '/oauth2/v2.1/tokens/kid', { client_assertion_type: JWT_BEARER, client_assertion: clientAssertion });
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
export async function issueStatelessChannelAccessToken(client: ApiClient, credentials?: LineTypes.StatelessTokenCredentials): Promise<LineTypes.IssueStatelessChannelAccessTokenResponse> {
  if (credentials && 'clientAssertion' in credentials) {
    requireString(credentials.clientAssertion, 'clientAssertion');
    return tokenRequest(client, 'POST', '/oauth2/v3/token', { grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_assertion: credentials.clientAssertion });
  }
  const { channelId, channelSecret } = channelCredentials(client, credentials, 'issueStatelessChannelAccessToken');
  return tokenRequest(client, 'POST', '/oauth2/v3/token', { grant_type: 'client_credentials', client_id: channelId, client_secret: channelSecret });
}

/**
 * Signs the JWT assertion of channel access token v2.1 (RS256, `kid` header; `iss` = `sub` = channel ID, `aud`
 * `https://api.line.me/`, `exp` at most 30 minutes ahead, optional `token_exp`). Nothing is sent. Synchronous, so
 * Node.js only: the web build signs with Web Crypto, which is asynchronous, and throws a `LineError` here; use
 * `createChannelJWTAsync` there.
 *
 * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
 * @param options - `channelId`, `privateKey` (JWK object, PEM string or KeyObject), `kid`, `tokenExpSeconds`, `expiresInSeconds`
 * @returns the signed JWT, for `issueChannelAccessTokenByJWT`, `getValidChannelAccessTokenKeyIds` or `issueStatelessChannelAccessToken`
 * @group Channel Access Token
 */
export function createChannelJWT(_client: ApiClient, options: LineTypes.ChannelJWTOptions): string {
  return signChannelJWT(options);
}

/**
 * Signs the JWT assertion of channel access token v2.1 as `createChannelJWT` does (same options, same JWT) and
 * resolves it; works on Node.js and in the web build (Web Crypto, where the key is a JWK object or a PKCS#8 PEM).
 * Nothing is sent.
 *
 * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
 * @param options - `channelId`, `privateKey` (JWK object, PEM string or KeyObject), `kid`, `tokenExpSeconds`, `expiresInSeconds`
 * @returns the signed JWT, for `issueChannelAccessTokenByJWT`, `getValidChannelAccessTokenKeyIds` or `issueStatelessChannelAccessToken`
 * @group Channel Access Token
 */
export function createChannelJWTAsync(_client: ApiClient, options: LineTypes.ChannelJWTOptions): Promise<string> {
  return signChannelJWTAsync(options);
}
