/**
 * The HTTP control API of the dummy server, under `/_dummy/` on the api host (a prefix LINE never uses): the
 * simulator and the server's records for tests in any language and for the standalone server. See docs/testing.md.
 *
 * | method and path | body | answer |
 * | --- | --- | --- |
 * | `POST /_dummy/webhook` | `{ url?, channelSecret?, destination?, timeoutMs?, redelivery?, events }` | `{ status, body, events, error? }` |
 * | `PUT /_dummy/webhook/endpoint` | `{ url }` | 204 |
 * | `GET /_dummy/webhook/attempts?url=URL` | | the attempts (to URL) |
 * | `POST /_dummy/webhook/settled` | | 204 when no delivery is in flight or scheduled |
 * | `GET /_dummy/deliveries?to=ID` | | the deliveries (to ID) |
 * | `GET /_dummy/messages?to=ID` | | the messages delivered to ID |
 * | `GET /_dummy/requests?path=PATH` | | the recorded requests (to PATH) |
 * | `POST /_dummy/users` | `{ userId?, displayName?, pictureUrl?, statusMessage?, language? }` | 201 the profile |
 * | `POST /_dummy/groups`, `POST /_dummy/rooms` | `{ id?, groupName?, memberIds? }` | 201 `{ id, memberIds }` |
 * | `POST /_dummy/reply-tokens` | `{ to? }` | `{ replyToken }` |
 * | `PUT /_dummy/content/{messageId}` | the bytes, with their Content-Type | 204 |
 * | `POST /_dummy/faults` | a fault rule (`route` as a string) | 201, the rule |
 * | `DELETE /_dummy/faults` | | 204; every fault removed |
 * | `POST /_dummy/reset` | | 204 |
 */

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { DummyLineServer, FaultRule, JsonValue, LineErrorBody, RecordedRequest } from '../types';
import type { PartialWebhookEvent } from './events';
import type { SendWebhookOptions, WebhookRedelivery } from './types';

/** The reserved path prefix. */
export const CONTROL_PREFIX = '/_dummy/';

const MAX_CONTROL_BODY = 64 * 1024 * 1024;

class ControlError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

