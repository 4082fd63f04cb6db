import { LINE_ERROR_BODIES, createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';
import { RICH_MENU, call, gid, pngOf, text, uid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => {
  server = await createDummyLineServer({ profiles: [{ userId: uid(1), displayName: 'Taro' }] });
});
afterEach(() => server.reset());
afterAll(() => server.close());

const push = (body: unknown, token?: string | null) => call(server, 'POST', '/v2/bot/message/push', { body, token });

describe('authentication', () => {
  it('answers 401 with LINE’s message when the Authorization header is missing', async () => {
    const res = await push({ to: uid(1), messages: [text('hi')] }, null);
    expect(res.status).toBe(401);
    expect(res.body).toEqual(LINE_ERROR_BODIES.authorizationRequired);
    expect(server.messagesTo(uid(1))).toEqual([]);
  });

  it('answers 401 when the header is not a Bearer token', async () => {
    const res = await call(server, 'GET', '/v2/bot/info', { token: null, headers: { authorization: 'Basic abc' } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual(LINE_ERROR_BODIES.authorizationRequired);
  });

  it('answers 401 with LINE’s message for an unknown token', async () => {
    const res = await push({ to: uid(1), messages: [text('hi')] }, 'wrong-token');
    expect(res.status).toBe(401);
    expect(res.body).toEqual({
      message: 'Authentication failed. Confirm that the access token in the authorization header is valid.',
    });
  });

  it('accepts seeded and added tokens, and rejects revoked ones', async () => {
    const seeded = await createDummyLineServer({ accessTokens: ['seeded-token'] });
    try {
      expect((await call(seeded, 'GET', '/v2/bot/info', { token: 'seeded-token' })).status).toBe(200);
      const added = seeded.addAccessToken();
      expect((await call(seeded, 'GET', '/v2/bot/info', { token: added })).status).toBe(200);
      expect(seeded.revokeAccessToken(added)).toBe(true);
      expect((await call(seeded, 'GET', '/v2/bot/info', { token: added })).status).toBe(401);
    } finally {
      await seeded.close();
    }
  });
});

describe('request bodies', () => {
  it('answers 400 for invalid JSON, naming line and column', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/push', {
      body: '{"to":"U1",',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: 'The request body could not be parsed as JSON (line: 1, column: 12)' });
    expect(server.requests.at(-1)?.body).toBe('{"to":"U1",');
  });

  it('answers 400 for an empty messages array', async () => {
    const res = await push({ to: uid(1), messages: [] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Size must be between 1 and 5', property: 'messages' }],
    });
  });

  it('answers 400 for more than 5 messages and delivers none', async () => {
    const res = await push({ to: uid(1), messages: Array.from({ length: 6 }, (_, i) => text(`m${i}`)) });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ details: [{ message: 'Size must be between 1 and 5', property: 'messages' }] });
    expect(server.messagesTo(uid(1))).toEqual([]);
  });

  it('answers 400 for a missing `to`', async () => {
    const res = await push({ messages: [text('hi')] });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ details: [{ message: 'May not be empty', property: 'to' }] });
  });

  it('answers 400 for more than 500 multicast recipients', async () => {
    const to = Array.from({ length: 501 }, (_, i) => uid(i));
    const res = await call(server, 'POST', '/v2/bot/message/multicast', { body: { to, messages: [text('hi')] } });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Size must be between 1 and 500', property: 'to' }],
    });
    expect(server.deliveries).toHaveLength(0);
  });

  it('answers 400 for an empty multicast `to`', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/multicast', { body: { to: [], messages: [text('hi')] } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ details: [{ message: 'Size must be between 1 and 500', property: 'to' }] });
  });

  it('accepts exactly 500 multicast recipients', async () => {
    const to = Array.from({ length: 500 }, (_, i) => uid(i));
    const res = await call(server, 'POST', '/v2/bot/message/multicast', { body: { to, messages: [text('hi')] } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    expect(server.messagesTo(uid(499))).toEqual([text('hi')]);
  });

  it('answers 400 for text over 5,000 UTF-16 code units, counting emoji as 2', async () => {
    const ok = await push({ to: uid(1), messages: [text('😀'.repeat(2500))] });
    expect(ok.status).toBe(200);
    const tooLong = await push({ to: uid(1), messages: [text(`${'😀'.repeat(2500)}a`)] });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body).toEqual({
      message: 'The request body has 1 error(s)',
      details: [{ message: 'Length must be between 0 and 5000', property: 'messages[0].text' }],
    });
  });

  it('answers 400 for an empty text', async () => {
    const res = await push({ to: uid(1), messages: [text('')] });
    expect(res.body).toMatchObject({ details: [{ message: 'May not be empty', property: 'messages[0].text' }] });
  });

  it('answers 400 for an unknown message type, listing every problem', async () => {
    const res = await push({ to: uid(1), messages: [text(''), { type: 'txt', text: 'x' }] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: 'The request body has 2 error(s)',
      details: [
        { message: 'May not be empty', property: 'messages[0].text' },
        {
          message:
            'Must be one of the following values: [text, textV2, image, video, audio, location, sticker, template, imagemap, flex, coupon]',
          property: 'messages[1].type',
        },
      ],
    });
  });

  it('answers 400 for a property of the wrong JSON type', async () => {
    const res = await push({ to: [uid(1)], messages: [text('hi')] });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: "The property, 'to', in the request body is invalid (line: -, column: -)" });
  });

  it('checks required fields of other message types', async () => {
    const res = await push({
      to: uid(1),
      messages: [
        { type: 'image', originalContentUrl: 'http://insecure.example/a.png' },
        { type: 'sticker', packageId: '1' },
        { type: 'flex', contents: { type: 'bubble' } },
        { type: 'template', altText: 'a', template: { type: 'confirm', text: 'ok?', actions: [{ label: 'yes' }] } },
      ],
    });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      details: [
        { message: 'Must be a valid HTTPS URL', property: 'messages[0].originalContentUrl' },
        { message: 'May not be empty', property: 'messages[0].previewImageUrl' },
        { message: 'May not be empty', property: 'messages[1].stickerId' },
        { message: 'May not be empty', property: 'messages[2].altText' },
        { message: 'Size must be between 2 and 2', property: 'messages[3].template.actions' },
        { message: 'May not be empty', property: 'messages[3].template.actions[0].type' },
      ],
    });
  });

  it('validates messages without sending them on /v2/bot/message/validate/*', async () => {
    const ok = await call(server, 'POST', '/v2/bot/message/validate/push', { body: { messages: [text('fine')] } });
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({});
    const bad = await call(server, 'POST', '/v2/bot/message/validate/multicast', { body: { messages: [{ type: 'nope' }] } });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ details: [{ property: 'messages[0].type' }] });
    expect(server.deliveries).toHaveLength(0);
  });

  it('answers 413 for a body over 2 MB', async () => {
    const res = await push({ to: uid(1), messages: [text('x'.repeat(3 * 1024 * 1024))] });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ message: 'Request Entity Too Large' });
  });
});

