#!/usr/bin/env node
/**
 * `npm run demo`: a bot's life against the dummy LINE platform, through the real `LineClient`.
 *
 * No token and no network: the dummy server listens on 127.0.0.1 (two ports, api and data host) in this process,
 * and the client is pointed at it with `origin` / `dataOrigin`. Each step prints its result and timing; every step
 * also checks what the dummy server recorded, so a silent failure cannot pass. Exits 1 naming the failed step.
 */
'use strict';

const http = require('node:http');
const crypto = require('node:crypto');
const zlib = require('node:zlib');
const { performance } = require('node:perf_hooks');
const { LineClient, middleware } = require('../dist/index.js');
const { createDummyLineServer } = require('../dist/testing/index.js');

const CHANNEL_SECRET = 'demo-channel-secret';
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code, s) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
const green = (s) => paint(32, s);
const red = (s) => paint(31, s);
const dim = (s) => paint(2, s);
const bold = (s) => paint(1, s);

/** A user id as LINE makes them: `U` and 32 hex digits. */
const userId = (i) => `U${crypto.createHash('md5').update(`demo-user-${i}`).digest('hex')}`;
const ALICE = userId(0);
const USERS = Array.from({ length: 1200 }, (_, i) => userId(i + 1));

function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

// ---------------------------------------------------------------------------------------------------------------
// A real PNG, made in memory: signature, IHDR, IDAT (zlib), IEND, each chunk with its CRC-32.
// ---------------------------------------------------------------------------------------------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** A width×height 8-bit RGB PNG: three coloured panels (one per rich menu area) with a dark border. */
function richMenuPng(width, height) {
  const panels = [
    [0x06, 0xc7, 0x55],
    [0x1e, 0x88, 0xe5],
    [0xff, 0xa0, 0x00],
  ];
  const row = Buffer.alloc(1 + width * 3); // filter byte 0 (None), then RGB triples
  const rows = [];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const border = x % Math.ceil(width / 3) < 8 || y < 8 || y >= height - 8 || x >= width - 8;
      const [r, g, b] = border ? [0x22, 0x22, 0x22] : panels[Math.min(2, Math.floor((x * 3) / width))];
      row[1 + x * 3] = r;
      row[2 + x * 3] = g;
      row[3 + x * 3] = b;
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // colour type: truecolour
  ihdr[10] = 0; // compression
  ihdr[11] = 0; // filter
  ihdr[12] = 0; // interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Checks that bytes are a well-formed PNG: signature, chunk CRCs, IHDR size, IDAT inflating to the right length. */
function verifyPng(bytes, width, height) {
  check(bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])), 'PNG signature');
  let at = 8;
  const types = [];
  const idat = [];
  for (let guard = 0; at < bytes.length && guard < 1000; guard++) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const data = bytes.subarray(at + 8, at + 8 + length);
    check(crc32(bytes.subarray(at + 4, at + 8 + length)) === bytes.readUInt32BE(at + 8 + length), `CRC of ${type}`);
    if (type === 'IHDR') check(data.readUInt32BE(0) === width && data.readUInt32BE(4) === height, 'IHDR size');
    if (type === 'IDAT') idat.push(data);
    types.push(type);
    at += 12 + length;
  }
  check(types[0] === 'IHDR' && types.at(-1) === 'IEND', `chunk order ${types.join(',')}`);
  check(zlib.inflateSync(Buffer.concat(idat)).length === height * (1 + width * 3), 'IDAT inflates to width×height');
}

// ---------------------------------------------------------------------------------------------------------------
// The walk-through
// ---------------------------------------------------------------------------------------------------------------

const results = [];

async function step(name, fn) {
  const start = performance.now();
  try {
    const detail = await fn();
    const ms = performance.now() - start;
    results.push({ name, ms, ok: true, detail });
    console.log(`${green('✔')} ${name.padEnd(34)} ${dim(`${ms.toFixed(1).padStart(7)} ms`)}  ${detail}`);
  } catch (err) {
    const ms = performance.now() - start;
    results.push({ name, ms, ok: false, detail: String(err && err.message) });
    console.log(`${red('✘')} ${name.padEnd(34)} ${dim(`${ms.toFixed(1).padStart(7)} ms`)}  ${red(String(err && err.message))}`);
    const failure = new Error(`step "${name}" failed: ${err && err.message}`);
    failure.step = name;
    failure.cause = err;
    throw failure;
  }
}

