/** The loading animation. */

import { invalidPropertyError } from '../errors';
import type { RouteDef } from '../router';
import type { LineErrorDetail } from '../types';
import { check, requireObjectBody } from '../validation';
import { assertKnown, checkedPost, finish } from './shared';

/** The loading animation route. */
export const loadingAnimationRoutes: readonly RouteDef[] = [
  checkedPost(
    '/v2/bot/chat/loading/start',
    (ctx) => {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      assertKnown(ctx, check.string(body, 'chatId', 'chatId', out), 'chatId');
      const seconds = body.loadingSeconds;
      if (seconds !== undefined && seconds !== null) {
        if (typeof seconds !== 'number') throw invalidPropertyError('loadingSeconds');
        if (!Number.isInteger(seconds) || seconds < 5 || seconds > 60 || seconds % 5 !== 0) {
          out.push({ message: 'Must be one of 5, 10, 15, ..., 60', property: 'loadingSeconds' });
        }
      }
      finish(out);
    },
    202,
  ),
];
