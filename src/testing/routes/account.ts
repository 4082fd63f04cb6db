/** Bot info, webhook settings, account link tokens and insight. */

import { LineApiError, validationError } from '../errors';
import type { RouteDef } from '../router';
import { lineDate } from '../state';
import type { LineErrorDetail } from '../types';
import { check, requireDate, requireObjectBody } from '../validation';

/** The bot info answered when `botInfo` overrides nothing. */
export const DEFAULT_BOT_INFO = {
  userId: 'Ub0000000000000000000000000000000',
  basicId: '@000dummy',
  displayName: 'Dummy LINE Bot',
  pictureUrl: 'https://profile.line-scdn.net/dummy',
  chatMode: 'bot',
  markAsReadMode: 'auto',
};

/** The account routes. */
export const accountRoutes: readonly RouteDef[] = [
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/info',
    handler: (ctx) => ({ body: { ...DEFAULT_BOT_INFO, ...ctx.state.options.botInfo } }),
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/channel/webhook/endpoint',
    handler: (ctx) => ({ body: { ...ctx.state.webhook } }),
  },
  {
    method: 'PUT',
    host: 'api',
    path: '/v2/bot/channel/webhook/endpoint',
    handler(ctx) {
      const out: LineErrorDetail[] = [];
      const body = requireObjectBody(ctx.body);
      check.httpsUrl(body, 'endpoint', 'endpoint', out);
      const endpoint = body.endpoint;
      if (typeof endpoint === 'string' && endpoint.length > 500) {
        out.push({ message: 'Length must be between 0 and 500', property: 'endpoint' });
      }
      if (out.length > 0) throw validationError(out);
      ctx.state.webhook = { ...ctx.state.webhook, endpoint: String(endpoint) };
      return { body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/channel/webhook/test',
    handler(ctx) {
      const body = ctx.rawBody.length > 0 ? requireObjectBody(ctx.body) : {};
      const out: LineErrorDetail[] = [];
      const endpoint = check.httpsUrl(body, 'endpoint', 'endpoint', out, true);
      if (out.length > 0) throw validationError(out);
      if (endpoint === undefined && ctx.state.webhook.endpoint === '') {
        throw new LineApiError(400, { message: 'The webhook endpoint URL is not set' });
      }
      const result = ctx.state.options.webhookTestResult ?? {
        success: true,
        timestamp: new Date().toISOString(),
        statusCode: 200,
        reason: 'OK',
        detail: '200',
      };
      return { body: result };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/user/{userId}/linkToken',
    body: 'none',
    handler: (ctx) => ({ body: { linkToken: ctx.state.newLinkToken() } }),
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/insight/demographic',
    handler: (ctx) => ({ body: ctx.state.options.demographic ?? { available: false } }),
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/insight/message/delivery',
    handler(ctx) {
      const date = requireDate(ctx.query.date);
      if (date > lineDate(Date.now())) return { body: { status: 'unready' } };
      const s = ctx.state;
      return {
        body: {
          status: 'ready',
          broadcast: 0,
          targeting: 0,
          autoResponse: 0,
          welcomeResponse: 0,
          chat: 0,
          apiBroadcast: s.sentOn('broadcast', date),
          apiPush: s.sentOn('push', date),
          apiMulticast: s.sentOn('multicast', date),
          apiNarrowcast: s.sentOn('narrowcast', date),
          apiReply: s.sentOn('reply', date),
        },
      };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/insight/followers',
    handler(ctx) {
      const date = requireDate(ctx.query.date);
      if (date > lineDate(Date.now())) return { body: { status: 'unready' } };
      const followers = ctx.state.followers.length;
      return { body: { status: 'ready', followers, targetedReaches: followers, blocks: 0 } };
    },
  },
];
