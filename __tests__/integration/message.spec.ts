/**
 * Integration: sending. reply / push / multicast / broadcast / narrowcast (core, `*Messages` aliases and `*RawBody`),
 * every generated per-message helper (4 verbs × 14 kinds), the legacy positional forms, narrowcast progress phases,
 * retry keys, the client-level members (getters, withOptions, validateSignature, connect), message validation,
 * LINE notification messages (PNP) and aggregation units. Against the dummy
 * LINE platform over real HTTP; each send is checked against what the server delivered.
 */
import { createHmac } from 'node:crypto';
import { LineApiError, LineClient, LineTimeoutError, LineValidationError } from '../../src';
import type { LineTypes } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, clientOf, lastTo, lineToday, requestsTo, uid, useDummyServer } from './helpers';

const PHONE_HASH = 'a'.repeat(64);

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]), { aggregationUnits: ['spring_sale'] });

const text = (t: string): LineTypes.Message => ({ type: 'text', text: t });

describe('reply', () => {
  it('reply, replyMessages and replyRawBody deliver to the chat of the token; a token works once', async () => {
    const t1 = server.issueReplyToken(ALICE);
    const r1 = await client.reply(t1, [text('one'), text('two')]);
    expect(r1.sentMessages).toHaveLength(2);
    expect(server.messagesTo(ALICE)).toEqual([text('one'), text('two')]);

    await client.replyMessages(server.issueReplyToken(BOB), [text('to bob')], { notificationDisabled: true });
    expect(server.messagesTo(BOB)).toEqual([text('to bob')]);
    expect(requestsTo(server, 'POST', '/v2/bot/message/reply').at(-1)?.body).toMatchObject({ notificationDisabled: true });

    await client.replyRawBody({ replyToken: server.issueReplyToken('Cgroup1'), messages: [text('raw')] });
    expect(server.messagesTo('Cgroup1')).toEqual([text('raw')]);

    const reused = await client.reply(t1, [text('again')]).catch((e: unknown) => e);
    expect(reused).toBeInstanceOf(LineApiError);
    expect((reused as LineApiError).status).toBe(400);
    const unknown = await client.replyText('never-issued', 'x').catch((e: unknown) => e);
    expect((unknown as LineApiError).status).toBe(400);
    expect(server.messagesTo(ALICE)).toHaveLength(2);
    expect(server.deliveries.filter((d) => d.kind === 'reply')).toHaveLength(3);
  });

  it('rejects locally (no request) what LINE would reject: no messages, six messages', async () => {
    const before = server.requests.length;
    await expect(client.reply(server.issueReplyToken(), [])).rejects.toBeInstanceOf(LineValidationError);
    await expect(client.push(ALICE, Array.from({ length: 6 }, (_, i) => text(String(i))))).rejects.toBeInstanceOf(LineValidationError);
    expect(server.requests.length).toBe(before);
  });
});

describe('push', () => {
  it('push, pushMessages and pushRawBody deliver in order and answer sentMessages and the request id', async () => {
    const r = await client.push(ALICE, [text('a')]);
    expect(r.sentMessages?.[0].id).toMatch(/^\d+$/);
    expect(r.requestId).toBe(server.deliveries.at(-1)?.requestId);
    await client.pushMessages(ALICE, [text('b'), text('c')]);
    await client.pushRawBody({ to: ALICE, messages: [text('d')], notificationDisabled: true });
    expect(server.messagesTo(ALICE).map((m) => m.text)).toEqual(['a', 'b', 'c', 'd']);
    expect(requestsTo(server, 'POST', '/v2/bot/message/push').every((q) => typeof q.headers['x-line-retry-key'] === 'string')).toBe(true);
  });

  it('the same retryKey twice delivers once; the second call resolves with the accepted request id', async () => {
    const retryKey = '123e4567-e89b-42d3-a456-426614174000';
    const first = await client.pushText(ALICE, 'once', { retryKey });
    const second = await client.pushText(ALICE, 'once', { retryKey });
    expect(second.acceptedRequestId).toBe(first.requestId);
    expect(server.messagesTo(ALICE)).toEqual([text('once')]);
  });
});

