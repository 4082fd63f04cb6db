/**
 * Integration: marking messages as read. Against the dummy LINE platform over real HTTP.
 */
import { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, clientOf, useDummyServer } from './helpers';


let server: DummyLineServer;
let client: LineClient;
useDummyServer(
  (s, c) => ([server, client] = [s, c]),
  {},
  (s) => clientOf(s, { channelId: s.channelId, channelSecret: s.channelSecret, managerOrigin: s.managerOrigin }),
);

describe('mark as read', () => {
  it('markMessagesAsRead, markMessagesAsReadByToken send what LINE expects', async () => {
    await expect(client.markMessagesAsRead(ALICE)).resolves.toEqual({});
    await expect(client.markMessagesAsReadByToken('mark-token')).resolves.toEqual({});
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.body])).toEqual([
      ['POST', '/v2/bot/message/markAsRead', 200, { chat: { userId: ALICE } }],
      ['POST', '/v2/bot/chat/markAsRead', 200, { markAsReadToken: 'mark-token' }],
    ]);
  });
});
