/** Audience groups (manage-audience.yml) and the legacy authority-level endpoints. */

import { DummyErrorAnswer, badProperty, invalidPropertyError, validationError } from '../errors';
import type { RouteContext, RouteDef } from '../router';
import type { AudienceState, DummyState } from '../state';
import type { JsonObject, JsonValue, LineErrorDetail } from '../types';
import { USER_ID, check, requireObjectBody } from '../validation';

/** Ids per JSON upload request. */
export const MAX_AUDIENCES_PER_REQUEST = 10_000;
/** Largest by-file upload accepted. */
const MAX_FILE_UPLOAD_BYTES = 64 * 1024 * 1024;

function audienceNotFound(): DummyErrorAnswer {
  return new DummyErrorAnswer(400, { message: 'audience group not found', details: [{ message: 'AUDIENCE_GROUP_NOT_FOUND' }] });
}

function audienceOf(state: DummyState, id: JsonValue | undefined): AudienceState {
  const audience = typeof id === 'number' || typeof id === 'string' ? state.audiences.get(Number(id)) : undefined;
  if (!audience) throw audienceNotFound();
  return audience;
}

function checkDescription(body: JsonObject, out: LineErrorDetail[], optional = false): string | undefined {
  return check.string(body, 'description', 'description', out, 120, optional);
}

function readIds(body: JsonObject, out: LineErrorDetail[]): string[] {
  const list = check.array(body, 'audiences', 'audiences', out, 0, MAX_AUDIENCES_PER_REQUEST, true) ?? [];
  return list.map((item, i) => {
    const id = typeof item === 'object' && item !== null && !Array.isArray(item) ? (item as JsonObject).id : undefined;
    if (typeof id !== 'string') throw invalidPropertyError(`audiences[${i}].id`);
    return id;
  });
}

/** An IFA (identifier for advertisers): a UUID. */
const IFA = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * LINE's 400 when an uploaded id is not a user id (or, for an IFA audience, not an IFA); off with
 * `validateIds: false`.
 *
 * @param ctx - the request
 * @param ids - the uploaded ids
 * @param ifa - whether the audience holds IFAs
 * @param property - `audiences` (JSON upload) or `file`
 */
function checkAudienceIds(ctx: RouteContext, ids: readonly string[], ifa: boolean, property: 'audiences' | 'file'): void {
  if (ctx.state.options.validateIds === false) return;
  const pattern = ifa ? IFA : USER_ID;
  if (ids.every((id) => pattern.test(id))) return;
  const code = 'UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT';
  throw new DummyErrorAnswer(400, {
    message: property === 'file' ? code : 'Invalid audience id format',
    details: [{ message: code, property }],
  });
}

function addJob(audience: AudienceState, ids: readonly string[], description: JsonValue | undefined, now: number): void {
  audience.ids.push(...ids);
  audience.group = { ...audience.group, audienceCount: audience.ids.length };
  audience.jobs.push({
    audienceGroupJobId: 10_000_000 + audience.jobs.length + 1,
    audienceGroupId: audience.group.audienceGroupId,
    description: typeof description === 'string' ? description : '',
    type: 'DIFF_ADD',
    jobStatus: 'FINISHED',
    audienceCount: ids.length,
    created: now,
  });
}

function create(ctx: RouteContext, fields: JsonObject, ids: readonly string[], uploadDescription?: JsonValue): JsonObject {
  const now = Math.floor(Date.now() / 1000);
  const audienceGroupId = ctx.state.newAudienceGroupId();
  const group: JsonObject = {
    audienceGroupId,
    createRoute: 'MESSAGING_API',
    status: 'READY',
    audienceCount: 0,
    created: now,
    permission: 'READ_WRITE',
    expireTimestamp: now + 180 * 86400,
    isIfaAudience: false,
    ...fields,
  };
  const audience: AudienceState = { group, ids: [], jobs: [] };
  if (fields.type === 'UPLOAD') addJob(audience, ids, uploadDescription, now);
  ctx.state.audiences.set(audienceGroupId, audience);
  const { status: _status, audienceCount: _count, ...answer } = audience.group;
  return answer;
}

/**
 * Parses a `multipart/form-data` body into text fields and the `file` part.
 *
 * @returns the fields, and the file's text
 */
