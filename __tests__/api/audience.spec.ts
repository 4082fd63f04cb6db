/**
 * The audience domain (audiences (JSON and by file), click and impression audiences, shared audiences, authority
 * level): every LineClient method on the wire (host, method, path, query, headers, body) and its shaped result, plus
 * the argument checks that send nothing.
 */
import { Readable } from 'node:stream';

import { LineValidationError } from '../../src';
import { TOKEN, intercept, makeClient } from '../support/interceptAt';
import { describeRows, describeWire, type OperationRow, type WireCase } from '../support/wire';

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

const cases: WireCase[] = [

  // Audience
  { name: 'createUploadAudienceGroup', call: (c) => c.createUploadAudienceGroup('aud', false, [{ id: 'U1' }], { uploadDescription: 'u' }), method: 'POST', path: '/v2/bot/audienceGroup/upload', body: { description: 'aud', isIfaAudience: false, audiences: [{ id: 'U1' }], uploadDescription: 'u' }, reply: { status: 202, body: { audienceGroupId: 1, type: 'UPLOAD' } }, result: { audienceGroupId: 1, type: 'UPLOAD' } },
  { name: 'updateUploadAudienceGroup', call: (c) => c.updateUploadAudienceGroup(1, [{ id: 'U2' }], { description: 'aud2' }), method: 'PUT', path: '/v2/bot/audienceGroup/upload', body: { audienceGroupId: 1, audiences: [{ id: 'U2' }] }, reply: { status: 202 }, result: {} },
  { name: 'createClickAudienceGroup', call: (c) => c.createClickAudienceGroup('click', 'req-1', { clickUrl: 'https://e.x' }), method: 'POST', path: '/v2/bot/audienceGroup/click', body: { description: 'click', requestId: 'req-1', clickUrl: 'https://e.x' }, reply: { status: 202, body: { audienceGroupId: 2 } }, result: { audienceGroupId: 2 } },
  { name: 'createImpAudienceGroup', call: (c) => c.createImpAudienceGroup('imp', 'req-1'), method: 'POST', path: '/v2/bot/audienceGroup/imp', body: { description: 'imp', requestId: 'req-1' }, reply: { status: 202, body: { audienceGroupId: 3 } }, result: { audienceGroupId: 3 } },
  { name: 'setDescriptionAudienceGroup', call: (c) => c.setDescriptionAudienceGroup('renamed', 4), method: 'PUT', path: '/v2/bot/audienceGroup/4/updateDescription', body: { description: 'renamed' }, result: {} },
  { name: 'deleteAudienceGroup', call: (c) => c.deleteAudienceGroup(4), method: 'DELETE', path: '/v2/bot/audienceGroup/4', result: {} },
  { name: 'getAudienceGroup', call: (c) => c.getAudienceGroup(4), method: 'GET', path: '/v2/bot/audienceGroup/4', reply: { body: { audienceGroup: { audienceGroupId: 4 }, jobs: [] } }, result: { audienceGroup: { audienceGroupId: 4 }, jobs: [] } },
  { name: 'getAudienceGroups', call: (c) => c.getAudienceGroups(), method: 'GET', path: '/v2/bot/audienceGroup/list', query: { page: '1' }, reply: { body: { audienceGroups: [], hasNextPage: false } }, result: { audienceGroups: [], hasNextPage: false } },
  {
    name: 'getAudienceGroups(options)',
    call: (c) => c.getAudienceGroups({ page: 3, size: 10, description: 'a b', includesExternalPublicGroups: true }),
    method: 'GET',
    path: '/v2/bot/audienceGroup/list',
    query: { page: '3', size: '10', description: 'a b', includesExternalPublicGroups: 'true' },
    reply: { body: { audienceGroups: [], hasNextPage: false } },
    result: { audienceGroups: [], hasNextPage: false },
  },
  { name: 'getAudienceGroupAuthorityLevel', call: (c) => c.getAudienceGroupAuthorityLevel(), method: 'GET', path: '/v2/bot/audienceGroup/authorityLevel', reply: { body: { authorityLevel: 'PUBLIC' } }, result: { authorityLevel: 'PUBLIC' } },
  { name: 'changeAudienceGroupAuthorityLevel', call: (c) => c.changeAudienceGroupAuthorityLevel('PRIVATE'), method: 'PUT', path: '/v2/bot/audienceGroup/authorityLevel', body: { authorityLevel: 'PRIVATE' }, result: {} },
];

describeWire('audience on the wire', cases);

const rows: OperationRow[] = [
  {
    name: 'getSharedAudienceGroup',
    call: (c) => c.getSharedAudienceGroup(1234567890123),
    method: 'GET',
    path: '/v2/bot/audienceGroup/shared/1234567890123',
    reply: { audienceGroup: { audienceGroupId: 1234567890123 }, jobs: [], owner: { serviceType: 'lap' } },
    result: { audienceGroup: { audienceGroupId: 1234567890123 }, jobs: [], owner: { serviceType: 'lap' } },
  },
  {
    name: 'getSharedAudienceGroups',
    call: (c) => c.getSharedAudienceGroups({ description: 'aud', status: 'READY', size: 40, createRoute: 'OA_MANAGER', includesOwnedAudienceGroups: true }),
    method: 'GET',
    path: '/v2/bot/audienceGroup/shared/list',
    query: { page: '1', description: 'aud', status: 'READY', size: '40', createRoute: 'OA_MANAGER', includesOwnedAudienceGroups: 'true' },
    reply: { audienceGroups: [], hasNextPage: false, totalCount: 0, readWriteAudienceGroupTotalCount: 0, size: 40, page: 1 },
    result: { audienceGroups: [], hasNextPage: false, totalCount: 0, readWriteAudienceGroupTotalCount: 0, size: 40, page: 1 },
  },
];

describeRows('audience: exact wire and shaped result', rows);

describe('pagination', () => {
  it('iterateAudienceGroups walks pages while hasNextPage', async () => {
    const p1 = intercept('GET', 'api', '/v2/bot/audienceGroup/list', { body: { audienceGroups: [{ audienceGroupId: 1 }], hasNextPage: true } });
    const p2 = intercept('GET', 'api', '/v2/bot/audienceGroup/list', { body: { audienceGroups: [{ audienceGroupId: 2 }], hasNextPage: false } });
    const ids: number[] = [];
    for await (const g of makeClient().iterateAudienceGroups({ size: 1 })) ids.push(g.audienceGroupId as number);
    expect(ids).toEqual([1, 2]);
    expect(p1[0].query).toEqual({ page: '1', size: '1' });
    expect(p2[0].query).toEqual({ page: '2', size: '1' });
  });
});

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
