/**
 * Helpers of the LineClient methods added after 1.1.0: argument checks, multipart audience files, paging.
 *
 * @internal
 */
import { Readable } from 'node:stream';
import type FormData from 'form-data';

import { LineValidationError } from './errors';
import { requireString, validateRecipients } from './validate';

/** Headers of a form-encoded body. */
export const FORM_HEADERS = { 'Content-Type': 'application/x-www-form-urlencoded' } as const;

/** Default timeout of audience uploads by file (up to 1,500,000 IDs): 10 minutes. */
export const FILE_UPLOAD_TIMEOUT = 600_000;

/** LINE's limits of the newer endpoints. */
export const EXTENDED_LIMITS = {
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

/** A query with only the defined entries. */
export function query(entries: Record<string, string | number | boolean | undefined>): Record<string, string | number | boolean> | undefined {
  const out: Record<string, string | number | boolean> = {};
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) out[k] = v;
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * Builds the multipart body of an audience upload by file: the given text fields, then `file` as `text/plain`.
 * A `string[]` becomes one Buffer (one ID per line), a Buffer is sent as is and a Readable is streamed: nothing is
 * copied twice.
 */
export function audienceForm(fields: Record<string, string | undefined>, input: unknown, argument: string): FormData {
  let file: Buffer | Readable;
  if (Array.isArray(input)) {
    validateRecipients(input, argument, undefined, 'IDs');
    if (input.length > EXTENDED_LIMITS.audienceFileIds) {
      throw new LineValidationError(
        argument,
        `${input.length} IDs is over LINE's limit of ${EXTENDED_LIMITS.audienceFileIds} per file`,
        `1-${EXTENDED_LIMITS.audienceFileIds} IDs`,
        input.length,
      );
    }
    for (let i = 0; i < input.length; i++) {
      if (/[\r\n]/.test(input[i])) throw new LineValidationError(`${argument}[${i}]`, 'an ID cannot contain a line break');
    }
    file = Buffer.from(input.join('\n'), 'utf8');
  } else if (Buffer.isBuffer(input)) {
    if (input.length === 0) throw new LineValidationError(argument, 'the file is empty', '1 or more IDs', 0);
    file = input;
  } else if (input instanceof Readable || (input !== null && typeof input === 'object' && typeof (input as Readable).pipe === 'function')) {
    file = input as Readable;
  } else {
    throw new LineValidationError(argument, 'expected an array of IDs, a Buffer or a Readable of a text file with one ID per line');
  }
  // Loaded on the first upload by file, not with the package.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const form = new (require('form-data') as typeof FormData)();
  for (const [name, value] of Object.entries(fields)) if (value !== undefined) form.append(name, value);
  form.append('file', file, Buffer.isBuffer(file) ? { filename: 'audience.txt', contentType: 'text/plain', knownLength: file.length } : { filename: 'audience.txt', contentType: 'text/plain' });
  return form;
}
