/**
 * A token endpoint answering an invalid `expires_in` (non-numeric, missing, negative, non-finite) or no
 * `access_token` is a clear error; issuing pauses (1 s, doubling) instead of asking LINE for a token on every call:
 * the client's own TokenManager and the fleet's SharedChannelToken alike.
 */
import { LineError } from '../../src';
import { checkIssuedToken, TokenManager } from '../../src/channelToken';
import { createMemoryStore } from '../../src/store';
import { SharedChannelToken } from '../../src/store/tokens';

import { clientOn, loopback } from './loopback';

const BAD: [string, unknown][] = [
  ['a non-numeric string', 'abc'],
  ['missing', undefined],
  ['negative', -5],
  ['zero', 0],
  ['below a second', 0.001],
  ['a numeric string below a second', '0.0001'],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['an object', { seconds: 900 }],
];

it.each(BAD)('checkIssuedToken rejects an expires_in that is %s, without showing the token', (_what, expires) => {
  let error: unknown;
  try {
    checkIssuedToken({ access_token: 'tok-Secret', expires_in: expires as number });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LineError);
  expect((error as Error).message).toMatch(/invalid `expires_in`/);
  expect((error as Error).message).not.toContain('tok-Secret');
});

it('checkIssuedToken reads a numeric string and rejects a missing access_token', () => {
  expect(checkIssuedToken({ access_token: 't', expires_in: '900' as unknown as number }).expires_in).toBe(900);
  expect(() => checkIssuedToken({ access_token: '', expires_in: 900 })).toThrow(/access_token/);
});

it.each(BAD)('TokenManager: expires_in %s rejects, and calls within the pause do not issue again', async (_what, expires) => {
  let now = 1_000_000;
  let issues = 0;
  const manager = new TokenManager(async () => {
    issues++;
    return { access_token: `tok-${issues}`, expires_in: expires as number };
  }, () => now);
  for (let i = 0; i < 20; i++) await expect(manager.get()).rejects.toThrow(/invalid `expires_in`/);
  expect(issues).toBe(1);
  now += 1001;
  await expect(manager.get()).rejects.toThrow(LineError);
  expect(issues).toBe(2);
  // The pause doubles: 2 s now.
  now += 1500;
  await expect(manager.get()).rejects.toThrow(LineError);
  expect(issues).toBe(2);
});

it('TokenManager recovers once the endpoint answers a valid token', async () => {
  let now = 0;
  let valid = false;
  let issues = 0;
  const manager = new TokenManager(async () => {
    issues++;
    return { access_token: 'tok', expires_in: (valid ? 900 : 'x') as number };
  }, () => now);
  await expect(manager.get()).rejects.toThrow(LineError);
  valid = true;
  now += 1001;
  await expect(manager.get()).resolves.toBe('tok');
  await expect(manager.get()).resolves.toBe('tok');
  expect(issues).toBe(2);
});

it('SharedChannelToken: an invalid expires_in rejects and pauses issuing', async () => {
  let now = 5_000_000;
  let issues = 0;
  const shared = new SharedChannelToken({
    store: createMemoryStore(),
    key: 'tokens:stateless:1',
    issue: async () => {
      issues++;
      return { access_token: `tok-${issues}`, expires_in: 'soon' as unknown as number };
    },
    now: () => now,
  });
  for (let i = 0; i < 20; i++) await expect(shared.get()).rejects.toThrow(/invalid `expires_in`/);
  expect(issues).toBe(1);
  now += 1001;
  await expect(shared.get()).rejects.toThrow(LineError);
  expect(issues).toBe(2);
  shared.close();
});

it('a client with channelId/channelSecret whose token endpoint answers expires_in "abc" fails clearly and issues once', async () => {
  const server = await loopback((req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(req.url === '/oauth2/v3/token' ? JSON.stringify({ access_token: 'tok-Secret', expires_in: 'abc', token_type: 'Bearer' }) : '{}');
  });
  try {
    const client = clientOn('node', server.origin, { accessToken: undefined, channelId: '1234567890', channelSecret: 'secret' });
    for (let i = 0; i < 5; i++) {
      const error = await client.getBotInfo().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LineError);
      expect((error as Error).message).toMatch(/invalid `expires_in` \("abc"\)/);
    }
    expect(server.seen.filter((r) => r.url === '/oauth2/v3/token')).toHaveLength(1);
    expect(server.seen.filter((r) => r.url === '/v2/bot/info')).toHaveLength(0);
  } finally {
    await server.close();
  }
});
