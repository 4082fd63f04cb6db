/**
 * The HTTP side of the dummy platform: three `node:http` listeners (api, data and manager hosts) and the request
 * pipeline every request goes through:
 *
 * 1. match the route, pick a fault, read the body (413 beyond the route's limit);
 * 2. apply the fault (delay, `drop: 'before'`, hang, injected status);
 * 3. authenticate (401), resolve the route (404), check `X-Line-Retry-Key` (400 / 409);
 * 4. run the handler, remember an accepted retry key;
 * 5. answer, with a unique `x-line-request-id` (or drop the connection for `drop: 'after'`, or cut the answer after its
 *    headers for `drop: 'mid-answer'`).
 */

import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeaders, Server, ServerResponse } from 'node:http';
import { Readable, pipeline } from 'node:stream';
import { LINE_ERROR_BODIES, DummyErrorAnswer, defaultFaultBody, notFound } from './errors';
import { DEFAULT_SEED, Faults } from './faults';
import { DEFAULT_MAX_BODY_BYTES, RouteTable, StreamBody } from './router';
import type { BodyKind, RouteMatch, RouteReply } from './router';
import { allRoutes } from './routes';
import { DEFAULT_REPLY_TARGET, DummyState } from './state';
import { checkPathIds } from './validation';
import { CONTROL_PREFIX, handleControl } from './simulator/control';
import type { PartialWebhookEvent } from './simulator/events';
import { Simulator } from './simulator/simulator';
import type {
  SendWebhookOptions,
  SimulatedChat,
  SimulatedChatInit,
  SimulatedUser,
  SimulatedUserInit,
  WebhookAttempt,
  WebhookResult,
} from './simulator/types';
import type {
  Delivery,
  DummyHost,
  DummyLineServer,
  DummyLineServerOptions,
  FaultController,
  JsonObject,
  JsonValue,
  RecordedRequest,
  SeedContent,
  SentMessage,
} from './types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_MAX_RECORDED = 100_000;
const EMPTY_QUERY: Readonly<Record<string, string>> = Object.freeze({});
/** The default channel's id when no `channels` are seeded (the LIFF ids use it too). */
const DEFAULT_CHANNEL_ID = '1234567890';
const RETRY_KEY_NOT_SUPPORTED = { message: 'The X-Line-Retry-Key header is not supported by this endpoint' };
const UNSUPPORTED_MEDIA_TYPE = { message: 'Unsupported Media Type' };

type MutableRecord = { -readonly [K in keyof RecordedRequest]: RecordedRequest[K] };

interface ReadBody {
  readonly bytes: Buffer;
  readonly tooLarge: boolean;
  /** Bytes received (also past the limit). */
  readonly size: number;
}

/** The default of `maxRecordedBodyBytes`: 1 MiB. */
export const DEFAULT_MAX_RECORDED_BODY_BYTES = 1024 * 1024;

const LOOPBACK = new Set(['127.0.0.1', '::1', '[::1]', 'localhost']);

/**
 * Checks the address to listen on: loopback, or beyond it only with `allowRemote` (then returns the warning to print).
 *
 * @param hostname - the address
 * @param allowRemote - the explicit choice to listen beyond loopback
 * @returns the warning to print, if any
 */
export function checkHostname(hostname: string, allowRemote: boolean | undefined): string | undefined {
  if (LOOPBACK.has(hostname.toLowerCase())) return undefined;
  if (!allowRemote) {
    throw new TypeError(
      `The dummy LINE platform listens on loopback only (127.0.0.1, ::1, localhost); '${hostname}' would expose it, its tokens and the requests it records to the network. Pass allowRemote: true (CLI: --allow-remote) to do so anyway.`,
    );
  }
  return `The dummy LINE platform listens on ${hostname}, beyond loopback: anyone who can reach it can use its tokens and read the requests it records. Use it on a trusted network only.`;
}

