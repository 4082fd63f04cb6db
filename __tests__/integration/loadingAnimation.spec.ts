/**
 * Integration: the loading animation. Against the dummy LINE platform over real HTTP.
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

describe('loading animation', () => {
  it('showLoadingAnimation sends what LINE expects', async () => {
    await expect(client.showLoadingAnimation(ALICE, { loadingSeconds: 10 })).resolves.toEqual({});
    await expect(client.showLoadingAnimation(ALICE)).resolves.toEqual({});
    expect(server.requests.map((r) => [r.method, r.path, r.status, r.body])).toEqual([
      ['POST', '/v2/bot/chat/loading/start', 202, { chatId: ALICE, loadingSeconds: 10 }],
      ['POST', '/v2/bot/chat/loading/start', 202, { chatId: ALICE }],
    ]);
  });
});
