/**
 * Type-level tests: this file must compile under `tsc --noEmit` (strict). The `@ts-expect-error` lines prove
 * that un-narrowed access is rejected; the rest proves that narrowing works. The runtime assertions check
 * the same fixtures flow through parseWebhook.
 */
import {
  isKnownWebhookEvent,
  parseWebhook,
  WEBHOOK_EVENT_TYPES,
  type EventBase,
  type MessageContent,
  type MessageEvent,
  type UnknownEvent,
  type WebhookEvent,
  type WebhookEventType,
  type WebhookRequestBody,
} from '../../src/webhook';
import { SECRET, sign } from './helpers';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<T extends true>(): T | void {}

const common = {
  timestamp: 1692251666727,
  mode: 'active',
  webhookEventId: '01H810YECXQQZ37VAXPF6H9E6T',
  deliveryContext: { isRedelivery: false },
} satisfies Omit<EventBase, 'type'>;
const user = { type: 'user', userId: 'U0123456789abcdef0123456789abcdef' } as const;
const group = { type: 'group', groupId: 'C0123456789abcdef0123456789abcdef', userId: user.userId } as const;
const room = { type: 'room', roomId: 'R0123456789abcdef0123456789abcdef' } as const;
const replyToken = '38ef843bde154d9b91c21320ffd17a0f';

