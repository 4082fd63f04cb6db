/**
 * Integration: quota and sent-message counts (message domain) with the deliveries, followers and demographics they
 * feed; rich menu insight; message event statistics. Against the dummy LINE platform over real HTTP.
 */
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, lineToday, RICH_MENU, useDummyServer } from './helpers';
import { LineClient } from '../../src';

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

describe('rich menu insight', () => {
  it('getRichMenuInsightSummary and getRichMenuInsightDaily answer for a known menu, 404 otherwise', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    expect(await client.getRichMenuInsightSummary(richMenuId, '20250101', '20250131')).toEqual({ richMenuId });
    expect(await client.getRichMenuInsightDaily(richMenuId, '20250101', '20250131')).toEqual({ richMenuId });
    await expect(client.getRichMenuInsightSummary('richmenu-00000000000000000000000000000000', '20250101', '20250131')).rejects.toMatchObject({ status: 404 });
  });
});

describe('message statistics', () => {
  it('getMessageEvent answers for a broadcast or narrowcast request id, 404 for an unknown one', async () => {
    const { requestId } = await client.broadcastText('stats');
    const event = await client.getMessageEvent(requestId ?? '');
    expect(event.overview).toMatchObject({ requestId, delivered: 3 });
    const narrowcast = (await client.narrowcast([{ type: 'text', text: 'stats' }])).requestId ?? '';
    expect(await client.getMessageEvent(narrowcast)).toMatchObject({ overview: { requestId: narrowcast }, clicks: [] });
    await expect(client.getMessageEvent('unknown')).rejects.toMatchObject({ status: 404 });
  });
});
