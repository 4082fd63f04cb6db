import { Readable } from 'node:stream';
import { createDummyLineServer } from '../../src/testing';
import type { DummyLineServer } from '../../src/testing';
import { RICH_MENU, call, gid, pngOf, rid, text, uid } from './helpers';

/** A generated member id of the big group (prefix `Ua`, zero-padded to 33 characters). */
const member = (i: number): string => `Ua${String(i).padStart(31, '0')}`;

const PROFILE = { userId: uid(1), displayName: 'Taro', pictureUrl: 'https://example.com/t.png', language: 'en' };
const MEMBERS = 100_000;

let server: DummyLineServer;

beforeAll(async () => {
  server = await createDummyLineServer({
    profiles: [PROFILE, { userId: uid(2), displayName: 'Hanako' }],
    followers: [uid(1), uid(2), uid(3)],
    groups: [
      { groupId: gid(1), groupName: 'Big group', memberIds: { count: MEMBERS, prefix: 'Ua' } },
      { groupId: gid(2), memberIds: [uid(1), uid(2)] },
    ],
    rooms: [{ roomId: rid(1), memberIds: [uid(1), uid(2), uid(3)] }],
    messageContent: { m1: Buffer.from([1, 2, 3, 4]), big: { size: 200 * 1024 * 1024, byte: 7, contentType: 'video/mp4' } },
  });
});
afterEach(() => server.reset());
afterAll(() => server.close());

describe('rich menus', () => {
  it('runs the whole life cycle, and the image downloads byte-identical from the data host', async () => {
    const created = await call<{ richMenuId: string }>(server, 'POST', '/v2/bot/richmenu', { body: RICH_MENU });
    const id = created.body.richMenuId;
    expect(id).toMatch(/^richmenu-[0-9a-f]{32}$/);
    expect((await call(server, 'GET', '/v2/bot/richmenu/list')).body).toEqual({ richmenus: [{ ...RICH_MENU, richMenuId: id }] });
    expect((await call(server, 'GET', `/v2/bot/richmenu/${id}`)).body).toEqual({ ...RICH_MENU, richMenuId: id });

    const image = pngOf(2500, 1686, 5000);
    const upload = await call(server, 'POST', `/v2/bot/richmenu/${id}/content`, {
      host: 'data',
      body: image,
      headers: { 'content-type': 'image/png' },
    });
    expect(upload.status).toBe(200);
    expect(Buffer.isBuffer(server.requests.at(-1)?.body)).toBe(true);
    const download = await call(server, 'GET', `/v2/bot/richmenu/${id}/content`, { host: 'data' });
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.bytes.equals(image)).toBe(true);
    expect((await call(server, 'GET', `/v2/bot/richmenu/${id}/content`)).status).toBe(404);

    expect((await call(server, 'GET', `/v2/bot/user/${uid(1)}/richmenu`)).status).toBe(404);
    expect((await call(server, 'POST', `/v2/bot/user/${uid(1)}/richmenu/${id}`)).status).toBe(200);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(1)}/richmenu`)).body).toEqual({ richMenuId: id });
    expect((await call(server, 'DELETE', `/v2/bot/user/${uid(1)}/richmenu`)).status).toBe(200);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(1)}/richmenu`)).status).toBe(404);
    expect((await call(server, 'POST', `/v2/bot/user/${uid(1)}/richmenu/richmenu-unknown`)).status).toBe(404);

    expect((await call(server, 'GET', '/v2/bot/user/all/richmenu')).status).toBe(404);
    expect((await call(server, 'POST', `/v2/bot/user/all/richmenu/${id}`)).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/user/all/richmenu')).body).toEqual({ richMenuId: id });
    expect((await call(server, 'DELETE', '/v2/bot/user/all/richmenu')).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/user/all/richmenu')).status).toBe(404);

    await call(server, 'POST', `/v2/bot/user/all/richmenu/${id}`);
    expect((await call(server, 'DELETE', `/v2/bot/richmenu/${id}`)).status).toBe(200);
    expect((await call(server, 'GET', `/v2/bot/richmenu/${id}`)).body).toEqual({ message: 'Not found' });
    expect((await call(server, 'GET', '/v2/bot/user/all/richmenu')).status).toBe(404);
    expect((await call(server, 'DELETE', `/v2/bot/richmenu/${id}`)).status).toBe(404);
  });

  it('serves seeded rich menus, images and links', async () => {
    const image = pngOf(800, 540);
    const seeded = await createDummyLineServer({
      richMenus: [{ richMenuId: 'richmenu-seeded', menu: RICH_MENU, image }],
      defaultRichMenuId: 'richmenu-seeded',
      richMenuLinks: { [uid(1)]: 'richmenu-seeded' },
    });
    try {
      expect((await call(seeded, 'GET', '/v2/bot/user/all/richmenu')).body).toEqual({ richMenuId: 'richmenu-seeded' });
      expect((await call(seeded, 'GET', `/v2/bot/user/${uid(1)}/richmenu`)).body).toEqual({ richMenuId: 'richmenu-seeded' });
      const download = await call(seeded, 'GET', '/v2/bot/richmenu/richmenu-seeded/content', { host: 'data' });
      expect(download.bytes.equals(image)).toBe(true);
    } finally {
      await seeded.close();
    }
  });
});

