import LineDefault, * as LineModule from '../src/Line';
import { Line } from '../src/Line';
import { SEND_OPTION_KEYS, splitSendOptions } from '../src/messageOptions';
import type * as LineTypes from '../src/LineTypes';

const quickReply: LineTypes.QuickReply = {
  items: [
    {
      type: 'action',
      imageUrl: 'https://example.com/icon.png',
      action: { type: 'message', label: 'Yes', text: 'yes' },
    },
    { type: 'action', action: { type: 'camera', label: 'Camera' } },
  ],
};

const sender: LineTypes.Sender = { name: 'Cony', iconUrl: 'https://example.com/cony.png' };

const messageAction: LineTypes.MessageAction = { type: 'message', label: 'Say hi', text: 'hi' };
const uriAction: LineTypes.URIAction = { type: 'uri', label: 'Open', uri: 'https://example.com' };
const postbackAction: LineTypes.PostbackAction = { type: 'postback', label: 'Buy', data: 'action=buy&itemid=1' };

describe('Line object', () => {
  it('has the 14 keys of 1.1.0 in the same order', () => {
    expect(Object.keys(Line)).toEqual([
      'createText',
      'createImage',
      'createVideo',
      'createAudio',
      'createLocation',
      'createSticker',
      'createImagemap',
      'createTemplate',
      'createButtonsTemplate',
      'createButtonTemplate',
      'createConfirmTemplate',
      'createCarouselTemplate',
      'createImageCarouselTemplate',
      'createFlex',
    ]);
  });

  it('uses the same function for createButtonsTemplate and createButtonTemplate', () => {
    expect(Line.createButtonsTemplate).toBe(Line.createButtonTemplate);
    expect(LineModule.createButtonsTemplate).toBe(LineModule.createButtonTemplate);
  });

  it('is the default export, and its members are the named exports', () => {
    expect(LineDefault).toBe(Line);
    for (const key of Object.keys(Line) as (keyof typeof Line)[]) {
      expect(LineModule[key]).toBe(Line[key]);
    }
  });
});

describe('createText', () => {
  it('builds a text message', () => {
    expect(Line.createText('Hello')).toEqual({ type: 'text', text: 'Hello' });
  });

  it('spreads quickReply, sender, emojis and quoteToken into the message', () => {
    const emojis: LineTypes.Emoji[] = [{ index: 0, productId: '5ac1bfd5040ab15980c9b435', emojiId: '001' }];
    expect(Line.createText('$ Hello', { quickReply, sender, emojis, quoteToken: 'q-token' })).toEqual({
      type: 'text',
      text: '$ Hello',
      quickReply,
      sender,
      emojis,
      quoteToken: 'q-token',
    });
  });

  it('strips send-level keys', () => {
    const controller = new AbortController();
    const options = {
      notificationDisabled: true,
      customAggregationUnits: ['promo'],
      retryKey: '123e4567-e89b-42d3-a456-426614174000',
      timeout: 1000,
      signal: controller.signal,
      quickReply,
    };
    const message = Line.createText('hi', options);
    expect(message).toEqual({ type: 'text', text: 'hi', quickReply });
    expect(Object.keys(message)).toEqual(['type', 'text', 'quickReply']);
    // The caller's object is left untouched.
    expect(options.notificationDisabled).toBe(true);
  });

  it('serializes with the key order of 1.1.0', () => {
    expect(JSON.stringify(Line.createText('hi', { sender }))).toBe(
      '{"type":"text","text":"hi","sender":{"name":"Cony","iconUrl":"https://example.com/cony.png"}}',
    );
  });
});