describe('multicast', () => {
  it('multicast, multicastMessages and multicastRawBody deliver to every recipient', async () => {
    await client.multicast([ALICE, BOB], [text('m1')]);
    await client.multicastMessages([BOB, CAROL], [text('m2')]);
    await client.multicastRawBody({ to: [CAROL], messages: [text('m3')] });
    expect(server.messagesTo(ALICE).map((m) => m.text)).toEqual(['m1']);
    expect(server.messagesTo(BOB).map((m) => m.text)).toEqual(['m1', 'm2']);
    expect(server.messagesTo(CAROL).map((m) => m.text)).toEqual(['m2', 'm3']);
  });

  it('1,200 recipients go as 500 + 500 + 200, each user receiving the message exactly once', async () => {
    const users = Array.from({ length: 1200 }, (_, i) => uid(10_000 + i));
    const res = await client.multicast(users, [text('sale')]);
    expect(res.requestIds).toHaveLength(3);
    const chunks = server.deliveries.filter((d) => d.kind === 'multicast');
    expect(chunks.map((d) => d.recipients.length).sort((a, b) => b - a)).toEqual([500, 500, 200]);
    expect(new Set(chunks.flatMap((d) => d.recipients))).toEqual(new Set(users));
    expect(users.every((u) => server.messagesTo(u).length === 1)).toBe(true);
    expect(requestsTo(server, 'POST', '/v2/bot/message/multicast')).toHaveLength(3);
  });

  it('multicastRawBody refuses more than 500 recipients without a request', async () => {
    const users = Array.from({ length: 501 }, (_, i) => uid(i + 100));
    await expect(client.multicastRawBody({ to: users, messages: [text('x')] })).rejects.toBeInstanceOf(LineValidationError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('broadcast and narrowcast', () => {
  it('broadcast and broadcastRawBody reach every follower', async () => {
    const r = await client.broadcast([text('hello all')]);
    expect(r.requestId).toMatch(/\S/);
    await client.broadcastRawBody({ messages: [text('again')], notificationDisabled: false });
    for (const u of [ALICE, BOB, CAROL]) expect(server.messagesTo(u).map((m) => m.text)).toEqual(['hello all', 'again']);
  });

  it('narrowcast answers a request id whose progress moves waiting → sending → succeeded', async () => {
    const { requestId } = await client.narrowcast([text('nc')], { max: 2 });
    expect(requestId).toMatch(/\S/);
    const phases: string[] = [];
    for (let i = 0; i < 10; i++) {
      const p = await client.getNarrowcastProgress(requestId);
      phases.push(p.phase);
      if (p.phase === 'succeeded') {
        expect(p.successCount).toBe(2);
        expect(p.failureCount).toBe(0);
        expect(p.targetCount).toBe(2);
        break;
      }
    }
    expect(phases).toEqual(['waiting', 'sending', 'succeeded']);
    const delivery = server.deliveries.find((d) => d.kind === 'narrowcast');
    expect(delivery?.recipients).toHaveLength(2);
    const unknown = await client.getNarrowcastProgress('no-such-request').catch((e: unknown) => e);
    expect((unknown as LineApiError).status).toBe(404);
  });

  it('narrowcastMessages and narrowcastRawBody send the recipient and limit as given', async () => {
    const recipient: LineTypes.RecipientObject = { type: 'operator', not: { type: 'audience', audienceGroupId: 1 } };
    // The audience does not exist: the server answers LINE's 400 and delivers nothing.
    const err = await client.narrowcastMessages([text('x')], { recipient }).catch((e: unknown) => e);
    expect((err as LineApiError).status).toBe(400);
    expect(server.deliveries).toHaveLength(0);

    const { requestId } = await client.narrowcastRawBody({ messages: [text('raw nc')], limit: { max: 1 } });
    expect(requestsTo(server, 'POST', '/v2/bot/message/narrowcast').at(-1)?.body).toEqual({ messages: [text('raw nc')], limit: { max: 1 } });
    expect(server.deliveries.at(-1)?.requestId).toBe(requestId);
    expect(server.deliveries.at(-1)?.recipients).toHaveLength(1);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Every generated helper: 4 verbs × 14 message kinds
// ---------------------------------------------------------------------------------------------------------------

const IMAGE = { originalContentUrl: 'https://example.com/a.jpg', previewImageUrl: 'https://example.com/a-p.jpg' };
const VIDEO = { originalContentUrl: 'https://example.com/a.mp4', previewImageUrl: 'https://example.com/a-p.jpg' };
const AUDIO = { originalContentUrl: 'https://example.com/a.m4a', duration: 60000 };
const LOCATION = { title: 'Office', address: 'Tokyo', latitude: 35.65910807942215, longitude: 139.70372892916203 };
const STICKER = { packageId: '446', stickerId: '1988' };
const IMAGEMAP = {
  baseUrl: 'https://example.com/bot/images/rm001',
  baseSize: { width: 1040, height: 1040 },
  actions: [{ type: 'message' as const, text: 'hello', area: { x: 0, y: 0, width: 520, height: 1040 } }],
};
const FLEX: LineTypes.FlexContainer = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'flex' }] } };
const ACTIONS: LineTypes.Action[] = [
  { type: 'message', label: 'Yes', text: 'yes' },
  { type: 'message', label: 'No', text: 'no' },
];
const CONFIRM = { text: 'Sure?', actions: ACTIONS };
const BUTTONS = { title: 'Menu', text: 'Pick one', actions: ACTIONS };
const TEMPLATE: LineTypes.Template = { type: 'confirm', ...CONFIRM };
const COLUMNS = [{ text: 'column', actions: [ACTIONS[0]] }];
const IMAGE_COLUMNS = [{ imageUrl: 'https://example.com/i.png', action: ACTIONS[0] }];

/** What each kind delivers (the message `type`, and `template.type` for templates). */
const EXPECTED: Record<string, { type: string; template?: string }> = {
  Text: { type: 'text' },
  Image: { type: 'image' },
  Video: { type: 'video' },
  Audio: { type: 'audio' },
  Location: { type: 'location' },
  Sticker: { type: 'sticker' },
  Imagemap: { type: 'imagemap' },
  Flex: { type: 'flex' },
  Template: { type: 'template', template: 'confirm' },
  ButtonTemplate: { type: 'template', template: 'buttons' },
  ButtonsTemplate: { type: 'template', template: 'buttons' },
  ConfirmTemplate: { type: 'template', template: 'confirm' },
  CarouselTemplate: { type: 'template', template: 'carousel' },
  ImageCarouselTemplate: { type: 'template', template: 'image_carousel' },
};

type Helper = [kind: string, send: (c: LineClient) => Promise<unknown>];

const reply = (): string => server.issueReplyToken(ALICE);
const REPLY_HELPERS: Helper[] = [
  ['Text', (c) => c.replyText(reply(), 'hi')],
  ['Image', (c) => c.replyImage(reply(), IMAGE)],
  ['Video', (c) => c.replyVideo(reply(), VIDEO)],
  ['Audio', (c) => c.replyAudio(reply(), AUDIO)],
  ['Location', (c) => c.replyLocation(reply(), LOCATION)],
  ['Sticker', (c) => c.replySticker(reply(), STICKER)],
  ['Imagemap', (c) => c.replyImagemap(reply(), 'imagemap', IMAGEMAP)],
  ['Flex', (c) => c.replyFlex(reply(), 'flex', FLEX)],
  ['Template', (c) => c.replyTemplate(reply(), 'template', TEMPLATE)],
  ['ButtonTemplate', (c) => c.replyButtonTemplate(reply(), 'buttons', BUTTONS)],
  ['ButtonsTemplate', (c) => c.replyButtonsTemplate(reply(), 'buttons', BUTTONS)],
  ['ConfirmTemplate', (c) => c.replyConfirmTemplate(reply(), 'confirm', CONFIRM)],
  ['CarouselTemplate', (c) => c.replyCarouselTemplate(reply(), 'carousel', COLUMNS)],
  ['ImageCarouselTemplate', (c) => c.replyImageCarouselTemplate(reply(), 'image carousel', IMAGE_COLUMNS)],
];
const PUSH_HELPERS: Helper[] = [
  ['Text', (c) => c.pushText(ALICE, 'hi')],
  ['Image', (c) => c.pushImage(ALICE, IMAGE)],
  ['Video', (c) => c.pushVideo(ALICE, VIDEO)],
  ['Audio', (c) => c.pushAudio(ALICE, AUDIO)],
  ['Location', (c) => c.pushLocation(ALICE, LOCATION)],
  ['Sticker', (c) => c.pushSticker(ALICE, STICKER)],
  ['Imagemap', (c) => c.pushImagemap(ALICE, 'imagemap', IMAGEMAP)],
  ['Flex', (c) => c.pushFlex(ALICE, 'flex', FLEX)],
  ['Template', (c) => c.pushTemplate(ALICE, 'template', TEMPLATE)],
  ['ButtonTemplate', (c) => c.pushButtonTemplate(ALICE, 'buttons', BUTTONS)],
  ['ButtonsTemplate', (c) => c.pushButtonsTemplate(ALICE, 'buttons', BUTTONS)],
  ['ConfirmTemplate', (c) => c.pushConfirmTemplate(ALICE, 'confirm', CONFIRM)],
  ['CarouselTemplate', (c) => c.pushCarouselTemplate(ALICE, 'carousel', COLUMNS)],
  ['ImageCarouselTemplate', (c) => c.pushImageCarouselTemplate(ALICE, 'image carousel', IMAGE_COLUMNS)],
];
const MULTICAST_HELPERS: Helper[] = [
  ['Text', (c) => c.multicastText([ALICE], 'hi')],
  ['Image', (c) => c.multicastImage([ALICE], IMAGE)],
  ['Video', (c) => c.multicastVideo([ALICE], VIDEO)],
  ['Audio', (c) => c.multicastAudio([ALICE], AUDIO)],
  ['Location', (c) => c.multicastLocation([ALICE], LOCATION)],
  ['Sticker', (c) => c.multicastSticker([ALICE], STICKER)],
  ['Imagemap', (c) => c.multicastImagemap([ALICE], 'imagemap', IMAGEMAP)],
  ['Flex', (c) => c.multicastFlex([ALICE], 'flex', FLEX)],
  ['Template', (c) => c.multicastTemplate([ALICE], 'template', TEMPLATE)],
  ['ButtonTemplate', (c) => c.multicastButtonTemplate([ALICE], 'buttons', BUTTONS)],
  ['ButtonsTemplate', (c) => c.multicastButtonsTemplate([ALICE], 'buttons', BUTTONS)],
  ['ConfirmTemplate', (c) => c.multicastConfirmTemplate([ALICE], 'confirm', CONFIRM)],
  ['CarouselTemplate', (c) => c.multicastCarouselTemplate([ALICE], 'carousel', COLUMNS)],
  ['ImageCarouselTemplate', (c) => c.multicastImageCarouselTemplate([ALICE], 'image carousel', IMAGE_COLUMNS)],
];
const BROADCAST_HELPERS: Helper[] = [
  ['Text', (c) => c.broadcastText('hi')],
  ['Image', (c) => c.broadcastImage(IMAGE)],
  ['Video', (c) => c.broadcastVideo(VIDEO)],
  ['Audio', (c) => c.broadcastAudio(AUDIO)],
  ['Location', (c) => c.broadcastLocation(LOCATION)],
  ['Sticker', (c) => c.broadcastSticker(STICKER)],
  ['Imagemap', (c) => c.broadcastImagemap('imagemap', IMAGEMAP)],
  ['Flex', (c) => c.broadcastFlex('flex', FLEX)],
  ['Template', (c) => c.broadcastTemplate('template', TEMPLATE)],
  ['ButtonTemplate', (c) => c.broadcastButtonTemplate('buttons', BUTTONS)],
  ['ButtonsTemplate', (c) => c.broadcastButtonsTemplate('buttons', BUTTONS)],
  ['ConfirmTemplate', (c) => c.broadcastConfirmTemplate('confirm', CONFIRM)],
  ['CarouselTemplate', (c) => c.broadcastCarouselTemplate('carousel', COLUMNS)],
  ['ImageCarouselTemplate', (c) => c.broadcastImageCarouselTemplate('image carousel', IMAGE_COLUMNS)],
];

describe.each([
  ['reply', REPLY_HELPERS],
  ['push', PUSH_HELPERS],
  ['multicast', MULTICAST_HELPERS],
  ['broadcast', BROADCAST_HELPERS],
] as const)('generated %s helpers', (verb, helpers) => {
  it('cover all 14 message kinds', () => {
    expect(helpers.map(([kind]) => kind).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(helpers.map((h) => [h[0], h] as const))(`${verb}%s delivers one message of that kind`, async (kind, [, send]) => {
    await send(client);
    expect(server.deliveries).toHaveLength(1);
    expect(server.deliveries[0].kind).toBe(verb);
    const delivered = server.messagesTo(ALICE);
    expect(delivered).toHaveLength(1);
    expect(delivered[0].type).toBe(EXPECTED[kind].type);
    if (EXPECTED[kind].template) expect((delivered[0].template as { type: string }).type).toBe(EXPECTED[kind].template);
  });
});

describe('legacy positional forms (1.1.0)', () => {
  it('image, video, audio and sticker take positional arguments on every verb', async () => {
    await client.replyImage(server.issueReplyToken(ALICE), IMAGE.originalContentUrl, IMAGE.previewImageUrl);
    expect(lastTo(server, ALICE)).toEqual({ type: 'image', ...IMAGE });
    await client.replyVideo(server.issueReplyToken(ALICE), VIDEO.originalContentUrl, VIDEO.previewImageUrl);
    expect(lastTo(server, ALICE)).toEqual({ type: 'video', ...VIDEO });
    await client.replyAudio(server.issueReplyToken(ALICE), AUDIO.originalContentUrl, AUDIO.duration);
    expect(lastTo(server, ALICE)).toEqual({ type: 'audio', ...AUDIO });
    await client.replySticker(server.issueReplyToken(ALICE), STICKER.packageId, STICKER.stickerId);
    expect(lastTo(server, ALICE)).toEqual({ type: 'sticker', ...STICKER });

    // 1.1.0: an image with no preview uses the original as preview
    await client.pushImage(BOB, IMAGE.originalContentUrl);
    expect(lastTo(server, BOB)).toEqual({ type: 'image', originalContentUrl: IMAGE.originalContentUrl, previewImageUrl: IMAGE.originalContentUrl });
    await client.pushSticker(BOB, '1', '2', { quickReply: { items: [{ type: 'action', action: { type: 'message', label: 'Yes', text: 'yes' } }] } });
    expect(lastTo(server, BOB)).toMatchObject({ type: 'sticker', packageId: '1', stickerId: '2', quickReply: { items: [{ type: 'action' }] } });
    await client.multicastAudio([CAROL], AUDIO.originalContentUrl, 1000);
    expect(lastTo(server, CAROL)).toEqual({ type: 'audio', originalContentUrl: AUDIO.originalContentUrl, duration: 1000 });
    await client.broadcastVideo(VIDEO.originalContentUrl, VIDEO.previewImageUrl);
    expect(lastTo(server, CAROL)).toEqual({ type: 'video', ...VIDEO });
  });

  it('LineClient.connect(accessToken, channelSecret) and connect(config) still build working clients', async () => {
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const legacy = LineClient.connect(server.accessToken, 'legacy-secret');
      expect(legacy.accessToken).toBe(server.accessToken);
      expect(legacy.channelSecret).toBe('legacy-secret');
      const viaConfig = LineClient.connect({ accessToken: server.accessToken, origin: server.origin, dataOrigin: server.dataOrigin });
      await viaConfig.pushText(ALICE, 'connected');
      expect(lastTo(server, ALICE)).toEqual(text('connected'));
    } finally {
      warn.mockRestore();
    }
  });
});

describe('client members', () => {
  it('accessToken, channelId and channelSecret getters', () => {
    expect(client.accessToken).toBe(server.accessToken);
    expect(client.channelSecret).toBe('integration-secret');
    expect(client.channelId).toBeUndefined();
    expect(clientOf(server, { channelId: '1234567890' }).channelId).toBe('1234567890');
  });

  it('withOptions gives a view with a per-call timeout that the server delay trips', async () => {
    server.faults.add({ route: 'GET /v2/bot/info', delayMs: 300, times: 1 });
    const fast = client.withOptions({ timeout: 50 });
    await expect(clientOf(server, { retry: false }).withOptions({ timeout: 50 }).getBotInfo()).rejects.toBeInstanceOf(LineTimeoutError);
    expect((await fast.getBotInfo()).displayName).toBeTruthy();
    // The delayed request is recorded when the server answers it (300 ms in): wait for it (bounded), so that it does
    // not land in a later test's request log.
    for (let i = 0; i < 40 && server.requests.filter((r) => r.path === '/v2/bot/info').length < 2; i++) await new Promise((r) => setTimeout(r, 25));
  });

  it('validateSignature checks a webhook body signed with the channel secret', () => {
    const body = JSON.stringify({ destination: 'U0', events: [] });
    const signature = createHmac('sha256', 'integration-secret').update(body).digest('base64');
    expect(client.validateSignature(body, signature)).toBe(true);
    expect(client.validateSignature(`${body} `, signature)).toBe(false);
  });

  it('a wrong access token is rejected by the server with 401', async () => {
    const err = await clientOf(server, { accessToken: 'not-a-valid-token' }).getBotInfo().catch((e: unknown) => e);
    expect((err as LineApiError).status).toBe(401);
  });
});

describe('message validation', () => {
  it('validate{Reply,Push,Multicast,Narrowcast,Broadcast}Messages accept valid messages and send nothing', async () => {
    const messages: LineTypes.Message[] = [{ type: 'text', text: 'hello' }];
    await expect(client.validateReplyMessages(messages)).resolves.toEqual({});
    await expect(client.validatePushMessages(messages)).resolves.toEqual({});
    await expect(client.validateMulticastMessages(messages)).resolves.toEqual({});
    await expect(client.validateNarrowcastMessages(messages)).resolves.toEqual({});
    await expect(client.validateBroadcastMessages(messages)).resolves.toEqual({});
    expect(server.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(
      ['reply', 'push', 'multicast', 'narrowcast', 'broadcast'].map((kind) => `POST /v2/bot/message/validate/${kind} 200`),
    );
    expect(server.deliveries).toHaveLength(0);
  });

  it('the server rejects what LINE would (an unknown message type) with the property', async () => {
    const unknown = [{ type: 'hologram' }] as unknown as LineTypes.Message[];
    await expect(client.validatePushMessages(unknown)).rejects.toMatchObject({ status: 400 });
    expect(server.deliveries).toHaveLength(0);
  });
});

describe('LINE notification messages (PNP)', () => {
  it('pushMessagesByPhone delivers to the phone hash with the delivery tag; getNumberOfSentPnpMessages counts it', async () => {
    await expect(client.pushMessagesByPhone(PHONE_HASH, [{ type: 'text', text: 'Your parcel arrives today' }], { deliveryTag: 'tag-0123456789abcdef' })).resolves.toEqual({});
    expect(server.deliveries).toEqual([expect.objectContaining({ kind: 'pnp', recipients: [PHONE_HASH], deliveryTag: 'tag-0123456789abcdef' })]);
    expect(server.messagesTo(PHONE_HASH)).toEqual([{ type: 'text', text: 'Your parcel arrives today' }]);
    expect(await client.getNumberOfSentPnpMessages(lineToday())).toEqual({ status: 'ready', success: 1 });
  });
});

describe('aggregation units', () => {
  it('aggregation units are recorded by sends; usage and name list', async () => {
    await client.pushText(ALICE, 'x', { customAggregationUnits: ['summer_sale'] });
    expect(await client.getAggregationUnitUsage()).toEqual({ numOfCustomAggregationUnits: 2 });
    expect(await client.getAggregationUnitNameList()).toEqual({ customAggregationUnits: ['spring_sale', 'summer_sale'] });
    const first = await client.getAggregationUnitNameList({ limit: 1 });
    expect(first.customAggregationUnits).toEqual(['spring_sale']);
    expect((await client.getAggregationUnitNameList({ limit: 1, start: first.next })).customAggregationUnits).toEqual(['summer_sale']);
    expect(await client.getStatisticsPerUnit('summer_sale', '20250101', '20250131')).toEqual({ overview: expect.any(Object), messages: [], clicks: [] });
  });
});
