#!/usr/bin/env node
/**
 * Generates the per-message send helpers (replyText, pushFlex, multicastSticker, broadcastImagemap, ...) into the
 * `// <generated:senders>` region of src/LineClient.ts from the two tables below: 4 verbs × 14 message kinds, each a
 * real, named, typed and documented method whose body is one line.
 *
 *   node scripts/gen-senders.js          rewrite the region
 *   node scripts/gen-senders.js --check  exit 1 when the region is stale (run by the test suite)
 */
const fs = require('node:fs');
const path = require('node:path');

const REF = 'https://developers.line.biz/en/reference/messaging-api/';

const VERBS = [
  {
    verb: 'reply',
    group: 'Reply',
    target: { name: 'replyToken', type: 'string', doc: 'the reply token of the webhook event' },
    options: 'LineTypes.ReplyOptions',
    optionsDoc: 'request options: `notificationDisabled`, `timeout`, `signal`',
    returns: 'Promise<LineTypes.ReplyMessageResponse>',
    returnsDoc: '`{ sentMessages }`',
    call: '`POST /v2/bot/message/reply` (never retried: a reply token is single-use)',
    does: 'Replies to an event with',
  },
  {
    verb: 'push',
    group: 'Push',
    target: { name: 'to', type: 'string', doc: 'ID of the user, group or room' },
    options: 'LineTypes.PushOptions',
    optionsDoc: 'request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `timeout`, `signal`',
    returns: 'Promise<LineTypes.PushMessageResponse & LineTypes.SendMetadata>',
    returnsDoc: '`{ sentMessages, requestId, acceptedRequestId? }`',
    call: '`POST /v2/bot/message/push` with an `X-Line-Retry-Key`',
    does: 'Pushes',
  },
  {
    verb: 'multicast',
    group: 'Multicast',
    target: { name: 'to', type: 'string[]', doc: 'user IDs (more than 500 are sent in chunks of 500)' },
    options: 'LineTypes.MulticastOptions',
    optionsDoc: 'request options: `notificationDisabled`, `customAggregationUnits`, `retryKey`, `concurrency`, `timeout`, `signal`',
    returns: 'Promise<LineTypes.MulticastResult>',
    returnsDoc: '`{ requestId, acceptedRequestId?, requestIds? }`',
    call: '`POST /v2/bot/message/multicast` with an `X-Line-Retry-Key`',
    does: 'Multicasts',
  },
  {
    verb: 'broadcast',
    group: 'Broadcast',
    target: null,
    options: 'LineTypes.BroadcastOptions',
    optionsDoc: 'request options: `notificationDisabled`, `retryKey`, `timeout`, `signal`',
    returns: 'Promise<LineTypes.MutationSuccessResponse & LineTypes.SendMetadata>',
    returnsDoc: '`{ requestId, acceptedRequestId? }`',
    call: '`POST /v2/bot/message/broadcast` with an `X-Line-Retry-Key`',
    does: 'Broadcasts to every friend',
  },
];

const ALT = { name: 'altText', type: 'string', doc: 'text shown in notifications and chat lists (max 1,500 characters)' };

