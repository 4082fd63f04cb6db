import type Redis from 'ioredis';

import { LineValidationError } from '../../src/errors';
import { createRedisStore, detectRedisClient } from '../../src/redis';
import { describeRedis, ioredisClient, nodeRedisClient, uniquePrefix } from './redisEnv';
import { storeSuite } from './suite';

describeRedis('Redis store (ioredis)', () => {
  let client: Redis;
  beforeAll(() => {
    client = ioredisClient();
  });
  afterAll(async () => {
    await client.quit();
  });
  it('detects ioredis', () => {
    expect(detectRedisClient(client)).toBe('ioredis');
  });
  storeSuite(() => createRedisStore(client, { prefix: uniquePrefix('ioredis') }));

  it('keeps keys under its prefix with Redis expiries', async () => {
    const prefix = uniquePrefix('wire');
    const store = createRedisStore(client, { prefix });
    await store.set('k', 'v', 5000);
    expect(await client.get(`${prefix}k`)).toBe('v');
    const pttl = await client.pttl(`${prefix}k`);
    expect(pttl).toBeGreaterThan(4000);
    expect(pttl).toBeLessThanOrEqual(5000);
  });
});

describeRedis('Redis store (node-redis)', () => {
  let client: Awaited<ReturnType<typeof nodeRedisClient>>;
  beforeAll(async () => {
    client = await nodeRedisClient();
  });
  afterAll(async () => {
    await client.quit();
  });
  it('detects node-redis', () => {
    expect(detectRedisClient(client)).toBe('node-redis');
  });
  storeSuite(() => createRedisStore(client, { prefix: uniquePrefix('node-redis') }));
});

describe('createRedisStore input', () => {
  it('rejects what is not an ioredis or node-redis client, before any command', () => {
    expect(() => createRedisStore({} as never)).toThrow(LineValidationError);
    expect(() => detectRedisClient('redis://127.0.0.1')).toThrow(/ioredis client/);
  });
});
