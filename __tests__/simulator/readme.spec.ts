// The README's "Testing your bot" examples, verbatim (readmeSnippets.spec.ts checks that every TypeScript block of
// that section is a piece of this file, so the README shows only code that runs).

// bot.test.ts
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { LineClient, middleware } from 'messaging-api-line';
import { createDummyLineServer, messageEvent, type DummyLineServer } from 'messaging-api-line/testing';

// The code under test: welcomes new friends by name, echoes text.
function createBot(client: LineClient, channelSecret: string) {
  return middleware({
    channelSecret,
    onEvents: async ({ events }) => {
      for (const event of events) {
        if (event.type === 'follow' && event.source?.userId) {
          const profile = await client.getUserProfile(event.source.userId);
          await client.replyText(event.replyToken, `Welcome, ${profile?.displayName ?? 'friend'}!`);
        } else if (event.type === 'message' && event.message.type === 'text' && event.replyToken) {
          await client.replyText(event.replyToken, event.message.text);
        }
      }
    },
  });
}

let line: DummyLineServer;
let client: LineClient;
let bot: Server;

beforeAll(async () => {
  line = await createDummyLineServer(); // a dummy LINE platform on 127.0.0.1: no token, no network
  client = new LineClient({
    accessToken: line.accessToken,
    origin: line.origin,
    dataOrigin: line.dataOrigin,
    retry: { minDelayMs: 1, maxDelayMs: 10 }, // retry fast in tests
  });
  bot = createServer(createBot(client, line.channelSecret)); // the bot checks LINE's signatures with this secret
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  line.setWebhookEndpoint(`http://127.0.0.1:${(bot.address() as AddressInfo).port}/webhook`);
});
afterEach(() => line.reset()); // back to the seeded state: deliveries, faults and records cleared
afterAll(async () => {
  await line.close();
  bot.close();
});

it('welcomes a new friend, then echoes what they say', async () => {
  const alice = line.user('Alice'); // a LINE user with a profile (getUserProfile answers it)
  await alice.follow(); // LINE posts a signed follow event, with a reply token, to the bot
  await alice.receive('Welcome, Alice!'); // the next message Alice got (reply, push, multicast, broadcast…)
  await alice.say('hello');
  await alice.receive({ type: 'text', text: 'hello' }); // a partial match works too
  await alice.receiveNothing(); // and nothing more
});

it('answers 500 when its reply fails, and handles LINE’s redelivery', async () => {
  const alice = line.user('Alice');
  line.faults.add({ route: 'POST /v2/bot/message/reply', times: 1, status: 500 }); // the first reply fails
  const first = await line.sendWebhook(line.webhookEndpoint, [messageEvent(alice.userId, 'hi')], {
    redelivery: { delaysMs: [10] }, // or `webhookRedelivery: true` on the server, as in LINE's console
  });
  expect(first.status).toBe(500);
  await line.webhooksSettled(); // the redelivery: same webhookEventId, deliveryContext.isRedelivery true
  expect(line.webhookAttempts.map((a) => [a.isRedelivery, a.status])).toEqual([
    [false, 500],
    [true, 200],
  ]);
  await alice.receive('hi');
});

it('delivers a push exactly once through a 500 and a dropped connection', async () => {
  const alice = line.user('Alice');
  line.faults.add({ route: 'POST /v2/bot/message/push', times: 1, status: 500 });
  line.faults.add({ route: 'POST /v2/bot/message/push', times: 1, drop: 'after' }); // delivered, but no answer
  await client.pushText(alice.userId, 'Your order has shipped');
  await alice.receive('Your order has shipped');
  await alice.receiveNothing(); // the retry's X-Line-Retry-Key got a 409, not a second copy
});