const KINDS = [
  {
    name: 'Text', factory: 'createText', what: 'a text message', anchor: 'text-message',
    params: [{ name: 'text', type: 'string', doc: 'the text (max 5,000 UTF-16 code units); `$` marks emoji positions' }],
    options: 'LineTypes.TextMessageOptions', optionsDoc: '`quickReply`, `sender`, `emojis`, `quoteToken`',
  },
  {
    name: 'Image', factory: 'createImage', what: 'an image message', anchor: 'image-message',
    params: [{ name: 'image', type: 'LineTypes.ImageMessageInput', doc: '`{ originalContentUrl, previewImageUrl? }` (the preview defaults to the original)' }],
    legacy: [
      { name: 'originalContentUrl', type: 'string', doc: 'HTTPS URL of the image (JPEG or PNG, max 10 MB)' },
      { name: 'previewImageUrl', type: 'string', optional: true, doc: 'HTTPS URL of the preview (defaults to the original)' },
    ],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'Video', factory: 'createVideo', what: 'a video message', anchor: 'video-message',
    params: [{ name: 'video', type: 'LineTypes.VideoMessageInput', doc: '`{ originalContentUrl, previewImageUrl, trackingId? }`' }],
    legacy: [
      { name: 'originalContentUrl', type: 'string', doc: 'HTTPS URL of the MP4 video' },
      { name: 'previewImageUrl', type: 'string', doc: 'HTTPS URL of the preview image' },
    ],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'Audio', factory: 'createAudio', what: 'an audio message', anchor: 'audio-message',
    params: [{ name: 'audio', type: 'LineTypes.AudioMessageInput', doc: '`{ originalContentUrl, duration }` (duration in ms)' }],
    legacy: [
      { name: 'originalContentUrl', type: 'string', doc: 'HTTPS URL of the audio file (MP3 or M4A)' },
      { name: 'duration', type: 'number', doc: 'length in milliseconds' },
    ],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'Location', factory: 'createLocation', what: 'a location message', anchor: 'location-message',
    params: [{ name: 'location', type: 'LineTypes.LocationMessageInput', doc: '`{ title, address, latitude, longitude }`' }],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'Sticker', factory: 'createSticker', what: 'a sticker message', anchor: 'sticker-message',
    params: [{ name: 'sticker', type: 'LineTypes.StickerMessageInput', doc: '`{ packageId, stickerId }`' }],
    legacy: [
      { name: 'packageId', type: 'string', doc: 'package ID of the sticker set' },
      { name: 'stickerId', type: 'string', doc: 'sticker ID' },
    ],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'Imagemap', factory: 'createImagemap', what: 'an imagemap message', anchor: 'imagemap-message',
    params: [ALT, { name: 'imagemap', type: 'LineTypes.ImagemapMessageInput', doc: '`{ baseUrl, baseSize, video?, actions }`' }],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'Flex', factory: 'createFlex', what: 'a Flex message', anchor: 'flex-message',
    params: [ALT, { name: 'flex', type: 'LineTypes.FlexContainer', doc: 'a bubble or a carousel (max 12 bubbles)' }],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'Template', factory: 'createTemplate', what: 'a template message', anchor: 'template-messages',
    params: [ALT, { name: 'template', type: 'LineTypes.Template', doc: 'a buttons, confirm, carousel or image carousel template' }],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'ButtonTemplate', factory: 'createButtonTemplate', what: 'a buttons template message', anchor: 'buttons',
    params: [ALT, { name: 'buttonTemplate', type: 'LineTypes.ButtonsTemplateInput', doc: 'the template without `type` (max 4 actions)' }],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  { name: 'ButtonsTemplate', aliasOf: 'ButtonTemplate' },
  {
    name: 'ConfirmTemplate', factory: 'createConfirmTemplate', what: 'a confirm template message', anchor: 'confirm',
    params: [ALT, { name: 'confirmTemplate', type: 'LineTypes.ConfirmTemplateInput', doc: '`{ text, actions }` (2 actions)' }],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
  {
    name: 'CarouselTemplate', factory: 'createCarouselTemplate', what: 'a carousel template message', anchor: 'carousel',
    params: [ALT, { name: 'columns', type: 'LineTypes.ColumnObject[]', doc: 'the columns (max 10)' }],
    options: 'LineTypes.CarouselTemplateOptions', optionsDoc: '`imageAspectRatio`, `imageSize`, `quickReply`, `sender`',
  },
  {
    name: 'ImageCarouselTemplate', factory: 'createImageCarouselTemplate', what: 'an image carousel template message', anchor: 'image-carousel',
    params: [ALT, { name: 'columns', type: 'LineTypes.ImageCarouselColumnObject[]', doc: 'the columns (max 10)' }],
    options: 'LineTypes.MessageOptions', optionsDoc: '`quickReply`, `sender`',
  },
];

const byName = Object.fromEntries(KINDS.map((k) => [k.name, k]));

function doc(lines) {
  return ['  /**', ...lines.map((l) => (l ? `   * ${l}` : '   *')), '   */'];
}

function signature(v, kind, params) {
  const list = [];
  if (v.target) list.push(`${v.target.name}: ${v.target.type}`);
  for (const p of params) list.push(`${p.name}${p.optional ? '?' : ''}: ${p.type}`);
  list.push(`options?: ${kind.options} & ${v.options}`);
  return list.join(', ');
}

function docLines(v, kind, params, { legacy } = {}) {
  const lines = [`${v.does} ${kind.what}, built with \`Line.${kind.factory}\`. Calls ${v.call}.`];
  if (legacy) lines.push('', 'Legacy positional form, as in the messaging-api-line README before 1.0.');
  lines.push('', `@see {@link ${REF}#${kind.anchor} | ${kind.what.replace(/^an? /, '')}}`);
  if (v.target) lines.push(`@param ${v.target.name} - ${v.target.doc}`);
  for (const p of params) lines.push(`@param ${p.name} - ${p.doc}`);
  lines.push(`@param options - message options (${kind.optionsDoc}) and ${v.optionsDoc}`);
  lines.push(`@returns ${v.returnsDoc}`, `@group ${v.group}`);
  return lines;
}

function render() {
  const out = [];
  for (const v of VERBS) {
    out.push('', `  // ${v.group}: one helper per message kind`);
    for (const kind of KINDS) {
      const name = `${v.verb}${kind.name}`;
      const targetArg = v.target ? v.target.name : 'undefined';
      if (kind.aliasOf) {
        const base = byName[kind.aliasOf];
        const args = [...(v.target ? [v.target.name] : []), ...base.params.map((p) => p.name), 'options'];
        out.push('');
        out.push(...doc([`Same as {@link LineClient.${v.verb}${base.name}}.`, '', ...docLines(v, base, base.params).slice(2)]));
        out.push(`  async ${name}(${signature(v, base, base.params)}): ${v.returns} {`);
        out.push(`    return this.${v.verb}${base.name}(${args.join(', ')});`);
        out.push('  }');
        continue;
      }
      out.push('');
      if (kind.legacy) {
        out.push(...doc(docLines(v, kind, kind.params)));
        out.push(`  ${name}(${signature(v, kind, kind.params)}): ${v.returns};`);
        out.push(...doc(docLines(v, kind, kind.legacy, { legacy: true })));
        out.push(`  ${name}(${signature(v, kind, kind.legacy)}): ${v.returns};`);
        out.push(`  async ${name}(${v.target ? `${v.target.name}: ${v.target.type}, ` : ''}...args: unknown[]): ${v.returns} {`);
        out.push(`    return this.sendOne('${v.verb}', ${targetArg}, '${kind.name}', args);`);
      } else {
        out.push(...doc(docLines(v, kind, kind.params)));
        out.push(`  async ${name}(${signature(v, kind, kind.params)}): ${v.returns} {`);
        out.push(`    return this.sendOne('${v.verb}', ${targetArg}, '${kind.name}', [${[...kind.params.map((p) => p.name), 'options'].join(', ')}]);`);
      }
      out.push('  }');
    }
  }
  return out.join('\n');
}

const FILE = path.join(__dirname, '..', 'src', 'LineClient.ts');
const START = '  // <generated:senders>';
const END = '  // </generated:senders>';

function splice(source) {
  const a = source.indexOf(START);
  const b = source.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${FILE}: generated region markers not found`);
  return `${source.slice(0, a + START.length)}\n  // Generated by scripts/gen-senders.js from its VERBS × KINDS tables. Do not edit by hand: run \`npm run gen:senders\`.${render()}\n${source.slice(b)}`;
}

if (require.main === module) {
  const source = fs.readFileSync(FILE, 'utf8');
  const next = splice(source);
  if (process.argv.includes('--check')) {
    if (next !== source) {
      console.error('src/LineClient.ts: the generated sender helpers are stale. Run `npm run gen:senders`.');
      process.exit(1);
    }
    console.log('generated sender helpers are up to date');
  } else {
    fs.writeFileSync(FILE, next);
    console.log('wrote the generated sender helpers into src/LineClient.ts');
  }
}

module.exports = { VERBS, KINDS, render, splice };
