/** Marking messages as read. */

import type { RouteDef } from '../router';
import type { LineErrorDetail } from '../types';
import { check, requireObjectBody } from '../validation';
import { checkedPost, finish } from './shared';

/** The mark-as-read routes. */
export const markAsReadRoutes: readonly RouteDef[] = [
  checkedPost('/v2/bot/message/markAsRead', (ctx) => {
    const out: LineErrorDetail[] = [];
    const chat = check.object(requireObjectBody(ctx.body), 'chat', 'chat', out);
    if (chat) check.string(chat, 'userId', 'chat.userId', out);
    finish(out);
  }),
  checkedPost('/v2/bot/chat/markAsRead', (ctx) => {
    const out: LineErrorDetail[] = [];
    check.string(requireObjectBody(ctx.body), 'markAsReadToken', 'markAsReadToken', out);
    finish(out);
  }),
];
