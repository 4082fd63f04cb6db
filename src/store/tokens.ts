/**
 * Channel access tokens shared by a bot fleet through a {@link Store}.
 *
 * - One token for the whole fleet: a process reads the token from the store; only when it is missing or due for
 *   renewal does one process — the one that wins a lock with expiry in the store — ask LINE for a new one. The
 *   others keep using the current token while it is valid, or wait for the new one. A lock holder that dies is
 *   replaced once the lock expires (`lockTtlMs`).
 * - Stateless tokens (`POST /oauth2/v3/token`, 15 minutes): one issue per expiry window for the fleet.
 * - Channel access tokens v2.1 (signed JWT, see {@link channelJWTIssuer}): renewed `earlyMs` before expiry; the token
 *   a renewal replaces is put on a "retired" list in the store and revoked `graceMs` later, when no process still
 *   uses it: every process re-reads the shared token at least every `recheckMs` (shorter than `graceMs`), so after the grace
 *   period none sends the old one. Live v2.1 tokens of the fleet are therefore at most two (current + one within its
 *   grace), far below LINE's 30 per channel. Without a `revoke` function the replaced token simply expires
 *   `earlyMs` after the renewal, which keeps the bound.
 * - Store failure (Redis unreachable, slow, failing): the process falls back to its own token (as without a store)
 *   and reports a `degraded` warning; back on the store it uses the shared token again and revokes its own
 *   (v2.1) after `graceMs`. A send never waits on a broken store longer than the store's command timeout.
 *
 * Tokens are kept in the store in plain text (Redis must be private to the fleet, as for any credential cache).
 */

import { randomUUID } from '../platform';
import { checkIssuedToken, createChannelJWT, createChannelJWTAsync, IssuePause, TokenManager, type IssuedToken } from '../channelToken';
import { DegradedState, isStoreError, LineStoreError, toStoreError, type Store, type StoreWarningListener } from './contract';

/** A token as LINE issues it (stateless, short-lived or v2.1). */
export interface IssuedChannelToken {
  /** The channel access token. */
  readonly access_token: string;
  /** Seconds until it expires. */
  readonly expires_in: number;
  /** The key id (v2.1 only). */
  readonly key_id?: string;
}

/** Options of {@link SharedChannelToken}. */
export interface SharedChannelTokenOptions {
  /** Where the fleet shares the token (the in-memory store shares it within this process only). */
  readonly store: Store;
  /**
   * The store key of this channel's token, e.g. `tokens:stateless:<channelId>` or `tokens:v2.1:<channelId>:<kid>`.
   * Processes with the same key share one token.
   */
  readonly key: string;
  /** Asks LINE for a new token (e.g. `LineClient.issueStatelessChannelAccessToken`, or {@link channelJWTIssuer}). */
  readonly issue: () => Promise<IssuedChannelToken>;
  /**
   * Revokes a replaced token (v2.1: `LineClient.revokeChannelAccessTokenByJWT`, which needs the channel secret).
   * Absent for stateless tokens, which cannot be revoked.
   */
  readonly revoke?: (accessToken: string) => Promise<void>;
  /** Renew this long before expiry (at most half the token's life); 60 s by default. */
  readonly earlyMs?: number;
  /**
   * Expiry of the renewal lock: how long a dead lock holder can block renewal; 15 s by default. Keep it above the
   * token request's timeout, or a slow issue could be overtaken by a second one (LineClient sets it from its own
   * timeout and retry policy: 65 s with the defaults).
   */
  readonly lockTtlMs?: number;
  /** How long a replaced v2.1 token stays valid before it is revoked; 5 minutes by default. */
  readonly graceMs?: number;
  /** Each process re-reads the shared token at least this often; 60 s by default, and below `graceMs`. */
  readonly recheckMs?: number;
  /** Pause between reads while another process renews; 50 ms by default. */
  readonly pollMs?: number;
  /** Receives `degraded` / `recovered` warnings; `process.emitWarning` by default. */
  readonly onWarning?: StoreWarningListener;
  /** The clock (tests). */
  readonly now?: () => number;
}

/** The token record kept in the store. */
interface TokenRecord {
  token: string;
  expiresAt: number;
  lifetimeMs: number;
}

/** A replaced token waiting for revocation. */
interface RetiredToken {
  token: string;
  revokeAt: number;
  expiresAt: number;
}

function parseRecord(raw: string | undefined): TokenRecord | undefined {
  if (raw === undefined) return undefined;
  try {
    const r = JSON.parse(raw) as Partial<TokenRecord>;
    if (typeof r.token === 'string' && typeof r.expiresAt === 'number' && typeof r.lifetimeMs === 'number') return r as TokenRecord;
  } catch {
    // A damaged record is treated as absent: it is replaced by the next renewal.
  }
  return undefined;
}

