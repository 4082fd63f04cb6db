// The echo bot (examples/echo-bot) driven entirely through the simulator: simulated users talk to it through signed
// webhooks, and the test reads what they received. No hand-built request, event or signature.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LineClient } from 'messaging-api-line';
import { createDummyLineServer, type DummyLineServer, type SimulatedUser } from 'messaging-api-line/testing';
import { createEchoBot } from '../../examples/echo-bot/bot';

let line: DummyLineServer;
let bot: Server;
let alice: SimulatedUser;

beforeAll(async () => {
  line = await createDummyLineServer({ webhookRedelivery: { delaysMs: [20, 40] } });
  const client = new LineClient({ accessToken: line.accessToken, origin: line.origin, dataOrigin: line.dataOrigin });
  const { webhook } = createEchoBot({ client, channelSecret: line.channelSecret });
  bot = createServer((req, res) => webhook(req, res));
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  line.setWebhookEndpoint(`http://127.0.0.1:${(bot.address() as AddressInfo).port}/webhook`);
  alice = line.user('Alice');
});
afterEach(async () => {
  await line.webhooksSettled();
  line.reset();
});
afterAll(async () => {
  await line.close();
  await new Promise((resolve) => bot.close(resolve));
});

it('welcomes a new friend by name', async () => {
  const answer = await alice.follow();
  expect(answer.status).toBe(200);
  await alice.receive('Welcome, Alice! Send me anything.');
  expect(line.deliveries.map((d) => d.kind)).toEqual(['reply']);
});

it('echoes text, stickers, locations and postbacks, in order', async () => {
  await alice.say('hello');
  await alice.sendSticker('446', '1988');
  await alice.sendLocation({ latitude: 35.65910807942215, longitude: 139.70372892916203, address: 'Shibuya, Tokyo' });
  await alice.postback('action=buy&itemid=111');
  await alice.receive('hello');
  await alice.receive({ type: 'sticker', packageId: '446', stickerId: '1988' });
  await alice.receive('You are at Shibuya, Tokyo');
  await alice.receive('You chose action=buy&itemid=111');
  await alice.receiveNothing();
});

it('downloads an image the user sent and answers', async () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(92)]);
  const answer = await alice.sendImage(png);
  await alice.receive('Got your image: PNG, 100 bytes');
  const message = answer.events[0].type === 'message' ? answer.events[0].message : undefined;
  const download = line.requests.find((r) => r.host === 'data' && r.path === `/v2/bot/message/${message?.id}/content`);
  expect(download?.status).toBe(200);
});

it('handles an event exactly once when the first delivery fails and LINE redelivers it', async () => {
  line.faults.add({ route: 'POST /v2/bot/message/reply', times: 1, status: 500 }); // the bot's first reply fails
  const first = await alice.say('once');
  expect(first.status).toBe(500); // the bot answered 500, so LINE will redeliver
  await alice.receive('once');
  await line.webhooksSettled();
  await alice.receiveNothing();
  expect(line.webhookAttempts.map((a) => [a.attempt, a.isRedelivery, a.status])).toEqual([
    [1, false, 500],
    [2, true, 200],
  ]);
  const [a1, a2] = line.webhookAttempts;
  expect(a2.webhookEventIds).toEqual(a1.webhookEventIds);
  expect(a2.events[0].deliveryContext).toEqual({ isRedelivery: true });
  expect(line.deliveries.filter((d) => d.kind === 'reply')).toHaveLength(1);
});

it('skips a redelivery of an event it already handled (its answer was too slow for LINE)', async () => {
  // The bot's reply takes 200 ms; LINE waits 100 ms, gives up, and redelivers 300 ms later: the bot must not reply twice.
  line.faults.add({ route: 'POST /v2/bot/message/reply', times: 1, delayMs: 200 });
  const first = await line.sendWebhook(line.webhookEndpoint, [{ type: 'message', source: alice.source, message: 'slow' }], {
    timeoutMs: 100,
    redelivery: { delaysMs: [300] },
  });
  expect(first.status).toBeNull();
  expect(first.error).toBe('timeout after 100 ms');
  await line.webhooksSettled();
  await alice.receive('slow');
  await alice.receiveNothing();
  expect(line.webhookAttempts.map((a) => [a.attempt, a.status])).toEqual([
    [1, null],
    [2, 200],
  ]);
});
