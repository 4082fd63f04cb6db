/**
 * Integration: bot info, webhook endpoint, account link, profiles, groups and rooms (member ids paged with `next`),
 * message content, LIFF apps, quota and insight. Against the dummy LINE platform over real HTTP.
 */
import { Readable } from 'node:stream';
import { LineApiError } from '../../src';
import type { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, lineToday, requestsTo, useDummyServer, uid } from './helpers';

// Group and room ids as LINE makes them: C or R + 32 lowercase hex digits.
const BIG_GROUP = `C${'b'.repeat(32)}`;
const GROUP = `C${'a'.repeat(32)}`;
const ROOM = `R${'a'.repeat(32)}`;
const BIG_ROOM = `R${'b'.repeat(32)}`;
const CONTENT = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) & 0xff));

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]), {
  groups: [
    { groupId: GROUP, groupName: 'Friends', pictureUrl: 'https://example.com/g.png', memberIds: [ALICE, BOB] },
    { groupId: BIG_GROUP, memberIds: { count: 250, prefix: 'Ub' } },
  ],
  rooms: [
    { roomId: ROOM, memberIds: [ALICE, CAROL] },
    { roomId: BIG_ROOM, memberIds: Array.from({ length: 120 }, (_, i) => uid(500 + i)) },
  ],
  messageContent: { '1001': CONTENT, '1002': { size: 300_000, byte: 9, contentType: 'video/mp4' } },
  demographic: { available: true, genders: [{ gender: 'female', percentage: 60 }] },
  quota: { type: 'limited', value: 1000 },
  totalUsage: 10,
});

describe('bot and webhook endpoint', () => {
  it('getBotInfo answers the bot', async () => {
    await expect(client.getBotInfo()).resolves.toMatchObject({ userId: expect.stringMatching(/^U/), displayName: expect.any(String), chatMode: 'bot' });
  });

  it('setWebhookEndpointUrl, getWebhookEndpointInfo and testWebhookEndpoint', async () => {
    expect(await client.getWebhookEndpointInfo()).toEqual({ endpoint: '', active: false });
    await expect(client.testWebhookEndpoint()).rejects.toMatchObject({ status: 400 }); // no endpoint set yet
    await client.setWebhookEndpointUrl('https://bot.example.com/webhook');
    expect(await client.getWebhookEndpointInfo()).toMatchObject({ endpoint: 'https://bot.example.com/webhook' });
    expect(await client.testWebhookEndpoint()).toMatchObject({ success: true, statusCode: 200 });
    expect(await client.testWebhookEndpoint('https://other.example.com/hook')).toMatchObject({ success: true });
    expect(requestsTo(server, 'POST', '/v2/bot/channel/webhook/test').at(-1)?.body).toEqual({ endpoint: 'https://other.example.com/hook' });
    // LINE wants https
    await expect(client.setWebhookEndpointUrl('http://insecure.example.com')).rejects.toMatchObject({ status: 400 });
  });
});

describe('account link', () => {
  it('getLinkToken resolves the token string; the legacy issueLinkToken resolves { linkToken }', async () => {
    const token = await client.getLinkToken(ALICE);
    expect(typeof token).toBe('string');
    expect(token.length).toBeGreaterThan(0);
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const legacy = await client.issueLinkToken(ALICE);
      expect(legacy.linkToken).toMatch(/\S/);
      expect(legacy.linkToken).not.toBe(token);
    } finally {
      warn.mockRestore();
    }
  });
});