const messages: MessageContent[] = [
  {
    type: 'text',
    id: '1',
    quoteToken: 'q1',
    text: '@All (hello) @Bot',
    emojis: [{ index: 5, length: 7, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' }],
    mention: {
      mentionees: [
        { type: 'all', index: 0, length: 4 },
        { type: 'user', index: 13, length: 4, userId: user.userId, isSelf: true },
      ],
    },
    quotedMessageId: '0',
    markAsReadToken: 'm',
  },
  {
    type: 'image',
    id: '2',
    quoteToken: 'q2',
    contentProvider: { type: 'external', originalContentUrl: 'https://example.com/a.jpg', previewImageUrl: 'https://example.com/p.jpg' },
    imageSet: { id: 'set', index: 1, total: 2 },
  },
  { type: 'video', id: '3', quoteToken: 'q3', duration: 60000, contentProvider: { type: 'line' } },
  { type: 'audio', id: '4', duration: 1000, contentProvider: { type: 'line' } },
  { type: 'file', id: '5', fileName: 'a.pdf', fileSize: 2048 },
  { type: 'location', id: '6', title: 'LINE', address: 'Tokyo', latitude: 35.68, longitude: 139.76 },
  {
    type: 'sticker',
    id: '7',
    quoteToken: 'q7',
    packageId: '446',
    stickerId: '1988',
    stickerResourceType: 'MESSAGE',
    keywords: ['hi'],
    text: 'Hello',
  },
];

/** One event of every type, as LINE sends them. */
const events: WebhookEvent[] = [
  ...messages.map((message): MessageEvent => ({ ...common, type: 'message', source: user, replyToken, message })),
  { ...common, type: 'messageEdited', source: group, replyToken, message: messages[0] },
  { ...common, type: 'unsend', source: group, unsend: { messageId: '1' } },
  { ...common, type: 'follow', source: user, replyToken, follow: { isUnblocked: false } },
  { ...common, type: 'unfollow', source: user },
  { ...common, type: 'join', source: group, replyToken },
  { ...common, type: 'leave', source: room },
  { ...common, type: 'memberJoined', source: group, replyToken, joined: { members: [user] } },
  { ...common, type: 'memberLeft', source: group, left: { members: [user] } },
  {
    ...common,
    type: 'postback',
    source: user,
    replyToken,
    postback: { data: 'action=buy', params: { datetime: '2017-12-25T01:00', extra: 'future' } },
  },
  { ...common, type: 'videoPlayComplete', source: user, replyToken, videoPlayComplete: { trackingId: 't' } },
  { ...common, type: 'beacon', source: user, replyToken, beacon: { hwid: 'd41d8cd98f', type: 'enter', dm: '1234' } },
  { ...common, type: 'accountLink', source: user, link: { result: 'failed', nonce: 'n' } },
  {
    ...common,
    type: 'things',
    source: user,
    replyToken,
    things: {
      type: 'scenarioResult',
      deviceId: 't0',
      result: {
        scenarioId: 's',
        revision: 0,
        startTime: 1,
        endTime: 2,
        resultCode: 'success',
        actionResults: [{ type: 'binary', data: 'AAAA' }, { type: 'void' }],
        bleNotificationPayload: 'AAAAAA==',
      },
    },
  },
  { ...common, type: 'membership', source: user, replyToken, membership: { type: 'renewed', membershipId: 3189 } },
  { ...common, type: 'module', module: { type: 'attached', botId: 'U1', scopes: ['message:send'] } },
  { ...common, type: 'module', mode: 'standby', module: { type: 'detached', botId: 'U1', reason: 'bot_deleted' } },
  { ...common, type: 'activated', source: user, chatControl: { expireAt: 1 } },
  { ...common, type: 'deactivated', source: user },
  { ...common, type: 'botSuspended' },
  { ...common, type: 'botResumed' },
  { ...common, type: 'delivery', source: user, delivery: { data: 'hashed-phone' } },
];

/** A handler written the recommended way: switch on type, narrow, default branch for future types. */
function describeEvent(event: WebhookEvent): string {
  switch (event.type) {
    case 'message': {
      // @ts-expect-error -- `text` exists only on text messages: narrowing on message.type is required
      void event.message.text;
      if (event.message.type === 'text') {
        const text: string = event.message.text;
        const quoteToken: string = event.message.quoteToken;
        const mentioned = event.message.mention?.mentionees.map((m) => (m.type === 'user' ? m.userId : 'all'));
        return `text:${text}:${quoteToken}:${mentioned?.join(',') ?? ''}:${event.message.emojis?.[0]?.emojiId ?? ''}`;
      }
      if (event.message.type === 'image') return `image:${event.message.contentProvider.type}:${event.message.imageSet?.total}`;
      if (event.message.type === 'sticker') return `sticker:${event.message.stickerResourceType}`;
      if (event.message.type === 'location') return `location:${event.message.latitude}`;
      if (event.message.type === 'file') return `file:${event.message.fileSize}`;
      return `${event.message.type}:${event.message.id}`;
    }
    case 'messageEdited':
      return `edited:${event.message.id}`;
    case 'unsend':
      return `unsend:${event.unsend.messageId}`;
    case 'follow': {
      const token: string = event.replyToken; // required on follow events
      return `follow:${event.follow.isUnblocked}:${token.length}`;
    }
    case 'unfollow':
      // @ts-expect-error -- unfollow events carry no reply token
      return `unfollow:${event.replyToken}`;
    case 'join':
      return `join:${event.source?.type === 'group' ? event.source.groupId : ''}`;
    case 'leave':
      return `leave:${event.source?.type === 'room' ? event.source.roomId : ''}`;
    case 'memberJoined':
      return `memberJoined:${event.joined.members[0]?.userId}`;
    case 'memberLeft':
      return `memberLeft:${event.left.members.length}`;
    case 'postback':
      return `postback:${event.postback.data}:${event.postback.params?.datetime}`;
    case 'videoPlayComplete':
      return `video:${event.videoPlayComplete.trackingId}`;
    case 'beacon':
      return `beacon:${event.beacon.type}`;
    case 'accountLink':
      return `link:${event.link.result}`;
    case 'things':
      return `things:${event.things.type === 'scenarioResult' ? event.things.result.resultCode : event.things.deviceId}`;
    case 'membership':
      return `membership:${event.membership.type}:${event.membership.membershipId}`;
    case 'module':
      return `module:${event.module.type === 'detached' ? event.module.reason : event.module.scopes.join()}`;
    case 'activated':
      return `activated:${event.chatControl.expireAt}`;
    case 'deactivated':
    case 'botSuspended':
    case 'botResumed':
      return event.type;
    case 'delivery':
      return `delivery:${event.delivery.data}`;
    default: {
      // Every known type is handled above, so the compiler sees `never` here; at runtime, event types LINE adds
      // later land here. Ignore them (never throw).
      const exhaustive: never = event;
      return `unknown:${(exhaustive as UnknownEvent).type}`;
    }
  }
}

describe('typed webhook events', () => {
  it('narrows every event type and message content type', () => {
    expect(events.map(describeEvent)).toEqual([
      `text:@All (hello) @Bot:q1:all,${user.userId}:001`,
      'image:external:2',
      'video:3',
      'audio:4',
      'file:2048',
      'location:35.68',
      'sticker:MESSAGE',
      'edited:1',
      'unsend:1',
      `follow:false:${replyToken.length}`,
      'unfollow:undefined',
      `join:${group.groupId}`,
      `leave:${room.roomId}`,
      `memberJoined:${user.userId}`,
      'memberLeft:1',
      'postback:action=buy:2017-12-25T01:00',
      'video:t',
      'beacon:enter',
      'link:failed',
      'things:success',
      'membership:renewed:3189',
      'module:message:send',
      'module:bot_deleted',
      'activated:1',
      'deactivated',
      'botSuspended',
      'botResumed',
      'delivery:hashed-phone',
    ]);
  });

  it('routes an event type LINE adds later to the default branch, without breaking the known ones', () => {
    const raw = JSON.stringify({
      destination: 'U0123456789abcdef0123456789abcdef',
      events: [...events.slice(0, 1), { ...common, type: 'futureThing', futureThing: { x: 1 } }],
    });
    const body: WebhookRequestBody = parseWebhook(raw, sign(raw, SECRET), SECRET);
    expect(body.events.map(describeEvent)).toEqual([expect.stringMatching(/^text:/), 'unknown:futureThing']);
    expect(body.events.map(isKnownWebhookEvent)).toEqual([true, false]);
  });

  it('lists every event type of the union in WEBHOOK_EVENT_TYPES', () => {
    // A Record over the union fails to compile when a type is missing or unknown.
    const all: Record<WebhookEventType, true> = {
      message: true,
      messageEdited: true,
      unsend: true,
      follow: true,
      unfollow: true,
      join: true,
      leave: true,
      memberJoined: true,
      memberLeft: true,
      postback: true,
      videoPlayComplete: true,
      beacon: true,
      accountLink: true,
      things: true,
      membership: true,
      module: true,
      activated: true,
      deactivated: true,
      botSuspended: true,
      botResumed: true,
      delivery: true,
    };
    expect([...WEBHOOK_EVENT_TYPES].sort()).toEqual(Object.keys(all).sort());
    expect(new Set(events.map((e) => e.type))).toEqual(new Set(WEBHOOK_EVENT_TYPES));
    expect(events.every(isKnownWebhookEvent)).toBe(true);
  });

  it('keeps the discriminant literal (no UnknownEvent in the union)', () => {
    assertType<Equals<WebhookEventType, (typeof WEBHOOK_EVENT_TYPES)[number]>>();
    assertType<Equals<Extract<WebhookEvent, { type: 'message' }>, MessageEvent>>();
    assertType<Equals<Extract<MessageContent, { type: 'text' }>['text'], string>>();
    // @ts-expect-error -- an arbitrary string is not a known event type
    const notAType: WebhookEventType = 'futureThing';
    expect(notAType).toBe('futureThing');
  });
});