interface ParsedBody {
  readonly value: JsonValue | Buffer | string | undefined;
  readonly error: DummyErrorAnswer | undefined;
}

/** A request after step 2 of the pipeline: parsed, but not yet authenticated or routed. */
interface Incoming {
  readonly requestId: string;
  readonly host: DummyHost;
  readonly method: string;
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  readonly rawQuery: string;
  readonly headers: IncomingHttpHeaders;
  readonly match: RouteMatch | undefined;
  readonly raw: ReadBody;
  readonly parsed: ParsedBody;
}

function readBody(req: IncomingMessage, max: number): Promise<ReadBody> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        tooLarge = true;
        chunks.length = 0;
      } else chunks.push(chunk);
    });
    req.on('end', () => {
      const bytes = chunks.length === 1 ? chunks[0] : Buffer.concat(chunks);
      resolve({ bytes: tooLarge ? Buffer.alloc(0) : bytes, tooLarge, size });
    });
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('request aborted'));
    });
  });
}

function parseQuery(text: string): Readonly<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const [key, value] of new URLSearchParams(text)) if (!(key in out)) out[key] = value;
  return out;
}

function jsonParseError(text: string, err: unknown): DummyErrorAnswer {
  const position = /position (\d+)/.exec(err instanceof Error ? err.message : '');
  const pos = position ? Number(position[1]) : text.length;
  const before = text.slice(0, pos);
  const line = before.split('\n').length;
  const column = pos - before.lastIndexOf('\n');
  return new DummyErrorAnswer(400, { message: `The request body could not be parsed as JSON (line: ${line}, column: ${column})` });
}

function parseBody(kind: BodyKind, bytes: Buffer): ParsedBody {
  if (kind === 'binary' || kind === 'multipart') return { value: bytes, error: undefined };
  if (bytes.length === 0) return { value: undefined, error: undefined };
  const text = bytes.toString('utf8');
  if (kind === 'form') return { value: text, error: undefined };
  try {
    return { value: JSON.parse(text) as JsonValue, error: undefined };
  } catch (err) {
    return { value: text, error: kind === 'json' ? jsonParseError(text, err) : undefined };
  }
}

