import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** Reference signature: base64 HMAC-SHA256 of the bytes (strings as UTF-8). */
export function sign(body: string | Uint8Array, secret: string): string {
  return createHmac('sha256', secret)
    .update(typeof body === 'string' ? Buffer.from(body, 'utf8') : body)
    .digest('base64');
}

export const SECRET = 'test-channel-secret-0123456789ab';
export const OLD_SECRET = 'old-channel-secret-fedcba987654';

/**
 * A webhook body whose text message contains the emoji U+1F928 written as the JSON escape `\uD83E\uDD28`
 * (the bytes LINE sends). `JSON.stringify(JSON.parse(body))` writes the emoji as 4 UTF-8 bytes instead.
 */
export const ESCAPED_EMOJI_BODY =
  '{"destination":"U0123456789abcdef0123456789abcdef","events":[{"type":"message","message":' +
  '{"type":"text","id":"468789577898262530","quoteToken":"q3Plxr4AgKd","text":"\\uD83E\\uDD28 hi \\u3053\\u3093"},' +
  '"webhookEventId":"01H810YECXQQZ37VAXPF6H9E6T","deliveryContext":{"isRedelivery":false},' +
  '"timestamp":1692251666727,"source":{"type":"user","userId":"U0123456789abcdef0123456789abcdef"},' +
  '"replyToken":"38ef843bde154d9b91c21320ffd17a0f","mode":"active"}]}';

export interface Listening {
  url: string;
  close(): Promise<void>;
}

/** Starts a server on 127.0.0.1 with an ephemeral port. */
export async function listen(listener: http.RequestListener): Promise<Listening> {
  const server = http.createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

export interface Answer {
  status: number;
  text: string;
  headers: http.IncomingHttpHeaders;
}

/**
 * POSTs to a loopback server without keep-alive. `chunks` are written one by one; without a content-length the
 * request is sent chunked.
 */
export function post(
  url: string,
  chunks: string | Buffer | Array<string | Buffer>,
  headers: Record<string, string> = {},
  { contentLength = true }: { contentLength?: boolean } = {},
): Promise<Answer> {
  const list = Array.isArray(chunks) ? chunks : [chunks];
  const buffers = list.map((c) => (typeof c === 'string' ? Buffer.from(c, 'utf8') : c));
  const total = buffers.reduce((n, b) => n + b.length, 0);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          ...(contentLength ? { 'content-length': String(total) } : {}),
          ...headers,
        },
      },
      (res) => {
        const got: Buffer[] = [];
        res.on('data', (c: Buffer) => got.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(got).toString('utf8'), headers: res.headers }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    for (const b of buffers) req.write(b);
    req.end();
  });
}

/** Reads a request stream fully (what a platform such as Firebase does before calling user code). */
export function readAll(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const got: Buffer[] = [];
    req.on('data', (c: Buffer) => got.push(c));
    req.on('end', () => resolve(Buffer.concat(got)));
    req.on('error', reject);
  });
}

/** The dummy server's seeded PRNG (mulberry32), so the fuzz test is reproducible. */
export { createPrng as prng } from '../../src/testing/faults';
