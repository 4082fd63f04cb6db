/**
 * A bare loopback HTTP server for transport tests: records each request (method, url, headers, body) and answers
 * with the handler given. Stopped by `close()` (open sockets destroyed).
 */
import http from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

import { LineClient } from '../../src';
import type { ClientConfig } from '../../src/types/client';

export interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export interface Loopback {
  origin: string;
  seen: Seen[];
  close(): Promise<void>;
}

export type Handler = (req: http.IncomingMessage, res: http.ServerResponse, index: number, body: string) => void;

/** Starts a server on 127.0.0.1 with `handler` (default: 200 `{}`). */
export async function loopback(handler?: Handler): Promise<Loopback> {
  const seen: Seen[] = [];
  const sockets = new Set<Socket>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const index = seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers, body }) - 1;
      if (handler) handler(req, res, index, body);
      else {
        res.setHeader('Content-Type', 'application/json');
        res.end('{}');
      }
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

export const SENDERS = ['node', 'fetch', 'axios'] as const;
export type SenderName = (typeof SENDERS)[number];

/** A client whose every host is `origin`, on the sender named. */
export function clientOn(sender: SenderName, origin: string, config: Partial<ClientConfig> = {}): LineClient {
  const client = new LineClient({
    accessToken: 'tok-loopback',
    origin,
    dataOrigin: origin,
    managerOrigin: origin,
    retry: false,
    ...(sender === 'fetch' ? { fetch: true } : {}),
    ...config,
  } as ClientConfig);
  if (sender === 'axios') {
    void client.axios;
    void client.dataAxios;
    void client.managerAxios;
  }
  return client;
}
