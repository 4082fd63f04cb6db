/**
 * Integration: audience groups. Upload (create, add ids), click and impression audiences, description update, get,
 * list with paging and filters, iterate, delete, the legacy authority level, narrowcast to an audience, uploads by
 * file (multipart on the data host) and shared audiences.
 */
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, CAROL, uid, useDummyServer } from './helpers';
import { Readable } from 'node:stream';
import { LineClient } from '../../src';

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]));

function quietly<T>(fn: () => Promise<T>): Promise<T> {
  const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
  return fn().finally(() => warn.mockRestore());
}

describe('audience groups', () => {
  it('create from user ids, add more, rename, get (with jobs), delete', async () => {
    const created = await client.createUploadAudienceGroup('buyers', false, [{ id: ALICE }, { id: BOB }], { uploadDescription: 'first batch' });
    expect(created).toMatchObject({ audienceGroupId: expect.any(Number), type: 'UPLOAD', description: 'buyers', isIfaAudience: false });
    const id = created.audienceGroupId;
    await client.updateUploadAudienceGroup(id, [{ id: CAROL }], { uploadDescription: 'second batch' });
    await client.setDescriptionAudienceGroup('loyal buyers', id);
    const got = await client.getAudienceGroup(id);
    expect(got.audienceGroup).toMatchObject({ audienceGroupId: id, description: 'loyal buyers', audienceCount: 3, status: 'READY' });
    expect(got.jobs?.map((j) => [j.description, j.audienceCount])).toEqual([
      ['first batch', 2],
      ['second batch', 1],
    ]);
    await client.deleteAudienceGroup(id);
    await expect(client.getAudienceGroup(id)).rejects.toMatchObject({ status: 400, details: [{ message: 'AUDIENCE_GROUP_NOT_FOUND' }] });
  });

  it('click and impression audiences', async () => {
    const click = await client.createClickAudienceGroup('clicked', 'req-1', { clickUrl: 'https://example.com/sale' });
    expect(click).toMatchObject({ type: 'CLICK', description: 'clicked', requestId: 'req-1', clickUrl: 'https://example.com/sale' });
    const imp = await client.createImpAudienceGroup('seen', 'req-2');
    expect(imp).toMatchObject({ type: 'IMP', description: 'seen', requestId: 'req-2' });
    expect((await client.getAudienceGroup(imp.audienceGroupId)).audienceGroup.type).toBe('IMP');
  });

  it('list pages with hasNextPage; iterateAudienceGroups walks every page; filters apply', async () => {
    for (let i = 0; i < 45; i++) await client.createUploadAudienceGroup(`${i % 3 === 0 ? 'vip' : 'all'} ${i}`, false, [{ id: uid(i + 1) }]);
    const first = await client.getAudienceGroups({ size: 20 });
    expect(first).toMatchObject({ page: 1, size: 20, totalCount: 45, hasNextPage: true });
    expect(first.audienceGroups).toHaveLength(20);
    const last = await client.getAudienceGroups({ page: 3, size: 20 });
    expect(last.audienceGroups).toHaveLength(5);
    expect(last.hasNextPage).toBe(false);
    const seen: number[] = [];
    for await (const g of client.iterateAudienceGroups({ size: 20 })) seen.push(g.audienceGroupId);
    expect(new Set(seen).size).toBe(45);
    expect(server.requests.filter((r) => r.path === '/v2/bot/audienceGroup/list').map((r) => r.query.page)).toEqual(['1', '3', '1', '2', '3']);
    const vip = await client.getAudienceGroups({ description: 'vip' });
    expect(vip.totalCount).toBe(15);
  });

  it('legacy authority level: get and change (deprecated endpoints)', async () => {
    expect(await quietly(() => client.getAudienceGroupAuthorityLevel())).toEqual({ authorityLevel: 'PUBLIC' });
    await quietly(() => client.changeAudienceGroupAuthorityLevel('PRIVATE'));
    expect(await quietly(() => client.getAudienceGroupAuthorityLevel())).toEqual({ authorityLevel: 'PRIVATE' });
  });

  it('narrowcast to an audience reaches exactly its members', async () => {
    const { audienceGroupId } = await client.createUploadAudienceGroup('two', false, [{ id: ALICE }, { id: CAROL }]);
    const { requestId } = await client.narrowcast([{ type: 'text', text: 'for you' }], { recipient: { type: 'audience', audienceGroupId } });
    let phase = '';
    for (let i = 0; i < 10 && phase !== 'succeeded'; i++) phase = (await client.getNarrowcastProgress(requestId)).phase;
    expect(phase).toBe('succeeded');
    expect(server.messagesTo(ALICE)).toEqual([{ type: 'text', text: 'for you' }]);
    expect(server.messagesTo(CAROL)).toHaveLength(1);
    expect(server.messagesTo(BOB)).toHaveLength(0);
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

describe('shared audiences', () => {
  it('getSharedAudienceGroup and getSharedAudienceGroups', async () => {
    const { audienceGroupId } = await client.createUploadAudienceGroup('shared one', false, [{ id: ALICE }, { id: CAROL }]);
    const shared = await client.getSharedAudienceGroup(audienceGroupId);
    expect(shared.audienceGroup).toMatchObject({ audienceGroupId, description: 'shared one' });
    expect(shared.owner).toMatchObject({ serviceType: 'bm' });
    const list = await client.getSharedAudienceGroups({ size: 10 });
    expect(list.audienceGroups?.map((g) => g.audienceGroupId)).toEqual([audienceGroupId]);
    await client.createUploadAudienceGroup('not this', false, [{ id: BOB }]);
    const filtered = await client.getSharedAudienceGroups({ description: 'SHARED', size: 10 });
    expect(filtered).toMatchObject({ page: 1, size: 10 });
    expect(filtered.audienceGroups?.map((g) => g.audienceGroupId)).toEqual([audienceGroupId]);
  });
});