describe('profiles, groups and rooms', () => {
  it('answers profiles, and 404 for unknown users', async () => {
    expect((await call(server, 'GET', `/v2/bot/profile/${uid(1)}`)).body).toEqual(PROFILE);
    expect((await call(server, 'GET', `/v2/bot/profile/${uid(404)}`)).status).toBe(404);
  });

  it('answers group summary, member count and member profiles', async () => {
    expect((await call(server, 'GET', `/v2/bot/group/${gid(1)}/summary`)).body).toEqual({ groupId: gid(1), groupName: 'Big group' });
    expect((await call(server, 'GET', `/v2/bot/group/${gid(1)}/members/count`)).body).toEqual({ count: MEMBERS });
    expect((await call(server, 'GET', `/v2/bot/group/${gid(2)}/member/${uid(1)}`)).body).toEqual({
      displayName: 'Taro',
      userId: uid(1),
      pictureUrl: 'https://example.com/t.png',
    });
    expect((await call(server, 'GET', `/v2/bot/group/${gid(1)}/member/${member(42)}`)).body).toEqual({
      displayName: member(42),
      userId: member(42),
    });
    expect((await call(server, 'GET', `/v2/bot/group/${gid(2)}/member/${uid(3)}`)).status).toBe(404);
    expect((await call(server, 'GET', `/v2/bot/group/${gid(404)}/summary`)).status).toBe(404);
    expect((await call(server, 'GET', `/v2/bot/room/${rid(1)}/members/count`)).body).toEqual({ count: 3 });
    expect((await call(server, 'GET', `/v2/bot/room/${rid(1)}/member/${uid(2)}`)).body).toEqual({ displayName: 'Hanako', userId: uid(2) });
  });

  it('pages 100,000 member ids 100 at a time with next/start', async () => {
    const all: string[] = [];
    let start: string | undefined;
    let pages = 0;
    const began = Date.now();
    for (; pages < 2000; pages++) {
      const query = start === undefined ? '' : `?start=${encodeURIComponent(start)}`;
      const res = await call<{ memberIds: string[]; next?: string }>(server, 'GET', `/v2/bot/group/${gid(1)}/members/ids${query}`);
      expect(res.status).toBe(200);
      all.push(...res.body.memberIds);
      start = res.body.next;
      if (start === undefined) break;
    }
    expect(pages + 1).toBe(MEMBERS / 100);
    expect(all).toHaveLength(MEMBERS);
    expect(new Set(all).size).toBe(MEMBERS);
    expect(all[0]).toBe(member(0));
    expect(all[MEMBERS - 1]).toBe(member(99_999));
    expect(Date.now() - began).toBeLessThan(60_000);
  }, 60_000);

  it('honours memberIdsPageSize and rejects a forged start token', async () => {
    const small = await createDummyLineServer({ memberIdsPageSize: 2, rooms: [{ roomId: rid(1), memberIds: ['a', 'b', 'c'] }] });
    try {
      const first = await call<{ memberIds: string[]; next: string }>(small, 'GET', `/v2/bot/room/${rid(1)}/members/ids`);
      expect(first.body.memberIds).toEqual(['a', 'b']);
      const second = await call(small, 'GET', `/v2/bot/room/${rid(1)}/members/ids?start=${first.body.next}`);
      expect(second.body).toEqual({ memberIds: ['c'] });
      expect((await call(small, 'GET', `/v2/bot/room/${rid(1)}/members/ids?start=forged`)).status).toBe(400);
    } finally {
      await small.close();
    }
  });

  it('leaves groups and rooms', async () => {
    expect((await call(server, 'POST', `/v2/bot/group/${gid(2)}/leave`)).status).toBe(200);
    expect((await call(server, 'GET', `/v2/bot/group/${gid(2)}/summary`)).status).toBe(404);
    expect((await call(server, 'POST', `/v2/bot/group/${gid(2)}/leave`)).status).toBe(404);
    expect((await call(server, 'POST', `/v2/bot/room/${rid(1)}/leave`)).status).toBe(200);
    server.reset();
    expect((await call(server, 'GET', `/v2/bot/group/${gid(2)}/summary`)).status).toBe(200);
  });

  it('pages follower ids', async () => {
    const res = await call<{ userIds: string[]; next: string }>(server, 'GET', '/v2/bot/followers/ids?limit=2');
    expect(res.body.userIds).toEqual([uid(1), uid(2)]);
    expect((await call(server, 'GET', `/v2/bot/followers/ids?limit=2&start=${res.body.next}`)).body).toEqual({ userIds: [uid(3)] });
  });
});

