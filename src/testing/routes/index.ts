/** Every route of the dummy platform. To add an endpoint, add a {@link RouteDef} to one of these lists. */

import type { RouteDef } from '../router';
import { accountRoutes } from './account';
import { audienceRoutes } from './audience';
import { chatRoutesList } from './chats';
import { contentRoutes } from './content';
import { insightRoutes } from './insight';
import { liffRoutes } from './liff';
import { messagingRoutes } from './messaging';
import { oauthRoutes } from './oauth';
import { partnerRoutes } from './partner';
import { richMenuExtendedRoutes, richMenuRoutes } from './richmenu';

/** All routes, in matching order (static paths always win over templates). */
export const allRoutes: readonly RouteDef[] = [
  ...messagingRoutes,
  ...richMenuRoutes,
  ...richMenuExtendedRoutes,
  ...chatRoutesList,
  ...accountRoutes,
  ...liffRoutes,
  ...audienceRoutes,
  ...contentRoutes,
  ...insightRoutes,
  ...partnerRoutes,
  ...oauthRoutes,
];
