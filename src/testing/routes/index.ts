/**
 * Every route of the dummy platform, one module per LINE API domain. To add an endpoint, add a {@link RouteDef}
 * to the list of its domain.
 */

import type { RouteDef } from '../router';
import { accountLinkRoutes } from './accountLink';
import { audienceRoutes } from './audience';
import { botRoutes } from './bot';
import { channelAccessTokenRoutes } from './channelAccessToken';
import { chatRoutes } from './chat';
import { contentRoutes } from './content';
import { insightRoutes } from './insight';
import { liffRoutes } from './liff';
import { loadingAnimationRoutes } from './loadingAnimation';
import { markAsReadRoutes } from './markAsRead';
import { messageRoutes } from './message';
import { moduleRoutes } from './module';
import { richMenuRoutes } from './richMenu';
import { shopRoutes } from './shop';
import { userRoutes } from './user';

/** All routes, in matching order (static paths always win over templates). */
export const allRoutes: readonly RouteDef[] = [
  ...messageRoutes,
  ...richMenuRoutes,
  ...userRoutes,
  ...chatRoutes,
  ...botRoutes,
  ...accountLinkRoutes,
  ...insightRoutes,
  ...liffRoutes,
  ...audienceRoutes,
  ...contentRoutes,
  ...loadingAnimationRoutes,
  ...markAsReadRoutes,
  ...shopRoutes,
  ...moduleRoutes,
  ...channelAccessTokenRoutes,
];