describe('message content', () => {
  it('serves seeded bytes from the data host only', async () => {
    const res = await call(server, 'GET', '/v2/bot/message/m1/content', { host: 'data' });
    expect(res.status).toBe(200);
    expect([...res.bytes]).toEqual([1, 2, 3, 4]);
    expect((await call(server, 'GET', '/v2/bot/message/m404/content', { host: 'data' })).body).toEqual({ message: 'Not found' });
    expect((await call(server, 'GET', '/v2/bot/message/m1/content')).status).toBe(404);
  });

  it('streams a 200 MB generated body without holding it', async () => {
    const res = await fetch(`${server.dataOrigin}/v2/bot/message/big/content`, {
      headers: { authorization: `Bearer ${server.accessToken}` },
    });
    expect(res.headers.get('content-length')).toBe(String(200 * 1024 * 1024));
    expect(res.headers.get('content-type')).toBe('video/mp4');
    const reader = res.body!.getReader();
    let total = 0;
    let allSeven = true;
    for (let i = 0; i < 1_000_000; i++) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (allSeven && (value[0] !== 7 || value[value.length - 1] !== 7)) allSeven = false;
    }
    expect(total).toBe(200 * 1024 * 1024);
    expect(allSeven).toBe(true);
  });

  it('serves content from a stream factory set at run time', async () => {
    server.setMessageContent('s1', { stream: () => Readable.from([Buffer.from('ab'), Buffer.from('cd')]), contentType: 'text/plain' });
    const res = await call(server, 'GET', '/v2/bot/message/s1/content', { host: 'data' });
    expect(res.bytes.toString()).toBe('abcd');
    expect(res.headers.get('content-type')).toBe('text/plain');
  });
});