describe('content type', () => {
  const json = JSON.stringify({ to: uid(1), messages: [text('hi')] });

  it('answers 415 to a form-urlencoded push and delivers nothing', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/push', {
      body: new URLSearchParams({ to: uid(1), messages: '[]' }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(res.body).toEqual({ message: 'Unsupported Media Type' });
    expect(server.messagesTo(uid(1))).toEqual([]);
  });

  it('answers 415 to a JSON body sent as text/plain', async () => {
    // fetch labels a string body text/plain;charset=UTF-8 when no content-type is given.
    const res = await call(server, 'POST', '/v2/bot/message/push', { body: json });
    expect(res.status).toBe(415);
    expect(server.requests.at(-1)?.headers['content-type']).toMatch(/^text\/plain/);
    expect(server.messagesTo(uid(1))).toEqual([]);
  });

  it('answers 415 to a body without a content-type', async () => {
    // A Buffer body goes out with no content-type at all.
    const res = await call(server, 'POST', '/v2/bot/message/push', { body: Buffer.from(json) });
    expect(res.status).toBe(415);
    expect(server.requests.at(-1)?.headers['content-type']).toBeUndefined();
    expect(server.messagesTo(uid(1))).toEqual([]);
  });

  it('answers 415 to a look-alike such as application/jsonp', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/push', {
      body: json,
      headers: { 'content-type': 'application/jsonp' },
    });
    expect(res.status).toBe(415);
  });

  it('accepts application/json with parameters, in any case', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/push', {
      body: json,
      headers: { 'content-type': 'application/json; charset=utf-8' },
    });
    expect(res.status).toBe(200);
    const upper = await call(server, 'POST', '/v2/bot/message/push', {
      body: json,
      headers: { 'content-type': 'Application/JSON;charset=UTF-8' },
    });
    expect(upper.status).toBe(200);
    expect(server.messagesTo(uid(1))).toEqual([text('hi'), text('hi')]);
  });

  it('does not ask for a content-type when a JSON endpoint is sent no body', async () => {
    const res = await call(server, 'POST', '/v2/bot/channel/webhook/test');
    expect(res.status).not.toBe(415);
  });
});

