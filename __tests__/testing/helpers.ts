import { createDummyLineServer, type DummyLineServer } from '../../src/testing';

/** What `call` resolves with. */
export interface CallResult<T> {
  status: number;
  headers: Headers;
  /** Parsed JSON (undefined when the body is not JSON). */
  body: T;
  /** Raw body bytes. */
  bytes: Buffer;
}

/** Options of `call`. */
export interface CallOptions {
  host?: 'api' | 'data';
  /** JSON body (objects are stringified), raw string, or bytes. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Token to send; `null` sends no Authorization header. Defaults to the server's token. */
  token?: string | null;
}

/**
 * Sends one request to the dummy server with the global fetch.
 *
 * @returns status, headers, parsed body and raw bytes
 */
export async function call<T = Record<string, unknown>>(
  server: DummyLineServer,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const origin = options.host === 'data' ? server.dataOrigin : server.origin;
  const headers: Record<string, string> = { ...options.headers };
  const token = options.token === undefined ? server.accessToken : options.token;
  if (token !== null) headers.authorization = `Bearer ${token}`;
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  if (typeof options.body === 'string') body = options.body;
  else if (Buffer.isBuffer(options.body)) body = new Uint8Array(options.body);
  else if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const res = await fetch(`${origin}${path}`, { method, headers, body });
  const bytes = Buffer.from(await res.arrayBuffer());
  let parsed: unknown;
  try {
    parsed = JSON.parse(bytes.toString('utf8'));
  } catch {
    parsed = undefined;
  }
  return { status: res.status, headers: res.headers, body: parsed as T, bytes };
}

/** A text message. */
export function text(value: string): { type: 'text'; text: string } {
  return { type: 'text', text: value };
}

/** A well-formed retry key. */
export function uuid(): string {
  return crypto.randomUUID();
}

/**
 * A minimal PNG header of the given size (signature + IHDR), enough for LINE-style checks.
 *
 * @returns the bytes
 */
export function pngOf(width: number, height: number, extraBytes = 0): Buffer {
  const header = Buffer.alloc(33 + extraBytes);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(header, 0);
  header.writeUInt32BE(13, 8);
  header.write('IHDR', 12, 'latin1');
  header.writeUInt32BE(width, 16);
  header.writeUInt32BE(height, 20);
  header[24] = 8;
  header[25] = 6;
  for (let i = 33; i < header.length; i++) header[i] = i % 251;
  return header;
}

/** A rich menu object LINE accepts. */
export const RICH_MENU = {
  size: { width: 2500, height: 1686 },
  selected: false,
  name: 'menu',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'postback', data: 'a=1' } }],
};

/** A user id as LINE makes them: `U` + 32 lowercase hex digits (`uid(1)` is `U000…001`). */
export function uid(n: number): string {
  return `U${n.toString(16).padStart(32, '0')}`;
}

/** A group id: `C` + 32 lowercase hex digits. */
export function gid(n: number): string {
  return `C${n.toString(16).padStart(32, '0')}`;
}

/** A room id: `R` + 32 lowercase hex digits. */
export function rid(n: number): string {
  return `R${n.toString(16).padStart(32, '0')}`;
}

/**
 * The dummy server the domain suites share: two channels (for the token endpoints), one profile, a membership of 450
 * members and a shared audience. Each suite starts its own, resets it after every test and closes it at the end.
 */
export function createSeededServer(): Promise<DummyLineServer> {
  return createDummyLineServer({
    channels: [
      { channelId: '1111', channelSecret: 'secret-1' },
      { channelId: '2222', channelSecret: 'secret-2' },
    ],
    profiles: [{ userId: uid(1), displayName: 'One' }],
    memberships: [{ membershipId: 7, title: 'Basic', memberIds: { count: 450, prefix: 'Ue' } }],
    audienceGroups: [{ audienceGroupId: 42, description: 'shared one', audienceIds: [uid(1)] }],
  });
}

/** Headers of a form-encoded body (the channel access token endpoints). */
export const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

/** A valid rich menu body. */
export const MENU = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'm',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 843 }, action: { type: 'postback', data: 'a' } }],
};