function parseRetired(raw: string | undefined): RetiredToken[] {
  if (raw === undefined) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) ? (list as RetiredToken[]).filter((r) => r && typeof r.token === 'string' && typeof r.revokeAt === 'number') : [];
  } catch {
    return [];
  }
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * One channel's access token, shared by every process that uses the same store and key. See the module notes for
 * the protocol and its behaviour on store failure.
 */
export class SharedChannelToken {
  private readonly store: Store;
  private readonly key: string;
  private readonly issueToken: () => Promise<IssuedChannelToken>;
  /** Pauses issuing after an invalid answer of the token endpoint. */
  private readonly pause: IssuePause;
  private readonly revokeToken?: (accessToken: string) => Promise<void>;
  private readonly earlyMs: number;
  private readonly lockTtlMs: number;
  private readonly graceMs: number;
  private readonly recheckMs: number;
  private readonly pollMs: number;
  private readonly now: () => number;
  private readonly state: DegradedState;
  private readonly owner = randomUUID();
  private local?: TokenRecord & { checkedAt: number; raw: string };
  private inflight?: Promise<string>;
  private fallback?: TokenManager;
  /** While on its own token, this process tries the store again at most once a second. */
  private storeRetryAt = 0;
  /** Tokens this process issued on its own while the store failed (revoked once shared again). */
  private readonly ownTokens = new Set<string>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private issuedCount = 0;
  /** A token issued for the fleet that could not be published (store failed): this process uses it first. */
  private unpublished?: IssuedToken;

  /**
   * @param options - store, key, issue and revoke functions, timings
   */
  constructor(options: SharedChannelTokenOptions) {
    this.store = options.store;
    this.key = options.key;
    this.issueToken = options.issue;
    this.pause = new IssuePause(() => this.now());
    this.revokeToken = options.revoke;
    this.earlyMs = options.earlyMs ?? 60_000;
    this.lockTtlMs = options.lockTtlMs ?? 15_000;
    this.graceMs = options.graceMs ?? 5 * 60_000;
    this.recheckMs = Math.min(options.recheckMs ?? 60_000, Math.max(1, this.graceMs / 2));
    this.pollMs = options.pollMs ?? 50;
    this.now = options.now ?? Date.now;
    this.state = new DegradedState('tokens', options.onWarning);
  }

  /** How many tokens this process asked LINE for (shared renewals and fallbacks alike). */
  get issued(): number {
    return this.issuedCount;
  }

  /** The token held by this process, if any and not expired (no store access). */
  get current(): string | undefined {
    if (this.fallback) return this.fallback.current;
    return this.local && this.now() < this.local.expiresAt ? this.local.token : undefined;
  }

  /**
   * Resolves a valid token: the shared one, renewed by one process of the fleet when due; this process's own when
   * the store fails. Concurrent callers in this process share one lookup.
   *
   * @returns the channel access token
   */
  get(): Promise<string> {
    const l = this.local;
    const t = this.now();
    if (l && !this.fallback && t < this.renewAt(l) && t < l.checkedAt + this.recheckMs) return Promise.resolve(l.token);
    if (this.fallback && t < this.storeRetryAt) return this.fallback.get();
    this.inflight ??= this.refresh().finally(() => {
      this.inflight = undefined;
    });
    return this.inflight;
  }

  /**
   * Drops `token` when LINE rejected it before its expiry (revoked, say): locally, and from the store when the store
   * still holds it, so that the next {@link SharedChannelToken.get} renews it (under the lock, once for the fleet).
   *
   * @param token - the token LINE rejected
   */
  async invalidate(token: string | undefined): Promise<void> {
    if (token === undefined) return;
    this.fallback?.invalidate(token);
    const l = this.local;
    if (l?.token === token) {
      this.local = undefined;
      await this.store.delete(this.key, l.raw).catch(() => false);
    }
  }

