/**
 * Shared setup of the integration suite: every LineClient method against the dummy LINE platform, over real HTTP on
 * 127.0.0.1, through `origin` / `dataOrigin` (no nock, no mocks).
 */
import { deflateSync } from 'node:zlib';
import { LineClient } from '../../src';
import type { ClientConfig, LineTypes } from '../../src';
import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer, DummyLineServerOptions, JsonObject } from '../../src/testing';

/** A user id as LINE makes them (`U` + 32 hex digits). */
export function uid(n: number): string {
  return `U${n.toString(16).padStart(32, '0')}`;
}

export const ALICE = uid(1);
export const BOB = uid(2);
export const CAROL = uid(3);

/** The seed most files share: three profiled users who follow the bot, a group and a room, content. */
export const SEED: DummyLineServerOptions = {
  profiles: [
    { userId: ALICE, displayName: 'Alice', pictureUrl: 'https://example.com/alice.png', statusMessage: 'hi', language: 'en' },
    { userId: BOB, displayName: 'Bob', language: 'ja' },
    { userId: CAROL, displayName: 'Carol' },
  ],
  followers: [ALICE, BOB, CAROL],
};

/**
 * Starts a dummy server; call it in `beforeAll` and `close()` it in `afterAll`.
 *
 * @returns the server
 */
export function startServer(options: DummyLineServerOptions = {}): Promise<DummyLineServer> {
  return createDummyLineServer({ ...SEED, ...options });
}

/**
 * Registers a file's lifecycle: before all tests, a dummy server (`startServer(options)`) and a client of it
 * (`makeClient`, `clientOf` by default) are made and handed to `set`; the server is reset after each test and closed
 * after all.
 */
export function useDummyServer(
  set: (server: DummyLineServer, client: LineClient) => void,
  options: DummyLineServerOptions = {},
  makeClient: (server: DummyLineServer) => LineClient = (server) => clientOf(server),
): void {
  let server: DummyLineServer | undefined;
  beforeAll(async () => {
    server = await startServer(options);
    set(server, makeClient(server));
  });
  afterEach(() => server?.reset());
  afterAll(() => server?.close());
}

/**
 * A client pointed at the dummy server, with a fast retry backoff.
 *
 * @returns the client
 */
export function clientOf(server: DummyLineServer, config: Partial<ClientConfig> = {}): LineClient {
  return new LineClient({
    accessToken: server.accessToken,
    channelSecret: 'integration-secret',
    origin: server.origin,
    dataOrigin: server.dataOrigin,
    retry: { retries: 2, minDelayMs: 1, maxDelayMs: 2 },
    ...config,
  });
}

/** The last message delivered to `id`. */
export function lastTo(server: DummyLineServer, id: string): JsonObject | undefined {
  return server.messagesTo(id).at(-1);
}

/** The requests the server received for a method and path (path may be a RegExp). */
export function requestsTo(server: DummyLineServer, method: string, path: string | RegExp) {
  return server.requests.filter((r) => r.method === method && (typeof path === 'string' ? r.path === path : path.test(r.path)));
}

/** Today in LINE's time zone (UTC+9), as `yyyyMMdd`. */
export function lineToday(): string {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([head, body, crc]);
}

/**
 * A complete, valid 8-bit greyscale PNG (IHDR, IDAT, IEND with CRCs) of a diagonal gradient.
 *
 * @returns the bytes
 */
export function realPng(width: number, height: number): Buffer {
  const raw = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) raw[y * (width + 1) + 1 + x] = (x + y) & 0xff;
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A rich menu LINE accepts: 2500×843, two areas. */
export const RICH_MENU = {
  size: { width: 2500, height: 843 },
  selected: false,
  name: 'integration menu',
  chatBarText: 'Menu',
  areas: [
    { bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: 'postback' as const, data: 'left' } },
    { bounds: { x: 1250, y: 0, width: 1250, height: 843 }, action: { type: 'uri' as const, uri: 'https://example.com' } },
  ],
};

/** A coupon LINE accepts: running from 2023-11 to 2027-01, free, public. */
export const COUPON: LineTypes.CouponCreateRequest = {
  title: 'Ten off',
  startTimestamp: 1_700_000_000,
  endTimestamp: 1_800_000_000,
  maxUseCountPerTicket: 1,
  visibility: 'PUBLIC',
  timezone: 'ASIA_TOKYO',
  acquisitionCondition: { type: 'normal' },
  reward: { type: 'free' },
};