function parseMultipart(ctx: RouteContext): { fields: Record<string, string>; file: string | undefined } {
  const type = String(ctx.headers['content-type'] ?? '');
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
  if (!type.toLowerCase().startsWith('multipart/form-data') || !boundary) {
    throw new DummyErrorAnswer(415, { message: 'Unsupported Media Type' });
  }
  const delimiter = `--${boundary[1] ?? boundary[2]}`;
  const fields: Record<string, string> = {};
  let file: string | undefined;
  for (const part of ctx.rawBody.toString('utf8').split(delimiter)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    if (headerEnd < 0) continue;
    const name = /name="([^"]*)"/i.exec(part.slice(0, headerEnd))?.[1];
    const value = part.slice(headerEnd + 4).replace(/\r\n$/, '');
    if (name === 'file') file = value;
    else if (name !== undefined) fields[name] = value;
  }
  return { fields, file };
}

function fileIds(file: string | undefined): string[] {
  if (file === undefined) throw badProperty('file', 'May not be empty');
  return file.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
}

function listAudiences(ctx: RouteContext) {
  const { page: pageText, size: sizeText, description, status, createRoute } = ctx.query;
  const page = Number(pageText);
  const size = sizeText === undefined ? 20 : Number(sizeText);
  if (pageText === undefined || !Number.isInteger(page) || page < 1) throw badProperty('page', 'Must be greater than or equal to 1');
  if (!Number.isInteger(size) || size < 1 || size > 40) throw badProperty('size', 'Must be between 1 and 40');
  const needle = description?.toLowerCase();
  const all = [...ctx.state.audiences.values()]
    .map((a) => a.group)
    .filter(
      (g) =>
        (needle === undefined || String(g.description).toLowerCase().includes(needle)) &&
        (status === undefined || g.status === status) &&
        (createRoute === undefined || g.createRoute === createRoute),
    );
  const audienceGroups = all.slice((page - 1) * size, page * size);
  return {
    body: {
      audienceGroups,
      hasNextPage: page * size < all.length,
      totalCount: all.length,
      readWriteAudienceGroupTotalCount: all.filter((g) => g.permission === 'READ_WRITE').length,
      page,
      size,
    },
  };
}

const ID = { audienceGroupId: '\\d+' };

