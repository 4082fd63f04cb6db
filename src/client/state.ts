/**
 * A client's internal state, kept in a WeakMap out of the instance so that no secret is ever an own property.
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { LineError } from '../errors';
import type { TransportSettings } from '../http/transport';

/** Where a client's managed channel access token comes from. */
export interface TokenSource {
  /** The token held, if valid (no request). */
  readonly current: string | undefined;
  /** Resolves a valid token, issuing one when needed. */
  get(): Promise<string>;
  /** Drops a token LINE rejected (401) so that the next `get` renews it. */
  invalidate(token: string | undefined): void | Promise<void>;
}

/** Internal state of a client, kept out of the instance so that no secret is ever an own property. */
export interface ClientState {
  /** The configured token ('' when tokens are issued automatically, or for the static token methods). */
  accessToken: string;
  channelId?: string;
  channelSecret?: string;
  /**
   * Set when the client issues its own tokens (`{ channelId, channelSecret }` or `{ channelId, assertionKey }`
   * without `accessToken`): a TokenManager (one process) or a SharedChannelToken (with `store`).
   */
  tokens?: TokenSource;
  settings: TransportSettings;
  call?: LineTypes.RequestOptions;
  multicastConcurrency: number;
}

export const STATE = new WeakMap<object, ClientState>();

export function stateOf(client: object): ClientState {
  const state = STATE.get(client);
  if (!state) throw new LineError('LineClient: this object is not a LineClient (construct it with `new LineClient({ accessToken })`).');
  return state;
}

/** A view of `client` (same prototype chain, same connections) whose calls use the given per-call options. */
export function withCall<C extends object>(client: C, options: LineTypes.RequestOptions): C {
  const state = stateOf(client);
  const view = Object.create(client) as C;
  STATE.set(view, { ...state, call: { ...state.call, ...options } });
  return view;
}
