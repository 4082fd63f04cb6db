/**
 * Every hand-written LineClient method of the 1.1.0 surface: exact host, method, path, query, headers and body on
 * the wire, and the shaped result. (The generated per-message helpers are covered by senders.spec.ts.)
 */
import type { LineClient, LineTypes } from '../../src';
import { expectedHeaders, intercept, makeClient, UUID, type Reply } from '../support/nockLine';

interface Case {
  name: string;
  call: (client: LineClient) => Promise<unknown>;
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  host?: 'api' | 'data';
  path: string;
  query?: Record<string, string>;
  /** The JSON body expected on the wire; undefined: no body at all. */
  body?: unknown;
  /** Extra request headers expected (beyond accept, authorization, content-type, user-agent). */
  headers?: Record<string, unknown>;
  reply?: Reply;
  result: unknown;
}

const text = { type: 'text', text: 'hi' } as const;
const richMenu: LineTypes.RichMenu = {
  size: { width: 2500, height: 1686 },
  selected: false,
  name: 'Nice richmenu',
  chatBarText: 'Tap here',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'postback', data: 'action=buy&itemid=123' } }],
};
const liffApp: LineTypes.CreateLiffAppRequest = { view: { type: 'full', url: 'https://example.com' }, description: 'shop', features: { ble: false } };
const key = { 'x-line-retry-key': expect.stringMatching(UUID) };

