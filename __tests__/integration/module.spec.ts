/**
 * Integration: module channels: chat control, detach, bots paged with `next`, and module attach on the manager host. Against the dummy LINE platform over real HTTP.
 */
import { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, clientOf, requestsTo, uid, useDummyServer } from './helpers';

/** The module channels' bots the server lists (getModules). */
const BOTS = [901, 902, 903].map(uid);

let server: DummyLineServer;
let client: LineClient;
useDummyServer(
  (s, c) => ([server, client] = [s, c]),
  { moduleBots: BOTS.map((userId, i) => ({ userId, basicId: `@bot${i}`, displayName: `Bot ${i}` })) },
  (s) => clientOf(s, { channelId: s.channelId, channelSecret: s.channelSecret, managerOrigin: s.managerOrigin }),
);

describe('module channels', () => {
  it('acquireChatControl and releaseChatControl (module channels), detachModule, getModules paged with `next`', async () => {
    await expect(client.acquireChatControl(ALICE, { expired: false, ttl: 3600 })).resolves.toEqual({});
    await expect(client.releaseChatControl(ALICE)).resolves.toEqual({});
    await expect(client.detachModule({ botId: BOTS[0] })).resolves.toEqual({});
    const first = await client.getModules({ limit: 2 });
    expect(first.bots).toEqual([0, 1].map((i) => expect.objectContaining({ userId: BOTS[i], basicId: `@bot${i}` })));
    expect(await client.getModules({ start: first.next })).toEqual({ bots: [expect.objectContaining({ userId: BOTS[2], basicId: '@bot2' })] });
    expect(requestsTo(server, 'POST', `/v2/bot/chat/${ALICE}/control/acquire`)[0].body).toEqual({ expired: false, ttl: 3600 });
  });

  it('attachModule authenticates with the channel id and secret on the manager host', async () => {
    const res = await client.attachModule({ code: 'auth-code', redirectUri: 'https://example.com/callback' });
    expect(res).toEqual({ bot_id: expect.stringMatching(/^U/), scopes: ['message:send', 'message:receive'] });
    const [req] = requestsTo(server, 'POST', '/module/auth/v1/token');
    expect(req.host).toBe('manager');
    expect(req.headers.authorization).toBe(`Basic ${Buffer.from(`${server.channelId}:${server.channelSecret}`).toString('base64')}`);
    const wrong = new LineClient({ channelId: server.channelId, channelSecret: 'wrong', origin: server.origin, managerOrigin: server.managerOrigin, retry: false });
    await expect(wrong.attachModule({ code: 'auth-code', redirectUri: 'https://example.com/callback' })).rejects.toMatchObject({ status: 401 });
  });
});
