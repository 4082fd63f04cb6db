/** LIFF apps (`/liff/v1/apps`), including the legacy `PUT …/view` that messaging-api-line 1.x used. */

import { DummyErrorAnswer, invalidPropertyError, isObject, notFound, validationError } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { JsonObject, JsonValue, LineErrorDetail } from '../types';
import { check, requireObjectBody } from '../validation';

/** LINE allows at most 30 LIFF apps per channel. */
export const MAX_LIFF_APPS = 30;

const VIEW_TYPES = ['compact', 'tall', 'full'];

function checkView(view: JsonObject, prop: string, out: LineErrorDetail[], partial: boolean): void {
  const type = check.string(view, 'type', `${prop}.type`, out, undefined, partial);
  if (type !== undefined && !VIEW_TYPES.includes(type)) {
    out.push({ message: `Must be one of the following values: [${VIEW_TYPES.join(', ')}]`, property: `${prop}.type` });
  }
  check.httpsUrl(view, 'url', `${prop}.url`, out, partial);
}

function validateApp(body: unknown, partial: boolean): JsonObject {
  const app = requireObjectBody(body);
  const out: LineErrorDetail[] = [];
  const view = check.object(app, 'view', 'view', out, partial);
  if (view) checkView(view, 'view', out, partial);
  check.string(app, 'description', 'description', out, undefined, true);
  if (app.features !== undefined && !isObject(app.features)) throw invalidPropertyError('features');
  if (out.length > 0) throw validationError(out);
  return app;
}

function existing(ctx: RouteContext): JsonObject {
  const app = ctx.state.liffApps.get(ctx.params.liffId);
  if (!app) throw notFound();
  return app;
}

function merge(base: JsonObject, patch: JsonObject): JsonObject {
  const out: Record<string, JsonValue> = { ...base };
  for (const [key, value] of Object.entries(patch)) {
    const prior = out[key];
    out[key] = isObject(prior) && isObject(value) ? { ...prior, ...value } : value;
  }
  return out;
}

/** The LIFF routes. */
export const liffRoutes: readonly RouteDef[] = [
  {
    method: 'POST',
    host: 'api',
    path: '/liff/v1/apps',
    handler(ctx) {
      const app = validateApp(ctx.body, false);
      if (ctx.state.liffApps.size >= MAX_LIFF_APPS) {
        throw new DummyErrorAnswer(400, { message: 'The maximum number of LIFF apps that can be added to the channel has been reached' });
      }
      const liffId = ctx.state.newLiffId();
      ctx.state.liffApps.set(liffId, { liffId, ...app });
      return { body: { liffId } };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/liff/v1/apps',
    handler(ctx) {
      if (ctx.state.liffApps.size === 0) throw notFound();
      return { body: { apps: [...ctx.state.liffApps.values()] } };
    },
  },
  {
    method: 'PUT',
    host: 'api',
    path: '/liff/v1/apps/{liffId}',
    handler(ctx) {
      const app = existing(ctx);
      const patch = validateApp(ctx.body, true);
      ctx.state.liffApps.set(ctx.params.liffId, merge(app, patch));
      return { body: {} };
    },
  },
  {
    method: 'PUT',
    host: 'api',
    path: '/liff/v1/apps/{liffId}/view',
    handler(ctx) {
      const app = existing(ctx);
      const view = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      checkView(view, 'view', out, false);
      if (out.length > 0) throw validationError(out);
      ctx.state.liffApps.set(ctx.params.liffId, { ...app, view });
      return { body: {} };
    },
  },
  {
    method: 'DELETE',
    host: 'api',
    path: '/liff/v1/apps/{liffId}',
    handler(ctx) {
      existing(ctx);
      ctx.state.liffApps.delete(ctx.params.liffId);
      return { body: {} };
    },
  },
];
