/**
 * Webhook delivery as LINE does it: a signed POST to the bot, a timeout, and (when on) redelivery of the same events
 * on a bounded schedule. Every attempt is recorded; every timer and request stops on `close()`.
 */

import { request as httpRequest } from 'node:http';
import type { ClientRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { WebhookEvent } from '../../types/webhook';
import { signWebhook, webhookBody } from './events';
import type { WebhookAttempt, WebhookRedelivery, WebhookResult } from './types';

/** LINE does not publish its schedule; this one is LINE-like and bounded. */
export const DEFAULT_REDELIVERY_DELAYS_MS: readonly number[] = [1_000, 5_000, 30_000];
/** The default webhook timeout. */
export const DEFAULT_WEBHOOK_TIMEOUT_MS = 10_000;
const MAX_REDELIVERIES = 20;
const MAX_ANSWER_BYTES = 64 * 1024;

/** One delivery as the dispatcher runs it. */
export interface DeliveryPlan {
  /** The bot's URL. */
  readonly url: string;
  /** The complete events. */
  readonly events: readonly WebhookEvent[];
  /** The channel secret. */
  readonly channelSecret: string;
  /** The bot's user id. */
  readonly destination: string;
  /** Per-attempt timeout. */
  readonly timeoutMs: number;
  /** The redelivery schedule; empty for none. */
  readonly delaysMs: readonly number[];
}

/**
 * The redelivery schedule of a setting.
 *
 * @param setting - the option
 * @returns the delays (empty when off)
 */
export function redeliveryDelays(setting: boolean | WebhookRedelivery | undefined): readonly number[] {
  if (!setting) return [];
  const delays = setting === true ? DEFAULT_REDELIVERY_DELAYS_MS : (setting.delaysMs ?? DEFAULT_REDELIVERY_DELAYS_MS);
  return delays.slice(0, MAX_REDELIVERIES).map((ms) => Math.max(0, Number(ms) || 0));
}

function redelivered(events: readonly WebhookEvent[]): WebhookEvent[] {
  return events.map((event) => ({ ...event, deliveryContext: { ...event.deliveryContext, isRedelivery: true } }));
}

/** Sends webhooks and redeliveries, and keeps the attempts. */
export class WebhookDispatcher {
  /** Every attempt, oldest first. */
  attempts: WebhookAttempt[] = [];
  /** Scheduled redeliveries. */
  private readonly redeliveries = new Set<NodeJS.Timeout>();
  /** Request timeouts and `settled()` deadlines. */
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<ClientRequest>();
  private pending = 0;
  private idleWaiters: (() => void)[] = [];
  private closed = false;
  private generation = 0;

  /** @param onAttempt - called after every attempt (the conversations wake up on it) */
  constructor(private readonly onAttempt: () => void) {}

  /**
   * Delivers events; redeliveries (if any) run in the background.
   *
   * @param plan - what and where
   * @returns the answer to the first attempt
   */
  async deliver(plan: DeliveryPlan): Promise<WebhookResult> {
    const generation = this.generation;
    // The next redelivery is scheduled before the attempt stops counting as pending, so `settled()` never sees a gap.
    const first = await this.track(async () => {
      const attempt = await this.attempt(plan, plan.events, 1);
      if (!isOk(attempt.status)) this.scheduleRedelivery(plan, 0, generation);
      return attempt;
    });
    return { status: first.status, body: first.body, events: plan.events, ...(first.error !== undefined ? { error: first.error } : {}) };
  }

  /**
   * Resolves when nothing is in flight or scheduled.
   *
   * @param timeoutMs - the most to wait
   * @returns a promise that settles when idle
   */
  settled(timeoutMs: number): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.idleWaiters = this.idleWaiters.filter((w) => w !== done);
        reject(new Error(`webhooks not settled after ${timeoutMs} ms (${this.pending} deliveries in flight or scheduled)`));
      }, timeoutMs);
      this.timers.add(timer);
      const done = (): void => {
        clearTimeout(timer);
        this.timers.delete(timer);
        resolve();
      };
      this.idleWaiters.push(done);
    });
  }

  /** Cancels scheduled redeliveries and forgets the attempts (requests in flight finish). */
  reset(): void {
    this.generation += 1;
    this.cancelRedeliveries();
    this.attempts = [];
  }

  /** Cancels every timer and request; nothing is sent afterwards. */
  close(): void {
    this.closed = true;
    this.generation += 1;
    this.cancelRedeliveries();
    for (const req of this.inFlight) req.destroy();
    this.inFlight.clear();
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.pending = 0;
    this.wakeIdle();
  }

  private cancelRedeliveries(): void {
    this.pending = Math.max(0, this.pending - this.redeliveries.size);
    for (const timer of this.redeliveries) clearTimeout(timer);
    this.redeliveries.clear();
    this.wakeIdle();
  }

  private wakeIdle(): void {
    if (this.pending > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const w of waiters) w();
  }

  private async track<T>(fn: () => Promise<T>): Promise<T> {
    this.pending += 1;
    try {
      return await fn();
    } finally {
      this.pending = Math.max(0, this.pending - 1);
      this.wakeIdle();
    }
  }

  private scheduleRedelivery(plan: DeliveryPlan, index: number, generation: number): void {
    if (this.closed || generation !== this.generation || index >= plan.delaysMs.length) return;
    this.pending += 1;
    const timer = setTimeout(() => {
      this.redeliveries.delete(timer);
      this.pending = Math.max(0, this.pending - 1);
      if (this.closed || generation !== this.generation) {
        this.wakeIdle();
        return;
      }
      void this.track(async () => {
        const result = await this.attempt(plan, redelivered(plan.events), index + 2);
        if (!isOk(result.status)) this.scheduleRedelivery(plan, index + 1, generation);
      });
    }, plan.delaysMs[index]);
    this.redeliveries.add(timer);
  }

  private async attempt(plan: DeliveryPlan, events: readonly WebhookEvent[], attempt: number): Promise<WebhookAttempt> {
    const time = Date.now();
    const raw = JSON.stringify(webhookBody(plan.destination, events));
    const answer = await this.post(plan.url, raw, signWebhook(raw, plan.channelSecret), plan.timeoutMs);
    const record: WebhookAttempt = {
      url: plan.url,
      attempt,
      isRedelivery: attempt > 1,
      webhookEventIds: events.map((e) => e.webhookEventId),
      events,
      status: answer.status,
      body: answer.body,
      ...(answer.error !== undefined ? { error: answer.error } : {}),
      time,
      durationMs: Date.now() - time,
    };
    if (!this.closed) this.attempts.push(record);
    this.onAttempt();
    return record;
  }

  private post(url: string, raw: string, signature: string, timeoutMs: number): Promise<{ status: number | null; body: string; error?: string }> {
    return new Promise((resolve) => {
      if (this.closed) {
        resolve({ status: null, body: '', error: 'server closed' });
        return;
      }
      let target: URL;
      try {
        target = new URL(url);
      } catch {
        resolve({ status: null, body: '', error: `invalid URL '${url}'` });
        return;
      }
      const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
      let settled = false;
      const finish = (value: { status: number | null; body: string; error?: string }): void => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        this.timers.delete(timer);
        this.inFlight.delete(req);
        resolve(value);
      };
      const req = send(
        target,
        {
          method: 'POST',
          agent: false,
          headers: {
            'content-type': 'application/json; charset=utf-8',
            'content-length': Buffer.byteLength(raw),
            'user-agent': 'LineBotWebhook/2.0',
            'x-line-signature': signature,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          let size = 0;
          res.on('data', (chunk: Buffer) => {
            if (size < MAX_ANSWER_BYTES) chunks.push(chunk);
            size += chunk.length;
          });
          res.on('end', () => finish({ status: res.statusCode ?? null, body: Buffer.concat(chunks).subarray(0, MAX_ANSWER_BYTES).toString('utf8') }));
          res.on('error', (err) => finish({ status: null, body: '', error: err.message }));
        },
      );
      const timer = setTimeout(() => {
        finish({ status: null, body: '', error: `timeout after ${timeoutMs} ms` });
        req.destroy();
      }, timeoutMs);
      this.timers.add(timer);
      this.inFlight.add(req);
      req.on('error', (err) => finish({ status: null, body: '', error: err.message }));
      req.end(raw);
    });
  }
}

function isOk(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}