describe('deliveries, quota and statistics', () => {
  it('logs every send and fills the recipients’ inboxes in order', async () => {
    const replyToken = server.issueReplyToken(gid(2));
    await call(server, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text('1')] } });
    await call(server, 'POST', '/v2/bot/message/multicast', { body: { to: [uid(1), uid(2)], messages: [text('2'), text('3')] } });
    await call(server, 'POST', '/v2/bot/message/broadcast', { body: { messages: [text('4')] } });
    await call(server, 'POST', '/v2/bot/message/reply', { body: { replyToken, messages: [text('5')] } });
    expect(server.messagesTo(uid(1))).toEqual([text('1'), text('2'), text('3'), text('4')]);
    expect(server.messagesTo(uid(2))).toEqual([text('2'), text('3'), text('4')]);
    expect(server.messagesTo(uid(3))).toEqual([text('4')]);
    expect(server.messagesTo(gid(2))).toEqual([text('5')]);
    expect(server.deliveries.map((d) => [d.kind, d.recipients])).toEqual([
      ['push', [uid(1)]],
      ['multicast', [uid(1), uid(2)]],
      ['broadcast', [uid(1), uid(2), uid(3)]],
      ['reply', [gid(2)]],
    ]);
    // Reply is free; a push to a group counts its members.
    expect((await call(server, 'GET', '/v2/bot/message/quota/consumption')).body).toEqual({ totalUsage: 6 });
    await call(server, 'POST', '/v2/bot/message/push', { body: { to: gid(2), messages: [text('6')] } });
    expect((await call(server, 'GET', '/v2/bot/message/quota/consumption')).body).toEqual({ totalUsage: 8 });
    expect((await call(server, 'GET', '/v2/bot/message/quota')).body).toEqual({ type: 'none' });
  });

  it('counts deliveries per kind and date (UTC+9)', async () => {
    await call(server, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text('1')] } });
    await call(server, 'POST', '/v2/bot/message/multicast', { body: { to: [uid(1), uid(2)], messages: [text('2')] } });
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10).replace(/-/g, '');
    expect((await call(server, 'GET', `/v2/bot/message/delivery/push?date=${today}`)).body).toEqual({ status: 'ready', success: 1 });
    expect((await call(server, 'GET', `/v2/bot/message/delivery/multicast?date=${today}`)).body).toEqual({
      status: 'ready',
      success: 2,
    });
    expect((await call(server, 'GET', '/v2/bot/message/delivery/broadcast?date=20200101')).body).toEqual({
      status: 'ready',
      success: 0,
    });
    expect((await call(server, 'GET', '/v2/bot/message/delivery/reply?date=29991231')).body).toEqual({ status: 'unready' });
    expect((await call(server, 'GET', '/v2/bot/message/delivery/reply')).status).toBe(400);
    expect((await call(server, 'GET', `/v2/bot/insight/message/delivery?date=${today}`)).body).toMatchObject({
      status: 'ready',
      apiPush: 1,
      apiMulticast: 2,
    });
    expect((await call(server, 'GET', `/v2/bot/insight/followers?date=${today}`)).body).toEqual({
      status: 'ready',
      followers: 3,
      targetedReaches: 3,
      blocks: 0,
    });
    expect((await call(server, 'GET', '/v2/bot/insight/demographic')).body).toEqual({ available: false });
  });

  it('delivers a 100,000-recipient multicast sent as 200 chunks', async () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => `U${String(i).padStart(32, '0')}`);
    const chunks = Array.from({ length: 200 }, (_, i) => ids.slice(i * 500, (i + 1) * 500));
    const statuses: number[] = [];
    for (let i = 0; i < chunks.length; i += 20) {
      const batch = chunks.slice(i, i + 20);
      const results = await Promise.all(
        batch.map((to) => call(server, 'POST', '/v2/bot/message/multicast', { body: { to, messages: [text('sale')] } })),
      );
      statuses.push(...results.map((r) => r.status));
    }
    expect(statuses.every((s) => s === 200)).toBe(true);
    expect(server.messagesTo(ids[0])).toEqual([text('sale')]);
    expect(server.messagesTo(ids[99_999])).toEqual([text('sale')]);
    expect((await call(server, 'GET', '/v2/bot/message/quota/consumption')).body).toEqual({ totalUsage: 100_000 });
  });
});

