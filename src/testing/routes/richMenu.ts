/** Rich menus: objects on the api host, images on the data host, default menu and per-user links. */

import { DummyErrorAnswer, badProperty, invalidPropertyError, isObject, notFound, validationError } from '../errors';
import { sniffImage } from '../image';
import type { RouteContext, RouteDef } from '../router';
import type { RichMenuState } from '../state';
import type { JsonObject, LineErrorDetail } from '../types';
import { check, checkUserIds, requireObjectBody } from '../validation';

/** Largest rich menu image LINE accepts. */
export const MAX_RICH_MENU_IMAGE_BYTES = 1024 * 1024;

function validateRichMenu(body: unknown): JsonObject {
  const menu = requireObjectBody(body);
  const out: LineErrorDetail[] = [];
  const size = check.object(menu, 'size', 'size', out);
  if (size) {
    check.number(size, 'width', 'size.width', out);
    check.number(size, 'height', 'size.height', out);
    const { width, height } = size;
    if (typeof width === 'number' && (width < 800 || width > 2500)) {
      out.push({ message: 'Must be between 800 and 2500', property: 'size.width' });
    }
    if (typeof height === 'number' && height < 250) {
      out.push({ message: 'Must be greater than or equal to 250', property: 'size.height' });
    }
  }
  if (menu.selected === undefined || menu.selected === null) out.push({ message: 'May not be null', property: 'selected' });
  else if (typeof menu.selected !== 'boolean') throw invalidPropertyError('selected');
  check.string(menu, 'name', 'name', out, 300);
  check.string(menu, 'chatBarText', 'chatBarText', out, 14);
  const areas = check.array(menu, 'areas', 'areas', out, 0, 20);
  areas?.forEach((area, i) => {
    if (!isObject(area)) throw invalidPropertyError(`areas[${i}]`);
    const bounds = check.object(area, 'bounds', `areas[${i}].bounds`, out);
    if (bounds) {
      for (const key of ['x', 'y', 'width', 'height']) check.number(bounds, key, `areas[${i}].bounds.${key}`, out);
    }
    const action = check.object(area, 'action', `areas[${i}].action`, out);
    if (action) check.string(action, 'type', `areas[${i}].action.type`, out);
  });
  if (out.length > 0) throw validationError(out);
  return menu;
}

function menuOf(ctx: RouteContext): RichMenuState {
  const menu = ctx.state.richMenus.get(ctx.params.richMenuId);
  if (!menu) throw notFound();
  return menu;
}