function originOf(hostname: string, port: number): string {
  const host = hostname === '0.0.0.0' || hostname === '::' ? '127.0.0.1' : hostname;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

function listen(server: Server, port: number, hostname: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, hostname, () => {
      server.off('error', reject);
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The running server behind the {@link DummyLineServer} interface. */
export class DummyLineServerImpl implements DummyLineServer {
  /** A valid channel access token. */
  readonly accessToken: string;
  /** The ID of the default channel. */
  readonly channelId: string;
  /** The secret of the default channel. */
  readonly channelSecret: string;
  /** Base URL of the manager host (set by `start()`). */
  managerOrigin = '';
  /** The manager host port (set by `start()`). */
  managerPort = 0;
  /** Base URL of the api host (set by `start()`). */
  origin = '';
  /** Base URL of the data host (set by `start()`). */
  dataOrigin = '';
  /** The api host port (set by `start()`). */
  port = 0;
  /** The data host port (set by `start()`). */
  dataPort = 0;
  private state: DummyState;
  private readonly faultRules: Faults;
  private readonly routes = new RouteTable();
  private readonly api: Server;
  private readonly data: Server;
  private readonly manager: Server;
  private records: MutableRecord[] = [];
  private readonly maxRecorded: number;
  private readonly maxRecordedBody: number;
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly hanging = new Set<ServerResponse>();
  private closing: Promise<void> | undefined;
  private readonly sim: Simulator;

  /** @param options - the seed options */
  constructor(private readonly options: DummyLineServerOptions) {
    this.accessToken = options.accessToken ?? randomBytes(24).toString('base64url');
    const channel = options.channels?.[0] ?? { channelId: DEFAULT_CHANNEL_ID, channelSecret: randomBytes(16).toString('hex') };
    this.channelId = channel.channelId;
    this.channelSecret = channel.channelSecret;
    this.state = new DummyState(options, this.accessToken, channel);
    this.sim = new Simulator(() => this.state, options, this.channelSecret);
    this.faultRules = new Faults(options.seed ?? DEFAULT_SEED);
    this.maxRecorded = Math.max(0, options.maxRecordedRequests ?? DEFAULT_MAX_RECORDED);
    this.maxRecordedBody = Math.max(0, options.maxRecordedBodyBytes ?? DEFAULT_MAX_RECORDED_BODY_BYTES);
    this.routes.add(...allRoutes);
    this.api = createServer((req, res) => this.onRequest('api', req, res));
    this.data = createServer((req, res) => this.onRequest('data', req, res));
    this.manager = createServer((req, res) => this.onRequest('manager', req, res));
  }

  /**
   * Starts both listeners.
   *
   * @returns a promise that settles when both listen
   */
  async start(): Promise<void> {
    const hostname = this.options.hostname ?? '127.0.0.1';
    const warning = checkHostname(hostname, this.options.allowRemote);
    if (warning) process.emitWarning(warning, 'DummyLineWarning');
    try {
      this.port = await listen(this.api, this.options.port ?? 0, hostname);
      this.dataPort = await listen(this.data, this.options.dataPort ?? 0, hostname);
      this.managerPort = await listen(this.manager, this.options.managerPort ?? 0, hostname);
    } catch (err) {
      await this.close();
      throw err;
    }
    this.origin = originOf(hostname, this.port);
    this.dataOrigin = originOf(hostname, this.dataPort);
    this.managerOrigin = originOf(hostname, this.managerPort);
  }

  /** Every request received so far (up to `maxRecordedRequests`), oldest first. */
  get requests(): readonly RecordedRequest[] {
    if (this.records.length > this.maxRecorded) this.records.splice(0, this.records.length - this.maxRecorded);
    return this.records;
  }

  /** Every accepted send, oldest first. */
  get deliveries(): readonly Delivery[] {
    return this.state.deliveries;
  }

  /** Fault injection. */
  get faults(): FaultController {
    return this.faultRules;
  }

  /**
   * The messages delivered to a user, group or room, in order.
   *
   * @param id - a user, group or room id
   * @returns the message objects as sent
   */
  messagesTo(id: string): readonly JsonObject[] {
    return this.state.messagesTo(id);
  }

  /**
   * Creates a valid, single-use reply token.
   *
   * @param to - who a reply with it goes to
   * @returns the token
   */
  issueReplyToken(to: string = DEFAULT_REPLY_TARGET): string {
    return this.state.issueReplyToken(to);
  }

  /**
   * Makes one more channel access token valid.
   *
   * @param token - the token; random when absent
   * @returns the token
   */
  addAccessToken(token: string = randomBytes(24).toString('base64url')): string {
    this.state.tokens.add(token);
    return token;
  }

  /**
   * Makes a channel access token invalid.
   *
   * @param token - the token
   * @returns whether it was valid
   */
  revokeAccessToken(token: string): boolean {
    const issued = this.state.issuedToken(token) !== undefined && this.state.issuedTokens.delete(token);
    return this.state.tokens.delete(token) || issued;
  }

  /**
   * Sets the content of a message on the data host.
   *
   * @param messageId - the message id
   * @param content - the bytes, or how to generate them
   */
  setMessageContent(messageId: string, content: SeedContent): void {
    this.state.content.set(messageId, content);
  }

  /** Returns the state to the seeded options and removes every fault and record. */
  reset(): void {
    this.state = new DummyState(this.options, this.accessToken, { channelId: this.channelId, channelSecret: this.channelSecret });
    this.records = [];
    this.faultRules.reset();
    this.sim.reset();
  }

  /**
   * Stops both listeners and destroys every open connection.
   *
   * @returns a promise that settles when both listeners are closed
   */
  close(): Promise<void> {
    this.closing ??= (async () => {
      this.sim.close();
      for (const timer of this.timers) clearTimeout(timer);
      this.timers.clear();
      for (const res of this.hanging) res.destroy();
      this.hanging.clear();
      await Promise.all([closeServer(this.api), closeServer(this.data), closeServer(this.manager)]);
    })();
    return this.closing;
  }

  // --- The simulator (the platform calling the bot); see simulator/. ---

  /** The webhook URL simulated users send to. */
  get webhookEndpoint(): string {
    return this.state.webhook.endpoint;
  }

  /** Every webhook delivery attempt. */
  get webhookAttempts(): readonly WebhookAttempt[] {
    return this.sim.webhookAttempts;
  }

  /**
   * Posts events to a bot as LINE does.
   *
   * @param url - the bot's webhook URL
   * @param events - the events
   * @param options - channel secret, destination, timeout, redelivery
   * @returns what the bot answered first, and the events as sent
   */
  sendWebhook(url: string, events: readonly PartialWebhookEvent[], options?: SendWebhookOptions): Promise<WebhookResult> {
    return this.sim.sendWebhook(url, events, options);
  }

  /** @param url - the webhook URL simulated users send to */
  setWebhookEndpoint(url: string): void {
    this.sim.setWebhookEndpoint(url);
  }

  /**
   * Creates a simulated user.
   *
   * @param init - a display name, or profile fields
   * @returns the user
   */
  user(init?: string | SimulatedUserInit): SimulatedUser {
    return this.sim.user(init);
  }

  /**
   * Creates a simulated group.
   *
   * @param init - a group name, or id, name and members
   * @returns the group
   */
  group(init?: string | SimulatedChatInit): SimulatedChat {
    return this.sim.chat('group', typeof init === 'string' ? { groupName: init } : init);
  }

  /**
   * Creates a simulated room.
   *
   * @param init - id and members
   * @returns the room
   */
  room(init?: SimulatedChatInit): SimulatedChat {
    return this.sim.chat('room', init);
  }

  /**
   * Waits until no webhook delivery is in flight or scheduled.
   *
   * @param timeoutMs - the most to wait
   * @returns a promise that settles when idle
   */
  webhooksSettled(timeoutMs?: number): Promise<void> {
    return this.sim.webhooksSettled(timeoutMs);
  }

  private onRequest(host: DummyHost, req: IncomingMessage, res: ServerResponse): void {
    if (host === 'api' && req.url?.startsWith(CONTROL_PREFIX)) {
      void handleControl(this, req, res).finally(() => this.sim.notify());
      return;
    }
    this.handle(host, req, res).then(() => this.sim.notify(), () => {
      if (!res.headersSent && !res.destroyed) {
        res.writeHead(500, { 'content-type': 'application/json', 'x-line-request-id': randomUUID() });
        res.end(JSON.stringify(LINE_ERROR_BODIES.internalServerError));
      } else res.destroy();
    });
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private async handle(host: DummyHost, req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const method = req.method ?? 'GET';
    const url = req.url ?? '/';
    const q = url.indexOf('?');
    const path = q < 0 ? url : url.slice(0, q);
    const rawQuery = q < 0 ? '' : url.slice(q + 1);
    const query = q < 0 ? EMPTY_QUERY : parseQuery(rawQuery);
    const match = this.routes.match(host, method, path);
    const route = match ? `${method} ${match.def.path}` : undefined;
    const fault = this.faultRules.pick({ method, host, path, route, headers: req.headers });

    const time = Date.now();
    let raw: ReadBody;
    try {
      raw = await readBody(req, match?.def.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES);
    } catch {
      return; // the client went away
    }
    if (fault?.delayMs !== undefined && fault.delayMs > 0) {
      await this.sleep(fault.delayMs);
      if (this.closing) return;
    }
    const kind: BodyKind = match?.def.body ?? (method === 'POST' || method === 'PUT' ? 'json' : 'none');
    const parsed = parseBody(kind, raw.bytes);
    const record: MutableRecord = {
      requestId,
      method,
      host,
      path,
      query,
      headers: req.headers,
      body: parsed.value,
      time,
      status: undefined,
      dropped: false,
    };
    if (raw.size > this.maxRecordedBody) {
      record.body = undefined;
      record.bodyOmitted = 'over-cap';
      record.bodyBytes = raw.size;
    }
    this.record(record);
    if (fault?.drop === 'before') {
      // Recorded (so tests can count attempts) but never processed: nothing is delivered.
      record.dropped = true;
      req.socket.destroy();
      return;
    }

    if (fault?.hang) {
      this.hanging.add(res);
      res.on('close', () => this.hanging.delete(res));
      return;
    }
    if (fault?.status !== undefined) {
      this.send(res, record, {
        status: fault.status,
        body: fault.body ?? defaultFaultBody(fault.status),
        headers: fault.headers,
      });
      return;
    }

    const reply = this.process({ requestId, host, method, path, query, rawQuery, headers: req.headers, match, raw, parsed });
    // Rejected requests (unauthenticated, unrouted, too large) are recorded without their body.
    if (reply.status === 401 || reply.status === 413 || (reply.status === 404 && !match)) {
      record.body = undefined;
      record.bodyOmitted = 'rejected';
      record.bodyBytes = raw.size;
    }
    if (fault?.drop === 'after') {
      record.dropped = true;
      req.socket.destroy();
      return;
    }
    if (fault?.drop === 'mid-answer') {
      record.dropped = true;
      this.send(res, record, reply, () => req.socket.destroy());
      return;
    }
    this.send(res, record, reply);
  }

  private record(record: MutableRecord): void {
    if (this.options.recordRequests === false || this.maxRecorded === 0) return;
    this.records.push(record);
    if (this.records.length >= this.maxRecorded * 2) this.records.splice(0, this.records.length - this.maxRecorded);
  }

  private authenticate(headers: IncomingHttpHeaders): void {
    const header = headers.authorization;
    const m = typeof header === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
    if (!m) throw new DummyErrorAnswer(401, LINE_ERROR_BODIES.authorizationRequired);
    if (!this.state.isValidToken(m[1])) throw new DummyErrorAnswer(401, LINE_ERROR_BODIES.authenticationFailed);
  }

  /** Steps 3 and 4 of the pipeline; synchronous, so a retry key is checked and remembered atomically. */
  private process(incoming: Incoming): RouteReply {
    const { requestId, host, method, path, query, rawQuery, headers, match, raw, parsed } = incoming;
    try {
      if (match?.def.auth !== false) this.authenticate(headers);
      if (!match) throw notFound();
      const { def, params } = match;
      const keyHeader = headers['x-line-retry-key'];
      const retryKey = Array.isArray(keyHeader) ? keyHeader[0] : keyHeader;
      if (retryKey !== undefined) {
        if (!def.retryKey) throw new DummyErrorAnswer(400, RETRY_KEY_NOT_SUPPORTED);
        if (!UUID.test(retryKey)) throw new DummyErrorAnswer(400, LINE_ERROR_BODIES.invalidRetryKey);
        const accepted = this.state.acceptedRetryKey(retryKey);
        if (accepted) {
          const body = accepted.sentMessages
            ? { ...LINE_ERROR_BODIES.retryKeyAccepted, sentMessages: accepted.sentMessages }
            : LINE_ERROR_BODIES.retryKeyAccepted;
          throw new DummyErrorAnswer(409, body, { 'x-line-accepted-request-id': accepted.requestId });
        }
      }
      if (raw.tooLarge) throw new DummyErrorAnswer(413, { message: 'Request Entity Too Large' });
      // LINE answers 415 to a JSON endpoint sent anything but application/json (a form-encoded push, say).
      const contentType = String(headers['content-type'] ?? '');
      if ((def.body ?? 'json') === 'json' && raw.bytes.length > 0 && !/^application\/json\s*(;|$)/i.test(contentType)) {
        throw new DummyErrorAnswer(415, UNSUPPORTED_MEDIA_TYPE);
      }
      if (parsed.error) throw parsed.error;
      if (this.state.options.validateIds !== false) checkPathIds(params);
      const reply = def.handler({
        state: this.state,
        requestId,
        method,
        host,
        path,
        query,
        rawQuery,
        headers,
        params,
        body: parsed.value,
        rawBody: raw.bytes,
        retryKey,
      });
      const status = reply.status ?? 200;
      if (retryKey !== undefined && status >= 200 && status < 300) {
        const body = reply.body as { sentMessages?: readonly SentMessage[] } | undefined;
        this.state.acceptRetryKey(retryKey, requestId, body?.sentMessages);
      }
      return reply;
    } catch (err) {
      if (err instanceof DummyErrorAnswer) return { status: err.status, body: err.body, headers: err.headers };
      throw err;
    }
  }

  /** Answers; with `cut`, sends the head and half the body, then calls `cut` (which destroys the connection). */
  private send(res: ServerResponse, record: MutableRecord, reply: RouteReply, cut?: () => void): void {
    const status = reply.status ?? 200;
    record.status = status;
    const headers: OutgoingHttpHeaders = { 'x-line-request-id': record.requestId, ...reply.headers };
    const body = reply.body;
    if (body instanceof StreamBody) {
      headers['content-type'] = reply.contentType ?? 'application/octet-stream';
      if (body.size !== undefined) headers['content-length'] = body.size;
      if (cut) {
        headers['content-length'] = Math.max(2, body.size ?? 2);
        res.writeHead(status, headers);
        res.write(Buffer.from('\0'), cut);
        return;
      }
      res.writeHead(status, headers);
      const source = body.stream instanceof Readable ? body.stream : Readable.from(body.stream);
      pipeline(source, res, () => undefined);
      return;
    }
    let payload: Buffer | string;
    if (Buffer.isBuffer(body)) {
      payload = body;
      headers['content-type'] = reply.contentType ?? 'application/octet-stream';
    } else {
      payload = body === undefined ? '' : JSON.stringify(body);
      headers['content-type'] = reply.contentType ?? 'application/json';
    }
    if (cut) {
      const bytes = Buffer.from(payload.length > 0 ? payload : '{}');
      headers['content-length'] = bytes.length;
      res.writeHead(status, headers);
      res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), cut);
      return;
    }
    headers['content-length'] = Buffer.byteLength(payload);
    res.writeHead(status, headers);
    res.end(payload);
  }
}

/**
 * Starts a dummy LINE platform: a real HTTP server on 127.0.0.1 that serves the api host, the data host
 * and the manager host (module attach) on three ports, issues channel access tokens, keeps state like LINE (rich menus, LIFF apps, audiences, deliveries…), rejects what
 * LINE rejects with LINE's status and error body, and can inject faults.
 *
 * @example
 * ```ts
 * const server = await createDummyLineServer({ profiles: [{ userId: 'U1', displayName: 'Taro' }] });
 * const client = new LineClient({ accessToken: server.accessToken, origin: server.origin, dataOrigin: server.dataOrigin });
 * await client.pushText('U1', 'hello');
 * expect(server.messagesTo('U1')).toEqual([{ type: 'text', text: 'hello' }]);
 * await server.close();
 * ```
 *
 * @param options - what to seed and how to behave
 * @returns the running server (close it with `server.close()`)
 */
export async function createDummyLineServer(options: DummyLineServerOptions = {}): Promise<DummyLineServer> {
  const server = new DummyLineServerImpl(options);
  await server.start();
  return server;
}