describe('narrowcast', () => {
  it('answers 202 {} and moves waiting → sending → succeeded on successive polls', async () => {
    const res = await call(server, 'POST', '/v2/bot/message/narrowcast', { body: { messages: [text('n')] } });
    expect(res.status).toBe(202);
    expect(res.body).toEqual({});
    const requestId = res.headers.get('x-line-request-id');
    const poll = () => call(server, 'GET', `/v2/bot/message/progress/narrowcast?requestId=${requestId}`);
    expect((await poll()).body).toMatchObject({ phase: 'waiting', acceptedTime: expect.any(String) });
    expect((await poll()).body).toMatchObject({ phase: 'sending', targetCount: 3 });
    expect((await poll()).body).toMatchObject({ phase: 'succeeded', successCount: 3, failureCount: 0, targetCount: 3 });
    expect((await poll()).body).toMatchObject({ phase: 'succeeded' });
    expect((await call(server, 'GET', '/v2/bot/message/progress/narrowcast?requestId=unknown')).status).toBe(404);
    expect((await call(server, 'GET', '/v2/bot/message/progress/narrowcast')).status).toBe(400);
  });

  it('moves phases by time with narrowcastPhaseMs, and targets an audience', async () => {
    const timed = await createDummyLineServer({
      narrowcastPhaseMs: 50,
      audienceGroups: [{ audienceGroupId: 42, description: 'vip', audienceIds: [uid(7), uid(8)] }],
    });
    try {
      const res = await call(timed, 'POST', '/v2/bot/message/narrowcast', {
        body: { messages: [text('vip')], recipient: { type: 'audience', audienceGroupId: 42 } },
      });
      const poll = () =>
        call<{ phase: string }>(timed, 'GET', `/v2/bot/message/progress/narrowcast?requestId=${res.headers.get('x-line-request-id')}`);
      expect((await poll()).body.phase).toBe('waiting');
      expect((await poll()).body.phase).toBe('waiting');
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect((await poll()).body).toMatchObject({ phase: 'succeeded', targetCount: 2 });
      expect(timed.messagesTo(uid(7))).toEqual([text('vip')]);
      expect(timed.messagesTo(uid(1))).toEqual([]);
    } finally {
      await timed.close();
    }
  });
});

