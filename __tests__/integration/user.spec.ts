/**
 * Integration: user profiles (null for an unknown user) and follower ids, paged with `next`. Against the dummy LINE platform over real HTTP.
 */
import { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, requestsTo, uid, useDummyServer } from './helpers';

const FOLLOWERS = Array.from({ length: 2500 }, (_, i) => uid(7000 + i));
let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]), { followers: FOLLOWERS });

describe('follower ids', () => {
  it('getFollowerIds pages with `next`; iterateFollowerIds and getAllFollowerIds walk every page', async () => {
    const first = await client.getFollowerIds({ limit: 1000 });
    expect(first.userIds).toEqual(FOLLOWERS.slice(0, 1000));
    expect(first.next).toEqual(expect.any(String));
    const second = await client.getFollowerIds({ limit: 1000, start: first.next });
    expect(second.userIds[0]).toBe(FOLLOWERS[1000]);
    const iterated: string[] = [];
    for await (const id of client.iterateFollowerIds({ limit: 700 })) iterated.push(id);
    expect(iterated).toEqual(FOLLOWERS);
    expect(await client.getAllFollowerIds()).toEqual(FOLLOWERS);
    expect(requestsTo(server, 'GET', '/v2/bot/followers/ids').map((r) => r.query.limit)).toEqual(['1000', '1000', '700', '700', '700', '700', '1000', '1000', '1000']);
  });
});

describe('profiles', () => {
  it('getUserProfile answers the seeded profile, and null for an unknown user (1.1.0 rule for 404)', async () => {
    expect(await client.getUserProfile(ALICE)).toEqual({
      userId: ALICE,
      displayName: 'Alice',
      pictureUrl: 'https://example.com/alice.png',
      statusMessage: 'hi',
      language: 'en',
    });
    expect(await client.getUserProfile(uid(999))).toBeNull();
  });
});