describe('createImage', () => {
  it('builds an image message from an object', () => {
    expect(
      Line.createImage({
        originalContentUrl: 'https://example.com/original.jpg',
        previewImageUrl: 'https://example.com/preview.jpg',
      }),
    ).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/original.jpg',
      previewImageUrl: 'https://example.com/preview.jpg',
    });
  });

  it('falls back to the original URL for the preview (object form)', () => {
    expect(Line.createImage({ originalContentUrl: 'https://example.com/original.jpg' })).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/original.jpg',
      previewImageUrl: 'https://example.com/original.jpg',
    });
  });

  it('drops other keys of the image object and spreads options', () => {
    const image = { originalContentUrl: 'https://example.com/o.jpg', extra: 'x' };
    expect(Line.createImage(image, { quickReply, sender })).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/o.jpg',
      previewImageUrl: 'https://example.com/o.jpg',
      quickReply,
      sender,
    });
  });

  it('accepts the legacy positional form', () => {
    expect(Line.createImage('https://example.com/original.jpg', 'https://example.com/preview.jpg')).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/original.jpg',
      previewImageUrl: 'https://example.com/preview.jpg',
    });
  });

  it('falls back to the original URL for the preview (legacy form)', () => {
    expect(Line.createImage('https://example.com/original.jpg')).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/original.jpg',
      previewImageUrl: 'https://example.com/original.jpg',
    });
    expect(Line.createImage('https://example.com/original.jpg', undefined, { quickReply })).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/original.jpg',
      previewImageUrl: 'https://example.com/original.jpg',
      quickReply,
    });
  });

  it('passes options in the legacy form and strips send-level keys', () => {
    const options = { quickReply, notificationDisabled: true };
    expect(Line.createImage('https://example.com/o.jpg', 'https://example.com/p.jpg', options)).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/o.jpg',
      previewImageUrl: 'https://example.com/p.jpg',
      quickReply,
    });
  });
  it('tolerates options in place of the preview URL (legacy form)', () => {
    const createImage = Line.createImage as unknown as (url: string, options: LineTypes.MessageOptions) => LineTypes.ImageMessage;
    expect(createImage('https://example.com/o.jpg', { quickReply })).toEqual({
      type: 'image',
      originalContentUrl: 'https://example.com/o.jpg',
      previewImageUrl: 'https://example.com/o.jpg',
      quickReply,
    });
  });
});

describe('createVideo', () => {
  it('builds a video message from an object', () => {
    expect(
      Line.createVideo({ originalContentUrl: 'https://example.com/v.mp4', previewImageUrl: 'https://example.com/p.jpg' }),
    ).toEqual({
      type: 'video',
      originalContentUrl: 'https://example.com/v.mp4',
      previewImageUrl: 'https://example.com/p.jpg',
    });
  });

  it('keeps trackingId and spreads options', () => {
    expect(
      Line.createVideo(
        { originalContentUrl: 'https://example.com/v.mp4', previewImageUrl: 'https://example.com/p.jpg', trackingId: 't-1' },
        { quickReply, sender },
      ),
    ).toEqual({
      type: 'video',
      originalContentUrl: 'https://example.com/v.mp4',
      previewImageUrl: 'https://example.com/p.jpg',
      trackingId: 't-1',
      quickReply,
      sender,
    });
  });

  it('accepts the legacy positional form', () => {
    expect(Line.createVideo('https://example.com/v.mp4', 'https://example.com/p.jpg', { sender })).toEqual({
      type: 'video',
      originalContentUrl: 'https://example.com/v.mp4',
      previewImageUrl: 'https://example.com/p.jpg',
      sender,
    });
  });
});

describe('createAudio', () => {
  it('builds an audio message from an object', () => {
    expect(Line.createAudio({ originalContentUrl: 'https://example.com/a.m4a', duration: 240000 }, { quickReply })).toEqual({
      type: 'audio',
      originalContentUrl: 'https://example.com/a.m4a',
      duration: 240000,
      quickReply,
    });
  });

  it('accepts the legacy positional form', () => {
    expect(Line.createAudio('https://example.com/a.m4a', 240000)).toEqual({
      type: 'audio',
      originalContentUrl: 'https://example.com/a.m4a',
      duration: 240000,
    });
    expect(Line.createAudio('https://example.com/a.m4a', 1000, { sender })).toEqual({
      type: 'audio',
      originalContentUrl: 'https://example.com/a.m4a',
      duration: 1000,
      sender,
    });
  });
});

describe('createLocation', () => {
  it('builds a location message', () => {
    expect(
      Line.createLocation(
        { title: 'my location', address: '〒150-0002 東京都渋谷区渋谷２丁目２１−１', latitude: 35.65910807942215, longitude: 139.70372892916203 },
        { quickReply },
      ),
    ).toEqual({
      type: 'location',
      title: 'my location',
      address: '〒150-0002 東京都渋谷区渋谷２丁目２１−１',
      latitude: 35.65910807942215,
      longitude: 139.70372892916203,
      quickReply,
    });
  });
});

describe('createSticker', () => {
  it('builds a sticker message from an object', () => {
    expect(Line.createSticker({ packageId: '1', stickerId: '1' })).toEqual({ type: 'sticker', packageId: '1', stickerId: '1' });
  });

  it('keeps quoteToken and spreads options', () => {
    expect(Line.createSticker({ packageId: '446', stickerId: '1988', quoteToken: 'q' }, { sender })).toEqual({
      type: 'sticker',
      packageId: '446',
      stickerId: '1988',
      quoteToken: 'q',
      sender,
    });
  });

  it('accepts the legacy positional form', () => {
    expect(Line.createSticker('1', '2', { quickReply })).toEqual({ type: 'sticker', packageId: '1', stickerId: '2', quickReply });
  });
});