describe('profiles, groups and rooms', () => {
  it('getUserProfile answers the seeded profile, and null for an unknown user (1.1.0 rule for 404)', async () => {
    expect(await client.getUserProfile(ALICE)).toEqual({
      userId: ALICE,
      displayName: 'Alice',
      pictureUrl: 'https://example.com/alice.png',
      statusMessage: 'hi',
      language: 'en',
    });
    expect(await client.getUserProfile(uid(999))).toBeNull();
  });

  it('group summary, count, member profile; a non-member is a 404 error (no null rule there)', async () => {
    expect(await client.getGroupSummary(GROUP)).toMatchObject({ groupId: GROUP, groupName: 'Friends', pictureUrl: 'https://example.com/g.png' });
    expect(await client.getGroupMembersCount(GROUP)).toBe(2);
    expect(await client.getGroupMemberProfile(GROUP, BOB)).toMatchObject({ userId: BOB, displayName: 'Bob' });
    const err = await client.getGroupMemberProfile(GROUP, CAROL).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineApiError);
    expect((err as LineApiError).status).toBe(404);
  });

  it('group member ids come in pages of 100 linked by `next`; iterate and getAll walk every page', async () => {
    const first = await client.getGroupMemberIds(BIG_GROUP);
    expect(first.memberIds).toHaveLength(100);
    expect(first.next).toEqual(expect.any(String));
    const second = await client.getGroupMemberIds(BIG_GROUP, first.next);
    expect(second.memberIds[0]).not.toBe(first.memberIds[0]);
    const third = await client.getGroupMemberIds(BIG_GROUP, second.next);
    expect(third.memberIds).toHaveLength(50);
    expect(third.next).toBeUndefined();

    const iterated: string[] = [];
    for await (const id of client.iterateGroupMemberIds(BIG_GROUP)) iterated.push(id);
    const all = await client.getAllGroupMemberIds(BIG_GROUP);
    expect(iterated).toEqual(all);
    expect(all).toHaveLength(250);
    expect(new Set(all).size).toBe(250);
    expect(all).toEqual([...first.memberIds, ...second.memberIds, ...third.memberIds]);
    expect(requestsTo(server, 'GET', `/v2/bot/group/${BIG_GROUP}/members/ids`).map((r) => r.query.start ?? null)).toEqual([
      null,
      first.next,
      second.next,
      ...[null, first.next, second.next],
      ...[null, first.next, second.next],
    ]);
  });

  it('room count, member profile and member ids (paged, iterated, all)', async () => {
    expect(await client.getRoomMembersCount(ROOM)).toBe(2);
    expect(await client.getRoomMemberProfile(ROOM, CAROL)).toMatchObject({ userId: CAROL, displayName: 'Carol' });
    expect(await client.getRoomMemberIds(ROOM)).toEqual({ memberIds: [ALICE, CAROL] });
    const page = await client.getRoomMemberIds(BIG_ROOM);
    expect(page.memberIds).toHaveLength(100);
    expect((await client.getRoomMemberIds(BIG_ROOM, page.next)).memberIds).toHaveLength(20);
    const iterated: string[] = [];
    for await (const id of client.iterateRoomMemberIds(BIG_ROOM)) iterated.push(id);
    expect(iterated).toEqual(Array.from({ length: 120 }, (_, i) => uid(500 + i)));
    expect(await client.getAllRoomMemberIds(BIG_ROOM)).toEqual(iterated);
  });

  it('leaveGroup and leaveRoom: the bot is gone, and the chat answers 404 afterwards', async () => {
    await client.leaveGroup(GROUP);
    await client.leaveRoom(ROOM);
    await expect(client.getGroupMembersCount(GROUP)).rejects.toMatchObject({ status: 404 });
    await expect(client.getRoomMembersCount(ROOM)).rejects.toMatchObject({ status: 404 });
    await expect(client.leaveGroup(GROUP)).rejects.toMatchObject({ status: 404 });
  });
});

describe('message content (data host)', () => {
  it('getMessageContent, getMessageContentStream and the legacy retrieveMessageContent give the seeded bytes', async () => {
    expect((await client.getMessageContent('1001')).equals(CONTENT)).toBe(true);
    const stream = await client.getMessageContentStream('1002');
    expect(stream).toBeInstanceOf(Readable);
    let size = 0;
    for await (const piece of stream) {
      const buf = piece as Buffer;
      expect(buf.every((b) => b === 9)).toBe(true);
      size += buf.length;
    }
    expect(size).toBe(300_000);
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect((await client.retrieveMessageContent('1001')).equals(CONTENT)).toBe(true);
    } finally {
      warn.mockRestore();
    }
    expect(server.requests.every((r) => r.host === 'data')).toBe(true);
    await expect(client.getMessageContent('404404')).rejects.toMatchObject({ status: 404 });
  });
});

describe('LIFF', () => {
  it('create, list, update, delete; the list of none answers 404 as LINE does', async () => {
    await expect(client.getLiffAppList()).rejects.toMatchObject({ status: 404 });
    const { liffId } = await client.createLiffApp({ view: { type: 'full', url: 'https://example.com/liff' }, description: 'shop' });
    expect(await client.getLiffAppList()).toEqual([{ liffId, view: { type: 'full', url: 'https://example.com/liff' }, description: 'shop' }]);
    await client.updateLiffApp(liffId, { view: { type: 'tall', url: 'https://example.com/liff2' } });
    expect((await client.getLiffAppList())[0].view).toEqual({ type: 'tall', url: 'https://example.com/liff2' });
    await client.deleteLiffApp(liffId);
    await expect(client.getLiffAppList()).rejects.toMatchObject({ status: 404 });
    await expect(client.deleteLiffApp(liffId)).rejects.toMatchObject({ status: 404 });
  });
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
