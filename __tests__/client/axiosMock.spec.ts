/**
 * 1.1.0 wire fidelity where users' own tests depend on it: tests written as 1.1.0 users write them, with
 * axios-mock-adapter on `client.axios`, match the URL with its query for the methods 1.1.0 built queries into
 * (member ids `?start=`, narrowcast progress `?requestId=`, the audience group list, follower ids), and `params` for
 * the `date` queries 1.1.0 passed as axios `params`.
 */
import MockAdapter from 'axios-mock-adapter';

import { LineClient } from '../../src';

const ACCESS_TOKEN = '1234567890';
const CHANNEL_SECRET = 'so-secret';

function createMock(): { client: LineClient; mock: MockAdapter } {
  const client = new LineClient({ accessToken: ACCESS_TOKEN, channelSecret: CHANNEL_SECRET, retry: false });
  const mock = new MockAdapter(client.axios);
  return { client, mock };
}

describe('axios-mock-adapter on client.axios, as 1.1.0 tests use it', () => {
  it('getGroupMemberIds with a continuation token', async () => {
    const { client, mock } = createMock();
    const reply = { memberIds: ['U1', 'U2'], next: 'jxEWCEEP' };
    mock.onGet('/v2/bot/group/G1/members/ids?start=TOKEN').reply(200, reply);
    await expect(client.getGroupMemberIds('G1', 'TOKEN')).resolves.toEqual(reply);
  });

  it('getRoomMemberIds with a continuation token', async () => {
    const { client, mock } = createMock();
    const reply = { memberIds: ['U1'] };
    mock.onGet('/v2/bot/room/R1/members/ids?start=TOKEN').reply(200, reply);
    await expect(client.getRoomMemberIds('R1', 'TOKEN')).resolves.toEqual(reply);
  });

  it('getAllGroupMemberIds follows next through the URL', async () => {
    const { client, mock } = createMock();
    mock.onGet('/v2/bot/group/G1/members/ids').replyOnce(200, { memberIds: ['U1'], next: 'cursor1' });
    mock.onGet('/v2/bot/group/G1/members/ids?start=cursor1').replyOnce(200, { memberIds: ['U2'] });
    await expect(client.getAllGroupMemberIds('G1')).resolves.toEqual(['U1', 'U2']);
  });

  it('getNarrowcastProgress', async () => {
    const { client, mock } = createMock();
    const reply = { phase: 'waiting' };
    mock.onGet('/v2/bot/message/progress/narrowcast?requestId=7f3b-req').reply(200, reply);
    await expect(client.getNarrowcastProgress('7f3b-req')).resolves.toEqual(reply);
  });

  it('getAudienceGroups: page first, encoded as querystring.stringify did', async () => {
    const { client, mock } = createMock();
    const reply = { audienceGroups: [], hasNextPage: false, totalCount: 0, readWriteAudienceGroupTotalCount: 0, page: 1, size: 20 };
    mock.onGet('/v2/bot/audienceGroup/list?page=1').replyOnce(200, reply);
    mock.onGet('/v2/bot/audienceGroup/list?page=3&size=10&description=a%20b&includesExternalPublicGroups=true').replyOnce(200, { ...reply, page: 3 });
    await expect(client.getAudienceGroups()).resolves.toEqual(reply);
    await expect(client.getAudienceGroups({ page: 3, size: 10, description: 'a b', includesExternalPublicGroups: true })).resolves.toEqual({ ...reply, page: 3 });
  });

  it('getFollowerIds with start and limit', async () => {
    const { client, mock } = createMock();
    const reply = { userIds: ['U1'], next: 'n2' };
    mock.onGet('/v2/bot/followers/ids?limit=1000&start=n1').reply(200, reply);
    mock.onGet('/v2/bot/followers/ids?start=n1&limit=1000').reply(200, reply);
    await expect(client.getFollowerIds({ start: 'n1', limit: 1000 })).resolves.toEqual(reply);
    expect(mock.history.get[0].url).toBe('/v2/bot/followers/ids?start=n1&limit=1000');
  });

  it.each([
    ['getNumberOfSentReplyMessages', '/v2/bot/message/delivery/reply'],
    ['getNumberOfSentPushMessages', '/v2/bot/message/delivery/push'],
    ['getNumberOfSentMulticastMessages', '/v2/bot/message/delivery/multicast'],
    ['getNumberOfSentBroadcastMessages', '/v2/bot/message/delivery/broadcast'],
    ['getNumberOfMessageDeliveries', '/v2/bot/insight/message/delivery'],
    ['getNumberOfFollowers', '/v2/bot/insight/followers'],
  ] as const)('%s sends date as axios params, as 1.1.0 did', async (method, url) => {
    const { client, mock } = createMock();
    const reply = { status: 'ready', success: 3 };
    mock.onGet(url, { params: { date: '20180302' } }).reply(200, reply);
    await expect((client[method] as (date: string) => Promise<unknown>)('20180302')).resolves.toEqual(reply);
    expect(mock.history.get[0].url).toBe(url);
    expect(mock.history.get[0].params).toEqual({ date: '20180302' });
  });

  it('the fetch sender still puts date in the URL', async () => {
    const seen: string[] = [];
    const client = new LineClient({
      accessToken: ACCESS_TOKEN,
      retry: false,
      fetch: async (url: string) => {
        seen.push(url);
        return new Response('{"status":"ready","success":1}', { status: 200, headers: { 'content-type': 'application/json' } });
      },
    });
    await client.getNumberOfSentReplyMessages('20180302');
    expect(seen).toEqual(['https://api.line.me/v2/bot/message/delivery/reply?date=20180302']);
  });
});