function uploadImage(ctx: RouteContext) {
  const menu = menuOf(ctx);
  const declared = String(ctx.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  const image = sniffImage(ctx.rawBody);
  if ((declared !== 'image/png' && declared !== 'image/jpeg') || !image) {
    throw new DummyErrorAnswer(415, { message: 'Unsupported media type' });
  }
  if (menu.image) throw new DummyErrorAnswer(400, { message: 'An image has already been uploaded to the richmenu' });
  if (image.size) {
    const { width, height } = image.size;
    if (width < 800 || width > 2500 || height < 250 || width / height < 1.45) {
      throw new DummyErrorAnswer(400, { message: 'The image size is not allowed for richmenu' });
    }
  }
  menu.image = { bytes: Buffer.from(ctx.rawBody), contentType: image.contentType };
  return { body: {} };
}

/** Rich menus, their images, the default menu and per-user links. */
const menuAndLinkRoutes: readonly RouteDef[] = [
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu',
    handler(ctx) {
      const menu = validateRichMenu(ctx.body);
      const richMenuId = ctx.state.newRichMenuId();
      ctx.state.richMenus.set(richMenuId, { menu: { ...menu, richMenuId } });
      return { body: { richMenuId } };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu/validate',
    handler(ctx) {
      validateRichMenu(ctx.body);
      return { body: {} };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/richmenu/list',
    handler: (ctx) => ({ body: { richmenus: [...ctx.state.richMenus.values()].map((m) => m.menu) } }),
  },
  { method: 'GET', host: 'api', path: '/v2/bot/richmenu/{richMenuId}', handler: (ctx) => ({ body: menuOf(ctx).menu }) },
  {
    method: 'DELETE',
    host: 'api',
    path: '/v2/bot/richmenu/{richMenuId}',
    handler(ctx) {
      menuOf(ctx);
      const id = ctx.params.richMenuId;
      ctx.state.richMenus.delete(id);
      if (ctx.state.defaultRichMenuId === id) ctx.state.defaultRichMenuId = undefined;
      for (const [userId, linked] of ctx.state.richMenuLinks) if (linked === id) ctx.state.richMenuLinks.delete(userId);
      return { body: {} };
    },
  },
  {
    method: 'POST',
    host: 'data',
    path: '/v2/bot/richmenu/{richMenuId}/content',
    body: 'binary',
    maxBodyBytes: MAX_RICH_MENU_IMAGE_BYTES,
    handler: uploadImage,
  },
  {
    method: 'GET',
    host: 'data',
    path: '/v2/bot/richmenu/{richMenuId}/content',
    handler(ctx) {
      const { image } = menuOf(ctx);
      if (!image) throw notFound();
      return { body: image.bytes, contentType: image.contentType };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/user/all/richmenu/{richMenuId}',
    body: 'none',
    handler(ctx) {
      menuOf(ctx);
      ctx.state.defaultRichMenuId = ctx.params.richMenuId;
      return { body: {} };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/user/all/richmenu',
    handler(ctx) {
      const richMenuId = ctx.state.defaultRichMenuId;
      if (richMenuId === undefined) throw notFound();
      return { body: { richMenuId } };
    },
  },
  {
    method: 'DELETE',
    host: 'api',
    path: '/v2/bot/user/all/richmenu',
    handler(ctx) {
      ctx.state.defaultRichMenuId = undefined;
      return { body: {} };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/user/{userId}/richmenu',
    handler(ctx) {
      const richMenuId = ctx.state.richMenuLinks.get(ctx.params.userId);
      if (richMenuId === undefined) throw notFound();
      return { body: { richMenuId } };
    },
  },
  {
    method: 'DELETE',
    host: 'api',
    path: '/v2/bot/user/{userId}/richmenu',
    handler(ctx) {
      ctx.state.richMenuLinks.delete(ctx.params.userId);
      return { body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/user/{userId}/richmenu/{richMenuId}',
    body: 'none',
    handler(ctx) {
      menuOf(ctx);
      ctx.state.richMenuLinks.set(ctx.params.userId, ctx.params.richMenuId);
      return { body: {} };
    },
  },
];

const ALIAS_ID = /^[a-z0-9_-]{1,32}$/;
const RESUME_KEY = /^[a-zA-Z0-9_-]{1,100}$/;

function richMenuNotFound(): DummyErrorAnswer {
  return new DummyErrorAnswer(400, { message: 'richmenu not found' });
}

/** The rich menu id of an alias body; 400 when it names no rich menu. */
function aliasTarget(ctx: RouteContext): string {
  const out: LineErrorDetail[] = [];
  const richMenuId = check.string(requireObjectBody(ctx.body), 'richMenuId', 'richMenuId', out);
  if (out.length > 0) throw validationError(out);
  if (!ctx.state.richMenus.has(richMenuId ?? '')) throw richMenuNotFound();
  return richMenuId ?? '';
}

function aliasOf(ctx: RouteContext, status: 400 | 404): string {
  const richMenuId = ctx.state.richMenuAliases.get(ctx.params.richMenuAliasId);
  if (richMenuId === undefined) throw status === 404 ? notFound() : new DummyErrorAnswer(400, { message: 'richmenu alias not found' });
  return richMenuId;
}

/** The user ids of a bulk link or unlink body (1 to 500; each a user id unless `validateIds` is false). */
function bulkUsers(ctx: RouteContext, body: JsonObject, out: LineErrorDetail[]): void {
  const ids = check.array(body, 'userIds', 'userIds', out, 1, 500);
  ids?.forEach((id, i) => {
    if (typeof id !== 'string') throw invalidPropertyError(`userIds[${i}]`);
  });
  if (ids && ctx.state.options.validateIds !== false) checkUserIds(ids as readonly string[], 'userIds');
}

/** Validates a rich menu batch body and returns its operations. */
function batchOperations(ctx: RouteContext): readonly JsonObject[] {
  const body = requireObjectBody(ctx.body);
  const out: LineErrorDetail[] = [];
  const operations = (check.array(body, 'operations', 'operations', out, 1, 1000) ?? []).map((op, i) => {
    if (!isObject(op)) throw invalidPropertyError(`operations[${i}]`);
    const p = `operations[${i}]`;
    if (op.type === 'link' || op.type === 'unlink') check.string(op, 'from', `${p}.from`, out);
    if (op.type === 'link' && check.string(op, 'to', `${p}.to`, out) !== undefined && !ctx.state.richMenus.has(String(op.to))) {
      out.push({ message: 'richmenu not found', property: `${p}.to` });
    }
    if (op.type !== 'link' && op.type !== 'unlink' && op.type !== 'unlinkAll') {
      out.push({ message: 'Must be one of the following values: [link, unlink, unlinkAll]', property: `${p}.type` });
    }
    return op;
  });
  const key = body.resumeRequestKey;
  if (key !== undefined && (typeof key !== 'string' || !RESUME_KEY.test(key))) {
    out.push({ message: `Must match ${RESUME_KEY.source}`, property: 'resumeRequestKey' });
  }
  if (out.length > 0) throw validationError(out);
  return operations;
}

/** Rich menu aliases, bulk link and unlink, and batch control. */
const aliasAndBatchRoutes: readonly RouteDef[] = [
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu/alias',
    handler(ctx) {
      const out: LineErrorDetail[] = [];
      const aliasId = check.string(requireObjectBody(ctx.body), 'richMenuAliasId', 'richMenuAliasId', out);
      if (aliasId !== undefined && !ALIAS_ID.test(aliasId)) out.push({ message: `Must match ${ALIAS_ID.source}`, property: 'richMenuAliasId' });
      if (out.length > 0) throw validationError(out);
      const richMenuId = aliasTarget(ctx);
      if (ctx.state.richMenuAliases.has(aliasId ?? '')) throw new DummyErrorAnswer(400, { message: 'conflict richmenu alias id' });
      ctx.state.richMenuAliases.set(aliasId ?? '', richMenuId);
      return { body: {} };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/richmenu/alias/list',
    handler(ctx) {
      const aliases = [...ctx.state.richMenuAliases].map(([richMenuAliasId, richMenuId]) => ({ richMenuAliasId, richMenuId }));
      return { body: { aliases } };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    handler: (ctx) => ({ body: { richMenuAliasId: ctx.params.richMenuAliasId, richMenuId: aliasOf(ctx, 404) } }),
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    handler(ctx) {
      aliasOf(ctx, 400);
      ctx.state.richMenuAliases.set(ctx.params.richMenuAliasId, aliasTarget(ctx));
      return { body: {} };
    },
  },
  {
    method: 'DELETE',
    host: 'api',
    path: '/v2/bot/richmenu/alias/{richMenuAliasId}',
    handler(ctx) {
      aliasOf(ctx, 400);
      ctx.state.richMenuAliases.delete(ctx.params.richMenuAliasId);
      return { body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu/bulk/link',
    handler(ctx) {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      const richMenuId = check.string(body, 'richMenuId', 'richMenuId', out);
      bulkUsers(ctx, body, out);
      if (out.length > 0) throw validationError(out);
      if (!ctx.state.richMenus.has(richMenuId ?? '')) throw richMenuNotFound();
      for (const userId of body.userIds as readonly string[]) ctx.state.richMenuLinks.set(userId, richMenuId ?? '');
      return { status: 202, body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu/bulk/unlink',
    handler(ctx) {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      bulkUsers(ctx, body, out);
      if (out.length > 0) throw validationError(out);
      for (const userId of body.userIds as readonly string[]) ctx.state.richMenuLinks.delete(userId);
      return { status: 202, body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu/batch',
    handler(ctx) {
      const links = ctx.state.richMenuLinks;
      for (const op of batchOperations(ctx)) {
        if (op.type === 'unlinkAll') links.clear();
        for (const [userId, id] of links) {
          if (id !== op.from) continue;
          if (op.type === 'link') links.set(userId, String(op.to));
          else links.delete(userId);
        }
      }
      ctx.state.richMenuBatches.set(ctx.requestId, Date.now());
      return { status: 202, body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/richmenu/validate/batch',
    handler(ctx) {
      batchOperations(ctx);
      return { body: {} };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/richmenu/progress/batch',
    handler(ctx) {
      const requestId = ctx.query.requestId;
      if (!requestId) throw badProperty('requestId', 'May not be empty');
      const accepted = ctx.state.richMenuBatches.get(requestId);
      if (accepted === undefined) throw notFound();
      const time = new Date(accepted).toISOString();
      return { body: { phase: 'succeeded', acceptedTime: time, completedTime: time } };
    },
  },
];

/** The rich menu routes. */
export const richMenuRoutes: readonly RouteDef[] = [...menuAndLinkRoutes, ...aliasAndBatchRoutes];
