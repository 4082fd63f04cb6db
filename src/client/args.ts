/**
 * Argument checks and small builders shared by the domain modules.
 *
 * @internal
 */
import { LineValidationError } from '../errors';
import { requireString } from '../validate';

/** Headers of a form-encoded body. */
export const FORM_HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded' } as const;

/** Default timeout of uploads (rich menu images, audiences by JSON): 2 minutes. */
export const UPLOAD_TIMEOUT = 120_000;

/** LINE's limits of pages, bulk operations and files. */
export const API_LIMITS = {
  audienceFileIds: 1_500_000,
  richMenuBulkUsers: 500,
  richMenuBatchOperations: 1000,
  followerPage: 1000,
  membershipPage: 1000,
  couponPage: 100,
  modulePage: 100,
  sharedAudiencePage: 40,
} as const;

/** Throws unless `date` is `yyyyMMdd`. */
export function requireDate(date: unknown, argument: string): asserts date is string {
  requireString(date, argument);
  if (!/^\d{8}$/.test(date)) throw new LineValidationError(argument, 'expected a date as `yyyyMMdd` (e.g. `20240131`)', 'yyyyMMdd');
}

/** Throws unless `value` is undefined or an integer within [min, max]. */
export function optionalInt(value: unknown, argument: string, min: number, max: number): void {
  if (value === undefined) return;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new LineValidationError(argument, `expected an integer from ${min} to ${max}`, `${min}-${max}`, typeof value === 'number' ? value : typeof value);
  }
}

/** Splits `items` into chunks of `size`. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** A query with only the defined entries (undefined when none is). */
export function compactQuery(entries: Record<string, string | number | boolean | undefined>): Record<string, string | number | boolean> | undefined {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Checks an origin option (`origin`, `dataOrigin`, `managerOrigin`): an http(s) URL with no credentials (they would
 * replace the bearer token with Basic auth), no query and no fragment (they would swallow the API path). The value is
 * never echoed: it may hold credentials.
 *
 * @param value - the option's value (undefined: the default is used)
 * @param option - the option's name, e.g. `config.origin`
 * @returns the value, or `fallback` when undefined
 */
export function checkOrigin(value: unknown, option: string, fallback: string): string {
  if (value === undefined) return fallback;
  const problem = 'expected an http(s) URL without credentials, query or fragment, e.g. `https://api.line.me`';
  if (typeof value !== 'string' || value === '') throw new LineValidationError(option, problem);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new LineValidationError(option, `${problem} (the value given is not a URL)`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new LineValidationError(option, `${problem} (the value given is not http or https)`);
  if (url.username !== '' || url.password !== '' || /^[a-z]+:\/\/[^/?#]*@/i.test(value)) throw new LineValidationError(option, `${problem} (the value given holds credentials; they are not shown)`);
  if (value.includes('?')) throw new LineValidationError(option, `${problem} (the value given has a query)`);
  if (value.includes('#')) throw new LineValidationError(option, `${problem} (the value given has a fragment)`);
  return value;
}
