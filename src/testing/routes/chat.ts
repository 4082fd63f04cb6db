/** Group chats and multi-person chats (rooms): summary, member counts, ids and profiles, leave. */

import { notFound } from '../errors';
import type { RouteContext, RouteDef, RouteReply } from '../router';
import type { ChatState, DummyState } from '../state';
import type { JsonValue } from '../types';
import { page } from './shared';

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

function routesOf(kind: 'group' | 'room'): RouteDef[] {
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

/** The group and room routes. */
export const chatRoutes: readonly RouteDef[] = [
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/group/{groupId}/summary',
    handler: (ctx) => ({ body: chat(ctx.state, 'group', ctx.params.groupId).summary }),
  },
  ...routesOf('group'),
  ...routesOf('room'),
];