/** The audience routes. */
export const audienceRoutes: readonly RouteDef[] = [
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/audienceGroup/upload',
    handler(ctx) {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      const description = checkDescription(body, out);
      const ids = readIds(body, out);
      if (out.length > 0) throw validationError(out);
      const isIfaAudience = body.isIfaAudience === true;
      checkAudienceIds(ctx, ids, isIfaAudience, 'audiences');
      const answer = create(ctx, { type: 'UPLOAD', description: description ?? '', isIfaAudience }, ids, body.uploadDescription);
      return { status: 202, body: answer };
    },
  },
  {
    method: 'PUT',
    host: 'api',
    path: '/v2/bot/audienceGroup/upload',
    handler(ctx) {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      const ids = readIds(body, out);
      if (out.length > 0) throw validationError(out);
      const audience = audienceOf(ctx.state, body.audienceGroupId);
      checkAudienceIds(ctx, ids, audience.group.isIfaAudience === true, 'audiences');
      addJob(audience, ids, body.uploadDescription, Math.floor(Date.now() / 1000));
      return { status: 202, body: {} };
    },
  },
  {
    method: 'POST',
    host: 'data',
    path: '/v2/bot/audienceGroup/upload/byFile',
    body: 'multipart',
    maxBodyBytes: MAX_FILE_UPLOAD_BYTES,
    handler(ctx) {
      const { fields, file } = parseMultipart(ctx);
      const out: LineErrorDetail[] = [];
      const description = checkDescription(fields, out);
      if (out.length > 0) throw validationError(out);
      const fieldsOf = { type: 'UPLOAD', description: description ?? '', isIfaAudience: fields.isIfaAudience === 'true' };
      const ids = fileIds(file);
      checkAudienceIds(ctx, ids, fieldsOf.isIfaAudience, 'file');
      return { status: 202, body: create(ctx, fieldsOf, ids, fields.uploadDescription) };
    },
  },
  {
    method: 'PUT',
    host: 'data',
    path: '/v2/bot/audienceGroup/upload/byFile',
    body: 'multipart',
    maxBodyBytes: MAX_FILE_UPLOAD_BYTES,
    handler(ctx) {
      const { fields, file } = parseMultipart(ctx);
      const audience = audienceOf(ctx.state, fields.audienceGroupId);
      const ids = fileIds(file);
      checkAudienceIds(ctx, ids, audience.group.isIfaAudience === true, 'file');
      addJob(audience, ids, fields.uploadDescription, Math.floor(Date.now() / 1000));
      return { status: 202, body: {} };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/audienceGroup/click',
    handler(ctx) {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      const description = checkDescription(body, out);
      const requestId = check.string(body, 'requestId', 'requestId', out);
      const clickUrl = check.string(body, 'clickUrl', 'clickUrl', out, 2000, true);
      if (out.length > 0) throw validationError(out);
      const fields: JsonObject = { type: 'CLICK', description: description ?? '', requestId: requestId ?? '' };
      return { status: 202, body: create(ctx, clickUrl === undefined ? fields : { ...fields, clickUrl }, []) };
    },
  },
  {
    method: 'POST',
    host: 'api',
    path: '/v2/bot/audienceGroup/imp',
    handler(ctx) {
      const body = requireObjectBody(ctx.body);
      const out: LineErrorDetail[] = [];
      const description = checkDescription(body, out);
      const requestId = check.string(body, 'requestId', 'requestId', out);
      if (out.length > 0) throw validationError(out);
      return { status: 202, body: create(ctx, { type: 'IMP', description: description ?? '', requestId: requestId ?? '' }, []) };
    },
  },
  { method: 'GET', host: 'api', path: '/v2/bot/audienceGroup/list', handler: listAudiences },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/audienceGroup/authorityLevel',
    handler: (ctx) => ({ body: { authorityLevel: ctx.state.audienceAuthorityLevel } }),
  },
  {
    method: 'PUT',
    host: 'api',
    path: '/v2/bot/audienceGroup/authorityLevel',
    handler(ctx) {
      const level = requireObjectBody(ctx.body).authorityLevel;
      if (level !== 'PUBLIC' && level !== 'PRIVATE') {
        throw badProperty('authorityLevel', 'Must be one of the following values: [PUBLIC, PRIVATE]');
      }
      ctx.state.audienceAuthorityLevel = level;
      return { body: {} };
    },
  },
  {
    method: 'PUT',
    host: 'api',
    path: '/v2/bot/audienceGroup/{audienceGroupId}/updateDescription',
    paramPatterns: ID,
    handler(ctx) {
      const audience = audienceOf(ctx.state, ctx.params.audienceGroupId);
      const out: LineErrorDetail[] = [];
      const description = checkDescription(requireObjectBody(ctx.body), out);
      if (out.length > 0) throw validationError(out);
      audience.group = { ...audience.group, description: description ?? '' };
      return { body: {} };
    },
  },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/audienceGroup/{audienceGroupId}',
    paramPatterns: ID,
    handler(ctx) {
      const audience = audienceOf(ctx.state, ctx.params.audienceGroupId);
      return { body: { audienceGroup: audience.group, jobs: audience.jobs } };
    },
  },
  { method: 'GET', host: 'api', path: '/v2/bot/audienceGroup/shared/list', handler: listAudiences },
  {
    method: 'GET',
    host: 'api',
    path: '/v2/bot/audienceGroup/shared/{audienceGroupId}',
    paramPatterns: ID,
    handler(ctx) {
      const audience = audienceOf(ctx.state, ctx.params.audienceGroupId);
      const owner = { serviceType: 'bm', id: 'dummy-business-manager', name: 'Dummy LINE Bot' };
      return { body: { audienceGroup: audience.group, jobs: audience.jobs, owner } };
    },
  },
  {
    method: 'DELETE',
    host: 'api',
    path: '/v2/bot/audienceGroup/{audienceGroupId}',
    paramPatterns: ID,
    handler(ctx) {
      audienceOf(ctx.state, ctx.params.audienceGroupId);
      ctx.state.audiences.delete(Number(ctx.params.audienceGroupId));
      return { body: {} };
    },
  },
];