describe('createImagemap', () => {
  const baseSize = { width: 1040, height: 1040 };
  const actions: LineTypes.ImageMapAction[] = [
    { type: 'uri', linkUri: 'https://example.com/', area: { x: 0, y: 0, width: 520, height: 1040 } },
    { type: 'message', text: 'hello', area: { x: 520, y: 0, width: 520, height: 1040 } },
  ];

  it('builds an imagemap message without video and emits no video key', () => {
    const message = Line.createImagemap('this is an imagemap', { baseUrl: 'https://example.com/bot/images/rm001', baseSize, actions });
    expect(message).toEqual({
      type: 'imagemap',
      baseUrl: 'https://example.com/bot/images/rm001',
      altText: 'this is an imagemap',
      baseSize,
      actions,
    });
    expect('video' in message).toBe(false);
  });

  it('builds an imagemap message with a video, in 1.1.0 key order', () => {
    const video: LineTypes.ImageMapVideo = {
      originalContentUrl: 'https://example.com/video.mp4',
      previewImageUrl: 'https://example.com/video_preview.jpg',
      area: { x: 0, y: 0, width: 1040, height: 585 },
      externalLink: { linkUri: 'https://example.com/see_more.html', label: 'See More' },
    };
    const message = Line.createImagemap('alt', { baseUrl: 'https://example.com/rm', baseSize, video, actions }, { quickReply });
    expect(message).toEqual({
      type: 'imagemap',
      baseUrl: 'https://example.com/rm',
      altText: 'alt',
      baseSize,
      video,
      actions,
      quickReply,
    });
    expect(Object.keys(message)).toEqual(['type', 'baseUrl', 'altText', 'baseSize', 'video', 'actions', 'quickReply']);
  });
});

describe('createTemplate', () => {
  it('wraps any template verbatim', () => {
    const template: LineTypes.ConfirmTemplate = { type: 'confirm', text: 'Are you sure?', actions: [messageAction, messageAction] };
    const message = Line.createTemplate('confirm', template, { sender });
    expect(message).toEqual({ type: 'template', altText: 'confirm', template, sender });
    expect(message.template).toBe(template);
  });
});

describe('createButtonTemplate', () => {
  it('builds a buttons template with every field, in 1.1.0 key order', () => {
    const message = Line.createButtonTemplate(
      'this is a template',
      {
        actions: [postbackAction, uriAction],
        defaultAction: uriAction,
        text: 'Please select',
        title: 'Menu',
        imageBackgroundColor: '#FFFFFF',
        imageSize: 'cover',
        imageAspectRatio: 'rectangle',
        thumbnailImageUrl: 'https://example.com/bot/images/image.jpg',
      },
      { quickReply, sender },
    );
    expect(message).toEqual({
      type: 'template',
      altText: 'this is a template',
      template: {
        type: 'buttons',
        thumbnailImageUrl: 'https://example.com/bot/images/image.jpg',
        imageAspectRatio: 'rectangle',
        imageSize: 'cover',
        imageBackgroundColor: '#FFFFFF',
        title: 'Menu',
        text: 'Please select',
        defaultAction: uriAction,
        actions: [postbackAction, uriAction],
      },
      quickReply,
      sender,
    });
    expect(Object.keys(message.template)).toEqual([
      'type',
      'thumbnailImageUrl',
      'imageAspectRatio',
      'imageSize',
      'imageBackgroundColor',
      'title',
      'text',
      'defaultAction',
      'actions',
    ]);
  });

  it('omits unset fields and drops unknown ones', () => {
    const input = { text: 'Pick', actions: [messageAction], unknown: 1 };
    const message = Line.createButtonsTemplate('alt', input);
    expect(message).toEqual({ type: 'template', altText: 'alt', template: { type: 'buttons', text: 'Pick', actions: [messageAction] } });
    expect(Object.keys(message.template)).toEqual(['type', 'text', 'actions']);
  });
});

describe('createConfirmTemplate', () => {
  it('builds a confirm template', () => {
    expect(
      Line.createConfirmTemplate('this is a confirm template', { text: 'Are you sure?', actions: [messageAction, uriAction] }, { quickReply }),
    ).toEqual({
      type: 'template',
      altText: 'this is a confirm template',
      template: { type: 'confirm', text: 'Are you sure?', actions: [messageAction, uriAction] },
      quickReply,
    });
  });
});

