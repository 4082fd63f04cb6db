/**
 * Integration: bot info and webhook endpoint settings. Against the dummy LINE platform over real HTTP.
 */
import type { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { requestsTo, useDummyServer } from './helpers';

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]));

describe('bot and webhook endpoint', () => {
  it('getBotInfo answers the bot', async () => {
    await expect(client.getBotInfo()).resolves.toMatchObject({ userId: expect.stringMatching(/^U/), displayName: expect.any(String), chatMode: 'bot' });
  });

  it('setWebhookEndpointUrl, getWebhookEndpointInfo and testWebhookEndpoint', async () => {
    expect(await client.getWebhookEndpointInfo()).toEqual({ endpoint: '', active: false });
    await expect(client.testWebhookEndpoint()).rejects.toMatchObject({ status: 400 }); // no endpoint set yet
    await client.setWebhookEndpointUrl('https://bot.example.com/webhook');
    expect(await client.getWebhookEndpointInfo()).toMatchObject({ endpoint: 'https://bot.example.com/webhook' });
    expect(await client.testWebhookEndpoint()).toMatchObject({ success: true, statusCode: 200 });
    expect(await client.testWebhookEndpoint('https://other.example.com/hook')).toMatchObject({ success: true });
    expect(requestsTo(server, 'POST', '/v2/bot/channel/webhook/test').at(-1)?.body).toEqual({ endpoint: 'https://other.example.com/hook' });
    // LINE wants https
    await expect(client.setWebhookEndpointUrl('http://insecure.example.com')).rejects.toMatchObject({ status: 400 });
  });
});
