import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request a loopback server received. */
export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A node:http server on 127.0.0.1 that records requests and counts connections; closed by `close()`. */
export interface Loopback {
  origin: string;
  port: number;
  seen: Seen[];
  connections: () => number;
  close: () => Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, body: string) => void;

/** Answers like LINE's push: `{ sentMessages }` with an `x-line-request-id`. */
export const okJson =
  (body: unknown = { sentMessages: [{ id: '1', quoteToken: 'q' }] }, headers: http.OutgoingHttpHeaders = {}): Handler =>
  (_req, res) => {
    const payload = JSON.stringify(body);
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), 'x-line-request-id': 'req-1', ...headers });
    res.end(payload);
  };

export async function loopback(handler: Handler): Promise<Loopback> {
  const seen: Seen[] = [];
  let connections = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body });
      handler(req, res, body);
    });
  });
  server.on('connection', () => connections++);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    seen,
    connections: () => connections,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export const USER = 'U4af4980629b6f0a6c5b2b1b8e0e8f6c1';
export const TOKEN = 'perf-test-token';

/** Headers that say nothing about the call (connection management, framing). */
const TRANSPORT = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'x-line-retry-key']);

export function callHeaders(s: Seen): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.headers)) if (!TRANSPORT.has(k)) out[k] = String(v);
  return out;
}
