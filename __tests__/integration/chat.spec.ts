/**
 * Integration: groups and rooms: summary, member counts, member ids paged with `next`, member profiles, leave.
 * Against the dummy LINE platform over real HTTP.
 */
import { LineApiError } from '../../src';
import type { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, requestsTo, uid, useDummyServer } from './helpers';

// Group and room ids as LINE makes them: C or R + 32 lowercase hex digits.
const BIG_GROUP = `C${'b'.repeat(32)}`;
const GROUP = `C${'a'.repeat(32)}`;
const ROOM = `R${'a'.repeat(32)}`;
const BIG_ROOM = `R${'b'.repeat(32)}`;
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
});

describe('profiles, groups and rooms', () => {
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
