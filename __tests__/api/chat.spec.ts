/**
 * The chat domain (groups and rooms: summary, members, leave): every LineClient method on the wire (host, method,
 * path, query, headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { intercept, makeClient } from '../support/interceptAt';
import { describeWire, type WireCase } from '../support/wire';

const cases: WireCase[] = [
  { name: 'getGroupMemberProfile', call: (c) => c.getGroupMemberProfile('G1', 'U1'), method: 'GET', path: '/v2/bot/group/G1/member/U1', reply: { body: { displayName: 'A', userId: 'U1' } }, result: { displayName: 'A', userId: 'U1' } },
  { name: 'getRoomMemberProfile', call: (c) => c.getRoomMemberProfile('R1', 'U1'), method: 'GET', path: '/v2/bot/room/R1/member/U1', reply: { body: { displayName: 'A', userId: 'U1' } }, result: { displayName: 'A', userId: 'U1' } },
  { name: 'getGroupSummary', call: (c) => c.getGroupSummary('G1'), method: 'GET', path: '/v2/bot/group/G1/summary', reply: { body: { groupId: 'G1', groupName: 'g' } }, result: { groupId: 'G1', groupName: 'g' } },
  { name: 'getGroupMembersCount', call: (c) => c.getGroupMembersCount('G1'), method: 'GET', path: '/v2/bot/group/G1/members/count', reply: { body: { count: 7 } }, result: 7 },
  { name: 'getGroupMemberIds', call: (c) => c.getGroupMemberIds('G1'), method: 'GET', path: '/v2/bot/group/G1/members/ids', reply: { body: { memberIds: ['U1'], next: 'n1' } }, result: { memberIds: ['U1'], next: 'n1' } },
  { name: 'getGroupMemberIds(start)', call: (c) => c.getGroupMemberIds('G1', 'n/1'), method: 'GET', path: '/v2/bot/group/G1/members/ids', query: { start: 'n/1' }, reply: { body: { memberIds: ['U2'] } }, result: { memberIds: ['U2'] } },
  { name: 'getRoomMembersCount', call: (c) => c.getRoomMembersCount('R1'), method: 'GET', path: '/v2/bot/room/R1/members/count', reply: { body: { count: 3 } }, result: 3 },
  { name: 'getRoomMemberIds', call: (c) => c.getRoomMemberIds('R1', 'n2'), method: 'GET', path: '/v2/bot/room/R1/members/ids', query: { start: 'n2' }, reply: { body: { memberIds: ['U3'] } }, result: { memberIds: ['U3'] } },
  { name: 'leaveGroup', call: (c) => c.leaveGroup('G1'), method: 'POST', path: '/v2/bot/group/G1/leave', result: {} },
  { name: 'leaveRoom', call: (c) => c.leaveRoom('R1'), method: 'POST', path: '/v2/bot/room/R1/leave', result: {} },
];

describeWire('chat on the wire', cases);

describe('pagination', () => {
  it('getAllGroupMemberIds follows next until the last page', async () => {
    const first = intercept('GET', 'api', '/v2/bot/group/G1/members/ids', { body: { memberIds: ['U1', 'U2'], next: 'p2' } });
    const second = intercept('GET', 'api', '/v2/bot/group/G1/members/ids', { body: { memberIds: ['U3'] } });
    await expect(makeClient().getAllGroupMemberIds('G1')).resolves.toEqual(['U1', 'U2', 'U3']);
    expect(first[0].query).toEqual({});
    expect(second[0].query).toEqual({ start: 'p2' });
  });

  it('getAllRoomMemberIds follows next until the last page', async () => {
    intercept('GET', 'api', '/v2/bot/room/R1/members/ids', { body: { memberIds: ['U1'], next: 'p2' } });
    const second = intercept('GET', 'api', '/v2/bot/room/R1/members/ids', { body: { memberIds: ['U2'] } });
    await expect(makeClient().getAllRoomMemberIds('R1')).resolves.toEqual(['U1', 'U2']);
    expect(second[0].query).toEqual({ start: 'p2' });
  });
});
