/**
 * The body of every generated send helper (`replyText`, `pushFlex`, ...): builds one message with its `Line` factory,
 * as described by the message-kind table (messageKinds.json, the same table scripts/gen-client.js reads), and sends it
 * with the client's own `reply`/`push`/`multicast`/`broadcast`, so that spies on those see helper calls (as in 1.1.0).
 *
 * @internal
 */
import * as Line from '../Line';
import type * as LineTypes from '../LineTypes';
import { splitSendOptions } from '../messageOptions';
import type { ApiClient } from './context';
import { settle } from './core';
import table from './messageKinds.json';

/** A send verb of the helpers. */
export type Verb = 'reply' | 'push' | 'multicast' | 'broadcast';

interface KindRow {
  name: string;
  factory?: string;
  params?: readonly unknown[];
  legacy?: readonly unknown[];
  aliasOf?: string;
}

/** Per kind: its factory, where the options argument sits, and whether a legacy positional form exists. */
const KINDS = new Map(
  (table.kinds as readonly KindRow[])
    .filter((k) => k.factory && k.params)
    .map((k) => [k.name, { build: (Line as unknown as Record<string, (...a: unknown[]) => LineTypes.Message>)[k.factory as string], optionsAt: (k.params as unknown[]).length, legacy: Boolean(k.legacy) }]),
);

/**
 * Builds one message with a `Line` factory and sends it with `verb` (the body of every generated helper). A
 * factory's validation error rejects the helper's promise (it is never thrown synchronously).
 */
export function sendOne<R>(client: ApiClient, verb: Verb, target: string | string[] | undefined, kind: string, args: unknown[]): Promise<R> {
  return settle(() => sendBuilt<R>(client, verb, target, kind, args));
}

function sendBuilt<R>(client: ApiClient, verb: Verb, target: string | string[] | undefined, kind: string, args: unknown[]): Promise<R> {
  const entry = KINDS.get(kind);
  if (!entry) throw new TypeError(`unknown message kind ${kind}`);
  const { build, optionsAt } = entry;
  const at = entry.legacy && typeof args[0] === 'string' ? optionsAt + 1 : optionsAt;
  const [messageOptions, sendOptions] = splitSendOptions(args[at] as object | undefined);
  const factoryArgs = args.slice(0, at);
  factoryArgs[at] = messageOptions;
  const message = build(...factoryArgs);
  // Through the public core methods, so that spies on `client.reply` & co. see helper calls too (as in 1.1.0).
  const sent =
    verb === 'reply'
      ? client.reply(target as string, [message], sendOptions)
      : verb === 'push'
        ? client.push(target as string, [message], sendOptions)
        : verb === 'multicast'
          ? client.multicast(target as string[], [message], sendOptions)
          : client.broadcast([message], sendOptions);
  return sent as Promise<unknown> as Promise<R>;
}