describe('reply tokens', () => {
  it('answers 400 "Invalid reply token" for a token never issued', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/reply', {
      body: { replyToken: 'never-issued', messages: [text('hi')] },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ message: 'Invalid reply token' });
  });

  it('accepts an issued token once, then answers 400', async () => {
    const replyToken = server.issueReplyToken(uid(1));
    const first = await call(server, 'POST', '/v2/bot/message/reply', { body: { replyToken, messages: [text('hi')] } });
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ sentMessages: [{ id: expect.any(String), quoteToken: expect.any(String) }] });
    expect(server.messagesTo(uid(1))).toEqual([text('hi')]);
    const second = await call(server, 'POST', '/v2/bot/message/reply', { body: { replyToken, messages: [text('again')] } });
    expect(second.status).toBe(400);
    expect(second.body).toEqual({ message: 'Invalid reply token' });
    expect(server.messagesTo(uid(1))).toEqual([text('hi')]);
  });

  it('does not use up a token when the messages are invalid', async () => {
    const replyToken = server.issueReplyToken(uid(1));
    expect((await call(server, 'POST', '/v2/bot/message/reply', { body: { replyToken, messages: [] } })).status).toBe(400);
    expect((await call(server, 'POST', '/v2/bot/message/reply', { body: { replyToken, messages: [text('ok')] } })).status).toBe(
      200,
    );
  });

  it('accepts seeded tokens and expires tokens after replyTokenTtlMs', async () => {
    const seeded = await createDummyLineServer({ replyTokens: [{ replyToken: 'seeded', to: gid(1) }], replyTokenTtlMs: 30 });
    try {
      const ok = await call(seeded, 'POST', '/v2/bot/message/reply', { body: { replyToken: 'seeded', messages: [text('hi')] } });
      expect(ok.status).toBe(200);
      expect(seeded.messagesTo(gid(1))).toEqual([text('hi')]);
      const late = seeded.issueReplyToken(uid(9));
      await new Promise((resolve) => setTimeout(resolve, 60));
      const res = await call(seeded, 'POST', '/v2/bot/message/reply', { body: { replyToken: late, messages: [text('hi')] } });
      expect(res.body).toEqual({ message: 'Invalid reply token' });
    } finally {
      await seeded.close();
    }
  });
});