describe('audience groups', () => {
  it('creates, adds to, renames, gets and deletes an upload audience', async () => {
    const created = await call<{ audienceGroupId: number }>(server, 'POST', '/v2/bot/audienceGroup/upload', {
      body: { description: 'first', isIfaAudience: false, audiences: [{ id: uid(1) }, { id: uid(2) }], uploadDescription: 'batch 1' },
    });
    expect(created.status).toBe(202);
    expect(created.body).toMatchObject({ type: 'UPLOAD', description: 'first', createRoute: 'MESSAGING_API', permission: 'READ_WRITE' });
    const id = created.body.audienceGroupId;
    const added = await call(server, 'PUT', '/v2/bot/audienceGroup/upload', { body: { audienceGroupId: id, audiences: [{ id: uid(3) }] } });
    expect(added.status).toBe(202);
    expect((await call(server, 'PUT', `/v2/bot/audienceGroup/${id}/updateDescription`, { body: { description: 'renamed' } })).status).toBe(
      200,
    );
    const got = await call(server, 'GET', `/v2/bot/audienceGroup/${id}`);
    expect(got.body).toMatchObject({
      audienceGroup: { audienceGroupId: id, description: 'renamed', audienceCount: 3, status: 'READY' },
      jobs: [{ audienceCount: 2, description: 'batch 1', type: 'DIFF_ADD' }, { audienceCount: 1 }],
    });
    expect((await call(server, 'DELETE', `/v2/bot/audienceGroup/${id}`)).status).toBe(200);
    const gone = await call(server, 'GET', `/v2/bot/audienceGroup/${id}`);
    expect(gone.status).toBe(400);
    expect(gone.body).toEqual({ message: 'audience group not found', details: [{ message: 'AUDIENCE_GROUP_NOT_FOUND' }] });
  });

  it('creates click and imp audiences, and rejects too-long descriptions', async () => {
    const click = await call(server, 'POST', '/v2/bot/audienceGroup/click', {
      body: { description: 'clicked', requestId: 'req-1', clickUrl: 'https://example.com/' },
    });
    expect(click.body).toMatchObject({ type: 'CLICK', requestId: 'req-1', clickUrl: 'https://example.com/' });
    const imp = await call(server, 'POST', '/v2/bot/audienceGroup/imp', { body: { description: 'seen', requestId: 'req-1' } });
    expect(imp.body).toMatchObject({ type: 'IMP', requestId: 'req-1' });
    const long = await call(server, 'POST', '/v2/bot/audienceGroup/imp', { body: { description: 'x'.repeat(121), requestId: 'r' } });
    expect(long.body).toMatchObject({ details: [{ message: 'Length must be between 0 and 120', property: 'description' }] });
  });

  it('pages the list with page/size and filters by description', async () => {
    for (let i = 0; i < 45; i++) {
      await call(server, 'POST', '/v2/bot/audienceGroup/upload', { body: { description: `aud ${i}`, audiences: [] } });
    }
    type Page = { audienceGroups: { description: string }[]; hasNextPage: boolean; totalCount: number; page: number; size: number };
    const first = await call<Page>(server, 'GET', '/v2/bot/audienceGroup/list?page=1');
    expect(first.body).toMatchObject({ hasNextPage: true, totalCount: 45, readWriteAudienceGroupTotalCount: 45, page: 1, size: 20 });
    expect(first.body.audienceGroups).toHaveLength(20);
    const last = await call<Page>(server, 'GET', '/v2/bot/audienceGroup/list?page=3&size=20');
    expect(last.body.audienceGroups.map((g) => g.description)).toEqual(['aud 40', 'aud 41', 'aud 42', 'aud 43', 'aud 44']);
    expect(last.body.hasNextPage).toBe(false);
    const filtered = await call<Page>(server, 'GET', '/v2/bot/audienceGroup/list?page=1&description=AUD%204');
    expect(filtered.body.totalCount).toBe(6);
    expect((await call(server, 'GET', '/v2/bot/audienceGroup/list?page=0')).status).toBe(400);
    expect((await call(server, 'GET', '/v2/bot/audienceGroup/list?page=1&size=41')).status).toBe(400);
  });

  it('creates an audience from a file on the data host', async () => {
    const form = new FormData();
    form.append('description', 'from file');
    form.append('file', new Blob([`${uid(1)}\n${uid(2)}\n${uid(3)}\n`], { type: 'text/plain' }), 'ids.txt');
    const res = await fetch(`${server.dataOrigin}/v2/bot/audienceGroup/upload/byFile`, {
      method: 'POST',
      headers: { authorization: `Bearer ${server.accessToken}` },
      body: form,
    });
    expect(res.status).toBe(202);
    const { audienceGroupId } = (await res.json()) as { audienceGroupId: number };
    const got = await call(server, 'GET', `/v2/bot/audienceGroup/${audienceGroupId}`);
    expect(got.body).toMatchObject({ audienceGroup: { description: 'from file', audienceCount: 3 } });
  });

  it('reads and changes the legacy authority level', async () => {
    expect((await call(server, 'GET', '/v2/bot/audienceGroup/authorityLevel')).body).toEqual({ authorityLevel: 'PUBLIC' });
    expect((await call(server, 'PUT', '/v2/bot/audienceGroup/authorityLevel', { body: { authorityLevel: 'PRIVATE' } })).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/audienceGroup/authorityLevel')).body).toEqual({ authorityLevel: 'PRIVATE' });
    expect((await call(server, 'PUT', '/v2/bot/audienceGroup/authorityLevel', { body: { authorityLevel: 'x' } })).status).toBe(400);
  });
});

describe('LIFF apps', () => {
  it('answers 404 when there are none, then creates, updates and deletes', async () => {
    expect((await call(server, 'GET', '/liff/v1/apps')).status).toBe(404);
    const created = await call<{ liffId: string }>(server, 'POST', '/liff/v1/apps', {
      body: { view: { type: 'full', url: 'https://example.com' }, description: 'app' },
    });
    const { liffId } = created.body;
    expect(liffId).toMatch(/^\d+-\w{8}$/);
    expect((await call(server, 'PUT', `/liff/v1/apps/${liffId}`, { body: { view: { type: 'tall' } } })).status).toBe(200);
    expect((await call(server, 'PUT', `/liff/v1/apps/${liffId}/view`, { body: { type: 'compact', url: 'https://example.org' } })).status).toBe(
      200,
    );
    expect((await call(server, 'GET', '/liff/v1/apps')).body).toEqual({
      apps: [{ liffId, view: { type: 'compact', url: 'https://example.org' }, description: 'app' }],
    });
    expect((await call(server, 'DELETE', `/liff/v1/apps/${liffId}`)).status).toBe(200);
    expect((await call(server, 'DELETE', `/liff/v1/apps/${liffId}`)).status).toBe(404);
    const bad = await call(server, 'POST', '/liff/v1/apps', { body: { view: { type: 'huge', url: 'http://x' } } });
    expect(bad.status).toBe(400);
  });
});

describe('bot, webhook and account link', () => {
  it('answers bot info, webhook settings and link tokens', async () => {
    expect((await call(server, 'GET', '/v2/bot/info')).body).toMatchObject({ chatMode: 'bot', markAsReadMode: 'auto' });
    expect((await call(server, 'GET', '/v2/bot/channel/webhook/endpoint')).body).toEqual({ endpoint: '', active: false });
    expect((await call(server, 'POST', '/v2/bot/channel/webhook/test')).status).toBe(400);
    const put = await call(server, 'PUT', '/v2/bot/channel/webhook/endpoint', { body: { endpoint: 'https://example.com/hook' } });
    expect(put.status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/channel/webhook/endpoint')).body).toEqual({
      endpoint: 'https://example.com/hook',
      active: false,
    });
    expect((await call(server, 'POST', '/v2/bot/channel/webhook/test')).body).toMatchObject({ success: true, statusCode: 200 });
    expect((await call(server, 'PUT', '/v2/bot/channel/webhook/endpoint', { body: { endpoint: 'http://x' } })).status).toBe(400);
    const link = await call<{ linkToken: string }>(server, 'POST', `/v2/bot/user/${uid(1)}/linkToken`);
    expect(link.body.linkToken).toMatch(/^\w{32}$/);
  });
});

