/**
 * Webhook de-duplication across replicas through a {@link Store}.
 *
 * LINE redelivers a webhook that the bot server did not acknowledge with a 2xx (when webhook redelivery is on in the
 * LINE Developers Console); the redelivered events keep their `webhookEventId` (a ULID) and carry
 * `deliveryContext.isRedelivery: true` (webhook.yml in LINE's OpenAPI spec; "Receive messages (webhook)",
 * https://developers.line.biz/en/docs/messaging-api/receiving-messages/). The redelivery can reach another replica.
 * LINE counts a webhook as failed when the bot server does not answer within 2 seconds ("request_timeout",
 * https://developers.line.biz/en/docs/messaging-api/check-webhook-error-statistics/), and it does not publish how long
 * redelivery goes on, so the record of a handled event is kept 24 hours by default (`ttlMs`, configurable) — longer
 * than any redelivery we could find reported.
 *
 * Protocol, per event: claim `dedup:<webhookEventId>` with set-if-absent (value `pending:<owner>`, expiry
 * `claimTtlMs`); the replica that wins hands it to the handler. Another replica skips it: acknowledging it when it
 * is `done`, answering an error when it is still in progress (so that LINE redelivers it, and the event is not lost
 * if that first handler fails). On success the claim becomes `done` for `ttlMs`; on failure it is released
 * (deleted, if still ours) so that LINE's redelivery is handled. A replica that dies mid-handler holds its claim only
 * until `claimTtlMs`.
 *
 * Store failure: fail open — the events are handled (never lost) and a `degraded` warning is reported; while the
 * store fails, a redelivery may be handled a second time, which the warning makes visible (never silent).
 */

import { nodeCrypto } from '../lazyNode';
import { DegradedState, toStoreError, type Store, type StoreWarningListener } from './contract';

/** 24 hours: how long a handled event id is remembered by default. */
export const DEFAULT_DEDUP_TTL_MS = 24 * 60 * 60 * 1000;
/** 5 minutes: how long an in-progress claim blocks other replicas by default. */
export const DEFAULT_CLAIM_TTL_MS = 5 * 60 * 1000;

/** Options of {@link WebhookDedup}. */
export interface WebhookDedupOptions {
  /** Where replicas share claims. */
  readonly store: Store;
  /** How long a handled event id is remembered, in ms; 24 hours by default (see the module notes). */
  readonly ttlMs?: number;
  /** How long an event being handled blocks other replicas, in ms (covers a replica dying mid-handler); 5 minutes. */
  readonly claimTtlMs?: number;
  /** Key prefix within the store; `dedup:` by default (give each channel its own when replicas serve several). */
  readonly prefix?: string;
  /** Receives `degraded` / `recovered` warnings; `process.emitWarning` by default. */
  readonly onWarning?: StoreWarningListener;
}

/** The minimum of a webhook event de-duplication looks at. */
export interface DedupEvent {
  /** LINE's event id; events without one (the console's verify request) are never skipped. */
  readonly webhookEventId?: string;
}

/** The outcome of {@link WebhookDedup.claim}. */
export interface DedupClaim<T extends DedupEvent> {
  /** Events this replica claimed: hand them to the handler. */
  readonly fresh: T[];
  /** Events already handled (here or by another replica): skip them and acknowledge. */
  readonly skipped: T[];
  /**
   * Events being handled by another replica right now: skip them, but answer the webhook with an error (not 2xx) so
   * that LINE redelivers it; by then they are done (skipped) or released after a failure (handled). Acknowledging
   * them instead would lose an event whose first handler then fails.
   */
  readonly inProgress: T[];
  /** Marks the fresh events handled (remembered for `ttlMs`). */
  commit(): Promise<void>;
  /** Releases the fresh events so that a redelivery is handled. */
  release(): Promise<void>;
}

/**
 * Claims webhook events by `webhookEventId` so that each is handled once across replicas.
 */
export class WebhookDedup {
  private readonly store: Store;
  private readonly ttlMs: number;
  private readonly claimTtlMs: number;
  private readonly prefix: string;
  private readonly state: DegradedState;
  private readonly owner = nodeCrypto().randomBytes(9).toString('base64url');

