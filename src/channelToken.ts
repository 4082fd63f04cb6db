/**
 * Channel access token helpers: form bodies, the JWT assertion of channel access token v2.1, and the manager of
 * stateless tokens behind `new LineClient({ channelId, channelSecret })`.
 *
 * @internal
 */
import { LineError, LineValidationError } from './errors';
import { base64url, checkRS256Key, signRS256, signRS256Async } from './platform';
import type { ChannelJWTOptions } from './types/channelAccessToken';

/** `client_assertion_type` of every JWT-assertion request. */
export const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** LINE's upper bound of a JWT assertion's lifetime: 30 minutes. */
const MAX_JWT_LIFETIME_SECONDS = 30 * 60;
/** LINE's upper bound of `token_exp`: 30 days. */
const MAX_TOKEN_EXP_SECONDS = 30 * 24 * 60 * 60;

/** Encodes a form body (`application/x-www-form-urlencoded`), skipping undefined values. */
export function formBody(fields: Record<string, string | undefined>): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) params.append(k, v);
  return params.toString();
}

/** Checks the options of a JWT assertion (all but the key) and returns its signing input `header.payload`. */
function signingInput(options: ChannelJWTOptions): string {
  const { channelId, kid } = options;
  if (typeof channelId !== 'string' || channelId === '') throw new LineValidationError('channelId', 'expected a non-empty string');
  if (typeof kid !== 'string' || kid === '') throw new LineValidationError('kid', 'expected the key ID (kid) LINE gave for the public key');
  const lifetime = options.expiresInSeconds ?? MAX_JWT_LIFETIME_SECONDS;
  if (!Number.isInteger(lifetime) || lifetime < 1 || lifetime > MAX_JWT_LIFETIME_SECONDS) {
    throw new LineValidationError('expiresInSeconds', `expected 1 to ${MAX_JWT_LIFETIME_SECONDS} seconds (LINE's maximum is 30 minutes)`, `1-${MAX_JWT_LIFETIME_SECONDS}`, lifetime);
  }
  const tokenExp = options.tokenExpSeconds;
  if (tokenExp !== undefined && (!Number.isInteger(tokenExp) || tokenExp < 1 || tokenExp > MAX_TOKEN_EXP_SECONDS)) {
    throw new LineValidationError('tokenExpSeconds', `expected 1 to ${MAX_TOKEN_EXP_SECONDS} seconds (LINE's maximum is 30 days)`, `1-${MAX_TOKEN_EXP_SECONDS}`, tokenExp);
  }
  const now = Math.floor((options.now ?? Date.now()) / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid };
  const payload: Record<string, string | number> = { iss: channelId, sub: channelId, aud: 'https://api.line.me/', exp: now + lifetime };
  if (tokenExp !== undefined) payload.token_exp = tokenExp;
  return `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
}

/**
 * Signs the JWT assertion of channel access token v2.1 with RS256, synchronously (Node.js; the web build throws a
 * LineError pointing to {@link createChannelJWTAsync}).
 *
 * @see {@link https://developers.line.biz/en/docs/messaging-api/generate-json-web-token/ | Generate a JSON Web Token}
 */
export function createChannelJWT(options: ChannelJWTOptions): string {
  const input = signingInput(options);
  return `${input}.${signRS256(input, options.privateKey)}`;
}

/** As {@link createChannelJWT}, resolving the JWT: works on both builds (the web build signs with Web Crypto). */
export async function createChannelJWTAsync(options: ChannelJWTOptions): Promise<string> {
  const input = signingInput(options);
  return `${input}.${await signRS256Async(input, options.privateKey)}`;
}

/**
 * Checks the options of a JWT assertion and its key without signing, synchronously (on the web build the key's size
 * is checked at the first signature).
 */
export function checkChannelJWTOptions(options: ChannelJWTOptions): void {
  signingInput(options);
  checkRS256Key(options.privateKey);
}

/** A token as issued by LINE. */
export interface IssuedToken {
  access_token: string;
  expires_in: number;
}

/**
 * Checks what a token endpoint answered: a non-empty `access_token` and an `expires_in` that is a finite number of
 * seconds, at least 1 (a numeric string is read as one). Anything else is an invalid answer: a LineError that says so
 * (the token itself is never shown), instead of a token that looks expired at once and is issued again on every call.
 *
 * @param issued - the answer
 * @returns the answer, `expires_in` as a number
 */
export function checkIssuedToken<T extends { access_token: string; expires_in: number }>(issued: T): T {
  const answer = issued as unknown as { access_token?: unknown; expires_in?: unknown } | undefined;
  if (!answer || typeof answer !== 'object' || typeof answer.access_token !== 'string' || answer.access_token === '') {
    throw new LineError("LINE's token endpoint answered without an `access_token`: the answer is invalid, no token was issued.");
  }
  const raw = answer.expires_in;
  const seconds = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\d+(\.\d+)?$/.test(raw.trim()) ? Number(raw) : NaN;
  // Below a second (`token_exp`, the shortest lifetime one can ask for, is 1 s) a token would be issued anew on
  // every call: as invalid as a non-numeric answer.
  if (!Number.isFinite(seconds) || seconds < 1) {
    const shown = raw === undefined ? 'none' : typeof raw === 'string' ? JSON.stringify(raw.slice(0, 32)) : typeof raw === 'number' ? String(raw) : typeof raw;
    throw new LineError(
      `LINE's token endpoint answered an invalid \`expires_in\` (${shown}): expected a number of seconds, at least 1. The token is not used; issuing is tried again after a pause.`,
    );
  }
  return seconds === raw ? issued : { ...issued, expires_in: seconds };
}