  /**
   * Revokes the retired tokens whose grace period is over (any process may do it; the lock makes it one at a time).
   * Called after renewals and rechecks; exposed for tests and shutdown hooks.
   *
   * @returns how many tokens were revoked
   */
  async sweep(): Promise<number> {
    if (!this.revokeToken) return 0;
    const retiredKey = `${this.key}:retired`;
    const list = parseRetired(await this.store.get(retiredKey));
    const t = this.now();
    if (!list.some((r) => r.revokeAt <= t)) return 0;
    const lock = `${this.key}:lock`;
    if (!(await this.store.setIfAbsent(lock, this.owner, this.lockTtlMs))) return 0;
    let revoked = 0;
    try {
      const fresh = parseRetired(await this.store.get(retiredKey));
      const keep: RetiredToken[] = [];
      for (const r of fresh) {
        if (r.expiresAt <= t) continue;
        if (r.revokeAt > t) {
          keep.push(r);
          continue;
        }
        try {
          await this.revokeToken(r.token);
          revoked++;
        } catch {
          keep.push(r); // tried again at the next sweep; it expires on its own in any case
        }
      }
      await this.writeRetired(keep);
    } finally {
      await this.store.delete(lock, this.owner).catch(() => false);
    }
    return revoked;
  }

  /** Stops the timers of scheduled revocations (they are unref'd, so a process can exit without this). */
  close(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private renewAt(r: TokenRecord): number {
    return r.expiresAt - Math.min(this.earlyMs, r.lifetimeMs / 2);
  }

  private async refresh(): Promise<string> {
    let token: string;
    try {
      token = await this.fromStore();
    } catch (error) {
      if (!isStoreError(error)) throw error;
      this.state.fail(error, 'each process keeps its token, or issues its own, until the store answers again');
      // The shared token this process holds serves while it is valid; only then does it issue its own.
      const l = this.local;
      if (!this.fallback && !this.unpublished && l && this.now() < this.renewAt(l)) {
        l.checkedAt = this.now() - this.recheckMs + Math.min(this.recheckMs, 1000); // re-try the store in ≤ 1 s
        return l.token;
      }
      this.fallback ??= new TokenManager(() => this.issueOwn(), this.now, this.earlyMs);
      this.storeRetryAt = this.now() + 1000;
      return this.fallback.get();
    }
    if (this.state.isDegraded || this.fallback) {
      this.state.ok();
      this.retireOwnTokens();
    }
    return token;
  }

  /** Issues a token for this process alone (store failing). */
  private async issueOwn(): Promise<IssuedToken> {
    const pending = this.unpublished;
    if (pending) {
      this.unpublished = undefined;
      return pending;
    }
    const issued = await this.issueToken();
    this.issuedCount++;
    this.ownTokens.add(issued.access_token);
    return { access_token: issued.access_token, expires_in: issued.expires_in };
  }

  private retireOwnTokens(): void {
    this.fallback = undefined;
    if (!this.revokeToken) {
      this.ownTokens.clear();
      return;
    }
    for (const token of this.ownTokens) this.later(this.graceMs, () => this.revokeToken!(token));
    this.ownTokens.clear();
  }

  private later(ms: number, work: () => Promise<unknown>): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      work().catch(() => undefined);
    }, ms);
    timer.unref();
    this.timers.add(timer);
  }

  private adopt(raw: string, record: TokenRecord): string {
    this.local = { ...record, raw, checkedAt: this.now() };
    return record.token;
  }

  private async fromStore(): Promise<string> {
    const lock = `${this.key}:lock`;
    // Bounded: a lock holder either finishes or its lock expires within lockTtlMs; past that (+ slack) this process
    // stops waiting and issues its own token (treated as a store failure).
    const deadline = this.now() + this.lockTtlMs + 5 * this.pollMs + 1000;
    for (;;) {
      const raw = await this.store.get(this.key);
      const record = parseRecord(raw);
      let t = this.now();
      if (raw !== undefined && record && t < this.renewAt(record)) {
        const token = this.adopt(raw, record);
        if (this.revokeToken) void this.sweep().catch(() => 0);
        return token;
      }
      if (await this.store.setIfAbsent(lock, this.owner, this.lockTtlMs)) {
        try {
          return await this.renew();
        } finally {
          await this.store.delete(lock, this.owner).catch(() => false);
        }
      }
      t = this.now();
      // Another process renews: the current token, while still valid, serves meanwhile.
      if (raw !== undefined && record && t < record.expiresAt) {
        this.local = { ...record, raw, checkedAt: t - this.recheckMs + this.pollMs * 4 };
        return record.token;
      }
      if (t >= deadline) throw new LineStoreError('lock', `the renewal lock of ${this.key} was held past its expiry`);
      await sleep(this.pollMs);
    }
  }

  /** Holding the lock: re-checks, issues, publishes, retires the replaced token. */
  private async renew(): Promise<string> {
    const oldRaw = await this.store.get(this.key);
    const old = parseRecord(oldRaw);
    const t0 = this.now();
    if (oldRaw !== undefined && old && t0 < this.renewAt(old)) return this.adopt(oldRaw, old);
    let issued: IssuedChannelToken;
    try {
      const blocked = this.pause.blocked;
      if (blocked !== undefined) throw blocked;
      const answer = await this.issueToken();
      try {
        issued = checkIssuedToken(answer);
      } catch (error) {
        // An invalid answer (no token, a bad `expires_in`) pauses issuing: never one issue per call.
        this.pause.fail(error);
        throw error;
      }
      this.pause.ok();
    } catch (error) {
      // A failed early renewal keeps the still-valid token; it is tried again later.
      if (oldRaw !== undefined && old && this.now() < old.expiresAt) {
        this.local = { ...old, raw: oldRaw, checkedAt: this.now() - this.recheckMs + 1000 };
        return old.token;
      }
      throw error;
    }
    this.issuedCount++;
    const t = this.now();
    const lifetimeMs = issued.expires_in * 1000;
    const record: TokenRecord = { token: issued.access_token, expiresAt: t + lifetimeMs, lifetimeMs };
    const raw = JSON.stringify(record);
    // The lock can expire while LINE answers slowly (a token request may take longer than lockTtlMs), and another
    // process may have renewed and published meanwhile: keep its token for the fleet and retire ours, so that no
    // issued token is left live and unaccounted for (v2.1 tokens count against LINE's 30 per channel).
    const nowRaw = await this.store.get(this.key).catch(() => oldRaw);
    const theirs = parseRecord(nowRaw);
    if (nowRaw !== undefined && nowRaw !== oldRaw && theirs && theirs.token !== record.token && this.now() < this.renewAt(theirs)) {
      if (this.revokeToken) await this.retire(record).catch(() => undefined);
      return this.adopt(nowRaw, theirs);
    }
    try {
      await this.store.set(this.key, raw, Math.max(1, lifetimeMs));
    } catch (error) {
      // The token exists at LINE: keep it for this process (never lose it), and count it as our own.
      this.ownTokens.add(record.token);
      this.unpublished = { access_token: record.token, expires_in: issued.expires_in };
      throw toStoreError('set', error);
    }
    if (this.revokeToken && old && old.token !== record.token && t < old.expiresAt) {
      await this.retire(old).catch(() => undefined);
    }
    return this.adopt(raw, record);
  }

  private async retire(old: TokenRecord): Promise<void> {
    const retiredKey = `${this.key}:retired`;
    const t = this.now();
    const list = parseRetired(await this.store.get(retiredKey)).filter((r) => r.expiresAt > t);
    list.push({ token: old.token, revokeAt: t + this.graceMs, expiresAt: old.expiresAt });
    await this.writeRetired(list);
    this.later(this.graceMs + 10, () => this.sweep());
  }

  private async writeRetired(list: RetiredToken[]): Promise<void> {
    const retiredKey = `${this.key}:retired`;
    if (list.length === 0) {
      await this.store.delete(retiredKey);
      return;
    }
    const ttl = Math.max(...list.map((r) => r.expiresAt)) - this.now();
    await this.store.set(retiredKey, JSON.stringify(list), Math.max(1, ttl));
  }
}