  /**
   * @param options - store, expiries, prefix, warning listener
   */
  constructor(options: WebhookDedupOptions) {
    this.store = options.store;
    this.ttlMs = options.ttlMs ?? DEFAULT_DEDUP_TTL_MS;
    this.claimTtlMs = options.claimTtlMs ?? DEFAULT_CLAIM_TTL_MS;
    this.prefix = options.prefix ?? 'dedup:';
    this.state = new DegradedState('dedup', options.onWarning);
    if (!(this.ttlMs >= 1) || !(this.claimTtlMs >= 1)) throw new RangeError('dedup ttlMs and claimTtlMs must be at least 1 ms');
  }

  /**
   * Claims events: each event id is claimed by one caller in the fleet until it is released or expires.
   *
   * @param events - the webhook's events
   * @returns the fresh and skipped events, and the commit / release steps for the fresh ones
   */
  async claim<T extends DedupEvent>(events: readonly T[]): Promise<DedupClaim<T>> {
    const fresh: T[] = [];
    const skipped: T[] = [];
    const inProgress: T[] = [];
    const mine: string[] = [];
    const marker = `pending:${this.owner}:${nodeCrypto().randomBytes(6).toString('base64url')}`;
    let failed = false;
    for (const event of events) {
      const id = event.webhookEventId;
      if (typeof id !== 'string' || id === '' || failed) {
        fresh.push(event);
        continue;
      }
      try {
        const key = this.prefix + id;
        let won = await this.store.setIfAbsent(key, marker, this.claimTtlMs);
        let held = won ? undefined : await this.store.get(key);
        if (!won && held === undefined) {
          // Released or expired in between: one more try.
          won = await this.store.setIfAbsent(key, marker, this.claimTtlMs);
          held = won ? undefined : await this.store.get(key);
        }
        if (won) {
          fresh.push(event);
          mine.push(id);
        } else if (held === 'done') {
          skipped.push(event);
        } else {
          inProgress.push(event);
        }
        this.state.ok();
      } catch (error) {
        failed = true; // fail open: this event and the rest are handled without a claim
        this.state.fail(toStoreError('setIfAbsent', error), 'webhook events are handled without de-duplication (a redelivery may be handled again)');
        fresh.push(event);
      }
    }
    return {
      fresh,
      skipped,
      inProgress,
      commit: () => this.each(mine, (key) => this.store.set(key, 'done', this.ttlMs)),
      release: () => this.each(mine, (key) => this.store.delete(key, marker)),
    };
  }

  /**
   * Claims the events, runs `handler` on the fresh ones, then commits them — or, when the handler throws, releases
   * them and rethrows (so the webhook answers an error and LINE redelivers).
   *
   * @param events - the webhook's events
   * @param handler - handles the fresh events (not called when there are none)
   * @returns the events handled, skipped (already handled) and in progress elsewhere (answer the webhook with an
   *   error when there are any, so that LINE redelivers it)
   */
  async run<T extends DedupEvent>(events: readonly T[], handler: (fresh: T[]) => unknown): Promise<{ handled: T[]; skipped: T[]; inProgress: T[] }> {
    const claim = await this.claim(events);
    if (claim.fresh.length > 0) {
      try {
        await handler(claim.fresh);
      } catch (error) {
        await claim.release();
        throw error;
      }
      await claim.commit();
    }
    return { handled: claim.fresh, skipped: claim.skipped, inProgress: claim.inProgress };
  }

  private async each(ids: string[], step: (key: string) => Promise<unknown>): Promise<void> {
    for (const id of ids) {
      try {
        await step(this.prefix + id);
      } catch (error) {
        // Commit failed: the claim expires after claimTtlMs (a later redelivery is then handled again, reported).
        // Release failed: the claim blocks redelivery until claimTtlMs.
        const e = toStoreError('set', error);
        this.state.fail(e, 'claims expire on their own after claimTtlMs');
        return;
      }
    }
  }
}
