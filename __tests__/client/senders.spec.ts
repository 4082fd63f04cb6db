/**
 * The 4 verbs × 14 message helpers (generated into src/client/LineClientApi.ts from src/client/messageKinds.json): each one's wire request, including the legacy
 * positional forms and the split of message options from request options.
 */
import { expectedHeaders, intercept, makeClient, UUID } from '../support/nockLine';

const quickReply = { items: [{ type: 'action', action: { type: 'message', label: 'Yes', text: 'yes' } }] };
const sender = { name: 'Cony', iconUrl: 'https://e.x/cony.png' };
const actions = [
  { type: 'message', label: 'Yes', text: 'yes' },
  { type: 'message', label: 'No', text: 'no' },
];
const bubble = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'hello' }] } };

interface Form {
  kind: string;
  form: string;
  args: unknown[];
  message: Record<string, unknown>;
}

/** Each kind, in each of its call forms, with the message it must produce. The last arg is always the options. */
const forms: Form[] = [
  { kind: 'Text', form: 'object', args: ['hi', { quickReply, emojis: [{ index: 0, productId: 'p', emojiId: 'e' }] }], message: { type: 'text', text: 'hi', quickReply, emojis: [{ index: 0, productId: 'p', emojiId: 'e' }] } },
  { kind: 'Image', form: 'object', args: [{ originalContentUrl: 'https://e.x/o.png' }, { sender }], message: { type: 'image', originalContentUrl: 'https://e.x/o.png', previewImageUrl: 'https://e.x/o.png', sender } },
  { kind: 'Image', form: 'legacy', args: ['https://e.x/o.png', 'https://e.x/p.png', { sender }], message: { type: 'image', originalContentUrl: 'https://e.x/o.png', previewImageUrl: 'https://e.x/p.png', sender } },
  { kind: 'Video', form: 'object', args: [{ originalContentUrl: 'https://e.x/v.mp4', previewImageUrl: 'https://e.x/p.png', trackingId: 't1' }, {}], message: { type: 'video', originalContentUrl: 'https://e.x/v.mp4', previewImageUrl: 'https://e.x/p.png', trackingId: 't1' } },
  { kind: 'Video', form: 'legacy', args: ['https://e.x/v.mp4', 'https://e.x/p.png', { quickReply }], message: { type: 'video', originalContentUrl: 'https://e.x/v.mp4', previewImageUrl: 'https://e.x/p.png', quickReply } },
  { kind: 'Audio', form: 'object', args: [{ originalContentUrl: 'https://e.x/a.m4a', duration: 1000 }, {}], message: { type: 'audio', originalContentUrl: 'https://e.x/a.m4a', duration: 1000 } },
  { kind: 'Audio', form: 'legacy', args: ['https://e.x/a.m4a', 2000, {}], message: { type: 'audio', originalContentUrl: 'https://e.x/a.m4a', duration: 2000 } },
  { kind: 'Location', form: 'object', args: [{ title: 't', address: 'a', latitude: 35.6, longitude: 139.7 }, {}], message: { type: 'location', title: 't', address: 'a', latitude: 35.6, longitude: 139.7 } },
  { kind: 'Sticker', form: 'object', args: [{ packageId: '1', stickerId: '2' }, {}], message: { type: 'sticker', packageId: '1', stickerId: '2' } },
  { kind: 'Sticker', form: 'legacy', args: ['1', '3', { quickReply }], message: { type: 'sticker', packageId: '1', stickerId: '3', quickReply } },
  {
    kind: 'Imagemap',
    form: 'object',
    args: ['alt', { baseUrl: 'https://e.x/im', baseSize: { width: 1040, height: 1040 }, actions: [{ type: 'message', text: 'x', area: { x: 0, y: 0, width: 520, height: 1040 } }] }, {}],
    message: { type: 'imagemap', altText: 'alt', baseUrl: 'https://e.x/im', baseSize: { width: 1040, height: 1040 }, actions: [{ type: 'message', text: 'x', area: { x: 0, y: 0, width: 520, height: 1040 } }] },
  },
  { kind: 'Flex', form: 'object', args: ['alt', bubble, { sender }], message: { type: 'flex', altText: 'alt', contents: bubble, sender } },
  { kind: 'Template', form: 'object', args: ['alt', { type: 'confirm', text: 'ok?', actions }, {}], message: { type: 'template', altText: 'alt', template: { type: 'confirm', text: 'ok?', actions } } },
  { kind: 'ButtonTemplate', form: 'object', args: ['alt', { title: 'T', text: 'pick', actions }, {}], message: { type: 'template', altText: 'alt', template: { type: 'buttons', title: 'T', text: 'pick', actions } } },
  { kind: 'ButtonsTemplate', form: 'alias', args: ['alt', { text: 'pick', actions }, { quickReply }], message: { type: 'template', altText: 'alt', template: { type: 'buttons', text: 'pick', actions }, quickReply } },
  { kind: 'ConfirmTemplate', form: 'object', args: ['alt', { text: 'sure?', actions }, {}], message: { type: 'template', altText: 'alt', template: { type: 'confirm', text: 'sure?', actions } } },
  {
    kind: 'CarouselTemplate',
    form: 'object',
    args: ['alt', [{ text: 'c1', actions }], { imageAspectRatio: 'square', imageSize: 'contain', quickReply, sender }],
    message: { type: 'template', altText: 'alt', template: { type: 'carousel', columns: [{ text: 'c1', actions }], imageAspectRatio: 'square', imageSize: 'contain' }, quickReply, sender },
  },
  {
    kind: 'ImageCarouselTemplate',
    form: 'object',
    args: ['alt', [{ imageUrl: 'https://e.x/i.png', action: actions[0] }], {}],
    message: { type: 'template', altText: 'alt', template: { type: 'image_carousel', columns: [{ imageUrl: 'https://e.x/i.png', action: actions[0] }] } },
  },
];

