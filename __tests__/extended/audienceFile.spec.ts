import { Readable } from 'node:stream';

import { LineValidationError } from '../../src';
import { TOKEN, intercept, makeClient } from './support';

const P = '/v2/bot/audienceGroup/upload/byFile';

/** Splits a multipart body into its parts: `{ name, headers, content }`. */
function parts(contentType: string, raw: Buffer): { name: string; headers: string; content: string }[] {
  const boundary = /boundary=(.+)$/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  return raw
    .toString('utf8')
    .split(`--${boundary}`)
    .slice(1, -1)
    .map((chunk) => {
      const [headers, ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
      return { name: /name="([^"]+)"/.exec(headers)?.[1] ?? '', headers, content: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
    });
}

describe('audience upload by file (multipart on the data host)', () => {
  test('createUploadAudienceGroupByFile sends description, isIfaAudience, uploadDescription and a text/plain file', async () => {
    const reply = { audienceGroupId: 1234567890123, createRoute: 'MESSAGING_API', type: 'UPLOAD', description: 'aud', created: 1613700237, permission: 'READ_WRITE', expireTimestamp: 1629252237, isIfaAudience: false };
    const captured = intercept('POST', 'data', P, { status: 202, body: reply });
    const result = await makeClient().createUploadAudienceGroupByFile('aud', ['U1', 'U2', 'U3'], { isIfaAudience: false, uploadDescription: 'job 1' });
    expect(result).toEqual(reply);
    const [req] = captured;
    expect(req.headers).toEqual({
      accept: 'application/json, text/plain, */*',
      authorization: `Bearer ${TOKEN}`,
      'content-type': expect.stringMatching(/^multipart\/form-data; boundary=-+[0-9a-f]+$/),
      'user-agent': expect.stringMatching(/^messaging-api-line\//),
    });
    const ps = parts(req.headers['content-type'], req.raw);
    expect(ps.map((p) => [p.name, p.content])).toEqual([
      ['description', 'aud'],
      ['isIfaAudience', 'false'],
      ['uploadDescription', 'job 1'],
      ['file', 'U1\nU2\nU3'],
    ]);
    expect(ps[3].headers).toMatch(/Content-Type: text\/plain/);
    expect(ps[3].headers).toMatch(/filename="audience.txt"/);
  });

  test('updateUploadAudienceGroupByFile sends audienceGroupId, uploadDescription and the file from a Buffer', async () => {
    const captured = intercept('PUT', 'data', P, { status: 202, body: '' });
    await expect(makeClient().updateUploadAudienceGroupByFile(42, Buffer.from('U1\nU2\n'), { uploadDescription: 'more' })).resolves.toEqual({});
    const ps = parts(captured[0].headers['content-type'], captured[0].raw);
    expect(ps.map((p) => [p.name, p.content])).toEqual([
      ['audienceGroupId', '42'],
      ['uploadDescription', 'more'],
      ['file', 'U1\nU2\n'],
    ]);
  });

  test('a Readable is streamed as the file', async () => {
    const captured = intercept('PUT', 'data', P, { status: 202, body: '' });
    const ids = Array.from({ length: 5000 }, (_, i) => `U${i.toString(16).padStart(32, '0')}`);
    const stream = Readable.from((function* () {
      for (let i = 0; i < ids.length; i += 1000) yield Buffer.from(ids.slice(i, i + 1000).join('\n') + '\n');
    })());
    await makeClient().updateUploadAudienceGroupByFile(42, stream);
    const ps = parts(captured[0].headers['content-type'], captured[0].raw);
    expect(ps.map((p) => p.name)).toEqual(['audienceGroupId', 'file']);
    expect(ps[1].content.split('\n').filter(Boolean)).toEqual(ids);
  });

  test('the default timeout is 10 minutes; a per-call timeout overrides it', async () => {
    const c = makeClient();
    const timeouts: (number | undefined)[] = [];
    c.dataAxios.interceptors.request.use((config) => {
      timeouts.push(config.timeout);
      return config;
    });
    intercept('POST', 'data', P, { status: 202, body: {} });
    intercept('PUT', 'data', P, { status: 202, body: '' });
    await c.createUploadAudienceGroupByFile('aud', ['U1']);
    await c.updateUploadAudienceGroupByFile(1, ['U1'], { timeout: 5000 });
    expect(timeouts).toEqual([600_000, 5000]);
  });

  test('checks the input before any request', async () => {
    const c = makeClient();
    await expect(c.createUploadAudienceGroupByFile('', ['U1'])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.createUploadAudienceGroupByFile('x'.repeat(121), ['U1'])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.createUploadAudienceGroupByFile('aud', [])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.createUploadAudienceGroupByFile('aud', ['U1', 'U2\nU3'])).rejects.toThrow(/line break/);
    await expect(c.createUploadAudienceGroupByFile('aud', 'U1' as unknown as string[])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.updateUploadAudienceGroupByFile(0, ['U1'])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.updateUploadAudienceGroupByFile(1, Buffer.alloc(0))).rejects.toBeInstanceOf(LineValidationError);
  });

  test('more than 1,500,000 IDs is rejected', async () => {
    const ids = new Array<string>(1_500_001).fill('U1');
    await expect(makeClient().createUploadAudienceGroupByFile('aud', ids)).rejects.toThrow(/1500001 IDs is over LINE's limit of 1500000/);
  });
});
