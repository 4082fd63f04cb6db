/**
 * Module channels (module.yml: detach, chat control, the bots the module serves) and the module attach endpoint of
 * manager.line.biz (module-attach.yml: form-encoded body, Basic authentication, OAuth error bodies).
 */

import { badProperty, invalidPropertyError, oauthError } from '../errors';
import type { RouteDef } from '../router';
import type { LineErrorDetail } from '../types';
import { check } from '../validation';
import { DEFAULT_BOT_INFO } from './bot';
import { form, formPost, requireGrant, required } from './channelAccessToken';
import { checkedPost, finish, get, limitOf, optionalBody, page } from './shared';

/** The module routes. */
export const moduleRoutes: readonly RouteDef[] = [
  checkedPost('/v2/bot/channel/detach', (ctx) => {
    const out: LineErrorDetail[] = [];
    check.string(optionalBody(ctx), 'botId', 'botId', out, undefined, true);
    finish(out);
  }),
  checkedPost('/v2/bot/chat/{chatId}/control/acquire', (ctx) => {
    const { expired, ttl } = optionalBody(ctx);
    if (expired !== undefined && typeof expired !== 'boolean') throw invalidPropertyError('expired');
    if (ttl !== undefined && (typeof ttl !== 'number' || !Number.isInteger(ttl) || ttl < 1 || ttl > 31_536_000)) {
      throw badProperty('ttl', 'Must be between 1 and 31536000');
    }
  }),
  { ...checkedPost('/v2/bot/chat/{chatId}/control/release', () => undefined), body: 'none' },
  get('/v2/bot/list', (ctx) => {
    const info = { ...DEFAULT_BOT_INFO, ...ctx.state.options.botInfo };
    const bots = ctx.state.options.moduleBots ?? [
      { userId: info.userId, basicId: info.basicId, displayName: info.displayName, pictureUrl: info.pictureUrl },
    ];
    return page('bots', limitOf(ctx, 100, 100, true), ctx.query.start, (a, b) => bots.slice(a, b));
  }),
  formPost(
    '/module/auth/v1/token',
    (ctx) => {
      const basic = /^Basic\s+(\S+)$/i.exec(String(ctx.headers.authorization ?? ''));
      const [id, secret] = basic ? Buffer.from(basic[1], 'base64').toString('utf8').split(':', 2) : [];
      if (id === undefined || secret === undefined || ctx.state.channels.get(id) !== secret) {
        throw oauthError('invalid client credentials', 'invalid_client', 401);
      }
      const fields = form(ctx);
      requireGrant(fields, 'authorization_code');
      required(fields, 'code');
      required(fields, 'redirect_uri');
      const scopes = (fields.get('scope') ?? 'message:send message:receive').split(/\s+/).filter((s) => s !== '');
      return { body: { bot_id: ctx.state.options.botInfo?.userId ?? DEFAULT_BOT_INFO.userId, scopes } };
    },
    'manager',
  ),
];
