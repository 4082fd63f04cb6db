/**
 * Integration: quota and sent-message counts (message domain) with the deliveries, followers and demographics they
 * feed. Against the dummy LINE platform over real HTTP.
 */
import type { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, lineToday, useDummyServer } from './helpers';

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]), {
  demographic: { available: true, genders: [{ gender: 'female', percentage: 60 }] },
  quota: { type: 'limited', value: 1000 },
  totalUsage: 10,
});

describe('quota and insight', () => {
  it('quota and consumption follow the sends', async () => {
    expect(await client.getTargetLimitForAdditionalMessages()).toEqual({ type: 'limited', value: 1000 });
    expect(await client.getNumberOfMessagesSentThisMonth()).toEqual({ totalUsage: 10 });
    await client.multicastText([ALICE, BOB, CAROL], 'x');
    expect(await client.getNumberOfMessagesSentThisMonth()).toEqual({ totalUsage: 13 });
  });

  it('sent-message counts per kind and date, deliveries, followers, demographics', async () => {
    await client.replyText(server.issueReplyToken(ALICE), 'r');
    await client.pushText(ALICE, 'p');
    await client.pushText(BOB, 'p');
    await client.multicastText([ALICE, BOB, CAROL], 'm');
    await client.broadcastText('b');
    const today = lineToday();
    expect(await client.getNumberOfSentReplyMessages(today)).toEqual({ status: 'ready', success: 1 });
    expect(await client.getNumberOfSentPushMessages(today)).toEqual({ status: 'ready', success: 2 });
    expect(await client.getNumberOfSentMulticastMessages(today)).toEqual({ status: 'ready', success: 3 });
    expect(await client.getNumberOfSentBroadcastMessages(today)).toEqual({ status: 'ready', success: 3 });
    expect(await client.getNumberOfSentPushMessages('20991231')).toEqual({ status: 'unready' });
    expect(await client.getNumberOfMessageDeliveries(today)).toMatchObject({ status: 'ready', apiReply: 1, apiPush: 2, apiMulticast: 3, apiBroadcast: 3 });
    expect(await client.getNumberOfFollowers(today)).toMatchObject({ status: 'ready', followers: 3 });
    expect(await client.getFriendDemographics()).toEqual({ available: true, genders: [{ gender: 'female', percentage: 60 }] });
    await expect(client.getNumberOfFollowers('2024-01-01')).rejects.toMatchObject({ status: 400 });
  });
});