function sleep(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function jstDate() {
  return new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

async function main() {
  const started = performance.now();
  console.log(bold('messaging-api-line demo: a bot against the dummy LINE platform (127.0.0.1, no token, no network)\n'));

  let server;
  let webhookServer;
  try {
    let client;
    await step('start dummy LINE platform', async () => {
      server = await createDummyLineServer({
        channels: [{ channelId: '1234567890', channelSecret: CHANNEL_SECRET }], // the secret LINE signs webhooks with
        followers: [ALICE, ...USERS],
        demographic: { available: true, genders: [{ gender: 'female', percentage: 52.1 }, { gender: 'male', percentage: 47.9 }] },
        quota: { type: 'limited', value: 10_000 },
        narrowcastPhaseMs: 20,
      });
      client = new LineClient({ accessToken: server.accessToken, channelSecret: CHANNEL_SECRET, origin: server.origin, dataOrigin: server.dataOrigin });
      return `api ${server.origin}, data ${server.dataOrigin}`;
    });

    await step('bot info', async () => {
      const info = await client.getBotInfo();
      check(info.displayName && info.userId, 'bot info has a name and user id');
      return `${info.displayName} (${info.basicId})`;
    });

    await step('simulated user → webhook → reply', async () => {
      const replies = [];
      const handler = middleware({
        channelSecret: CHANNEL_SECRET,
        onEvents: async ({ events }) => {
          for (const event of events) {
            if (event.type === 'message' && event.message.type === 'text') {
              const profile = await client.getUserProfile(event.source.userId);
              replies.push(await client.replyText(event.replyToken, `Hi ${profile ? profile.displayName : 'there'}, you said: ${event.message.text}`));
            }
          }
        },
      });
      webhookServer = http.createServer((req, res) => handler(req, res));
      await new Promise((resolve, reject) => webhookServer.once('error', reject).listen(0, '127.0.0.1', resolve));
      // The dummy LINE platform calls the bot: a simulated user sends a signed webhook, complete as LINE sends it.
      server.setWebhookEndpoint(`http://127.0.0.1:${webhookServer.address().port}/webhook`);
      const alice = server.user({ userId: ALICE, displayName: 'Alice', language: 'en' });
      const answer = await alice.say('hello bot');
      check(answer.status === 200, `webhook answered ${answer.status}`);
      const [event] = answer.events;
      check(event.webhookEventId && event.replyToken && event.message.quoteToken && event.deliveryContext.isRedelivery === false, 'event filled as LINE fills it');
      const reply = await alice.receive('Hi Alice, you said: hello bot', { timeoutMs: 5000 });
      check(replies.length === 1 && replies[0].sentMessages.length === 1, 'one reply sent');
      const inbox = server.messagesTo(ALICE);
      check(inbox.length === 1 && inbox[0].text === 'Hi Alice, you said: hello bot', 'Alice received the reply');
      check(server.deliveries.filter((d) => d.kind === 'reply').length === 1, 'one reply delivery recorded');
      check(server.webhookAttempts.length === 1 && server.webhookAttempts[0].status === 200, 'one webhook attempt, answered 200');
      return `signed webhook → 200, replied "${reply.text}"`;
    });

    await step('push text', async () => {
      const res = await client.pushText(ALICE, 'Your order has shipped 📦');
      check(res.sentMessages && res.sentMessages.length === 1, 'sentMessages answered');
      check(server.messagesTo(ALICE).at(-1).text === 'Your order has shipped 📦', 'text delivered');
      return `message id ${res.sentMessages[0].id}, request id ${res.requestId}`;
    });

    await step('push flex', async () => {
      const bubble = {
        type: 'bubble',
        body: {
          type: 'box',
          layout: 'vertical',
          contents: [
            { type: 'text', text: 'Receipt', weight: 'bold', size: 'xl' },
            { type: 'text', text: '2 × coffee  ¥900', margin: 'md' },
          ],
        },
      };
      await client.pushFlex(ALICE, 'Your receipt', bubble);
      const last = server.messagesTo(ALICE).at(-1);
      check(last.type === 'flex' && last.altText === 'Your receipt' && last.contents.type === 'bubble', 'flex delivered');
      return 'bubble delivered';
    });

    await step('push template', async () => {
      await client.pushButtonTemplate(ALICE, 'Rate us', {
        title: 'How was it?',
        text: 'Tap a button',
        actions: [
          { type: 'postback', label: 'Great', data: 'rate=5' },
          { type: 'postback', label: 'Meh', data: 'rate=2' },
        ],
      });
      const last = server.messagesTo(ALICE).at(-1);
      check(last.type === 'template' && last.template.type === 'buttons' && last.template.actions.length === 2, 'buttons template delivered');
      check(server.messagesTo(ALICE).length === 4, 'Alice has 4 messages (reply, text, flex, template)');
      return 'buttons template delivered; Alice has 4 messages';
    });

    await step('multicast to 1,200 users', async () => {
      const res = await client.multicastText(USERS, 'Flash sale: 20 % off today');
      const chunks = server.deliveries.filter((d) => d.kind === 'multicast').map((d) => d.recipients.length);
      check(res.requestIds && res.requestIds.length === 3, `three request ids, got ${res.requestIds && res.requestIds.length}`);
      check([...chunks].sort((a, b) => b - a).join('/') === '500/500/200', `chunks ${chunks.join('/')}`);
      check(USERS.every((u) => server.messagesTo(u).length === 1), 'every user received it exactly once');
      return `chunks ${[...chunks].sort((a, b) => b - a).join('/')}, 1,200 inboxes × 1 message`;
    });

    let richMenuId;
    const png = richMenuPng(2500, 843);
    await step('rich menu create', async () => {
      const areas = [0, 1, 2].map((i) => ({
        bounds: { x: Math.round((i * 2500) / 3), y: 0, width: Math.round(2500 / 3), height: 843 },
        action: { type: 'postback', data: `menu=${i}` },
      }));
      ({ richMenuId } = await client.createRichMenu({ size: { width: 2500, height: 843 }, selected: true, name: 'demo', chatBarText: 'Menu', areas }));
      const got = await client.getRichMenu(richMenuId);
      check(got && got.richMenuId === richMenuId && got.areas.length === 3, 'getRichMenu answers the menu');
      return richMenuId;
    });

    await step('rich menu upload PNG', async () => {
      verifyPng(png, 2500, 843);
      await client.uploadRichMenuImage(richMenuId, png);
      const upload = server.requests.find((r) => r.method === 'POST' && r.path === `/v2/bot/richmenu/${richMenuId}/content`);
      check(upload && upload.host === 'data' && upload.headers['content-type'] === 'image/png', 'uploaded to the data host as image/png');
      return `2500×843 PNG, ${png.length.toLocaleString('en')} bytes (CRCs verified)`;
    });

    await step('rich menu set default', async () => {
      await client.setDefaultRichMenu(richMenuId);
      const def = await client.getDefaultRichMenu();
      check(def && def.richMenuId === richMenuId, 'default rich menu is ours');
      return 'default = ours';
    });

    await step('rich menu download & compare', async () => {
      const bytes = await client.downloadRichMenuImage(richMenuId);
      check(Buffer.isBuffer(bytes) && bytes.equals(png), 'downloaded bytes identical to the upload');
      return `${bytes.length.toLocaleString('en')} bytes, identical`;
    });

    let audienceGroupId;
    const audienceUsers = USERS.slice(0, 250);
    await step('audience from user ids', async () => {
      const created = await client.createUploadAudienceGroup('demo: first 250 buyers', false, audienceUsers.map((id) => ({ id })));
      audienceGroupId = created.audienceGroupId;
      const got = await client.getAudienceGroup(audienceGroupId);
      check(got.audienceGroup.audienceCount === 250, `audience holds 250 ids, got ${got.audienceGroup.audienceCount}`);
      return `audience ${audienceGroupId}, 250 users`;
    });

    let narrowcastId;
    await step('narrowcast to the audience', async () => {
      const res = await client.narrowcast([{ type: 'text', text: 'Thanks for being a buyer!' }], { recipient: { type: 'audience', audienceGroupId } });
      narrowcastId = res.requestId;
      check(narrowcastId, 'narrowcast answered a request id');
      return `request ${narrowcastId}`;
    });

    await step('narrowcast progress → succeeded', async () => {
      const phases = [];
      let progress;
      for (let i = 0; i < 50; i++) {
        progress = await client.getNarrowcastProgress(narrowcastId);
        if (phases.at(-1) !== progress.phase) phases.push(progress.phase);
        if (progress.phase === 'succeeded' || progress.phase === 'failed') break;
        await sleep(10);
      }
      check(progress.phase === 'succeeded', `phase ${progress.phase}`);
      check(progress.successCount === 250, `successCount ${progress.successCount}`);
      check(audienceUsers.every((u) => server.messagesTo(u).at(-1).text === 'Thanks for being a buyer!'), 'audience received it');
      check(USERS.slice(250).every((u) => server.messagesTo(u).length === 1), 'nobody outside the audience received it');
      return `${phases.join(' → ')}, ${progress.successCount} delivered`;
    });

    await step('LIFF create / list / delete', async () => {
      const { liffId } = await client.createLiffApp({ view: { type: 'tall', url: 'https://example.com/shop' }, description: 'shop' });
      const apps = await client.getLiffAppList();
      check(apps.some((a) => a.liffId === liffId), 'listed');
      await client.deleteLiffApp(liffId);
      const left = await client.getLiffAppList().catch((err) => (err.status === 404 ? [] : Promise.reject(err)));
      check(!left.some((a) => a.liffId === liffId), 'deleted');
      return `${liffId} created, listed, deleted`;
    });

    await step('insight reads', async () => {
      const date = jstDate();
      const deliveries = await client.getNumberOfMessageDeliveries(date);
      const followers = await client.getNumberOfFollowers(date);
      const demographic = await client.getFriendDemographics();
      check(deliveries.status === 'ready' && deliveries.apiPush === 3 && deliveries.apiMulticast === 1200 && deliveries.apiNarrowcast === 250, 'delivery counts');
      check(followers.followers === 1201, `followers ${followers.followers}`);
      check(demographic.available === true, 'demographics available');
      return `today: push ${deliveries.apiPush}, multicast ${deliveries.apiMulticast}, narrowcast ${deliveries.apiNarrowcast}, reply ${deliveries.apiReply}; ${followers.followers} followers`;
    });

    await step('quota reads', async () => {
      const quota = await client.getTargetLimitForAdditionalMessages();
      const used = await client.getNumberOfMessagesSentThisMonth();
      check(quota.type === 'limited' && quota.value === 10_000, 'quota limited to 10,000');
      check(used.totalUsage === 3 + 1200 + 250, `totalUsage ${used.totalUsage}`);
      return `${used.totalUsage.toLocaleString('en')} of ${quota.value.toLocaleString('en')} used this month`;
    });

    await step('server records', async () => {
      const failed = server.requests.filter((r) => r.status !== undefined && r.status >= 400 && !(r.path === '/liff/v1/apps' && r.status === 404));
      check(failed.length === 0, `unexpected error answers: ${failed.map((r) => `${r.method} ${r.path} ${r.status}`).join(', ')}`);
      const kinds = server.deliveries.reduce((acc, d) => ({ ...acc, [d.kind]: (acc[d.kind] || 0) + 1 }), {});
      return `${server.requests.length} requests, deliveries ${JSON.stringify(kinds)}`;
    });
  } finally {
    if (webhookServer) await new Promise((resolve) => webhookServer.close(() => resolve()));
    if (server) await server.close();
  }

  const total = performance.now() - started;
  console.log(`\n${bold('Summary')}`);
  const width = Math.max(...results.map((r) => r.name.length));
  console.log(`  ${'step'.padEnd(width)}  result     time`);
  console.log(`  ${'─'.repeat(width)}  ──────  ────────`);
  for (const r of results) console.log(`  ${r.name.padEnd(width)}  ${r.ok ? green('ok    ') : red('FAILED')}  ${`${r.ms.toFixed(1)} ms`.padStart(8)}`);
  console.log(`\n${green(`${results.length} steps passed`)} in ${total.toFixed(0)} ms. Next: ${bold('npm test')}, and see "Testing your bot" in the README.`);
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`\n${red('demo failed')}${err.step ? ` at step "${err.step}"` : ''}: ${err.cause ? err.cause.stack || err.cause.message : err.stack || err}`);
    process.exit(1);
  },
);
