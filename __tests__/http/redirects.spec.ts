/**
 * Redirect handling and the token on absolute URLs (documented in docs/security.md, unchanged from 1.1.0): a GET
 * redirected to another origin is followed without `Authorization`, on every sender; other methods are never sent
 * twice; `client.axios.defaults.maxRedirects = 0` turns redirects off; a request sent through `client.axios` to an
 * absolute URL carries the token, as in 1.1.0.
 */
import { LineApiError } from '../../src';

import { clientOn, loopback, SENDERS } from './loopback';

describe.each(SENDERS)('redirects on the %s sender', (sender) => {
  it('a GET redirected to another origin is followed without Authorization', async () => {
    const other = await loopback((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"userId":"U-elsewhere"}');
    });
    const line = await loopback((_req, res) => {
      res.writeHead(302, { location: `${other.origin}/v2/bot/info` });
      res.end();
    });
    try {
      await expect(clientOn(sender, line.origin).getBotInfo()).resolves.toEqual({ userId: 'U-elsewhere' });
      expect(line.seen[0].headers.authorization).toBe('Bearer tok-loopback');
      expect(other.seen).toHaveLength(1);
      expect(other.seen[0].headers.authorization).toBeUndefined();
    } finally {
      await line.close();
      await other.close();
    }
  });

  it('a POST answered 307 is not sent again', async () => {
    const line = await loopback((_req, res) => {
      res.writeHead(307, { location: '/elsewhere' });
      res.end();
    });
    try {
      await expect(clientOn(sender, line.origin).pushText('U1', 'hi')).rejects.toBeInstanceOf(LineApiError);
      expect(line.seen).toHaveLength(1);
    } finally {
      await line.close();
    }
  });
});

it('client.axios.defaults.maxRedirects = 0 turns redirects off', async () => {
  const line = await loopback((_req, res) => {
    res.writeHead(302, { location: '/v2/bot/info2' });
    res.end();
  });
  try {
    const client = clientOn('axios', line.origin);
    client.axios.defaults.maxRedirects = 0;
    await expect(client.getBotInfo()).rejects.toMatchObject({ status: 302 });
    expect(line.seen).toHaveLength(1);
  } finally {
    await line.close();
  }
});

it('a request sent through client.axios to an absolute URL carries the token (as in 1.1.0)', async () => {
  const other = await loopback();
  try {
    const client = clientOn('node', 'https://api.line.me');
    await client.axios.get(`${other.origin}/anything`);
    expect(other.seen[0].headers.authorization).toBe('Bearer tok-loopback');
  } finally {
    await other.close();
  }
});
