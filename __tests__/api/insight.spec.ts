/**
 * The insight domain (deliveries, followers, demographics, message and unit statistics, rich menu statistics): every
 * LineClient method on the wire (host, method, path, query, headers, body) and its shaped result, plus the argument
 * checks that send nothing.
 */
import { describeRows, describeWire, type OperationRow, type WireCase } from '../support/wire';

const cases: WireCase[] = [
  { name: 'getNumberOfMessageDeliveries', call: (c) => c.getNumberOfMessageDeliveries('20201001'), method: 'GET', path: '/v2/bot/insight/message/delivery', query: { date: '20201001' }, reply: { body: { status: 'ready', broadcast: 1 } }, result: { status: 'ready', broadcast: 1 } },
  { name: 'getNumberOfFollowers', call: (c) => c.getNumberOfFollowers('20201001'), method: 'GET', path: '/v2/bot/insight/followers', query: { date: '20201001' }, reply: { body: { status: 'ready', followers: 10 } }, result: { status: 'ready', followers: 10 } },
  { name: 'getFriendDemographics', call: (c) => c.getFriendDemographics(), method: 'GET', path: '/v2/bot/insight/demographic', reply: { body: { available: true, genders: [{ gender: 'male', percentage: 50 }] } }, result: { available: true, genders: [{ gender: 'male', percentage: 50 }] } },
];

describeWire('insight on the wire', cases);

const rows: OperationRow[] = [
  {
    name: 'getMessageEvent',
    call: (c) => c.getMessageEvent('f70dd685'),
    method: 'GET',
    path: '/v2/bot/insight/message/event',
    query: { requestId: 'f70dd685' },
    reply: { overview: { requestId: 'f70dd685', delivered: 320 }, messages: [], clicks: [] },
    result: { overview: { requestId: 'f70dd685', delivered: 320 }, messages: [], clicks: [] },
  },
  {
    name: 'getStatisticsPerUnit',
    call: (c) => c.getStatisticsPerUnit('promotion_a', '20210301', '20210331'),
    method: 'GET',
    path: '/v2/bot/insight/message/event/aggregation',
    query: { customAggregationUnit: 'promotion_a', from: '20210301', to: '20210331' },
    reply: { overview: { uniqueImpression: 40 }, messages: [], clicks: [] },
    result: { overview: { uniqueImpression: 40 }, messages: [], clicks: [] },
  },
  {
    name: 'getRichMenuInsightSummary',
    call: (c) => c.getRichMenuInsightSummary('richmenu-0123', '20260213', '20260215'),
    method: 'GET',
    path: '/v2/bot/insight/richmenu/richmenu-0123/summary',
    query: { from: '20260213', to: '20260215' },
    reply: { richMenuId: 'richmenu-0123', impression: { metrics: { count: 567, uniqueUsers: 300 } } },
    result: { richMenuId: 'richmenu-0123', impression: { metrics: { count: 567, uniqueUsers: 300 } } },
  },
  {
    name: 'getRichMenuInsightDaily',
    call: (c) => c.getRichMenuInsightDaily('richmenu-0123', '20260213', '20260215'),
    method: 'GET',
    path: '/v2/bot/insight/richmenu/richmenu-0123/daily',
    query: { from: '20260213', to: '20260215' },
    reply: { richMenuId: 'richmenu-0123' },
    result: { richMenuId: 'richmenu-0123' },
  },
];

describeRows('insight: exact wire and shaped result', rows);