function readAll(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_CONTROL_BODY) {
        reject(new ControlError(413, 'Request Entity Too Large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function jsonBody(bytes: Buffer): Record<string, unknown> {
  if (bytes.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw new ControlError(400, 'The body must be JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ControlError(400, 'The body must be a JSON object');
  return value as Record<string, unknown>;
}

function optionalString(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new ControlError(400, `'${key}' must be a string`);
  return value;
}

function requireTo(query: URLSearchParams): string {
  const to = query.get('to');
  if (!to) throw new ControlError(400, "The query parameter 'to' is required");
  return to;
}

function recordForJson(r: RecordedRequest): Record<string, unknown> {
  const { body, ...rest } = r;
  return Buffer.isBuffer(body) ? { ...rest, body: undefined, bodyBase64: body.toString('base64') } : { ...rest, body: body as JsonValue | undefined };
}

function send(res: ServerResponse, status: number, body?: unknown): void {
  if (body === undefined) {
    res.writeHead(status);
    res.end();
    return;
  }
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

function redeliveryOf(value: unknown): boolean | WebhookRedelivery | undefined {
  if (value === undefined || typeof value === 'boolean') return value;
  if (typeof value === 'object' && value !== null && Array.isArray((value as { delaysMs?: unknown }).delaysMs)) {
    return { delaysMs: ((value as { delaysMs: unknown[] }).delaysMs).map(Number) };
  }
  throw new ControlError(400, "'redelivery' must be a boolean or { \"delaysMs\": [numbers] }");
}

const FAULT_FIELDS: Readonly<Record<string, string>> = {
  route: 'string',
  times: 'number',
  probability: 'number',
  status: 'number',
  body: 'object',
  headers: 'object',
  delayMs: 'number',
  drop: 'string',
  hang: 'boolean',
};

/** A fault rule from JSON: the fields of {@link FaultRule}, with `route` as a string (`'POST /v2/bot/message/push'`). */
function faultRule(body: Record<string, unknown>): FaultRule {
  for (const [key, value] of Object.entries(body)) {
    const type = FAULT_FIELDS[key];
    if (type === undefined) throw new ControlError(400, `Unknown fault field '${key}' (fields: ${Object.keys(FAULT_FIELDS).join(', ')})`);
    if (typeof value !== type || value === null) throw new ControlError(400, `'${key}' must be a ${type}`);
  }
  if (body.drop !== undefined && body.drop !== 'before' && body.drop !== 'after' && body.drop !== 'mid-answer') throw new ControlError(400, "'drop' must be 'before', 'after' or 'mid-answer'");
  return body as FaultRule & { body?: LineErrorBody };
}

async function route(server: DummyLineServer, req: IncomingMessage, method: string, path: string, query: URLSearchParams): Promise<[number, unknown?]> {
  const name = path.slice(CONTROL_PREFIX.length);
  const content = /^content\/([^/]+)$/.exec(name);
  if (content && method === 'PUT') {
    const bytes = await readAll(req);
    const contentType = String(req.headers['content-type'] ?? 'application/octet-stream');
    server.setMessageContent(decodeURIComponent(content[1]), { stream: () => Readable.from([bytes]), size: bytes.length, contentType });
    return [204];
  }
  const key = `${method} ${name}`;
  switch (key) {
    case 'POST webhook': {
      const body = jsonBody(await readAll(req));
      const url = optionalString(body, 'url');
      if (!Array.isArray(body.events)) throw new ControlError(400, "'events' must be an array of events");
      const events = body.events as PartialWebhookEvent[];
      if (events.some((e) => typeof e !== 'object' || e === null || typeof e.type !== 'string')) {
        throw new ControlError(400, "every event needs a string 'type'");
      }
      const options: SendWebhookOptions = {
        channelSecret: optionalString(body, 'channelSecret'),
        destination: optionalString(body, 'destination'),
        timeoutMs: typeof body.timeoutMs === 'number' ? body.timeoutMs : undefined,
        redelivery: redeliveryOf(body.redelivery),
      };
      const target = url ?? server.webhookEndpoint;
      if (!target) throw new ControlError(400, "No 'url' given and no webhook endpoint set (PUT /_dummy/webhook/endpoint)");
      return [200, await server.sendWebhook(target, events, options)];
    }
    case 'PUT webhook/endpoint': {
      const url = optionalString(jsonBody(await readAll(req)), 'url');
      if (!url) throw new ControlError(400, "'url' is required");
      server.setWebhookEndpoint(url);
      return [204];
    }
    case 'GET webhook/attempts': {
      const url = query.get('url');
      return [200, url ? server.webhookAttempts.filter((a) => a.url === url) : server.webhookAttempts];
    }
    case 'POST webhook/settled':
      await server.webhooksSettled(Number(query.get('timeoutMs') ?? 30_000));
      return [204];
    case 'GET deliveries': {
      const to = query.get('to');
      return [200, to ? server.deliveries.filter((d) => d.recipients.includes(to)) : server.deliveries];
    }
    case 'GET messages':
      return [200, server.messagesTo(requireTo(query))];
    case 'GET requests': {
      const only = query.get('path');
      return [200, server.requests.filter((r) => !only || r.path === only).map(recordForJson)];
    }
    case 'POST users': {
      const body = jsonBody(await readAll(req));
      const user = server.user({
        userId: optionalString(body, 'userId'),
        displayName: optionalString(body, 'displayName'),
        pictureUrl: optionalString(body, 'pictureUrl'),
        statusMessage: optionalString(body, 'statusMessage'),
        language: optionalString(body, 'language'),
      });
      return [201, Object.fromEntries(Object.entries(user.profile).filter(([, v]) => v !== undefined))];
    }
    case 'POST groups':
    case 'POST rooms': {
      const body = jsonBody(await readAll(req));
      const memberIds = body.memberIds ?? [];
      if (!Array.isArray(memberIds) || memberIds.some((m) => typeof m !== 'string')) throw new ControlError(400, "'memberIds' must be an array of strings");
      const init = { id: optionalString(body, 'id'), groupName: optionalString(body, 'groupName'), memberIds: memberIds as string[] };
      const chat = key === 'POST groups' ? server.group(init) : server.room(init);
      return [201, { id: chat.id, ...(key === 'POST groups' ? { groupName: init.groupName ?? chat.id } : {}), memberIds }];
    }
    case 'POST reply-tokens': {
      const to = optionalString(jsonBody(await readAll(req)), 'to');
      return [200, { replyToken: server.issueReplyToken(to) }];
    }
    case 'POST faults': {
      const rule = faultRule(jsonBody(await readAll(req)));
      server.faults.add(rule);
      return [201, rule];
    }
    case 'DELETE faults':
      server.faults.clear();
      return [204];
    case 'POST reset':
      server.reset();
      return [204];
    default:
      throw new ControlError(404, `No control endpoint ${method} ${path} (see docs/testing.md)`);
  }
}

/**
 * Answers a request under `/_dummy/`.
 *
 * @param server - the dummy server
 * @param req - the request
 * @param res - the response
 * @returns a promise that settles when answered
 */
export async function handleControl(server: DummyLineServer, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://dummy');
  try {
    const [status, body] = await route(server, req, req.method ?? 'GET', url.pathname, url.searchParams);
    send(res, status, body);
  } catch (err) {
    const status = err instanceof ControlError ? err.status : 500;
    send(res, status, { message: err instanceof Error ? err.message : String(err) });
  }
}
