// Internal: separates the options a helper receives into message-level keys (spread into the message
// object) and send-level keys (which belong to the HTTP request and never go inside a message).

/**
 * Keys of a helper's options object that configure the request rather than the message.
 *
 * @internal
 */
export const SEND_OPTION_KEYS = ['notificationDisabled', 'customAggregationUnits', 'retryKey', 'timeout', 'signal'] as const;

/**
 * One of {@link SEND_OPTION_KEYS}.
 *
 * @internal
 */
export type SendOptionKey = (typeof SEND_OPTION_KEYS)[number];

/**
 * The message-level part of an options object: every key except the send-level ones.
 *
 * @internal
 */
export type MessageLevelOptions<O> = Omit<O, SendOptionKey>;

/**
 * The send-level part of an options object.
 *
 * @internal
 */
export type SendLevelOptions<O> = Pick<O, Extract<keyof O, SendOptionKey>>;

const SEND_KEYS: ReadonlySet<string> = new Set<string>(SEND_OPTION_KEYS);

/**
 * Splits a helper's options into message-level and send-level keys. The input is not modified; both results
 * are fresh objects.
 *
 * @internal
 * @param options - The options passed to a helper; `undefined` or `null` gives two empty objects.
 * @returns `[messageOptions, sendOptions]`.
 */
export function splitSendOptions<O extends object>(
  options: O | undefined,
): [messageOptions: MessageLevelOptions<O>, sendOptions: SendLevelOptions<O>] {
  const messageOptions: Record<string, unknown> = {};
  const sendOptions: Record<string, unknown> = {};
  if (options != null) {
    const source = options as Record<string, unknown>;
    const keys = Object.keys(source);
    for (let i = 0; i < keys.length; i += 1) {
      const key = keys[i];
      if (SEND_KEYS.has(key)) sendOptions[key] = source[key];
      else messageOptions[key] = source[key];
    }
  }
  return [messageOptions as MessageLevelOptions<O>, sendOptions as SendLevelOptions<O>];
}
