// The simulator's mechanics: signatures, the request LINE sends, events of every type as webhook.yml requires them,
// reply tokens (once, expiring), redelivery on a bounded schedule, and conversations that name what they expected.

import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { LineClient, isKnownWebhookEvent, parseWebhook, validateSignature, type WebhookEvent } from 'messaging-api-line';
import {
  accountLinkEvent,
  activatedEvent,
  beaconEvent,
  botResumedEvent,
  botSuspendedEvent,
  completeWebhookEvent,
  createDummyLineServer,
  deactivatedEvent,
  followEvent,
  joinEvent,
  leaveEvent,
  memberJoinedEvent,
  memberLeftEvent,
  membershipEvent,
  messageEditedEvent,
  messageEvent,
  moduleEvent,
  pnpDeliveryCompletionEvent,
  postbackEvent,
  signWebhook,
  thingsEvent,
  unfollowEvent,
  unsendEvent,
  videoPlayCompleteEvent,
  type DummyLineServer,
} from 'messaging-api-line/testing';

const ALICE = 'U4af4980629b6f0a6c5b2b1b8e0e8f6c1';
const GROUP = { type: 'group', groupId: 'Ca56f94637cc4347f90a25382909b24b9' } as const;

// --- webhook.yml: the required properties of every event, checked recursively ---------------------------------------

interface Schema {
  $ref?: string;
  allOf?: Schema[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  discriminator?: { propertyName: string; mapping: Record<string, string> };
}
const spec = load(readFileSync(join(__dirname, '..', '..', 'spec', 'line-openapi', 'webhook.yml'), 'utf8')) as {
  components: { schemas: Record<string, Schema> };
};
const schemaOf = (ref: string): Schema => spec.components.schemas[ref.replace('#/components/schemas/', '')];

function missing(value: unknown, schema: Schema, path: string, dispatch = true): string[] {
  if (schema.$ref) return missing(value, schemaOf(schema.$ref), path, dispatch);
  if (value === null || typeof value !== 'object') return [];
  const record = value as Record<string, unknown>;
  const out: string[] = [];
  if (dispatch && schema.discriminator) {
    const target = schema.discriminator.mapping[String(record[schema.discriminator.propertyName])];
    if (target) return missing(value, schemaOf(target), path);
  }
  for (const part of schema.allOf ?? []) out.push(...missing(value, part.$ref ? schemaOf(part.$ref) : part, path, false));
  for (const key of schema.required ?? []) if (record[key] === undefined) out.push(`${path}.${key}`);
  for (const [key, sub] of Object.entries(schema.properties ?? {})) {
    if (record[key] === undefined) continue;
    if (sub.items && Array.isArray(record[key])) (record[key] as unknown[]).forEach((v, i) => out.push(...missing(v, sub.items!, `${path}.${key}[${i}]`)));
    else out.push(...missing(record[key], sub, `${path}.${key}`));
  }
  return out;
}

describe('event builders', () => {
  const built: Record<string, WebhookEvent> = {
    'message (text)': messageEvent(ALICE, 'hi'),
    'message (image)': messageEvent(ALICE, { type: 'image' }),
    'message (video)': messageEvent(ALICE, { type: 'video' }),
    'message (audio)': messageEvent(ALICE, { type: 'audio' }),
    'message (file)': messageEvent(ALICE, { type: 'file', fileName: 'a.pdf', fileSize: 3 }),
    'message (location)': messageEvent(ALICE, { type: 'location', title: 'LINE', address: 'Tokyo', latitude: 35.6, longitude: 139.7 }),
    'message (sticker)': messageEvent({ ...GROUP, userId: ALICE }, { type: 'sticker', packageId: '446', stickerId: '1988' }),
    messageEdited: messageEditedEvent(ALICE, { type: 'text', id: '100', text: 'edited' }),
    unsend: unsendEvent(ALICE, '100'),
    follow: followEvent(ALICE),
    unfollow: unfollowEvent(ALICE),
    join: joinEvent(GROUP),
    leave: leaveEvent(GROUP),
    memberJoined: memberJoinedEvent(GROUP, [ALICE]),
    memberLeft: memberLeftEvent(GROUP, [ALICE]),
    postback: postbackEvent(ALICE, 'action=buy', { datetime: '2026-12-04T18:00' }),
    videoPlayComplete: videoPlayCompleteEvent(ALICE, 'track-1'),
    beacon: beaconEvent(ALICE, { hwid: 'd41d8cd98f' }),
    accountLink: accountLinkEvent(ALICE, { result: 'ok', nonce: 'n' }),
    membership: membershipEvent(ALICE, { type: 'joined', membershipId: 3 }),
    things: thingsEvent(ALICE, { type: 'link', deviceId: 't1' }),
    module: moduleEvent({ type: 'attached', botId: 'Ub0000000000000000000000000000000', scopes: ['message:send'] }),
    activated: activatedEvent(ALICE, 1_800_000_000_000),
    deactivated: deactivatedEvent(ALICE),
    botSuspended: botSuspendedEvent(),
    botResumed: botResumedEvent(),
    delivery: pnpDeliveryCompletionEvent('hash'),
  };

  it.each(Object.entries(built))('%s: every property webhook.yml requires is filled', (_name, event) => {
    expect(missing(event, { $ref: '#/components/schemas/Event' }, 'event')).toEqual([]);
    expect(isKnownWebhookEvent(event)).toBe(true);
    expect(event.webhookEventId).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/); // a ULID
    expect(event.mode).toBe('active');
    expect(event.deliveryContext).toEqual({ isRedelivery: false });
    expect(Math.abs(event.timestamp - Date.now())).toBeLessThan(60_000);
  });

  it('fills message ids, quote tokens and content providers as LINE does', () => {
    const text = messageEvent(ALICE, 'hi');
    expect(text).toMatchObject({ type: 'message', source: { type: 'user', userId: ALICE }, replyToken: expect.stringMatching(/^[0-9a-f]{32}$/) });
    expect(text.message).toMatchObject({ type: 'text', text: 'hi', id: expect.stringMatching(/^\d{18}$/), quoteToken: expect.any(String) });
    expect(messageEvent(ALICE, { type: 'image' }).message).toMatchObject({ contentProvider: { type: 'line' } });
    expect(messageEvent(ALICE, 'a').message.id).not.toBe(messageEvent(ALICE, 'b').message.id);
    expect(accountLinkEvent(ALICE, { result: 'failed', nonce: 'n' })).not.toHaveProperty('replyToken');
    expect(moduleEvent({ type: 'detached', botId: 'U', reason: 'bot_deleted' })).not.toHaveProperty('source');
  });

  it('keeps what the test gives', () => {
    const event = completeWebhookEvent({ type: 'follow', timestamp: 5, webhookEventId: 'X', replyToken: 'r', follow: { isUnblocked: true } });
    expect(event).toMatchObject({ timestamp: 5, webhookEventId: 'X', replyToken: 'r', follow: { isUnblocked: true } });
  });

  it('signs a body as validateSignature expects', () => {
    const body = JSON.stringify({ destination: 'U', events: [messageEvent(ALICE, 'hi')] });
    expect(validateSignature(body, 'secret', signWebhook(body, 'secret'))).toBe(true);
    expect(validateSignature(body, 'other', signWebhook(body, 'secret'))).toBe(false);
    expect(signWebhook(Buffer.from(body), 'secret')).toBe(signWebhook(body, 'secret'));
  });
});