describe('rich menu images', () => {
  async function createMenu(): Promise<string> {
    const res = await call<{ richMenuId: string }>(server, 'POST', '/v2/bot/richmenu', { body: RICH_MENU });
    expect(res.status).toBe(200);
    return res.body.richMenuId;
  }

  it('answers 415 for an image that is not PNG or JPEG', async () => {
    const id = await createMenu();
    const gif = Buffer.from('GIF89a\x01\x00\x01\x00', 'latin1');
    const res = await call(server, 'POST', `/v2/bot/richmenu/${id}/content`, {
      host: 'data',
      body: gif,
      headers: { 'content-type': 'image/gif' },
    });
    expect(res.status).toBe(415);
    expect(res.body).toEqual({ message: 'Unsupported media type' });
  });

  it('answers 415 when the bytes are not the declared PNG', async () => {
    const id = await createMenu();
    const res = await call(server, 'POST', `/v2/bot/richmenu/${id}/content`, {
      host: 'data',
      body: Buffer.from('not an image'),
      headers: { 'content-type': 'image/png' },
    });
    expect(res.status).toBe(415);
  });

  it('answers 413 for an image over 1 MB', async () => {
    const id = await createMenu();
    const res = await call(server, 'POST', `/v2/bot/richmenu/${id}/content`, {
      host: 'data',
      body: pngOf(2500, 1686, 1024 * 1024),
      headers: { 'content-type': 'image/png' },
    });
    expect(res.status).toBe(413);
  });

  it('answers 400 for an image size LINE does not allow, and for a second upload', async () => {
    const id = await createMenu();
    const upload = (png: Buffer) =>
      call(server, 'POST', `/v2/bot/richmenu/${id}/content`, { host: 'data', body: png, headers: { 'content-type': 'image/png' } });
    expect((await upload(pngOf(1, 1))).body).toEqual({ message: 'The image size is not allowed for richmenu' });
    expect((await upload(pngOf(2500, 1686))).status).toBe(200);
    const again = await upload(pngOf(2500, 1686));
    expect(again.status).toBe(400);
    expect(again.body).toEqual({ message: 'An image has already been uploaded to the richmenu' });
  });

  it('answers 400 listing the problems of an invalid rich menu object', async () => {
    const res = await call(server, 'POST', '/v2/bot/richmenu', { body: { ...RICH_MENU, chatBarText: 'x'.repeat(15), name: '' } });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      details: [
        { message: 'May not be empty', property: 'name' },
        { message: 'Length must be between 0 and 14', property: 'chatBarText' },
      ],
    });
  });
});

describe('hosts and paths', () => {
  it('answers 404 Not found for a data-host path asked of the api host', async () => {
    const res = await call(server, 'GET', '/v2/bot/message/123/content');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: 'Not found' });
  });

  it('answers 404 for an api-host path asked of the data host', async () => {
    const res = await call(server, 'GET', '/v2/bot/info', { host: 'data' });
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ message: 'Not found' });
  });

  it('answers 404 for unknown paths and resources', async () => {
    expect((await call(server, 'GET', '/v2/bot/nothing-here')).status).toBe(404);
    expect((await call(server, 'GET', `/v2/bot/profile/${uid(0xdead)}`)).body).toEqual({ message: 'Not found' });
    expect((await call(server, 'GET', '/v2/bot/richmenu/richmenu-unknown')).status).toBe(404);
  });

  it('gives every response a unique x-line-request-id, errors included', async () => {
    const responses = await Promise.all([
      call(server, 'GET', '/v2/bot/info'),
      call(server, 'GET', '/v2/bot/info', { token: null }),
      call(server, 'GET', '/nowhere'),
      push({ to: uid(1), messages: [] }),
      push({ to: uid(1), messages: [text('ok')] }),
    ]);
    const ids = responses.map((r) => r.headers.get('x-line-request-id'));
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(ids).size).toBe(ids.length);
    expect(server.requests.map((r) => r.requestId).sort()).toEqual([...ids].sort());
  });
});

describe('quota', () => {
  it('answers LINE’s monthly-limit 429 once a limited quota is used up', async () => {
    const limited = await createDummyLineServer({ quota: { type: 'limited', value: 2 } });
    try {
      const send = (to: string) => call(limited, 'POST', '/v2/bot/message/push', { body: { to, messages: [text('hi')] } });
      expect((await send(uid(1))).status).toBe(200);
      expect((await send(uid(2))).status).toBe(200);
      const over = await send(uid(3));
      expect(over.status).toBe(429);
      expect(over.body).toEqual({ message: 'You have reached your monthly limit.' });
      expect(limited.messagesTo(uid(3))).toEqual([]);
      expect((await call(limited, 'GET', '/v2/bot/message/quota')).body).toEqual({ type: 'limited', value: 2 });
      expect((await call(limited, 'GET', '/v2/bot/message/quota/consumption')).body).toEqual({ totalUsage: 2 });
    } finally {
      await limited.close();
    }
  });
});