describe('recording', () => {
  it('records method, host, path, query, headers and parsed body', async () => {
    await call(server, 'GET', '/v2/bot/message/delivery/push?date=20240101');
    await call(server, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text('hi')] } });
    expect(server.requests).toMatchObject([
      { method: 'GET', host: 'api', path: '/v2/bot/message/delivery/push', query: { date: '20240101' }, status: 200 },
      { method: 'POST', host: 'api', body: { to: uid(1), messages: [text('hi')] }, status: 200, dropped: false },
    ]);
    expect(server.requests[1].headers.authorization).toBe(`Bearer ${server.accessToken}`);
  });

  it('keeps at most maxRecordedRequests, or none with recordRequests: false', async () => {
    const capped = await createDummyLineServer({ maxRecordedRequests: 3 });
    const off = await createDummyLineServer({ recordRequests: false, recordDeliveries: false });
    try {
      for (let i = 0; i < 10; i++) await call(capped, 'GET', `/v2/bot/info?i=${i}`);
      expect(capped.requests.map((r) => r.query.i)).toEqual(['7', '8', '9']);
      await call(off, 'POST', '/v2/bot/message/push', { body: { to: uid(1), messages: [text('hi')] } });
      expect(off.requests).toEqual([]);
      expect(off.messagesTo(uid(1))).toEqual([]);
      expect((await call(off, 'GET', '/v2/bot/message/quota/consumption')).body).toEqual({ totalUsage: 1 });
    } finally {
      await Promise.all([capped.close(), off.close()]);
    }
  });
});
