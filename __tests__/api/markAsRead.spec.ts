/**
 * The markAsRead domain (marking messages as read): every LineClient method on the wire (host, method, path, query,
 * headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { describeRows, type OperationRow } from '../support/wire';

const rows: OperationRow[] = [
  {
    name: 'markMessagesAsReadByToken',
    call: (c) => c.markMessagesAsReadByToken('nz0x74'),
    method: 'POST',
    path: '/v2/bot/chat/markAsRead',
    body: { markAsReadToken: 'nz0x74' },
    reply: {},
    result: {},
  },
];

describeRows('markAsRead: exact wire and shaped result', rows);
