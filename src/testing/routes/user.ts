/** Users: profiles and the follower ids. */

import { badProperty, notFound } from '../errors';
import type { RouteDef } from '../router';
import { page } from './shared';

/** The user routes. */
export const userRoutes: readonly RouteDef[] = [
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
];
