/**
 * The bot domain (bot info and webhook endpoint settings): every LineClient method on the wire (host, method, path,
 * query, headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { describeWire, type WireCase } from '../support/wire';

const cases: WireCase[] = [
  // Bot and webhook
  { name: 'getBotInfo', call: (c) => c.getBotInfo(), method: 'GET', path: '/v2/bot/info', reply: { body: { userId: 'Ub', basicId: '@b', displayName: 'Bot', chatMode: 'bot', markAsReadMode: 'auto' } }, result: { userId: 'Ub', basicId: '@b', displayName: 'Bot', chatMode: 'bot', markAsReadMode: 'auto' } },
  { name: 'getWebhookEndpointInfo', call: (c) => c.getWebhookEndpointInfo(), method: 'GET', path: '/v2/bot/channel/webhook/endpoint', reply: { body: { endpoint: 'https://e.x/w', active: true } }, result: { endpoint: 'https://e.x/w', active: true } },
  { name: 'setWebhookEndpointUrl', call: (c) => c.setWebhookEndpointUrl('https://e.x/w'), method: 'PUT', path: '/v2/bot/channel/webhook/endpoint', body: { endpoint: 'https://e.x/w' }, result: {} },
  { name: 'testWebhookEndpoint', call: (c) => c.testWebhookEndpoint(), method: 'POST', path: '/v2/bot/channel/webhook/test', reply: { body: { success: true, timestamp: 't', statusCode: 200, reason: 'OK', detail: '200' } }, result: { success: true, timestamp: 't', statusCode: 200, reason: 'OK', detail: '200' } },
  { name: 'testWebhookEndpoint(endpoint)', call: (c) => c.testWebhookEndpoint('https://e.x/2'), method: 'POST', path: '/v2/bot/channel/webhook/test', body: { endpoint: 'https://e.x/2' }, reply: { body: { success: false } }, result: { success: false } },
];

describeWire('bot on the wire', cases);
