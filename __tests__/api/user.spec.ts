/**
 * The user domain (profiles and follower ids): every LineClient method on the wire (host, method, path, query,
 * headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { intercept, makeClient } from '../support/interceptAt';
import { describeRows, describeWire, type OperationRow, type WireCase } from '../support/wire';

const cases: WireCase[] = [

  // Profile, group, room
  { name: 'getUserProfile', call: (c) => c.getUserProfile('U1'), method: 'GET', path: '/v2/bot/profile/U1', reply: { body: { displayName: 'A', userId: 'U1' } }, result: { displayName: 'A', userId: 'U1' } },
  { name: 'getUserProfile 404 → null', call: (c) => c.getUserProfile('U404'), method: 'GET', path: '/v2/bot/profile/U404', reply: { status: 404, body: { message: 'Not found' } }, result: null },
];

describeWire('user on the wire', cases);

const rows: OperationRow[] = [
  {
    name: 'getFollowerIds',
    call: (c) => c.getFollowerIds({ limit: 1000, start: 'yAN' }),
    method: 'GET',
    path: '/v2/bot/followers/ids',
    query: { start: 'yAN', limit: '1000' },
    reply: { userIds: ['U1', 'U2'], next: 'x' },
    result: { userIds: ['U1', 'U2'], next: 'x' },
  },
];

describeRows('user: exact wire and shaped result', rows);

describe('path segments are URL-encoded', () => {
  it('encodes ids with reserved characters', async () => {
    const captured = intercept('GET', 'api', '/v2/bot/profile/a%2Fb%3Fc%20d');
    await makeClient().getUserProfile('a/b?c d');
    expect(captured[0].path).toBe('/v2/bot/profile/a%2Fb%3Fc%20d');
  });
});

describe('paginators', () => {
  test('iterateFollowerIds and getAllFollowerIds follow next', async () => {
    const p1 = intercept('GET', 'api', '/v2/bot/followers/ids', { body: { userIds: ['U1', 'U2'], next: 'n2' } });
    const p2 = intercept('GET', 'api', '/v2/bot/followers/ids', { body: { userIds: ['U3'] } });
    expect(await makeClient().getAllFollowerIds()).toEqual(['U1', 'U2', 'U3']);
    expect(p1[0].query).toEqual({ limit: '1000' });
    expect(p2[0].query).toEqual({ limit: '1000', start: 'n2' });
  });
});