describe('strict recipients', () => {
  it('rejects pushes to ids that are not seeded when strictRecipients is set', async () => {
    const strict = await createDummyLineServer({ strictRecipients: true, profiles: [{ userId: uid(1), displayName: 'A' }] });
    try {
      const ok = await call(strict, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text('hi')] } });
      expect(ok.status).toBe(200);
      const bad = await call(strict, 'POST', '/v2/bot/message/push', { body: { to: uid(404), messages: [text('hi')] } });
      expect(bad.status).toBe(400);
      expect(bad.body).toEqual({ message: 'Failed to send messages' });
    } finally {
      await strict.close();
    }
  });
});

describe('id formats', () => {
  const invalid = (property: string) => `The property, '${property}', in the request body is invalid (line: -, column: -)`;
  const RECIPIENT = 'Must be a user, group or room ID (U, C or R followed by 32 lowercase hex digits)';
  const USER = 'Must be a user ID (U followed by 32 lowercase hex digits)';

  it('answers 400 to a push whose `to` is not a user, group or room id, and delivers nothing', async () => {
    for (const to of ['Alice', 'U1', `U${'A'.repeat(32)}`, `${uid(1)}0`, `X${uid(1).slice(1)}`, ` ${uid(1)}`]) {
      const res = await push({ to, messages: [text('hi')] });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ message: invalid('to'), details: [{ message: RECIPIENT, property: 'to' }] });
    }
    expect(server.deliveries).toEqual([]);
    for (const to of [uid(1), gid(1), `R${'f'.repeat(32)}`]) expect((await push({ to, messages: [text('hi')] })).status).toBe(200);
  });

  it('answers 400 to a multicast with an id that is not a user id (groups and rooms included), naming each', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/multicast', {
      body: { to: [uid(1), uid(2), uid(3), 'Bob', gid(1), uid(5)], messages: [text('hi')] },
    });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({
      message: invalid('to[3]'),
      details: [
        { message: USER, property: 'to[3]' },
        { message: USER, property: 'to[4]' },
      ],
    });
    expect(server.deliveries).toEqual([]);
  });

  it('answers 400 to rich menu bulk link and unlink with a malformed user id', async () => {
    const created = await call<{ richMenuId: string }>(server, 'POST', '/v2/bot/richmenu', { body: RICH_MENU });
    const link = await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: created.body.richMenuId, userIds: [uid(1), 'U2'] } });
    expect(link.status).toBe(400);
    expect(link.body).toEqual({ message: invalid('userIds[1]'), details: [{ message: USER, property: 'userIds[1]' }] });
    const unlink = await call(server, 'POST', '/v2/bot/richmenu/bulk/unlink', { body: { userIds: ['U2'] } });
    expect(unlink.body).toMatchObject({ message: invalid('userIds[0]') });
    expect((await call(server, 'GET', `/v2/bot/user/${uid(1)}/richmenu`)).status).toBe(404);
  });

  it('answers 400 to audience uploads with an id that is not a user id (or not an IFA for an IFA audience)', async () => {
    const json = await call(server, 'POST', '/v2/bot/audienceGroup/upload', { body: { description: 'a', audiences: [{ id: uid(1) }, { id: 'U2' }] } });
    expect(json.status).toBe(400);
    expect(json.body).toEqual({
      message: 'Invalid audience id format',
      details: [{ message: 'UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT', property: 'audiences' }],
    });
    const ifa = 'd4b1a3c0-6f5e-4b7a-9c1d-2e3f4a5b6c7d';
    const ifaAudience = await call(server, 'POST', '/v2/bot/audienceGroup/upload', { body: { description: 'i', isIfaAudience: true, audiences: [{ id: ifa }] } });
    expect(ifaAudience.status).toBe(202);
    const { audienceGroupId } = ifaAudience.body as { audienceGroupId: number };
    const addUser = await call(server, 'PUT', '/v2/bot/audienceGroup/upload', { body: { audienceGroupId, audiences: [{ id: uid(1) }] } });
    expect(addUser.status).toBe(400);

    const form = new FormData();
    form.append('description', 'file');
    form.append('file', new Blob([`${uid(1)}\nnot-an-id\n`], { type: 'text/plain' }), 'ids.txt');
    const file = await fetch(`${server.dataOrigin}/v2/bot/audienceGroup/upload/byFile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.accessToken}` },
      body: form,
    });
    expect(file.status).toBe(400);
    expect(await file.json()).toEqual({
      message: 'UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT',
      details: [{ message: 'UPLOAD_AUDIENCE_GROUP_INVALID_AUDIENCE_ID_FORMAT', property: 'file' }],
    });
  });

  it('answers 400 to user, group and room lookups by a malformed id, and 404 to unknown well-formed ones', async () => {
    const userIdInvalid = { message: "The value for the 'userId' parameter is invalid" };
    for (const path of ['/v2/bot/profile/Alice', '/v2/bot/user/U1/richmenu', `/v2/bot/group/${gid(1)}/member/U1`, '/v2/bot/membership/subscription/U1']) {
      const res = await call(server, 'GET', path);
      expect([path, res.status, res.body]).toEqual([path, 400, userIdInvalid]);
    }
    expect((await call(server, 'POST', '/v2/bot/user/U1/linkToken')).body).toEqual(userIdInvalid);
    expect((await call(server, 'GET', '/v2/bot/group/G1/summary')).body).toEqual({ message: "The value for the 'groupId' parameter is invalid" });
    expect((await call(server, 'GET', '/v2/bot/room/r1/members/count')).body).toEqual({ message: "The value for the 'roomId' parameter is invalid" });
    expect((await call(server, 'GET', `/v2/bot/profile/${uid(2)}`)).status).toBe(404);
    expect((await call(server, 'GET', `/v2/bot/group/${gid(1)}/summary`)).status).toBe(404);
    expect((await call(server, 'GET', `/v2/bot/profile/${uid(1)}`)).status).toBe(200);
  });

  it('does not check PNP pushes, which take phone number hashes', async () => {
    const res = await call(server, 'POST', '/bot/pnp/push', { body: { to: 'ab'.repeat(32), messages: [text('hi')] } });
    expect(res.status).toBe(200);
  });

  it('accepts any id with validateIds: false', async () => {
    const lax = await createDummyLineServer({
      validateIds: false,
      profiles: [{ userId: 'U1', displayName: 'One' }],
      groups: [{ groupId: 'G1', memberIds: ['U1'] }],
    });
    try {
      expect((await call(lax, 'POST', '/v2/bot/message/push', { body: { to: 'Alice', messages: [text('hi')] } })).status).toBe(200);
      expect((await call(lax, 'POST', '/v2/bot/message/multicast', { body: { to: ['U1', 'C1'], messages: [text('hi')] } })).status).toBe(200);
      expect(lax.messagesTo('Alice')).toEqual([text('hi')]);
      expect((await call(lax, 'GET', '/v2/bot/profile/U1')).body).toEqual({ userId: 'U1', displayName: 'One' });
      expect((await call(lax, 'GET', '/v2/bot/group/G1/member/U1')).status).toBe(200);
      expect((await call(lax, 'GET', '/v2/bot/profile/U2')).status).toBe(404);
      const created = await call<{ richMenuId: string }>(lax, 'POST', '/v2/bot/richmenu', { body: RICH_MENU });
      expect((await call(lax, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: created.body.richMenuId, userIds: ['U1'] } })).status).toBe(202);
      expect((await call(lax, 'POST', '/v2/bot/audienceGroup/upload', { body: { description: 'a', audiences: [{ id: 'U1' }] } })).status).toBe(202);
    } finally {
      await lax.close();
    }
  });
});
