/** Account link: issuing link tokens. */

import type { RouteDef } from '../router';

/** The account link routes. */
export const accountLinkRoutes: readonly RouteDef[] = [
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/user/{userId}/linkToken',
    body: 'none',
    handler: (ctx) => ({ body: { linkToken: ctx.state.newLinkToken() } }),
  },
];
