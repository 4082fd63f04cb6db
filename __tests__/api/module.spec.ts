/**
 * The module domain (module channels: detach, chat control, bots): every LineClient method on the wire (host, method,
 * path, query, headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { describeRows, type OperationRow } from '../support/wire';

const rows: OperationRow[] = [
  {
    name: 'detachModule',
    call: (c) => c.detachModule({ botId: 'U45c' }),
    method: 'POST',
    path: '/v2/bot/channel/detach',
    body: { botId: 'U45c' },
    reply: '',
    result: {},
  },
  {
    name: 'acquireChatControl',
    call: (c) => c.acquireChatControl('U1', { expired: true, ttl: 3600 }),
    method: 'POST',
    path: '/v2/bot/chat/U1/control/acquire',
    body: { expired: true, ttl: 3600 },
    reply: '',
    result: {},
  },
  {
    name: 'acquireChatControl without options',
    call: (c) => c.acquireChatControl('U1'),
    method: 'POST',
    path: '/v2/bot/chat/U1/control/acquire',
    body: {},
    reply: '',
    result: {},
  },
  {
    name: 'releaseChatControl',
    call: (c) => c.releaseChatControl('U1'),
    method: 'POST',
    path: '/v2/bot/chat/U1/control/release',
    reply: '',
    result: {},
  },
  {
    name: 'getModules',
    call: (c) => c.getModules({ start: 's', limit: 50 }),
    method: 'GET',
    path: '/v2/bot/list',
    query: { start: 's', limit: '50' },
    reply: { bots: [{ userId: 'U1', basicId: '@1', displayName: 'Bot' }], next: 'n' },
    result: { bots: [{ userId: 'U1', basicId: '@1', displayName: 'Bot' }], next: 'n' },
  },
];

describeRows('module: exact wire and shaped result', rows);