/**
 * After an invalid token answer, issuing pauses (1 s, doubling to 60 s): calls meanwhile reject with the same error
 * instead of asking LINE for a token each.
 */
export class IssuePause {
  private until = 0;
  private pauseMs = 0;
  private error: unknown;

  /** @param now - the clock */
  constructor(private readonly now: () => number) {}

  /** The error to reject with while paused, else undefined. */
  get blocked(): unknown {
    return this.now() < this.until ? this.error : undefined;
  }

  /** Records an invalid answer: pauses issuing. */
  fail(error: unknown): void {
    this.pauseMs = Math.min(60_000, this.pauseMs === 0 ? 1000 : this.pauseMs * 2);
    this.until = this.now() + this.pauseMs;
    this.error = error;
  }

  /** A valid answer came: no pause. */
  ok(): void {
    this.pauseMs = 0;
    this.until = 0;
    this.error = undefined;
  }
}

/**
 * Holds the current stateless channel access token and renews it before it expires. Concurrent callers share one
 * in-flight request.
 */
export class TokenManager {
  private token?: string;
  private expiresAt = 0;
  private inflight?: Promise<string>;

  /**
   * @param issue - issues a new token
   * @param now - the clock (injectable for tests)
   * @param earlyMs - how long before expiry a token is renewed
   */
  constructor(
    private readonly issue: () => Promise<IssuedToken>,
    private readonly now: () => number = Date.now,
    private readonly earlyMs = 60_000,
  ) {}

  /** The current token, if one is held and not expired (for requests sent straight through `client.axios`). */
  get current(): string | undefined {
    return this.token !== undefined && this.now() < this.expiresAt ? this.token : undefined;
  }

  /**
   * Drops `token` if it is still the one held (LINE rejected it before its expiry, e.g. it was revoked), so that the
   * next {@link TokenManager.get} issues a fresh one. A token renewed in the meantime is kept.
   *
   * @param token - the token LINE rejected
   */
  invalidate(token: string | undefined): void {
    if (token !== undefined && token === this.token) {
      this.token = undefined;
      this.expiresAt = 0;
    }
  }

  private readonly pause = new IssuePause(() => this.now());

  /** Resolves a token that is valid for at least `earlyMs` more (or half its lifetime, for short ones). */
  get(): Promise<string> {
    if (this.token !== undefined && this.now() < this.renewAt()) return Promise.resolve(this.token);
    if (!this.inflight) {
      const blocked = this.pause.blocked;
      if (blocked !== undefined) {
        if (this.token !== undefined && this.now() < this.expiresAt) return Promise.resolve(this.token);
        return Promise.reject(blocked);
      }
    }
    this.inflight ??= this.issue()
      .then((answer) => {
        let issued: IssuedToken;
        try {
          issued = checkIssuedToken(answer);
        } catch (error) {
          this.pause.fail(error);
          throw error;
        }
        this.pause.ok();
        this.token = issued.access_token;
        const lifetimeMs = issued.expires_in * 1000;
        this.expiresAt = this.now() + lifetimeMs;
        this.lifetimeMs = lifetimeMs;
        return issued.access_token;
      })
      .catch((error: unknown) => {
        // A failed early renewal must not fail calls while the token held is still valid: it is tried again later.
        if (this.token !== undefined && this.now() < this.expiresAt) return this.token;
        throw error;
      })
      .finally(() => {
        this.inflight = undefined;
      });
    return this.inflight;
  }

  private lifetimeMs = 0;

  private renewAt(): number {
    return this.expiresAt - Math.min(this.earlyMs, this.lifetimeMs / 2);
  }
}
