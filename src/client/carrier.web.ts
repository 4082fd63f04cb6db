/**
 * The web twin of carrier.ts, swapped in by the web build: calls go through `fetch`, and `client.axios` (which
 * needs axios's Node.js adapter) says why it is not there.
 *
 * @internal
 */
import type { AxiosInstance } from 'axios';

import { LineError } from '../errors';
import type { Sender } from '../http/sender';
import { createFetchSender } from '../http/senders/fetch';

/** The default sender of the web build: `globalThis.fetch`. */
export function defaultSender(_agents: unknown): Sender {
  return createFetchSender();
}

/** `client.axios` & co. are not part of the web build. */
export function createAxios(_setup: unknown): AxiosInstance {
  throw new LineError(
    'client.axios, client.dataAxios and client.managerAxios are not available in the web build of messaging-api-line (axios needs Node.js): ' +
      'use the `fetch` option of the client config to wrap or instrument requests.',
  );
}

/** Never reached (createAxios throws first). */
export function createAxiosSender(_instance: AxiosInstance): Sender {
  return createFetchSender();
}
