/** Fault injection: rules that make requests fail, wait, hang or lose their connection. */

import type { FaultController, FaultHandle, FaultRequestInfo, FaultRule } from './types';

/** The default PRNG seed, so that runs without `options.seed` repeat too. */
export const DEFAULT_SEED = 0x5eed1e;

/**
 * A small seedable PRNG (mulberry32): the same seed gives the same sequence.
 *
 * @param seed - any 32-bit integer
 * @returns a function giving numbers in [0, 1)
 */
export function createPrng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface ActiveRule {
  readonly rule: FaultRule;
  hits: number;
  removed: boolean;
}

function matches(rule: FaultRule, info: FaultRequestInfo): boolean {
  const route = rule.route;
  if (route === undefined) return true;
  const concrete = `${info.method} ${info.path}`;
  if (typeof route === 'string') return route === concrete || (info.route !== undefined && route === info.route);
  if (route instanceof RegExp) {
    route.lastIndex = 0;
    return route.test(concrete);
  }
  return route(info);
}

function validate(rule: FaultRule): void {
  if (rule.drop !== undefined && rule.drop !== 'before' && rule.drop !== 'after' && rule.drop !== 'mid-answer') {
    throw new TypeError("fault.drop must be 'before', 'after' or 'mid-answer'");
  }
  if (rule.probability !== undefined && !(rule.probability >= 0 && rule.probability <= 1)) {
    throw new TypeError('fault.probability must be between 0 and 1');
  }
  if (rule.times !== undefined && !(Number.isInteger(rule.times) && rule.times >= 0)) {
    throw new TypeError('fault.times must be a non-negative integer');
  }
  if (rule.status !== undefined && !(Number.isInteger(rule.status) && rule.status >= 100 && rule.status <= 599)) {
    throw new TypeError('fault.status must be an HTTP status');
  }
}

/** The rules of one server, evaluated in the order they were added. */
export class Faults implements FaultController {
  private rules: ActiveRule[] = [];
  private random: () => number;

  /** @param seed - the PRNG seed */
  constructor(private readonly seed: number) {
    this.random = createPrng(seed);
  }

  /**
   * Adds a rule.
   *
   * @param rule - the fault
   * @returns its handle
   */
  add(rule: FaultRule): FaultHandle {
    validate(rule);
    const inert = rule.status === undefined && rule.delayMs === undefined && rule.drop === undefined && rule.hang !== true;
    const active: ActiveRule = { rule: inert ? { ...rule, status: 500 } : { ...rule }, hits: 0, removed: false };
    this.rules.push(active);
    return {
      get hits() {
        return active.hits;
      },
      get remaining() {
        return rule.times === undefined ? undefined : Math.max(0, rule.times - active.hits);
      },
      remove: () => {
        active.removed = true;
        this.rules = this.rules.filter((r) => r !== active);
      },
    };
  }

  /** Removes every rule. */
  clear(): void {
    for (const r of this.rules) r.removed = true;
    this.rules = [];
  }

  /** Removes every rule and restarts the PRNG from the seed. */
  reset(): void {
    this.clear();
    this.random = createPrng(this.seed);
  }

  /**
   * The fault to apply to a request, if any: the first matching rule that fires. Firing spends one of
   * its `times`; a rule with a `probability` draws from the PRNG only when it matches.
   *
   * @param info - the request
   * @returns the rule that fired
   */
  pick(info: FaultRequestInfo): FaultRule | undefined {
    if (this.rules.length === 0) return undefined;
    for (const active of this.rules) {
      const { rule } = active;
      if (rule.times !== undefined && active.hits >= rule.times) continue;
      if (!matches(rule, info)) continue;
      if (rule.probability !== undefined && rule.probability < 1 && this.random() >= rule.probability) continue;
      active.hits += 1;
      return rule;
    }
    return undefined;
  }
}
