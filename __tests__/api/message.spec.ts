/**
 * The message domain (reply, push, multicast, broadcast, narrowcast, sending by phone number, validation, narrowcast
 * progress, quota, sent counts and aggregation units): every LineClient method on the wire (host, method, path,
 * query, headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { LineValidationError } from '../../src';
import { makeClient } from '../support/interceptAt';
import { UUID } from '../support/nockLine';
import { describeRows, describeWire, type OperationRow, type WireCase } from '../support/wire';

const text = { type: 'text', text: 'hi' } as const;
const key = { 'x-line-retry-key': expect.stringMatching(UUID) };
const HASH = 'a'.repeat(64);

const cases: WireCase[] = [

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

  // Quota and insight
  { name: 'getTargetLimitForAdditionalMessages', call: (c) => c.getTargetLimitForAdditionalMessages(), method: 'GET', path: '/v2/bot/message/quota', reply: { body: { type: 'limited', value: 1000 } }, result: { type: 'limited', value: 1000 } },
  { name: 'getNumberOfMessagesSentThisMonth', call: (c) => c.getNumberOfMessagesSentThisMonth(), method: 'GET', path: '/v2/bot/message/quota/consumption', reply: { body: { totalUsage: 5 } }, result: { totalUsage: 5 } },
  { name: 'getNumberOfSentReplyMessages', call: (c) => c.getNumberOfSentReplyMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/reply', query: { date: '20201001' }, reply: { body: { status: 'ready', success: 3 } }, result: { status: 'ready', success: 3 } },
  { name: 'getNumberOfSentPushMessages', call: (c) => c.getNumberOfSentPushMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/push', query: { date: '20201001' }, reply: { body: { status: 'ready', success: 4 } }, result: { status: 'ready', success: 4 } },
  { name: 'getNumberOfSentMulticastMessages', call: (c) => c.getNumberOfSentMulticastMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/multicast', query: { date: '20201001' }, reply: { body: { status: 'unready' } }, result: { status: 'unready' } },
  { name: 'getNumberOfSentBroadcastMessages', call: (c) => c.getNumberOfSentBroadcastMessages('20201001'), method: 'GET', path: '/v2/bot/message/delivery/broadcast', query: { date: '20201001' }, reply: { body: { status: 'out_of_service' } }, result: { status: 'out_of_service' } },
];

describeWire('message on the wire', cases);

const rows: OperationRow[] = [
  ...(['reply', 'push', 'multicast', 'narrowcast', 'broadcast'] as const).map(
    (kind): OperationRow => ({
      name: `validate${kind[0].toUpperCase()}${kind.slice(1)}Messages`,
      call: (c) =>
        ({
          reply: c.validateReplyMessages,
          push: c.validatePushMessages,
          multicast: c.validateMulticastMessages,
          narrowcast: c.validateNarrowcastMessages,
          broadcast: c.validateBroadcastMessages,
        })[kind].call(c, [text]),
      method: 'POST',
      path: `/v2/bot/message/validate/${kind}`,
      body: { messages: [text] },
      reply: '',
      result: {},
    }),
  ),
  {
    name: 'getAggregationUnitUsage',
    call: (c) => c.getAggregationUnitUsage(),
    method: 'GET',
    path: '/v2/bot/message/aggregation/info',
    reply: { numOfCustomAggregationUnits: 22 },
    result: { numOfCustomAggregationUnits: 22 },
  },
  {
    name: 'getAggregationUnitNameList',
    call: (c) => c.getAggregationUnitNameList({ limit: 10, start: 'tok' }),
    method: 'GET',
    path: '/v2/bot/message/aggregation/list',
    query: { limit: '10', start: 'tok' },
    reply: { customAggregationUnits: ['promotion_a'], next: 'n' },
    result: { customAggregationUnits: ['promotion_a'], next: 'n' },
  },
  {
    name: 'getAggregationUnitNameList without options',
    call: (c) => c.getAggregationUnitNameList(),
    method: 'GET',
    path: '/v2/bot/message/aggregation/list',
    reply: { customAggregationUnits: [] },
    result: { customAggregationUnits: [] },
  },
  {
    name: 'markMessagesAsRead',
    call: (c) => c.markMessagesAsRead('U1'),
    method: 'POST',
    path: '/v2/bot/message/markAsRead',
    body: { chat: { userId: 'U1' } },
    reply: '',
    result: {},
  },
  {
    name: 'pushMessagesByPhone',
    call: (c) => c.pushMessagesByPhone(HASH, [text], { deliveryTag: 'tag-0123456789abcdef', notificationDisabled: true }),
    method: 'POST',
    path: '/bot/pnp/push',
    headers: { 'x-line-delivery-tag': 'tag-0123456789abcdef' },
    body: { to: HASH, messages: [text], notificationDisabled: true },
    reply: '',
    result: {},
  },
  {
    name: 'pushMessagesByPhone without tag',
    call: (c) => c.pushMessagesByPhone(HASH, [text]),
    method: 'POST',
    path: '/bot/pnp/push',
    body: { to: HASH, messages: [text] },
    reply: '',
    result: {},
  },
  {
    name: 'getNumberOfSentPnpMessages',
    call: (c) => c.getNumberOfSentPnpMessages('20211231'),
    method: 'GET',
    path: '/v2/bot/message/delivery/pnp',
    query: { date: '20211231' },
    reply: { status: 'ready', success: 3 },
    result: { status: 'ready', success: 3 },
  },
];

describeRows('message: exact wire and shaped result', rows);

describe('argument checks send nothing', () => {
  test('pushMessagesByPhone checks the hash, the messages and the delivery tag', async () => {
    const c = makeClient();
    const err = (await c.pushMessagesByPhone('+818012345678', [text]).catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(LineValidationError);
    expect(err?.message).not.toContain('818012345678');
    await expect(c.pushMessagesByPhone(HASH, [])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.pushMessagesByPhone(HASH, [text], { deliveryTag: 'short' })).rejects.toThrow(/16 to 100/);
  });
});
