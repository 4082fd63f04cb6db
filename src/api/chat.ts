/**
 * Chat: groups and rooms (summary, member counts, member IDs and profiles, leaving).
 *
 * Every exported function takes the client first and is a method of {@link LineClient} (through the generated
 * base class, src/client/LineClientApi.ts).
 *
 * @internal
 */
import type * as LineTypes from '../LineTypes';
import { path } from '../http/transport';
import type { ApiClient } from '../client/context';
import { json } from '../client/core';
import { collect, paginate } from '../client/pager';

/**
 * Gets the profile of a group member. Calls `GET /v2/bot/group/{groupId}/member/{userId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-profile | Get group chat member profile}
 * @param groupId - ID of the group
 * @param userId - ID of the member
 * @returns the member's profile
 * @group Group
 */
export async function getGroupMemberProfile(client: ApiClient, groupId: string, userId: string): Promise<LineTypes.User> {
  return json(client, { method: 'GET', path: path('/v2/bot/group/{groupId}/member/{userId}', { groupId, userId }) });
}

/**
 * Gets the profile of a room member. Calls `GET /v2/bot/room/{roomId}/member/{userId}`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-room-member-profile | Get multi-person chat member profile}
 * @param roomId - ID of the room
 * @param userId - ID of the member
 * @returns the member's profile
 * @group Room
 */
export async function getRoomMemberProfile(client: ApiClient, roomId: string, userId: string): Promise<LineTypes.User> {
  return json(client, { method: 'GET', path: path('/v2/bot/room/{roomId}/member/{userId}', { roomId, userId }) });
}

/**
 * Gets a group's name and picture. Calls `GET /v2/bot/group/{groupId}/summary`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-summary | Get group chat summary}
 * @param groupId - ID of the group
 * @returns `{ groupId, groupName, pictureUrl? }`
 * @group Group
 */
export async function getGroupSummary(client: ApiClient, groupId: string): Promise<LineTypes.Group> {
  return json(client, { method: 'GET', path: path('/v2/bot/group/{groupId}/summary', { groupId }) });
}

/**
 * Counts the members of a group. Calls `GET /v2/bot/group/{groupId}/members/count`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-members-group-count | Get number of users in a group chat}
 * @param groupId - ID of the group
 * @returns the number of members
 * @group Group
 */
export async function getGroupMembersCount(client: ApiClient, groupId: string): Promise<number> {
  return (await json<{ count: number }>(client, { method: 'GET', path: path('/v2/bot/group/{groupId}/members/count', { groupId }) })).count;
}

/**
 * Gets one page of a group's member IDs. Calls `GET /v2/bot/group/{groupId}/members/ids`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-group-member-user-ids | Get group chat member user IDs}
 * @param groupId - ID of the group
 * @param start - the `next` token of the previous page
 * @returns `{ memberIds, next? }`
 * @group Group
 */
export async function getGroupMemberIds(client: ApiClient, groupId: string, start?: string): Promise<LineTypes.MemberIdsResponse> {
  return json(client, { method: 'GET', path: path('/v2/bot/group/{groupId}/members/ids', { groupId }), ...(start ? { query: { start } } : {}) });
}

/**
 * Iterates over every member ID of a group, one page at a time (memory stays flat).
 *
 * @example `for await (const id of client.iterateGroupMemberIds(groupId)) { ... }`
 * @param groupId - ID of the group
 * @returns an async iterator of user IDs
 * @group Group
 */
export async function* iterateGroupMemberIds(client: ApiClient, groupId: string): AsyncGenerator<string, void, undefined> {
  yield* paginate<string, string>(undefined, async (start) => {
    const page = await getGroupMemberIds(client, groupId, start);
    return { items: page.memberIds, next: page.next };
  });
}

/**
 * Gets every member ID of a group, following `next` until the last page.
 *
 * @param groupId - ID of the group
 * @returns all member IDs
 * @group Group
 */
export async function getAllGroupMemberIds(client: ApiClient, groupId: string): Promise<string[]> {
  return collect(iterateGroupMemberIds(client, groupId));
}

/**
 * Counts the members of a room. Calls `GET /v2/bot/room/{roomId}/members/count`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-members-room-count | Get number of users in a multi-person chat}
 * @param roomId - ID of the room
 * @returns the number of members
 * @group Room
 */
export async function getRoomMembersCount(client: ApiClient, roomId: string): Promise<number> {
  return (await json<{ count: number }>(client, { method: 'GET', path: path('/v2/bot/room/{roomId}/members/count', { roomId }) })).count;
}

/**
 * Gets one page of a room's member IDs. Calls `GET /v2/bot/room/{roomId}/members/ids`.
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#get-room-member-user-ids | Get multi-person chat member user IDs}
 * @param roomId - ID of the room
 * @param start - the `next` token of the previous page
 * @returns `{ memberIds, next? }`
 * @group Room
 */
export async function getRoomMemberIds(client: ApiClient, roomId: string, start?: string): Promise<LineTypes.MemberIdsResponse> {
  return json(client, { method: 'GET', path: path('/v2/bot/room/{roomId}/members/ids', { roomId }), ...(start ? { query: { start } } : {}) });
}

/**
 * Iterates over every member ID of a room, one page at a time.
 *
 * @param roomId - ID of the room
 * @returns an async iterator of user IDs
 * @group Room
 */
export async function* iterateRoomMemberIds(client: ApiClient, roomId: string): AsyncGenerator<string, void, undefined> {
  yield* paginate<string, string>(undefined, async (start) => {
    const page = await getRoomMemberIds(client, roomId, start);
    return { items: page.memberIds, next: page.next };
  });
}

/**
 * Gets every member ID of a room, following `next` until the last page.
 *
 * @param roomId - ID of the room
 * @returns all member IDs
 * @group Room
 */
export async function getAllRoomMemberIds(client: ApiClient, roomId: string): Promise<string[]> {
  return collect(iterateRoomMemberIds(client, roomId));
}

/**
 * Makes the bot leave a group. Calls `POST /v2/bot/group/{groupId}/leave` (no body).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#leave-group | Leave group chat}
 * @param groupId - ID of the group
 * @returns an empty object
 * @group Group
 */
export async function leaveGroup(client: ApiClient, groupId: string): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'POST', path: path('/v2/bot/group/{groupId}/leave', { groupId }) });
}

/**
 * Makes the bot leave a room. Calls `POST /v2/bot/room/{roomId}/leave` (no body).
 *
 * @see {@link https://developers.line.biz/en/reference/messaging-api/#leave-room | Leave multi-person chat}
 * @param roomId - ID of the room
 * @returns an empty object
 * @group Room
 */
export async function leaveRoom(client: ApiClient, roomId: string): Promise<LineTypes.MutationSuccessResponse> {
  return json(client, { method: 'POST', path: path('/v2/bot/room/{roomId}/leave', { roomId }) });
}
