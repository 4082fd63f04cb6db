/**
 * Channel access tokens (channel-access-token.yml): form-encoded bodies, no bearer token, OAuth error bodies.
 * Issued tokens are valid bearer tokens until they expire or are revoked.
 */

import { oauthError } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { DummyState } from '../state';

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
const STATELESS_LIFE = 900;
const SHORT_LIVED_LIFE = 30 * 86400;
/** `expires_in` answered by verify for a seeded (long-lived) token, which never expires. */
const LONG_LIVED_LIFE = 100 * 365 * 86400;
const SCOPE = 'profile chat_message.write';
const MISSING = 'some parameters missed or invalid';

/** The fields of a form body; 400 unless the body is form-encoded (a GET reads the query instead). */
export function form(ctx: RouteContext): URLSearchParams {
  if (ctx.method === 'GET') return new URLSearchParams(ctx.rawQuery);
  const type = String(ctx.headers['content-type'] ?? '').toLowerCase();
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    throw oauthError('the request body must be application/x-www-form-urlencoded');
  }
  return new URLSearchParams(typeof ctx.body === 'string' ? ctx.body : '');
}

export function required(fields: URLSearchParams, name: string): string {
  const value = fields.get(name);
  if (!value) throw oauthError(`${MISSING}: ${name}`);
  return value;
}

export function requireGrant(fields: URLSearchParams, grant = 'client_credentials'): void {
  const value = required(fields, 'grant_type');
  if (value !== grant) throw oauthError(`unsupported grant_type: ${value}`, 'unsupported_grant_type');
}

/** The channel of a client id and secret; 400 `invalid_client` when they do not match a seeded channel. */
function channelOf(state: DummyState, id: string, secret: string): string {
  if (state.channels.get(id) !== secret) throw oauthError('invalid client_id or client_secret', 'invalid_client');
  return id;
}

function decodePart(part: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads a JWT assertion: any well-formed RS256 JWT whose `iss` is a seeded channel and whose `exp` (if any)
 * has not passed. The signature is not verified.
 *
 * @returns the channel id, and the `token_exp` claim
 */
function readAssertion(state: DummyState, fields: URLSearchParams): { channelId: string; tokenExp: number | undefined } {
  if (required(fields, 'client_assertion_type') !== JWT_BEARER) throw oauthError('invalid client_assertion_type');
  const parts = required(fields, 'client_assertion').split('.');
  const header = parts.length === 3 ? decodePart(parts[0]) : undefined;
  const payload = parts.length === 3 ? decodePart(parts[1]) : undefined;
  if (!header || !payload || header.alg !== 'RS256' || parts[2] === '') throw oauthError('invalid client_assertion');
  const { iss, exp, token_exp: tokenExp } = payload;
  if (typeof iss !== 'string' || !state.channels.has(iss)) throw oauthError('invalid iss', 'invalid_client');
  if (typeof exp === 'number' && exp * 1000 <= Date.now()) throw oauthError('the client_assertion has expired');
  return { channelId: iss, tokenExp: typeof tokenExp === 'number' && tokenExp > 0 ? tokenExp : undefined };
}

/** `{ client_id, expires_in, scope }` of a valid token; 400 otherwise. */
function verify(ctx: RouteContext) {
  const token = required(form(ctx), 'access_token');
  const { state } = ctx;
  if (state.tokens.has(token)) {
    return { body: { client_id: state.channels.keys().next().value ?? '', expires_in: LONG_LIVED_LIFE, scope: SCOPE } };
  }
  const issued = state.issuedToken(token);
  if (!issued) throw oauthError('The access token expired');
  const expiresIn = Math.max(0, Math.floor((issued.expiresAt - Date.now()) / 1000));
  return { body: { client_id: issued.channelId, expires_in: expiresIn, scope: SCOPE } };
}

/** Revokes a token unless it is stateless; like LINE, an unknown token is not an error. */
function revoke(state: DummyState, token: string, channelId?: string): void {
  const issued = state.issuedToken(token);
  if (issued) {
    if (issued.kind !== 'stateless' && (channelId === undefined || issued.channelId === channelId)) state.issuedTokens.delete(token);
  } else if (channelId === undefined) state.tokens.delete(token);
}

/** A POST route with a form-encoded body and no bearer token, as LINE's OAuth endpoints are. */
export function formPost(path: string, handler: RouteDef['handler'], host: RouteDef['host'] = 'api'): RouteDef {
  return { method: 'POST', host, path, body: 'form', auth: false, handler };
}

/** The channel access token routes. */
export const channelAccessTokenRoutes: readonly RouteDef[] = [
  formPost('/oauth2/v3/token', (ctx) => {
    const fields = form(ctx);
    requireGrant(fields);
    const { state } = ctx;
    const channelId = fields.has('client_assertion')
      ? readAssertion(state, fields).channelId
      : channelOf(state, required(fields, 'client_id'), required(fields, 'client_secret'));
    const life = state.options.statelessTokenExpiresIn ?? STATELESS_LIFE;
    return { body: { token_type: 'Bearer', access_token: state.issueToken('stateless', channelId, life), expires_in: life } };
  }),
  formPost('/v2/oauth/accessToken', (ctx) => {
    const fields = form(ctx);
    requireGrant(fields);
    const channelId = channelOf(ctx.state, required(fields, 'client_id'), required(fields, 'client_secret'));
    const life = ctx.state.options.shortLivedTokenExpiresIn ?? SHORT_LIVED_LIFE;
    return { body: { access_token: ctx.state.issueToken('shortLived', channelId, life), expires_in: life, token_type: 'Bearer' } };
  }),
  formPost('/v2/oauth/verify', verify),
  formPost('/v2/oauth/revoke', (ctx) => {
    revoke(ctx.state, required(form(ctx), 'access_token'));
    return {};
  }),
  formPost('/oauth2/v2.1/token', (ctx) => {
    const fields = form(ctx);
    requireGrant(fields);
    const { channelId, tokenExp } = readAssertion(ctx.state, fields);
    const life = tokenExp ?? SHORT_LIVED_LIFE;
    const keyId = ctx.state.newKeyId();
    const token = ctx.state.issueToken('v2.1', channelId, life, keyId);
    return { body: { access_token: token, token_type: 'Bearer', expires_in: life, key_id: keyId } };
  }),
  { method: 'GET', host: 'api', path: '/oauth2/v2.1/verify', auth: false, handler: verify },
  formPost('/oauth2/v2.1/revoke', (ctx) => {
    const fields = form(ctx);
    const channelId = channelOf(ctx.state, required(fields, 'client_id'), required(fields, 'client_secret'));
    revoke(ctx.state, required(fields, 'access_token'), channelId);
    return {};
  }),
  {
    method: 'GET',
    host: 'api',
    path: '/oauth2/v2.1/tokens/kid',
    auth: false,
    handler(ctx) {
      const { channelId } = readAssertion(ctx.state, form(ctx));
      const kids: string[] = [];
      for (const token of [...ctx.state.issuedTokens.keys()]) {
        const issued = ctx.state.issuedToken(token);
        if (issued?.keyId !== undefined && issued.channelId === channelId) kids.push(issued.keyId);
      }
      return { body: { kids } };
    },
  },
];
