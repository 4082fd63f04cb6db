/** Helpers shared by the route modules: LINE's `next`-token paging and small request checks. */

import { badProperty, validationError } from '../errors';
import type { RouteContext, RouteDef, RouteReply } from '../router';
import type { JsonObject, JsonValue, LineErrorDetail } from '../types';
import { requireObjectBody } from '../validation';

function encodeStart(offset: number): string {
  return Buffer.from(`o${offset}`).toString('base64url');
}

function decodeStart(start: string | undefined): number {
  if (start === undefined || start === '') return 0;
  const text = Buffer.from(start, 'base64url').toString();
  if (!/^o\d+$/.test(text)) throw badProperty('start', 'Invalid continuation token');
  return Number(text.slice(1));
}

/**
 * One page of ids (or other items) with LINE's `next` continuation token.
 *
 * @param key - the property that holds the items
 * @param size - items per page
 * @param start - the continuation token of the request
 * @param slice - the items from one index to another
 * @returns the page body
 */
export function page(
  key: string,
  size: number,
  start: string | undefined,
  slice: (from: number, to: number) => JsonValue[],
): RouteReply {
  const offset = decodeStart(start);
  const ids = slice(offset, offset + size + 1);
  const body: Record<string, JsonValue> = { [key]: ids.slice(0, size) };
  if (ids.length > size) body.next = encodeStart(offset + size);
  return { body };
}

/** The body as an object; an empty body reads as `{}`. */
export function optionalBody(ctx: RouteContext): JsonObject {
  return ctx.rawBody.length > 0 ? requireObjectBody(ctx.body) : {};
}

/** Throws LINE's 400 listing `out` when it is not empty. */
export function finish(out: readonly LineErrorDetail[]): void {
  if (out.length > 0) throw validationError(out);
}

/** A `limit` query parameter: `fallback` when absent, 400 outside 1–`max` (or clamped to `max`). */
export function limitOf(ctx: RouteContext, fallback: number, max: number, clamp = false): number {
  const text = ctx.query.limit;
  const limit = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(limit) || limit < 1 || (!clamp && limit > max)) throw badProperty('limit', `Must be between 1 and ${max}`);
  return Math.min(limit, max);
}

/** 400 when `strictRecipients` is on and the id is not a known user. */
export function assertKnown(ctx: RouteContext, id: string | undefined, property: string): void {
  if (id !== undefined && ctx.state.options.strictRecipients && !ctx.state.isKnownRecipient(id)) {
    throw badProperty(property, 'The user is not found');
  }
}

/** A GET route on the api host. */
export function get(path: string, handler: RouteDef['handler']): RouteDef {
  return { method: 'GET', host: 'api', path, handler };
}

/** A POST route whose handler only validates; it answers `{}` with `status`. */
export function checkedPost(path: string, validate: (ctx: RouteContext) => void, status = 200): RouteDef {
  return {
    method: 'POST',
    host: 'api',
    path,
    handler(ctx) {
      validate(ctx);
      return { status, body: {} };
    },
  };
}

