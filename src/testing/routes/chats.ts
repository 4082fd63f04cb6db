/** Users, followers, groups and rooms. */

import { badProperty, notFound } from '../errors';
import type { RouteContext, RouteDef, RouteReply } from '../router';
import type { ChatState, DummyState } from '../state';
import type { JsonValue } from '../types';

function encodeStart(offset: number): string {
  return Buffer.from(`o${offset}`).toString('base64url');
}

function decodeStart(start: string | undefined): number {
  if (start === undefined || start === '') return 0;
  const text = Buffer.from(start, 'base64url').toString();
  if (!/^o\d+$/.test(text)) throw badProperty('start', 'Invalid continuation token');
  return Number(text.slice(1));
}

/**
 * One page of ids (or other items) with LINE's `next` continuation token.
 *
 * @param key - the property that holds the items
 * @param size - items per page
 * @param start - the continuation token of the request
 * @param slice - the items from one index to another
 * @returns the page body
 */
export function page(
  key: string,
  size: number,
  start: string | undefined,
  slice: (from: number, to: number) => JsonValue[],
): RouteReply {
  const offset = decodeStart(start);
  const ids = slice(offset, offset + size + 1);
  const body: Record<string, JsonValue> = { [key]: ids.slice(0, size) };
  if (ids.length > size) body.next = encodeStart(offset + size);
  return { body };
}

function chat(state: DummyState, kind: 'group' | 'room', id: string): ChatState {
  const found = (kind === 'group' ? state.groups : state.rooms).get(id);
  if (!found) throw notFound();
  return found;
}

function memberProfile(state: DummyState, members: ChatState['members'], userId: string): RouteReply {
  if (!members.has(userId)) throw notFound();
  const profile = state.profiles.get(userId);
  const body: Record<string, JsonValue> = { displayName: profile?.displayName ?? userId, userId };
  if (profile?.pictureUrl !== undefined) body.pictureUrl = profile.pictureUrl;
  return { body };
}

function chatRoutes(kind: 'group' | 'room'): RouteDef[] {
  const base = `/v2/bot/${kind}/{${kind}Id}`;
  const id = (ctx: RouteContext) => ctx.params[`${kind}Id`];
  return [
    {
      method: 'GET',
      host: 'api',
      path: `${base}/members/count`,
      handler: (ctx) => ({ body: { count: chat(ctx.state, kind, id(ctx)).members.size } }),
    },
    {
      method: 'GET',
      host: 'api',
      path: `${base}/members/ids`,
      handler(ctx) {
        const { members } = chat(ctx.state, kind, id(ctx));
        const size = ctx.state.options.memberIdsPageSize ?? 100;
        return page('memberIds', size, ctx.query.start, (a, b) => members.slice(a, b));
      },
    },
    {
      method: 'GET',
      host: 'api',
      path: `${base}/member/{userId}`,
      handler: (ctx) => memberProfile(ctx.state, chat(ctx.state, kind, id(ctx)).members, ctx.params.userId),
    },
    {
      method: 'POST',
      host: 'api',
      path: `${base}/leave`,
      body: 'none',
      handler(ctx) {
        chat(ctx.state, kind, id(ctx));
        (kind === 'group' ? ctx.state.groups : ctx.state.rooms).delete(id(ctx));
        return { body: {} };
      },
    },
  ];
}

/** The user, follower, group and room routes. */
export const chatRoutesList: readonly RouteDef[] = [
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/profile/{userId}',
    handler(ctx) {
      const profile = ctx.state.profiles.get(ctx.params.userId);
      if (!profile) throw notFound();
      return { body: { ...profile } };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/followers/ids',
    handler(ctx) {
      const limit = ctx.query.limit === undefined ? 300 : Number(ctx.query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000) {
        throw badProperty('limit', 'Must be between 1 and 1000');
      }
      const followers = ctx.state.followers;
      return page('userIds', limit, ctx.query.start, (a, b) => followers.slice(a, b));
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/group/{groupId}/summary',
    handler: (ctx) => ({ body: chat(ctx.state, 'group', ctx.params.groupId).summary }),
  },
  ...chatRoutes('group'),
  ...chatRoutes('room'),
];
