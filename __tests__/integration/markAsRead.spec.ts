/**
 * Integration: the loading animation and marking messages as read. Against the dummy LINE platform over real HTTP.
 */
import { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, clientOf, uid, useDummyServer } from './helpers';

/** The module channels' bots the server lists (getModules). */
const BOTS = [901, 902, 903].map(uid);

let server: DummyLineServer;
let client: LineClient;
useDummyServer(
  (s, c) => ([server, client] = [s, c]),
  {
    memberships: [{ membershipId: 7, title: 'Basic', price: 500, memberIds: { count: 450, prefix: 'Ua' } }],
    aggregationUnits: ['spring_sale'],
    moduleBots: BOTS.map((userId, i) => ({ userId, basicId: `@bot${i}`, displayName: `Bot ${i}` })),
  },
  (s) => clientOf(s, { channelId: s.channelId, channelSecret: s.channelSecret, managerOrigin: s.managerOrigin }),
);

describe('loading animation and mark as read', () => {
  it('showLoadingAnimation, markMessagesAsRead, markMessagesAsReadByToken send what LINE expects', async () => {
    await expect(client.showLoadingAnimation(ALICE, { loadingSeconds: 10 })).resolves.toEqual({});
    await expect(client.showLoadingAnimation(ALICE)).resolves.toEqual({});
    await expect(client.markMessagesAsRead(ALICE)).resolves.toEqual({});
    await expect(client.markMessagesAsReadByToken('mark-token')).resolves.toEqual({});
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.body])).toEqual([
      ['POST', '/v2/bot/chat/loading/start', 202, { chatId: ALICE, loadingSeconds: 10 }],
      ['POST', '/v2/bot/chat/loading/start', 202, { chatId: ALICE }],
      ['POST', '/v2/bot/message/markAsRead', 200, { chat: { userId: ALICE } }],
      ['POST', '/v2/bot/chat/markAsRead', 200, { markAsReadToken: 'mark-token' }],
    ]);
  });
});
