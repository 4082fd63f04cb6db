/** Bot info and webhook endpoint settings. */

import { DummyErrorAnswer, validationError } from '../errors';
import type { RouteDef } from '../router';
import type { LineErrorDetail } from '../types';
import { check, requireObjectBody } from '../validation';

/** The bot info answered when `botInfo` overrides nothing. */
export const DEFAULT_BOT_INFO = {
  userId: 'Ub0000000000000000000000000000000',
  basicId: '@000dummy',
  displayName: 'Dummy LINE Bot',
  pictureUrl: 'https://profile.line-scdn.net/dummy',
  chatMode: 'bot',
  markAsReadMode: 'auto',
};

/** The bot routes. */
export const botRoutes: readonly RouteDef[] = [
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
        throw new DummyErrorAnswer(400, { message: 'The webhook endpoint URL is not set' });
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
];
