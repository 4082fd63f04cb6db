/**
 * Integration: operations added after 1.1.0 (between the `<extended-api>` markers of LineClient), part 1: content
 * preview and transcoding, message and rich menu validation, follower ids, audiences by file, and the local
 * createChannelJWT. Part 2 is operations.spec.ts; channel access tokens are in tokens.spec.ts.
 */
import { generateKeyPairSync, verify } from 'node:crypto';
import { Readable } from 'node:stream';
import { LineClient } from '../../src';
import type { LineTypes } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { RICH_MENU, requestsTo, useDummyServer, uid } from './helpers';

const FOLLOWERS = Array.from({ length: 2500 }, (_, i) => uid(7000 + i));
const IMAGE = Buffer.from('\xff\xd8\xff\xe0 pretend jpeg bytes', 'latin1');

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]), { followers: FOLLOWERS, messageContent: { '2001': IMAGE } });

describe('message content preview and transcoding (data host)', () => {
  it('getMessageContentPreview and getMessageContentPreviewStream give the bytes', async () => {
    expect((await client.getMessageContentPreview('2001')).equals(IMAGE)).toBe(true);
    const stream = await client.getMessageContentPreviewStream('2001');
    expect(stream).toBeInstanceOf(Readable);
    const pieces: Buffer[] = [];
    for await (const piece of stream) pieces.push(piece as Buffer);
    expect(Buffer.concat(pieces).equals(IMAGE)).toBe(true);
    expect(requestsTo(server, 'GET', '/v2/bot/message/2001/content/preview').every((r) => r.host === 'data')).toBe(true);
  });

  it('getMessageContentTranscoding and waitForMessageContent report succeeded; unknown ids are 404', async () => {
    expect(await client.getMessageContentTranscoding('2001')).toEqual({ status: 'succeeded' });
    server.faults.add({ route: 'GET /v2/bot/message/{messageId}/content/transcoding', times: 1, status: 500 });
    expect(await client.waitForMessageContent('2001', { timeout: 2000, interval: 5 })).toEqual({ status: 'succeeded' });
    expect(requestsTo(server, 'GET', '/v2/bot/message/2001/content/transcoding')).toHaveLength(3); // 1 + (500, retried)
    await expect(client.getMessageContentTranscoding('9999')).rejects.toMatchObject({ status: 404 });
    await expect(client.waitForMessageContent('9999', { timeout: 100, interval: 5 })).rejects.toMatchObject({ status: 404 });
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

describe('rich menu validation', () => {
  it('validateRichMenu resolves for a valid menu, rejects with the property otherwise, and creates nothing', async () => {
    await expect(client.validateRichMenu(RICH_MENU)).resolves.toEqual({});
    await expect(client.validateRichMenu({ ...RICH_MENU, name: '' })).rejects.toMatchObject({ status: 400 });
    expect(await client.getRichMenuList()).toEqual([]);
  });
});

describe('follower ids', () => {
  it('getFollowerIds pages with `next`; iterateFollowerIds and getAllFollowerIds walk every page', async () => {
    const first = await client.getFollowerIds({ limit: 1000 });
    expect(first.userIds).toEqual(FOLLOWERS.slice(0, 1000));
    expect(first.next).toEqual(expect.any(String));
    const second = await client.getFollowerIds({ limit: 1000, start: first.next });
    expect(second.userIds[0]).toBe(FOLLOWERS[1000]);
    const iterated: string[] = [];
    for await (const id of client.iterateFollowerIds({ limit: 700 })) iterated.push(id);
    expect(iterated).toEqual(FOLLOWERS);
    expect(await client.getAllFollowerIds()).toEqual(FOLLOWERS);
    expect(requestsTo(server, 'GET', '/v2/bot/followers/ids').map((r) => r.query.limit)).toEqual(['1000', '1000', '700', '700', '700', '700', '1000', '1000', '1000']);
  });
});

describe('audience by file (multipart, data host)', () => {
  it('createUploadAudienceGroupByFile from ids, Buffer or stream; updateUploadAudienceGroupByFile adds ids', async () => {
    const created = await client.createUploadAudienceGroupByFile('from a file', [uid(1), uid(2)], { uploadDescription: 'file 1' });
    expect(created).toMatchObject({ type: 'UPLOAD', description: 'from a file', isIfaAudience: false, audienceGroupId: expect.any(Number) });
    const id = created.audienceGroupId;
    await expect(client.updateUploadAudienceGroupByFile(id, Buffer.from(`${uid(3)}\n${uid(4)}\n`), { uploadDescription: 'file 2' })).resolves.toEqual({});
    await expect(client.updateUploadAudienceGroupByFile(id, Readable.from([`${uid(5)}\n`]))).resolves.toEqual({});
    const got = await client.getAudienceGroup(id);
    expect(got.audienceGroup.audienceCount).toBe(5);
    expect(got.jobs?.map((j) => j.audienceCount)).toEqual([2, 2, 1]);
    const uploads = server.requests.filter((r) => r.path === '/v2/bot/audienceGroup/upload/byFile');
    expect(uploads.map((r) => `${r.method} ${r.host}`)).toEqual(['POST data', 'PUT data', 'PUT data']);
    expect(String(uploads[0].headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);

    const { requestId } = await client.narrowcast([{ type: 'text', text: 'file audience' }], { recipient: { type: 'audience', audienceGroupId: id } });
    expect(server.deliveries.at(-1)).toMatchObject({ kind: 'narrowcast', requestId });
    expect(server.deliveries.at(-1)?.recipients).toEqual([1, 2, 3, 4, 5].map(uid));
  });
});

describe('createChannelJWT (local, no request)', () => {
  it('signs an RS256 assertion that verifies with the public key', () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const jwt = client.createChannelJWT({ channelId: '1234567890', privateKey: privateKey.export({ format: 'jwk' }), kid: 'kid-1', now: 1_700_000_000_000 });
    const [header, payload, signature] = jwt.split('.');
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-1' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ iss: '1234567890', sub: '1234567890', aud: 'https://api.line.me/' });
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
    // The static form signs the same way
    const again = LineClient.createChannelJWT({ channelId: '1234567890', privateKey, kid: 'kid-1', now: 1_700_000_000_000 });
    expect(again.split('.').slice(0, 2)).toEqual([header, payload]);
    expect(server.requests).toHaveLength(0);
  });
});
