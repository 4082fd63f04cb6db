/**
 * Timeouts hold on every path: behind an HTTPS_PROXY that accepts the connection and never answers CONNECT, a call
 * with `timeout` settles as LineTimeoutError on the node sender and on the axios sender (once `client.axios` is
 * touched): the transport's own timer cuts each attempt, whatever the sender does. Nothing leaves loopback: the
 * proxy is on 127.0.0.1, and the target's name is never resolved.
 */
import net from 'node:net';

import nock from 'nock';

import { LineClient, LineTimeoutError } from '../../src';

const PROXY_VARS = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'ALL_PROXY', 'all_proxy', 'NO_PROXY', 'no_proxy'];

let proxy: net.Server;
const sockets = new Set<net.Socket>();
const saved: Record<string, string | undefined> = {};
let connections = 0;

beforeAll(async () => {
  // The requests must reach the proxy through node's real http stack (nock would intercept them first).
  nock.restore();
  proxy = net.createServer((socket) => {
    connections++;
    sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => sockets.delete(socket));
    socket.resume(); // reads the CONNECT and never answers
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  for (const name of PROXY_VARS) {
    saved[name] = process.env[name];
    delete process.env[name];
  }
  process.env.HTTPS_PROXY = `http://127.0.0.1:${(proxy.address() as net.AddressInfo).port}`;
});

afterAll(async () => {
  // nock stays restored: the next test file in this worker loads and activates its own (see support/setup.ts).
  for (const name of PROXY_VARS) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
  for (const s of sockets) s.destroy();
  await new Promise<void>((resolve) => proxy.close(() => resolve()));
});

describe.each(['node', 'axios'] as const)('a proxy that never answers CONNECT, on the %s sender', (sender) => {
  it('a call with timeout: 300 rejects with LineTimeoutError, per attempt', async () => {
    const client = new LineClient({ accessToken: 'tok', timeout: 300, retry: { retries: 1, minDelayMs: 1, maxDelayMs: 2 } });
    if (sender === 'axios') void client.axios;
    const before = connections;
    const started = Date.now();
    const error = await client.getBotInfo().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LineTimeoutError);
    expect((error as LineTimeoutError).attempts).toBe(2);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(connections - before).toBeGreaterThanOrEqual(1);
  });

  it('a push (keyed) settles too', async () => {
    const client = new LineClient({ accessToken: 'tok', timeout: 300, retry: false });
    if (sender === 'axios') void client.axios;
    await expect(client.pushText('U1', 'hi')).rejects.toBeInstanceOf(LineTimeoutError);
  });
});