const cases: Case[] = [
  // Bot and webhook
  { name: 'getBotInfo', call: (c) => c.getBotInfo(), method: 'GET', path: '/v2/bot/info', reply: { body: { userId: 'Ub', basicId: '@b', displayName: 'Bot', chatMode: 'bot', markAsReadMode: 'auto' } }, result: { userId: 'Ub', basicId: '@b', displayName: 'Bot', chatMode: 'bot', markAsReadMode: 'auto' } },
  { name: 'getWebhookEndpointInfo', call: (c) => c.getWebhookEndpointInfo(), method: 'GET', path: '/v2/bot/channel/webhook/endpoint', reply: { body: { endpoint: 'https://e.x/w', active: true } }, result: { endpoint: 'https://e.x/w', active: true } },
  { name: 'setWebhookEndpointUrl', call: (c) => c.setWebhookEndpointUrl('https://e.x/w'), method: 'PUT', path: '/v2/bot/channel/webhook/endpoint', body: { endpoint: 'https://e.x/w' }, result: {} },
  { name: 'testWebhookEndpoint', call: (c) => c.testWebhookEndpoint(), method: 'POST', path: '/v2/bot/channel/webhook/test', reply: { body: { success: true, timestamp: 't', statusCode: 200, reason: 'OK', detail: '200' } }, result: { success: true, timestamp: 't', statusCode: 200, reason: 'OK', detail: '200' } },
  { name: 'testWebhookEndpoint(endpoint)', call: (c) => c.testWebhookEndpoint('https://e.x/2'), method: 'POST', path: '/v2/bot/channel/webhook/test', body: { endpoint: 'https://e.x/2' }, reply: { body: { success: false } }, result: { success: false } },

  // Reply, push, multicast, broadcast, narrowcast cores
  { name: 'replyRawBody', call: (c) => c.replyRawBody({ replyToken: 'rt', messages: [text] }), method: 'POST', path: '/v2/bot/message/reply', body: { replyToken: 'rt', messages: [text] }, reply: { body: { sentMessages: [{ id: '1' }] } }, result: { sentMessages: [{ id: '1' }] } },
  { name: 'reply', call: (c) => c.reply('rt', [text]), method: 'POST', path: '/v2/bot/message/reply', body: { replyToken: 'rt', messages: [text] }, reply: { body: { sentMessages: [{ id: '1' }] } }, result: { sentMessages: [{ id: '1' }] } },
  { name: 'reply(notificationDisabled)', call: (c) => c.reply('rt', [text], { notificationDisabled: true }), method: 'POST', path: '/v2/bot/message/reply', body: { replyToken: 'rt', messages: [text], notificationDisabled: true }, result: {} },
  { name: 'replyMessages', call: (c) => c.replyMessages('rt', [text]), method: 'POST', path: '/v2/bot/message/reply', body: { replyToken: 'rt', messages: [text] }, result: {} },
  { name: 'pushRawBody', call: (c) => c.pushRawBody({ to: 'U1', messages: [text] }), method: 'POST', path: '/v2/bot/message/push', body: { to: 'U1', messages: [text] }, headers: key, reply: { body: { sentMessages: [{ id: '2' }] } }, result: { sentMessages: [{ id: '2' }], requestId: 'req-0001' } },
  { name: 'push', call: (c) => c.push('U1', [text]), method: 'POST', path: '/v2/bot/message/push', body: { to: 'U1', messages: [text] }, headers: key, result: { requestId: 'req-0001' } },
  {
    name: 'push(options)',
    call: (c) => c.push('U1', [text], { notificationDisabled: true, customAggregationUnits: ['promo'], retryKey: '123e4567-e89b-42d3-a456-426614174000' }),
    method: 'POST',
    path: '/v2/bot/message/push',
    body: { to: 'U1', messages: [text], notificationDisabled: true, customAggregationUnits: ['promo'] },
    headers: { 'x-line-retry-key': '123e4567-e89b-42d3-a456-426614174000' },
    result: { requestId: 'req-0001' },
  },
  { name: 'pushMessages', call: (c) => c.pushMessages('U1', [text]), method: 'POST', path: '/v2/bot/message/push', body: { to: 'U1', messages: [text] }, headers: key, result: { requestId: 'req-0001' } },
  { name: 'multicastRawBody', call: (c) => c.multicastRawBody({ to: ['U1', 'U2'], messages: [text] }), method: 'POST', path: '/v2/bot/message/multicast', body: { to: ['U1', 'U2'], messages: [text] }, headers: key, result: { requestId: 'req-0001' } },
  { name: 'multicast', call: (c) => c.multicast(['U1', 'U2'], [text], { notificationDisabled: false }), method: 'POST', path: '/v2/bot/message/multicast', body: { to: ['U1', 'U2'], messages: [text], notificationDisabled: false }, headers: key, result: { requestId: 'req-0001' } },
  { name: 'multicastMessages', call: (c) => c.multicastMessages(['U1'], [text]), method: 'POST', path: '/v2/bot/message/multicast', body: { to: ['U1'], messages: [text] }, headers: key, result: { requestId: 'req-0001' } },
  { name: 'broadcastRawBody', call: (c) => c.broadcastRawBody({ messages: [text] }), method: 'POST', path: '/v2/bot/message/broadcast', body: { messages: [text] }, headers: key, result: { requestId: 'req-0001' } },
  { name: 'broadcast', call: (c) => c.broadcast([text], { notificationDisabled: true }), method: 'POST', path: '/v2/bot/message/broadcast', body: { messages: [text], notificationDisabled: true }, headers: key, result: { requestId: 'req-0001' } },
  { name: 'narrowcastRawBody', call: (c) => c.narrowcastRawBody({ messages: [text], limit: { max: 10 } }), method: 'POST', path: '/v2/bot/message/narrowcast', body: { messages: [text], limit: { max: 10 } }, headers: key, reply: { status: 202, headers: { 'x-line-request-id': 'nc-1' } }, result: { requestId: 'nc-1' } },
  {
    name: 'narrowcast',
    call: (c) =>
      c.narrowcast([text], {
        recipient: { type: 'audience', audienceGroupId: 5 },
        demographic: { type: 'gender', oneOf: ['male'] },
        max: 100,
        upToRemainingQuota: true,
        notificationDisabled: true,
      }),
    method: 'POST',
    path: '/v2/bot/message/narrowcast',
    body: {
      messages: [text],
      recipient: { type: 'audience', audienceGroupId: 5 },
      filter: { demographic: { type: 'gender', oneOf: ['male'] } },
      limit: { max: 100, upToRemainingQuota: true },
      notificationDisabled: true,
    },
    headers: key,
    reply: { status: 202, headers: { 'x-line-request-id': 'nc-2' } },
    result: { requestId: 'nc-2' },
  },
  { name: 'narrowcastMessages', call: (c) => c.narrowcastMessages([text]), method: 'POST', path: '/v2/bot/message/narrowcast', body: { messages: [text] }, headers: key, reply: { status: 202, headers: { 'x-line-request-id': 'nc-3' } }, result: { requestId: 'nc-3' } },
  { name: 'getNarrowcastProgress', call: (c) => c.getNarrowcastProgress('nc 1'), method: 'GET', path: '/v2/bot/message/progress/narrowcast', query: { requestId: 'nc 1' }, reply: { body: { phase: 'succeeded', successCount: 1 } }, result: { phase: 'succeeded', successCount: 1 } },

  // Content
  { name: 'getMessageContent', call: (c) => c.getMessageContent('m1'), method: 'GET', host: 'data', path: '/v2/bot/message/m1/content', reply: { body: Buffer.from([1, 2, 3]) }, result: Buffer.from([1, 2, 3]) },
  { name: 'retrieveMessageContent', call: (c) => c.retrieveMessageContent('m1'), method: 'GET', host: 'data', path: '/v2/bot/message/m1/content', reply: { body: Buffer.from([9]) }, result: Buffer.from([9]) },

  // Profile, group, room
  { name: 'getUserProfile', call: (c) => c.getUserProfile('U1'), method: 'GET', path: '/v2/bot/profile/U1', reply: { body: { displayName: 'A', userId: 'U1' } }, result: { displayName: 'A', userId: 'U1' } },
  { name: 'getUserProfile 404 → null', call: (c) => c.getUserProfile('U404'), method: 'GET', path: '/v2/bot/profile/U404', reply: { status: 404, body: { message: 'Not found' } }, result: null },
  { name: 'getGroupMemberProfile', call: (c) => c.getGroupMemberProfile('G1', 'U1'), method: 'GET', path: '/v2/bot/group/G1/member/U1', reply: { body: { displayName: 'A', userId: 'U1' } }, result: { displayName: 'A', userId: 'U1' } },
  { name: 'getRoomMemberProfile', call: (c) => c.getRoomMemberProfile('R1', 'U1'), method: 'GET', path: '/v2/bot/room/R1/member/U1', reply: { body: { displayName: 'A', userId: 'U1' } }, result: { displayName: 'A', userId: 'U1' } },
  { name: 'getGroupSummary', call: (c) => c.getGroupSummary('G1'), method: 'GET', path: '/v2/bot/group/G1/summary', reply: { body: { groupId: 'G1', groupName: 'g' } }, result: { groupId: 'G1', groupName: 'g' } },
  { name: 'getGroupMembersCount', call: (c) => c.getGroupMembersCount('G1'), method: 'GET', path: '/v2/bot/group/G1/members/count', reply: { body: { count: 7 } }, result: 7 },
  { name: 'getGroupMemberIds', call: (c) => c.getGroupMemberIds('G1'), method: 'GET', path: '/v2/bot/group/G1/members/ids', reply: { body: { memberIds: ['U1'], next: 'n1' } }, result: { memberIds: ['U1'], next: 'n1' } },
  { name: 'getGroupMemberIds(start)', call: (c) => c.getGroupMemberIds('G1', 'n/1'), method: 'GET', path: '/v2/bot/group/G1/members/ids', query: { start: 'n/1' }, reply: { body: { memberIds: ['U2'] } }, result: { memberIds: ['U2'] } },
  { name: 'getRoomMembersCount', call: (c) => c.getRoomMembersCount('R1'), method: 'GET', path: '/v2/bot/room/R1/members/count', reply: { body: { count: 3 } }, result: 3 },
  { name: 'getRoomMemberIds', call: (c) => c.getRoomMemberIds('R1', 'n2'), method: 'GET', path: '/v2/bot/room/R1/members/ids', query: { start: 'n2' }, reply: { body: { memberIds: ['U3'] } }, result: { memberIds: ['U3'] } },
  { name: 'leaveGroup', call: (c) => c.leaveGroup('G1'), method: 'POST', path: '/v2/bot/group/G1/leave', result: {} },
  { name: 'leaveRoom', call: (c) => c.leaveRoom('R1'), method: 'POST', path: '/v2/bot/room/R1/leave', result: {} },

  // Rich menu
  { name: 'getRichMenuList', call: (c) => c.getRichMenuList(), method: 'GET', path: '/v2/bot/richmenu/list', reply: { body: { richmenus: [{ richMenuId: 'rm1', ...richMenu }] } }, result: [{ richMenuId: 'rm1', ...richMenu }] },
  { name: 'getRichMenu', call: (c) => c.getRichMenu('rm1'), method: 'GET', path: '/v2/bot/richmenu/rm1', reply: { body: { richMenuId: 'rm1', ...richMenu } }, result: { richMenuId: 'rm1', ...richMenu } },
  { name: 'getRichMenu 404 → null', call: (c) => c.getRichMenu('rm0'), method: 'GET', path: '/v2/bot/richmenu/rm0', reply: { status: 404, body: { message: 'Not found' } }, result: null },
  { name: 'createRichMenu', call: (c) => c.createRichMenu(richMenu), method: 'POST', path: '/v2/bot/richmenu', body: richMenu, reply: { body: { richMenuId: 'rm1' } }, result: { richMenuId: 'rm1' } },
  { name: 'deleteRichMenu', call: (c) => c.deleteRichMenu('rm1'), method: 'DELETE', path: '/v2/bot/richmenu/rm1', result: {} },
  { name: 'getLinkedRichMenu', call: (c) => c.getLinkedRichMenu('U1'), method: 'GET', path: '/v2/bot/user/U1/richmenu', reply: { body: { richMenuId: 'rm1' } }, result: { richMenuId: 'rm1' } },
  { name: 'getLinkedRichMenu 404 → null', call: (c) => c.getLinkedRichMenu('U1'), method: 'GET', path: '/v2/bot/user/U1/richmenu', reply: { status: 404, body: { message: 'Not found' } }, result: null },
  { name: 'linkRichMenu', call: (c) => c.linkRichMenu('U1', 'rm1'), method: 'POST', path: '/v2/bot/user/U1/richmenu/rm1', result: {} },
  { name: 'unlinkRichMenu', call: (c) => c.unlinkRichMenu('U1'), method: 'DELETE', path: '/v2/bot/user/U1/richmenu', result: {} },
  { name: 'getDefaultRichMenu', call: (c) => c.getDefaultRichMenu(), method: 'GET', path: '/v2/bot/user/all/richmenu', reply: { body: { richMenuId: 'rm1' } }, result: { richMenuId: 'rm1' } },
  { name: 'getDefaultRichMenu 404 → null', call: (c) => c.getDefaultRichMenu(), method: 'GET', path: '/v2/bot/user/all/richmenu', reply: { status: 404, body: { message: 'no default' } }, result: null },
  { name: 'setDefaultRichMenu', call: (c) => c.setDefaultRichMenu('rm1'), method: 'POST', path: '/v2/bot/user/all/richmenu/rm1', result: {} },
  { name: 'deleteDefaultRichMenu', call: (c) => c.deleteDefaultRichMenu(), method: 'DELETE', path: '/v2/bot/user/all/richmenu', result: {} },
  { name: 'downloadRichMenuImage', call: (c) => c.downloadRichMenuImage('rm1'), method: 'GET', host: 'data', path: '/v2/bot/richmenu/rm1/content', reply: { body: Buffer.from([0x89, 0x50]) }, result: Buffer.from([0x89, 0x50]) },
  { name: 'downloadRichMenuImage 404 → undefined', call: (c) => c.downloadRichMenuImage('rm0'), method: 'GET', host: 'data', path: '/v2/bot/richmenu/rm0/content', reply: { status: 404, body: { message: 'Not found' } }, result: undefined },

  // Account link
  { name: 'issueLinkToken', call: (c) => c.issueLinkToken('U1'), method: 'POST', path: '/v2/bot/user/U1/linkToken', reply: { body: { linkToken: 'lt' } }, result: { linkToken: 'lt' } },
  { name: 'getLinkToken', call: (c) => c.getLinkToken('U1'), method: 'POST', path: '/v2/bot/user/U1/linkToken', reply: { body: { linkToken: 'lt' } }, result: 'lt' },

  // LIFF
  { name: 'getLiffAppList', call: (c) => c.getLiffAppList(), method: 'GET', path: '/liff/v1/apps', reply: { body: { apps: [{ liffId: 'l1', ...liffApp }] } }, result: [{ liffId: 'l1', ...liffApp }] },
  { name: 'createLiffApp', call: (c) => c.createLiffApp(liffApp), method: 'POST', path: '/liff/v1/apps', body: liffApp, reply: { body: { liffId: 'l1' } }, result: { liffId: 'l1' } },
  { name: 'updateLiffApp', call: (c) => c.updateLiffApp('l1', { description: 'new' }), method: 'PUT', path: '/liff/v1/apps/l1', body: { description: 'new' }, result: {} },
  { name: 'deleteLiffApp', call: (c) => c.deleteLiffApp('l1'), method: 'DELETE', path: '/liff/v1/apps/l1', result: {} },

  // Quota and insight
  { name: 'getTargetLimitForAdditionalMessages', call: (c) => c.getTargetLimitForAdditionalMessages(), method: 'GET', path: '/v2/bot/message/quota', reply: { body: { type: 'limited', value: 1000 } }, result: { type: 'limited', value: 1000 } },
  { name: 'getNumberOfMessagesSentThisMonth', call: (c) => c.getNumberOfMessagesSentThisMonth(), method: 'GET', path: '/v2/bot/message/quota/consumption', reply: { body: { totalUsage: 5 } }, result: { totalUsage: 5 } },
  { name: 'getNumberOfSentReplyMessages', call: (c) => c.getNumberOfSentReplyMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/reply', query: { date: '20201001' }, reply: { body: { status: 'ready', success: 3 } }, result: { status: 'ready', success: 3 } },
  { name: 'getNumberOfSentPushMessages', call: (c) => c.getNumberOfSentPushMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/push', query: { date: '20201001' }, reply: { body: { status: 'ready', success: 4 } }, result: { status: 'ready', success: 4 } },
  { name: 'getNumberOfSentMulticastMessages', call: (c) => c.getNumberOfSentMulticastMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/multicast', query: { date: '20201001' }, reply: { body: { status: 'unready' } }, result: { status: 'unready' } },
  { name: 'getNumberOfSentBroadcastMessages', call: (c) => c.getNumberOfSentBroadcastMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/broadcast', query: { date: '20201001' }, reply: { body: { status: 'out_of_service' } }, result: { status: 'out_of_service' } },
  { name: 'getNumberOfMessageDeliveries', call: (c) => c.getNumberOfMessageDeliveries('20201001'), method: 'GET', path: '/v2/bot/insight/message/delivery', query: { date: '20201001' }, reply: { body: { status: 'ready', broadcast: 1 } }, result: { status: 'ready', broadcast: 1 } },
  { name: 'getNumberOfFollowers', call: (c) => c.getNumberOfFollowers('20201001'), method: 'GET', path: '/v2/bot/insight/followers', query: { date: '20201001' }, reply: { body: { status: 'ready', followers: 10 } }, result: { status: 'ready', followers: 10 } },
  { name: 'getFriendDemographics', call: (c) => c.getFriendDemographics(), method: 'GET', path: '/v2/bot/insight/demographic', reply: { body: { available: true, genders: [{ gender: 'male', percentage: 50 }] } }, result: { available: true, genders: [{ gender: 'male', percentage: 50 }] } },

  // Audience
  { name: 'createUploadAudienceGroup', call: (c) => c.createUploadAudienceGroup('aud', false, [{ id: 'U1' }], { uploadDescription: 'u' }), method: 'POST', path: '/v2/bot/audienceGroup/upload', body: { description: 'aud', isIfaAudience: false, audiences: [{ id: 'U1' }], uploadDescription: 'u' }, reply: { status: 202, body: { audienceGroupId: 1, type: 'UPLOAD' } }, result: { audienceGroupId: 1, type: 'UPLOAD' } },
  { name: 'updateUploadAudienceGroup', call: (c) => c.updateUploadAudienceGroup(1, [{ id: 'U2' }], { description: 'aud2' }), method: 'PUT', path: '/v2/bot/audienceGroup/upload', body: { audienceGroupId: 1, audiences: [{ id: 'U2' }] }, reply: { status: 202 }, result: {} },
  { name: 'createClickAudienceGroup', call: (c) => c.createClickAudienceGroup('click', 'req-1', { clickUrl: 'https://e.x' }), method: 'POST', path: '/v2/bot/audienceGroup/click', body: { description: 'click', requestId: 'req-1', clickUrl: 'https://e.x' }, reply: { status: 202, body: { audienceGroupId: 2 } }, result: { audienceGroupId: 2 } },
  { name: 'createImpAudienceGroup', call: (c) => c.createImpAudienceGroup('imp', 'req-1'), method: 'POST', path: '/v2/bot/audienceGroup/imp', body: { description: 'imp', requestId: 'req-1' }, reply: { status: 202, body: { audienceGroupId: 3 } }, result: { audienceGroupId: 3 } },
  { name: 'setDescriptionAudienceGroup', call: (c) => c.setDescriptionAudienceGroup('renamed', 4), method: 'PUT', path: '/v2/bot/audienceGroup/4/updateDescription', body: { description: 'renamed' }, result: {} },
  { name: 'deleteAudienceGroup', call: (c) => c.deleteAudienceGroup(4), method: 'DELETE', path: '/v2/bot/audienceGroup/4', result: {} },
  { name: 'getAudienceGroup', call: (c) => c.getAudienceGroup(4), method: 'GET', path: '/v2/bot/audienceGroup/4', reply: { body: { audienceGroup: { audienceGroupId: 4 }, jobs: [] } }, result: { audienceGroup: { audienceGroupId: 4 }, jobs: [] } },
  { name: 'getAudienceGroups', call: (c) => c.getAudienceGroups(), method: 'GET', path: '/v2/bot/audienceGroup/list', query: { page: '1' }, reply: { body: { audienceGroups: [], hasNextPage: false } }, result: { audienceGroups: [], hasNextPage: false } },
  {
    name: 'getAudienceGroups(options)',
    call: (c) => c.getAudienceGroups({ page: 3, size: 10, description: 'a b', includesExternalPublicGroups: true }),
    method: 'GET',
    path: '/v2/bot/audienceGroup/list',
    query: { page: '3', size: '10', description: 'a b', includesExternalPublicGroups: 'true' },
    reply: { body: { audienceGroups: [], hasNextPage: false } },
    result: { audienceGroups: [], hasNextPage: false },
  },
  { name: 'getAudienceGroupAuthorityLevel', call: (c) => c.getAudienceGroupAuthorityLevel(), method: 'GET', path: '/v2/bot/audienceGroup/authorityLevel', reply: { body: { authorityLevel: 'PUBLIC' } }, result: { authorityLevel: 'PUBLIC' } },
  { name: 'changeAudienceGroupAuthorityLevel', call: (c) => c.changeAudienceGroupAuthorityLevel('PRIVATE'), method: 'PUT', path: '/v2/bot/audienceGroup/authorityLevel', body: { authorityLevel: 'PRIVATE' }, result: {} },
];

describe('LineClient on the wire', () => {
  beforeAll(() => {
    // Deprecation warnings are asserted in deprecation.spec.ts; keep this suite's output clean.
    jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each(cases)('$name', async (c) => {
    const captured = intercept(c.method, c.host ?? 'api', c.path, c.reply);
    const result = await c.call(makeClient());
    expect(result).toEqual(c.result);
    expect(captured).toHaveLength(1);
    const { raw, ...request } = captured[0];
    expect(request).toEqual({
      method: c.method,
      host: c.host ?? 'api',
      path: c.path,
      query: c.query ?? {},
      headers: expectedHeaders(c.headers as Record<string, string>),
      body: c.body,
    });
    // Bodiless calls send no body at all (1.1.0 sent a literal `null` on some).
    if (c.body === undefined) expect(raw.length).toBe(0);
  });
});

describe('path segments are URL-encoded', () => {
  it('encodes ids with reserved characters', async () => {
    const captured = intercept('GET', 'api', '/v2/bot/profile/a%2Fb%3Fc%20d');
    await makeClient().getUserProfile('a/b?c d');
    expect(captured[0].path).toBe('/v2/bot/profile/a%2Fb%3Fc%20d');
  });
});

describe('pagination', () => {
  it('getAllGroupMemberIds follows next until the last page', async () => {
    const first = intercept('GET', 'api', '/v2/bot/group/G1/members/ids', { body: { memberIds: ['U1', 'U2'], next: 'p2' } });
    const second = intercept('GET', 'api', '/v2/bot/group/G1/members/ids', { body: { memberIds: ['U3'] } });
    await expect(makeClient().getAllGroupMemberIds('G1')).resolves.toEqual(['U1', 'U2', 'U3']);
    expect(first[0].query).toEqual({});
    expect(second[0].query).toEqual({ start: 'p2' });
  });

  it('getAllRoomMemberIds follows next until the last page', async () => {
    intercept('GET', 'api', '/v2/bot/room/R1/members/ids', { body: { memberIds: ['U1'], next: 'p2' } });
    const second = intercept('GET', 'api', '/v2/bot/room/R1/members/ids', { body: { memberIds: ['U2'] } });
    await expect(makeClient().getAllRoomMemberIds('R1')).resolves.toEqual(['U1', 'U2']);
    expect(second[0].query).toEqual({ start: 'p2' });
  });

  it('iterateAudienceGroups walks pages while hasNextPage', async () => {
    const p1 = intercept('GET', 'api', '/v2/bot/audienceGroup/list', { body: { audienceGroups: [{ audienceGroupId: 1 }], hasNextPage: true } });
    const p2 = intercept('GET', 'api', '/v2/bot/audienceGroup/list', { body: { audienceGroups: [{ audienceGroupId: 2 }], hasNextPage: false } });
    const ids: number[] = [];
    for await (const g of makeClient().iterateAudienceGroups({ size: 1 })) ids.push(g.audienceGroupId as number);
    expect(ids).toEqual([1, 2]);
    expect(p1[0].query).toEqual({ page: '1', size: '1' });
    expect(p2[0].query).toEqual({ page: '2', size: '1' });
  });
});