describe('createCarouselTemplate', () => {
  const columns: LineTypes.ColumnObject[] = [
    {
      thumbnailImageUrl: 'https://example.com/bot/images/item1.jpg',
      title: 'this is menu',
      text: 'description',
      actions: [postbackAction, uriAction],
    },
    {
      thumbnailImageUrl: 'https://example.com/bot/images/item2.jpg',
      title: 'this is menu',
      text: 'description',
      actions: [messageAction, uriAction],
    },
  ];

  it('builds a carousel template without options', () => {
    const message = Line.createCarouselTemplate('this is a carousel template', columns);
    expect(message).toEqual({
      type: 'template',
      altText: 'this is a carousel template',
      template: { type: 'carousel', columns },
    });
    expect(Object.keys(message)).toEqual(['type', 'altText', 'template']);
    expect(Object.keys(message.template)).toEqual(['type', 'columns']);
  });

  it('puts image settings in the template and keeps quickReply and sender on the message', () => {
    expect(
      Line.createCarouselTemplate('alt', columns, {
        imageAspectRatio: 'square',
        imageSize: 'contain',
        quickReply,
        sender,
        notificationDisabled: true,
      } as LineTypes.CarouselTemplateOptions),
    ).toEqual({
      type: 'template',
      altText: 'alt',
      template: { type: 'carousel', columns, imageAspectRatio: 'square', imageSize: 'contain' },
      quickReply,
      sender,
    });
  });
});

describe('createImageCarouselTemplate', () => {
  it('builds an image carousel template', () => {
    const columns: LineTypes.ImageCarouselColumnObject[] = [
      { imageUrl: 'https://example.com/bot/images/item1.jpg', action: postbackAction },
      { imageUrl: 'https://example.com/bot/images/item2.jpg', action: messageAction },
    ];
    expect(Line.createImageCarouselTemplate('this is an image carousel template', columns, { sender })).toEqual({
      type: 'template',
      altText: 'this is an image carousel template',
      template: { type: 'image_carousel', columns },
      sender,
    });
  });
});

describe('createFlex', () => {
  it('builds a Flex message', () => {
    const contents: LineTypes.FlexContainer = {
      type: 'bubble',
      header: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'Header text' }] },
      hero: { type: 'image', url: 'https://example.com/flex/images/image.jpg' },
      body: {
        type: 'box',
        layout: 'baseline',
        contents: [
          { type: 'icon', url: 'https://example.com/icon.png' },
          { type: 'text', text: 'Body text', contents: [{ type: 'span', text: 'span', weight: 'bold' }] },
        ],
      },
      footer: { type: 'box', layout: 'horizontal', margin: '10px', contents: [{ type: 'button', action: uriAction }] },
      styles: { footer: { separator: true } },
    };
    expect(Line.createFlex('this is a flex', contents, { quickReply, sender })).toEqual({
      type: 'flex',
      altText: 'this is a flex',
      contents,
      quickReply,
      sender,
    });
  });
});

describe('splitSendOptions', () => {
  it('lists the send-level keys', () => {
    expect(SEND_OPTION_KEYS).toEqual(['notificationDisabled', 'customAggregationUnits', 'retryKey', 'timeout', 'signal']);
  });

  it('splits message-level and send-level keys without touching the input', () => {
    const controller = new AbortController();
    const options = {
      quickReply,
      sender,
      emojis: [],
      notificationDisabled: false,
      customAggregationUnits: ['unit'],
      retryKey: 'key',
      timeout: 5000,
      signal: controller.signal,
    };
    const [messageOptions, sendOptions] = splitSendOptions(options);
    expect(messageOptions).toEqual({ quickReply, sender, emojis: [] });
    expect(sendOptions).toEqual({
      notificationDisabled: false,
      customAggregationUnits: ['unit'],
      retryKey: 'key',
      timeout: 5000,
      signal: controller.signal,
    });
    expect(Object.keys(options)).toHaveLength(8);
    expect(messageOptions).not.toBe(options);
  });

  it('returns two empty objects for undefined', () => {
    expect(splitSendOptions(undefined)).toEqual([{}, {}]);
  });

  it('keeps a key with an undefined value on its side', () => {
    const [messageOptions, sendOptions] = splitSendOptions({ quickReply: undefined, timeout: undefined });
    expect(Object.keys(messageOptions)).toEqual(['quickReply']);
    expect(Object.keys(sendOptions)).toEqual(['timeout']);
  });
});
