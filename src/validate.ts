/**
 * Checks of LINE's documented limits, run before any request so that invalid input sends nothing.
 *
 * @internal
 */
import { LineValidationError } from './errors';

/** LINE's limits that the client checks before sending. */
export const LIMITS = {
  messages: 5,
  multicastRecipients: 500,
  text: 5000,
  altText: 1500,
  quickReplyItems: 13,
  carouselColumns: 10,
  flexCarouselBubbles: 12,
  richMenuImageBytes: 1024 * 1024,
} as const;

/** Throws unless `value` is a non-empty string. */
export function requireString(value: unknown, argument: string): asserts value is string {
  if (typeof value !== 'string' || value === '') {
    throw new LineValidationError(argument, `expected a non-empty string, got ${value === '' ? 'an empty string' : describe(value)}`);
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function checkLength(value: unknown, argument: string, max: number, unit: string): void {
  if (typeof value === 'string' && value.length > max) {
    throw new LineValidationError(argument, `${value.length} ${unit} is over LINE's limit of ${max}`, `at most ${max} ${unit}`, value.length);
  }
}

/** Throws when one message breaks a checked limit. */
function validateMessage(message: unknown, argument: string): void {
  if (!message || typeof message !== 'object' || Array.isArray(message)) {
    throw new LineValidationError(argument, `expected a message object, got ${describe(message)}`);
  }
  const m = message as Record<string, unknown>;
  if (typeof m.type !== 'string' || m.type === '') {
    throw new LineValidationError(`${argument}.type`, 'a message needs a `type` (text, image, flex, ...)');
  }
  if (m.type === 'text') {
    if (typeof m.text !== 'string' || m.text === '') throw new LineValidationError(`${argument}.text`, 'a text message needs a non-empty `text`');
    checkLength(m.text, `${argument}.text`, LIMITS.text, 'UTF-16 code units');
  }
  if ('altText' in m) {
    if (typeof m.altText !== 'string' || m.altText === '') throw new LineValidationError(`${argument}.altText`, 'expected a non-empty string');
    checkLength(m.altText, `${argument}.altText`, LIMITS.altText, 'characters');
  }
  const items = (m.quickReply as { items?: unknown } | undefined)?.items;
  if (Array.isArray(items) && items.length > LIMITS.quickReplyItems) {
    throw new LineValidationError(`${argument}.quickReply.items`, `${items.length} items is over LINE's limit of ${LIMITS.quickReplyItems}`, `at most ${LIMITS.quickReplyItems} items`, items.length);
  }
  const template = m.template as { type?: unknown; columns?: unknown } | undefined;
  if (m.type === 'template' && template && Array.isArray(template.columns) && template.columns.length > LIMITS.carouselColumns) {
    throw new LineValidationError(`${argument}.template.columns`, `${template.columns.length} columns is over LINE's limit of ${LIMITS.carouselColumns}`, `at most ${LIMITS.carouselColumns} columns`, template.columns.length);
  }
  const contents = m.contents as { type?: unknown; contents?: unknown } | undefined;
  if (m.type === 'flex' && contents?.type === 'carousel' && Array.isArray(contents.contents) && contents.contents.length > LIMITS.flexCarouselBubbles) {
    throw new LineValidationError(`${argument}.contents.contents`, `${contents.contents.length} bubbles is over LINE's limit of ${LIMITS.flexCarouselBubbles}`, `at most ${LIMITS.flexCarouselBubbles} bubbles`, contents.contents.length);
  }
}

/** Throws unless `messages` is an array of 1 to 5 valid messages. */
export function validateMessages(messages: unknown, argument = 'messages'): void {
  if (!Array.isArray(messages)) throw new LineValidationError(argument, `expected an array of messages, got ${describe(messages)}`);
  if (messages.length === 0 || messages.length > LIMITS.messages) {
    throw new LineValidationError(argument, `${messages.length} messages given; LINE accepts 1 to ${LIMITS.messages} per request`, `1-${LIMITS.messages} messages`, messages.length);
  }
  messages.forEach((m, i) => validateMessage(m, `${argument}[${i}]`));
}

/**
 * Throws unless `to` is a non-empty array of non-empty strings, with at most `max` entries when given.
 * `noun` names the entries in messages (`user IDs` for recipients).
 */
export function validateRecipients(to: unknown, argument: string, max?: number, noun = 'user IDs'): asserts to is string[] {
  if (!Array.isArray(to)) throw new LineValidationError(argument, `expected an array of ${noun}, got ${describe(to)}`);
  if (to.length === 0) throw new LineValidationError(argument, `no ${noun} given`, `1 or more ${noun}`, 0);
  if (max !== undefined && to.length > max) {
    throw new LineValidationError(argument, `${to.length} ${noun} is over LINE's limit of ${max} per request`, `1-${max} ${noun}`, to.length);
  }
  // The argument's name (`to[123]`) is built only for an entry that fails: 100,000 recipients build none.
  for (let i = 0; i < to.length; i++) {
    const id: unknown = to[i];
    if (typeof id !== 'string' || id === '') requireString(id, `${argument}[${i}]`);
  }
}
