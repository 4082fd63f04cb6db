/**
 * Path parameters that could change an endpoint's meaning. In LINE's path templates a literal segment sometimes sits
 * where another template has an id (`/v2/bot/user/all/richmenu` beside `/v2/bot/user/{userId}/richmenu`): an id
 * equal to that literal, taken from untrusted input, would reach the other endpoint (the default rich menu of every
 * user). {@link checkSegment} rejects such values, and `.` / `..` everywhere, before anything is sent.
 *
 * The table is derived from spec/line-openapi (every template's prefix up to a parameter → the literal segments
 * other templates have at that position); __tests__/http/segments.spec.ts re-derives it and fails when it is stale.
 *
 * @internal
 */
import { LineValidationError } from '../errors';

/** Template prefix (earlier parameters written `{}`) → the literal sibling segments of the parameter that follows. */
export const LITERAL_SIBLINGS: Readonly<Record<string, readonly string[]>> = {
  '/v2/bot/audienceGroup/': ['click', 'imp', 'list', 'shared', 'upload'],
  '/v2/bot/audienceGroup/shared/': ['list'],
  '/v2/bot/chat/': ['loading', 'markAsRead'],
  '/v2/bot/membership/': ['list', 'subscription'],
  '/v2/bot/message/': ['aggregation', 'broadcast', 'delivery', 'markAsRead', 'multicast', 'narrowcast', 'progress', 'push', 'quota', 'reply', 'validate'],
  '/v2/bot/richmenu/': ['alias', 'batch', 'bulk', 'list', 'progress', 'validate'],
  '/v2/bot/richmenu/alias/': ['list'],
  '/v2/bot/user/': ['all'],
};

/**
 * Throws a LineValidationError naming `argument` when `value` (a raw, not yet encoded, path parameter) is `.` or
 * `..`, or equals a literal segment that sits at its position in another of LINE's endpoints.
 *
 * @param prefix - the template up to the parameter, earlier parameters written `{}`
 * @param argument - the parameter's name
 * @param value - its value
 */
export function checkSegment(prefix: string, argument: string, value: string): void {
  if (value === '.' || value === '..') {
    throw new LineValidationError(argument, `\`${value}\` is not an id (it would change the request path)`);
  }
  const siblings = LITERAL_SIBLINGS[prefix];
  if (siblings && siblings.includes(value)) {
    throw new LineValidationError(argument, `\`${value}\` is not an id: ${prefix}${value}/… is another LINE endpoint`);
  }
}