// --- sendWebhook against a recording bot ----------------------------------------------------------------------------

interface Received {
  method: string;
  headers: IncomingHttpHeaders;
  raw: string;
}

let line: DummyLineServer;
let client: LineClient;
let bot: Server;
let url: string;
let received: Received[];
let answer: (events: WebhookEvent[]) => Promise<number> | number;

beforeAll(async () => {
  line = await createDummyLineServer({ replyTokenTtlMs: 300, receiveTimeoutMs: 300, webhookTimeoutMs: 500 });
  client = new LineClient({ accessToken: line.accessToken, origin: line.origin, dataOrigin: line.dataOrigin, retry: false });
  bot = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? '', headers: req.headers, raw });
      Promise.resolve()
        .then(() => answer(parseWebhook(raw, String(req.headers['x-line-signature']), line.channelSecret).events))
        .then(
        (status) => res.writeHead(status).end(status === 200 ? 'OK' : 'failed'),
        () => res.writeHead(500).end(),
      );
    });
  });
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/webhook`;
});
beforeEach(() => {
  received = [];
  answer = () => 200;
  line.setWebhookEndpoint(url);
});
afterEach(async () => {
  await line.webhooksSettled();
  line.reset();
});
afterAll(async () => {
  await line.close();
  await new Promise((resolve) => bot.close(resolve));
});

describe('sendWebhook', () => {
  it('posts as LINE does and resolves the answer and the events as sent', async () => {
    const result = await line.sendWebhook(url, [{ type: 'message', source: { type: 'user', userId: ALICE }, message: 'hi' }]);
    expect(result).toEqual({ status: 200, body: 'OK', events: [expect.objectContaining({ type: 'message', replyToken: expect.any(String) })] });
    const [req] = received;
    expect(req.method).toBe('POST');
    expect(req.headers).toMatchObject({ 'content-type': 'application/json; charset=utf-8', 'user-agent': 'LineBotWebhook/2.0' });
    expect(req.headers['x-line-signature']).toBe(signWebhook(req.raw, line.channelSecret));
    expect(JSON.parse(req.raw)).toEqual({ destination: 'Ub0000000000000000000000000000000', events: result.events });
  });

  it('signs with the channel secret given, and sends the destination given', async () => {
    const result = await line.sendWebhook(url, [followEvent(ALICE)], { channelSecret: 'not-the-secret', destination: 'Uffff' });
    expect(result.status).toBe(500); // the bot's signature check failed
    expect(received[0].headers['x-line-signature']).toBe(signWebhook(received[0].raw, 'not-the-secret'));
    expect(JSON.parse(received[0].raw).destination).toBe('Uffff');
  });

  it('makes the events’ reply tokens valid once, to the source of the event', async () => {
    const { events } = await line.sendWebhook(url, [messageEvent({ ...GROUP, userId: ALICE }, 'hi')]);
    const token = (events[0] as { replyToken: string }).replyToken;
    await client.replyText(token, 'to the group');
    expect(line.messagesTo(GROUP.groupId)).toEqual([{ type: 'text', text: 'to the group' }]);
    await expect(client.replyText(token, 'again')).rejects.toMatchObject({ status: 400, message: expect.stringContaining('Invalid reply token') });
    // A redelivery of the same event does not make a used token valid again.
    await line.sendWebhook(url, events);
    await expect(client.replyText(token, 'again')).rejects.toMatchObject({ status: 400 });
  });

  it('accepts the reply token of a built event once, even when the event is handed straight to a handler', async () => {
    const event = messageEvent(ALICE, 'hi'); // no webhook: the test calls its handler with the event
    await client.replyText(event.replyToken!, 'hello');
    expect(line.messagesTo(ALICE)).toEqual([{ type: 'text', text: 'hello' }]);
    await expect(client.replyText(event.replyToken!, 'again')).rejects.toMatchObject({ status: 400 });
    await expect(client.replyText('0123456789abcdef0123456789abcdef', 'made up')).rejects.toMatchObject({ status: 400 });
  });

  it('lets reply tokens expire after replyTokenTtlMs', async () => {
    const { events } = await line.sendWebhook(url, [messageEvent(ALICE, 'hi')]);
    await new Promise((resolve) => setTimeout(resolve, 350));
    await expect(client.replyText((events[0] as { replyToken: string }).replyToken, 'late')).rejects.toMatchObject({ status: 400 });
  });

  it('answers null and the reason when the bot is unreachable or too slow', async () => {
    const unreachable = await line.sendWebhook('http://127.0.0.1:9/webhook', [followEvent(ALICE)]);
    expect(unreachable).toMatchObject({ status: null, body: '', error: expect.stringContaining('ECONNREFUSED') });
    answer = () => new Promise((resolve) => setTimeout(() => resolve(200), 300));
    const slow = await line.sendWebhook(url, [followEvent(ALICE)], { timeoutMs: 50 });
    expect(slow).toMatchObject({ status: null, error: 'timeout after 50 ms' });
  });

  it('serves default content for media messages, so the bot can download them', async () => {
    const { events } = await line.sendWebhook(url, [messageEvent(ALICE, { type: 'image' }), messageEvent(ALICE, { type: 'video' })]);
    const [image, video] = events.map((e) => (e.type === 'message' ? e.message.id : ''));
    expect((await client.getMessageContent(image)).subarray(1, 4).toString()).toBe('PNG');
    expect((await client.getMessageContent(video)).length).toBe(1024);
  });
});

describe('redelivery', () => {
  it('redelivers the same events, marked, on a bounded schedule, and records every attempt', async () => {
    answer = () => 503;
    const first = await line.sendWebhook(url, [messageEvent(ALICE, 'hi'), followEvent(ALICE)], { redelivery: { delaysMs: [5, 5, 5] } });
    expect(first.status).toBe(503);
    await line.webhooksSettled(5000);
    expect(line.webhookAttempts.map((a) => [a.attempt, a.isRedelivery, a.status])).toEqual([
      [1, false, 503],
      [2, true, 503],
      [3, true, 503],
      [4, true, 503],
    ]);
    const bodies = received.map((r) => JSON.parse(r.raw) as { events: WebhookEvent[] });
    for (const body of bodies.slice(1)) {
      expect(body.events.map((e) => e.webhookEventId)).toEqual(first.events.map((e) => e.webhookEventId));
      expect(body.events.map((e) => e.deliveryContext.isRedelivery)).toEqual([true, true]);
      expect(body.events.map((e) => (e as { replyToken?: string }).replyToken)).toEqual(first.events.map((e) => (e as { replyToken?: string }).replyToken));
    }
  });

  it('stops as soon as the bot answers 2xx, and is off unless asked for', async () => {
    let calls = 0;
    answer = () => (++calls === 1 ? 500 : 200);
    await line.sendWebhook(url, [followEvent(ALICE)], { redelivery: true });
    await line.sendWebhook(url, [followEvent(ALICE)]); // the server's default: no redelivery
    expect(line.webhookAttempts.map((a) => a.status)).toEqual([500, 200]);
    await line.webhooksSettled(5000); // the first one's redelivery (after 1 s, LINE-like) answers 200 and ends it
    expect(line.webhookAttempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, 500],
      [1, 200],
      [2, 200],
    ]);
  });

  it('reset() cancels scheduled redeliveries', async () => {
    answer = () => 500;
    await line.sendWebhook(url, [followEvent(ALICE)], { redelivery: { delaysMs: [200] } });
    line.reset();
    await line.webhooksSettled(100);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(received).toHaveLength(1);
  });
});

describe('conversations', () => {
  it('fails naming what was expected when nothing arrives, or something else does', async () => {
    const alice = line.user('Alice');
    await expect(alice.receive('hello', { timeoutMs: 50 })).rejects.toThrow(
      `Alice (${alice.userId}) expected the text message "hello" within 50 ms, but no message arrived (nothing was received before either)`,
    );
    await client.pushText(alice.userId, 'bye');
    await expect(alice.receive({ type: 'text', text: 'hello' })).rejects.toThrow(
      `Alice (${alice.userId}) expected a message matching {"type":"text","text":"hello"}, but the next message was {"type":"text","text":"bye"}`,
    );
    await client.pushText(alice.userId, 'again');
    await expect(alice.receiveNothing(20)).rejects.toThrow('expected no more messages, but received {"type":"text","text":"again"}');
  });

  it('waits for messages that come later, in order, from any kind of send', async () => {
    const alice = line.user({ displayName: 'Alice' });
    const bob = line.user('Bob');
    await alice.follow();
    await bob.follow();
    const waiting = alice.receive((m) => m.text === 'pushed later');
    setTimeout(() => void client.pushText(alice.userId, 'pushed later'), 30);
    await waiting;
    await client.multicastText([alice.userId, bob.userId], 'multicast');
    await client.broadcast([{ type: 'text', text: 'broadcast' }]);
    await client.narrowcast([{ type: 'text', text: 'narrowcast' }]);
    await alice.receive('multicast');
    await alice.receive('broadcast');
    await alice.receive('narrowcast');
    await bob.receive('multicast');
    await bob.receive('broadcast');
    await bob.receive('narrowcast');
    await bob.unfollow(); // blocked: broadcasts no longer reach Bob
    await client.broadcast([{ type: 'text', text: 'second broadcast' }]);
    await alice.receive('second broadcast');
    await bob.receiveNothing(20);
    expect((await client.getUserProfile(alice.userId))?.displayName).toBe('Alice');
  });

  it('talks in groups: join, members, a member speaking, replies and pushes to the group', async () => {
    const alice = line.user('Alice');
    const bob = line.user('Bob');
    const group = line.group({ groupName: 'Team', members: [alice] });
    answer = async (events) => {
      for (const e of events) if ('replyToken' in e && e.replyToken) await client.replyText(e.replyToken, `${e.type} in ${e.source?.type}`);
      return 200;
    };
    await group.join();
    await group.receive('join in group');
    await group.addMembers(bob);
    await group.receive('memberJoined in group');
    const said = await alice.in(group).say('hi all');
    expect(said.events[0].source).toEqual({ type: 'group', groupId: group.id, userId: alice.userId });
    await group.receive('message in group');
    expect(await client.getGroupMembersCount(group.id)).toBe(2);
    await client.pushText(group.id, 'pushed');
    await group.receive('pushed');
    await alice.receiveNothing(20); // a group's messages are the group's, not its members'
  });

  it('keeps simulated users across reset(), with empty inboxes', async () => {
    const alice = line.user('Alice');
    await client.pushText(alice.userId, 'before');
    line.reset();
    expect(alice.messages).toEqual([]);
    expect((await client.getUserProfile(alice.userId))?.displayName).toBe('Alice');
    await client.pushText(alice.userId, 'after');
    await alice.receive('after');
  });

  it('needs a webhook URL before a user talks', async () => {
    const server = await createDummyLineServer();
    try {
      await expect(server.user('Alice').say('hi')).rejects.toThrow('No webhook URL: call server.setWebhookEndpoint(url)');
    } finally {
      await server.close();
    }
  });
});