/** Options of {@link channelJWTIssuer}. */
export interface ChannelJWTIssuerOptions {
  /** The channel ID. */
  readonly channelId: string;
  /** The assertion signing key: the kid LINE gave for its public key, and the RSA private key (JWK, PEM or KeyObject). */
  readonly assertionKey: { readonly keyId: string; readonly privateKey: Parameters<typeof createChannelJWT>[0]['privateKey'] };
  /** Lifetime of the issued tokens in seconds (`token_exp`, at most 30 days); LINE's default when absent. */
  readonly tokenExpSeconds?: number;
  /** Sends the signed JWT to LINE (`LineClient.issueChannelAccessTokenByJWT`). */
  readonly issueByJWT: (clientAssertion: string) => Promise<IssuedChannelToken>;
}

/**
 * Makes the `issue` function of a v2.1 {@link SharedChannelToken}: each call signs a fresh JWT assertion
 * (`createChannelJWTAsync`, RS256, valid 30 minutes) and exchanges it for a channel access token v2.1.
 *
 * @param options - channel, signing key, token lifetime and the exchange call
 * @returns the issue function
 */
export function channelJWTIssuer(options: ChannelJWTIssuerOptions): () => Promise<IssuedChannelToken> {
  // Signed asynchronously: the web build signs RS256 with Web Crypto.
  return async () =>
    options.issueByJWT(
      await createChannelJWTAsync({
        channelId: options.channelId,
        kid: options.assertionKey.keyId,
        privateKey: options.assertionKey.privateKey,
        ...(options.tokenExpSeconds !== undefined ? { tokenExpSeconds: options.tokenExpSeconds } : {}),
      }),
    );
}
