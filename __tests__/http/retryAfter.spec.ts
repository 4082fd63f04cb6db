/**
 * Retry-After: after a 429 (or 503) that carries it, the retry goes out when LINE asked, within the retry policy's
 * bounds; when LINE asks for longer than they allow, the call fails at once and the error says so.
 */
import { LineApiError, LineRateLimitError } from '../../src';
import type { RetryInfo } from '../../src/types/client';

import { clientOn, loopback, SENDERS } from './loopback';

const POLICY = { retries: 2, minDelayMs: 10, maxDelayMs: 5000, maxTotalDelayMs: 15000, maxElapsedMs: 60000 };

function answers(first: { status: number; headers: Record<string, string> }) {
  return loopback((_req, res, index) => {
    if (index === 0) {
      res.writeHead(first.status, { 'content-type': 'application/json', ...first.headers });
      res.end(JSON.stringify({ message: first.status === 429 ? 'Too Many Requests' : 'Service Unavailable' }));
    } else {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"userId":"U1"}');
    }
  });
}

describe.each(SENDERS)('Retry-After on the %s sender', (sender) => {
  it.each([429, 503])('%s with Retry-After: 1 waits about a second, as LINE asked (onRetry shows it)', async (status) => {
    const server = await answers({ status, headers: { 'retry-after': '1' } });
    const retries: RetryInfo[] = [];
    try {
      const client = clientOn(sender, server.origin, { retry: POLICY, onRetry: (info) => retries.push(info) });
      const started = Date.now();
      await expect(client.getBotInfo()).resolves.toEqual({ userId: 'U1' });
      expect(Date.now() - started).toBeGreaterThanOrEqual(950);
      expect(server.seen).toHaveLength(2);
      expect(retries).toHaveLength(1);
      expect(retries[0]).toMatchObject({ delayMs: 1000, retryAfterMs: 1000, status });
    } finally {
      await server.close();
    }
  });

  it('a push asked to wait longer than maxDelayMs fails at once and says so', async () => {
    const server = await answers({ status: 429, headers: { 'retry-after': '30' } });
    const retries: RetryInfo[] = [];
    try {
      const client = clientOn(sender, server.origin, { retry: POLICY, onRetry: (info) => retries.push(info) });
      const started = Date.now();
      const error = await client.pushText('U1', 'hi').catch((e: unknown) => e);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(error).toBeInstanceOf(LineRateLimitError);
      expect((error as Error).message).toMatch(/LINE asked to wait 30000 ms \(Retry-After\), more than the retry policy allows/);
      expect(server.seen).toHaveLength(1);
      expect(retries).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it('an HTTP-date Retry-After beyond maxTotalDelayMs fails at once', async () => {
    const server = await answers({ status: 503, headers: { 'retry-after': new Date(Date.now() + 20_000).toUTCString() } });
    try {
      const client = clientOn(sender, server.origin, { retry: { ...POLICY, maxDelayMs: 30_000, maxTotalDelayMs: 10_000 } });
      const error = await client.getBotInfo().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LineApiError);
      expect((error as LineApiError).status).toBe(503);
      expect((error as Error).message).toMatch(/Retry-After/);
      expect(server.seen).toHaveLength(1);
    } finally {
      await server.close();
    }
  });
});
