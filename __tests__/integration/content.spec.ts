/**
 * Integration: content users sent (bytes, stream, preview and preparation status, on the data host). Against the
 * dummy LINE platform over real HTTP.
 */
import { Readable } from 'node:stream';
import { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { requestsTo, useDummyServer } from './helpers';

const CONTENT = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7) & 0xff));
const IMAGE = Buffer.from('\xff\xd8\xff\xe0 pretend jpeg bytes', 'latin1');

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]), {
  messageContent: { '1001': CONTENT, '1002': { size: 300_000, byte: 9, contentType: 'video/mp4' }, '2001': IMAGE },
});

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

describe('message content (data host)', () => {
  it('getMessageContent, getMessageContentStream and the legacy retrieveMessageContent give the seeded bytes', async () => {
    expect((await client.getMessageContent('1001')).equals(CONTENT)).toBe(true);
    const stream = await client.getMessageContentStream('1002');
    expect(stream).toBeInstanceOf(Readable);
    let size = 0;
    for await (const piece of stream) {
      const buf = piece as Buffer;
      expect(buf.every((b) => b === 9)).toBe(true);
      size += buf.length;
    }
    expect(size).toBe(300_000);
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      expect((await client.retrieveMessageContent('1001')).equals(CONTENT)).toBe(true);
    } finally {
      warn.mockRestore();
    }
    expect(server.requests.every((r) => r.host === 'data')).toBe(true);
    await expect(client.getMessageContent('404404')).rejects.toMatchObject({ status: 404 });
  });
});