const verbs = [
  { verb: 'reply', path: '/v2/bot/message/reply', target: 'rt-1' as unknown, targetKey: 'replyToken', keyed: false },
  { verb: 'push', path: '/v2/bot/message/push', target: 'U1' as unknown, targetKey: 'to', keyed: true },
  { verb: 'multicast', path: '/v2/bot/message/multicast', target: ['U1', 'U2'] as unknown, targetKey: 'to', keyed: true },
  { verb: 'broadcast', path: '/v2/bot/message/broadcast', target: undefined, targetKey: undefined, keyed: true },
];

type Helper = (...args: unknown[]) => Promise<unknown>;

const table = verbs.flatMap((v) => forms.map((f) => ({ ...v, ...f, name: `${v.verb}${f.kind} (${f.form} form)` })));

describe('generated send helpers', () => {
  it('covers 4 verbs × 14 message kinds', () => {
    const client = makeClient();
    const kinds = [...new Set(forms.map((f) => f.kind))];
    expect(kinds).toHaveLength(14);
    for (const v of verbs) for (const k of kinds) expect(typeof (client as unknown as Record<string, unknown>)[`${v.verb}${k}`]).toBe('function');
  });

  it.each(table)('$name puts the message in the body and request options on the request', async (t) => {
    const captured = intercept('POST', 'api', t.path, { body: {} });
    const client = makeClient() as unknown as Record<string, Helper>;
    const args = [...t.args];
    // Request-level options ride in the same options object and must not end up inside the message.
    args[args.length - 1] = { ...(args[args.length - 1] as object), notificationDisabled: true };
    await client[`${t.verb}${t.kind}`](...(t.target === undefined ? args : [t.target, ...args]));
    expect(captured).toHaveLength(1);
    expect(captured[0].body).toEqual({
      ...(t.targetKey ? { [t.targetKey]: t.target } : {}),
      messages: [t.message],
      notificationDisabled: true,
    });
    expect(captured[0].headers).toEqual(expectedHeaders(t.keyed ? { 'x-line-retry-key': expect.stringMatching(UUID) } : {}));
  });

  it('calls go through the public core method, so spies on it see helper calls (as in 1.1.0)', async () => {
    const client = makeClient();
    const spy = jest.spyOn(client, 'push').mockResolvedValue({ sentMessages: [] });
    await client.pushText('U1', 'hi', { retryKey: '123e4567-e89b-42d3-a456-426614174000' });
    expect(spy).toHaveBeenCalledWith('U1', [{ type: 'text', text: 'hi' }], { retryKey: '123e4567-e89b-42d3-a456-426614174000' });
  });

});
