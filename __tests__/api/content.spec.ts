/**
 * The content domain (content users sent: bytes, preview, preparation status): every LineClient method on the wire
 * (host, method, path, query, headers, body) and its shaped result, plus the argument checks that send nothing.
 */
import { LineError, LineValidationError } from '../../src';
import { expectedHeaders, intercept, interceptAt, makeClient } from '../support/interceptAt';
import { describeRows, describeWire, type OperationRow, type WireCase } from '../support/wire';

const cases: WireCase[] = [

  // Content
  { name: 'getMessageContent', call: (c) => c.getMessageContent('m1'), method: 'GET', host: 'data', path: '/v2/bot/message/m1/content', reply: { body: Buffer.from([1, 2, 3]) }, result: Buffer.from([1, 2, 3]) },
  { name: 'retrieveMessageContent', call: (c) => c.retrieveMessageContent('m1'), method: 'GET', host: 'data', path: '/v2/bot/message/m1/content', reply: { body: Buffer.from([9]) }, result: Buffer.from([9]) },
];

describeWire('content on the wire', cases);

const rows: OperationRow[] = [
  {
    name: 'getMessageContentTranscoding',
    call: (c) => c.getMessageContentTranscoding('m 1'),
    method: 'GET',
    host: 'data',
    path: '/v2/bot/message/m%201/content/transcoding',
    reply: { status: 'processing' },
    result: { status: 'processing' },
  },
];

describeRows('content: exact wire and shaped result', rows);

describe('message content', () => {
  test('getMessageContentPreview returns the bytes from the data host', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]);
    const captured = intercept('GET', 'data', '/v2/bot/message/m1/content/preview', { body: png, headers: { 'content-type': 'image/png' } });
    const result = await makeClient().getMessageContentPreview('m1');
    expect(Buffer.isBuffer(result)).toBe(true);
    expect(result.equals(png)).toBe(true);
    expect(captured[0].headers).toEqual(expectedHeaders());
    expect(captured[0].body).toBeUndefined();
  });

  test('getMessageContentPreviewStream streams the bytes', async () => {
    const bytes = Buffer.from('preview-bytes');
    intercept('GET', 'data', '/v2/bot/message/m1/content/preview', { body: bytes, headers: { 'content-type': 'image/jpeg' } });
    const stream = await makeClient().getMessageContentPreviewStream('m1');
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks).equals(bytes)).toBe(true);
  });

  test('waitForMessageContent polls until succeeded', async () => {
    const p = '/v2/bot/message/m1/content/transcoding';
    const a = intercept('GET', 'data', p, { body: { status: 'processing' } });
    const b = intercept('GET', 'data', p, { body: { status: 'processing' } });
    const c = intercept('GET', 'data', p, { body: { status: 'succeeded' } });
    await expect(makeClient().waitForMessageContent('m1', { interval: 5, timeout: 5000 })).resolves.toEqual({ status: 'succeeded' });
    expect([a.length, b.length, c.length]).toEqual([1, 1, 1]);
    expect(a[0].headers).toEqual(expectedHeaders());
  });

  test('waitForMessageContent rejects when LINE reports failed', async () => {
    intercept('GET', 'data', '/v2/bot/message/m1/content/transcoding', { body: { status: 'failed' } });
    const err = await makeClient().waitForMessageContent('m1', { interval: 5 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LineError);
    expect((err as Error).message).toMatch(/m1.*failed/);
  });

  test('waitForMessageContent rejects after the timeout, with a bounded number of checks', async () => {
    const captured = interceptAt('https://api-data.line.me', 'GET', '/v2/bot/message/m1/content/transcoding', { body: { status: 'processing' } }, 2);
    const started = Date.now();
    // A check at the start and one at the deadline (300 ms, well past one loopback answer even on a loaded machine),
    // then the error, long before the 5 s interval would have allowed a third check.
    const err = await makeClient().waitForMessageContent('m1', { timeout: 300, interval: 5000 }).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(4000);
    expect(err).toBeInstanceOf(LineError);
    expect((err as Error).message).toMatch(/still not ready after 300 ms \(last status: processing\)/);
    expect(captured.length).toBe(2);
  });

  test('waitForMessageContent validates its options before any request', async () => {
    await expect(makeClient().waitForMessageContent('m1', { interval: 0 })).rejects.toBeInstanceOf(LineValidationError);
    await expect(makeClient().waitForMessageContent('')).rejects.toBeInstanceOf(LineValidationError);
  });
});
