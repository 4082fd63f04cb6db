/**
 * What carries a client's calls by default, and its axios instances (Node.js build). The web twin carrier.web.ts
 * sends with fetch and has no axios instances.
 *
 * @internal
 */
import type http from 'node:http';
import type https from 'node:https';

import type { Sender } from '../http/sender';
import { createNodeSender } from '../http/senders/node';

export { createAxios, createAxiosSender } from '../http/senders/axios';

/** The default sender: node:http / node:https with keep-alive agents. */
export function defaultSender(agents: { httpAgent?: http.Agent; httpsAgent?: https.Agent }): Sender {
  return createNodeSender(agents);
}
