/**
 * Integration: rich menus. Create, list, get, link/unlink per user, default menu, image upload (a real PNG) and
 * byte-identical download from the data host, delete; the 1.1.0 rule that some getters resolve null/undefined on 404;
 * validation, aliases, bulk link and unlink, batch control.
 */
import { LineClient, LineValidationError } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { ALICE, BOB, realPng, requestsTo, RICH_MENU, uid, useDummyServer } from './helpers';
import type { LineTypes } from '../../src';

let server: DummyLineServer;
let client: LineClient;
useDummyServer((s, c) => ([server, client] = [s, c]));

describe('rich menus', () => {
  it('create, list, get and delete; an unknown id resolves null from getRichMenu', async () => {
    expect(await client.getRichMenuList()).toEqual([]);
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    expect(richMenuId).toMatch(/^richmenu-[0-9a-f]{32}$/);
    expect(await client.getRichMenuList()).toEqual([{ richMenuId, ...RICH_MENU }]);
    expect(await client.getRichMenu(richMenuId)).toEqual({ richMenuId, ...RICH_MENU });
    await client.deleteRichMenu(richMenuId);
    expect(await client.getRichMenu(richMenuId)).toBeNull();
    expect(await client.getRichMenuList()).toEqual([]);
    await expect(client.deleteRichMenu(richMenuId)).rejects.toMatchObject({ status: 404 });
  });

  it('the server rejects a rich menu LINE would reject (chat bar text over 14 characters), with the property', async () => {
    const bad = { ...RICH_MENU, chatBarText: 'much too long for the chat bar' };
    await expect(client.createRichMenu(bad)).rejects.toMatchObject({ status: 400, details: [{ property: 'chatBarText' }] });
    expect(await client.getRichMenuList()).toEqual([]);
  });

  it('uploads a real PNG to the data host and downloads it byte-identical; undefined before any upload', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    expect(await client.downloadRichMenuImage(richMenuId)).toBeUndefined();
    const png = realPng(2500, 843);
    expect(png.length).toBeLessThan(1024 * 1024);
    await client.uploadRichMenuImage(richMenuId, png);
    const [upload] = requestsTo(server, 'POST', `/v2/bot/richmenu/${richMenuId}/content`);
    expect(upload.host).toBe('data');
    expect(upload.headers['content-type']).toBe('image/png');
    const downloaded = await client.downloadRichMenuImage(richMenuId);
    expect(Buffer.isBuffer(downloaded)).toBe(true);
    expect(downloaded?.equals(png)).toBe(true);
    // A Uint8Array works too; an image is uploaded only once (LINE answers 400 to a second upload)
    const second = await client.createRichMenu(RICH_MENU);
    await client.uploadRichMenuImage(second.richMenuId, new Uint8Array(png));
    expect((await client.downloadRichMenuImage(second.richMenuId))?.equals(png)).toBe(true);
    await expect(client.uploadRichMenuImage(second.richMenuId, png)).rejects.toMatchObject({ status: 400 });
  });

  it('refuses a non-image upload locally, before any request', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    const before = server.requests.length;
    await expect(client.uploadRichMenuImage(richMenuId, Buffer.from('GIF89a not a png'))).rejects.toBeInstanceOf(LineValidationError);
    expect(server.requests.length).toBe(before);
  });

  it('link / get linked / unlink per user; null when none is linked', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    expect(await client.getLinkedRichMenu(ALICE)).toBeNull();
    await client.linkRichMenu(ALICE, richMenuId);
    expect(await client.getLinkedRichMenu(ALICE)).toEqual({ richMenuId });
    expect(await client.getLinkedRichMenu(BOB)).toBeNull();
    await client.unlinkRichMenu(ALICE);
    expect(await client.getLinkedRichMenu(ALICE)).toBeNull();
    await expect(client.linkRichMenu(ALICE, 'richmenu-00000000000000000000000000000000')).rejects.toMatchObject({ status: 404 });
  });

  it('set / get / delete the default rich menu; null when there is none', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    expect(await client.getDefaultRichMenu()).toBeNull();
    await client.setDefaultRichMenu(richMenuId);
    expect(await client.getDefaultRichMenu()).toEqual({ richMenuId });
    await client.deleteDefaultRichMenu();
    expect(await client.getDefaultRichMenu()).toBeNull();
  });
});

describe('rich menu validation', () => {
  it('validateRichMenu resolves for a valid menu, rejects with the property otherwise, and creates nothing', async () => {
    await expect(client.validateRichMenu(RICH_MENU)).resolves.toEqual({});
    await expect(client.validateRichMenu({ ...RICH_MENU, name: '' })).rejects.toMatchObject({ status: 400 });
    expect(await client.getRichMenuList()).toEqual([]);
  });
});

describe('rich menu aliases, bulk links and batch', () => {
  it('alias create / get / list / update / delete', async () => {
    const a = (await client.createRichMenu(RICH_MENU)).richMenuId;
    const b = (await client.createRichMenu({ ...RICH_MENU, name: 'second' })).richMenuId;
    await expect(client.createRichMenuAlias('tab-a', a)).resolves.toEqual({});
    expect(await client.getRichMenuAlias('tab-a')).toEqual({ richMenuAliasId: 'tab-a', richMenuId: a });
    await expect(client.updateRichMenuAlias('tab-a', b)).resolves.toEqual({});
    expect(await client.getRichMenuAliasList()).toEqual({ aliases: [{ richMenuAliasId: 'tab-a', richMenuId: b }] });
    await expect(client.deleteRichMenuAlias('tab-a')).resolves.toEqual({});
    expect(await client.getRichMenuAliasList()).toEqual({ aliases: [] });
    await expect(client.getRichMenuAlias('tab-a')).rejects.toMatchObject({ status: 404 });
    await expect(client.createRichMenuAlias('tab-x', 'richmenu-00000000000000000000000000000000')).rejects.toMatchObject({ status: 400 });
  });

  it('linkRichMenuToUsers / unlinkRichMenuFromUsers change what getLinkedRichMenu answers', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    await client.linkRichMenuToUsers([ALICE, BOB], richMenuId);
    expect(await client.getLinkedRichMenu(ALICE)).toEqual({ richMenuId });
    expect(await client.getLinkedRichMenu(BOB)).toEqual({ richMenuId });
    await client.unlinkRichMenuFromUsers([ALICE]);
    expect(await client.getLinkedRichMenu(ALICE)).toBeNull();
    expect(await client.getLinkedRichMenu(BOB)).toEqual({ richMenuId });
  });

  it('linkRichMenuToUsers / unlinkRichMenuFromUsers send 1,200 users as 3 requests of at most 500 (500, 500, 200)', async () => {
    const { richMenuId } = await client.createRichMenu(RICH_MENU);
    const users = Array.from({ length: 1200 }, (_, i) => uid(10_000 + i));
    const sizes = (path: string) => requestsTo(server, 'POST', path).map((r) => (r.body as { userIds: string[] }).userIds.length);
    await expect(client.linkRichMenuToUsers(users, richMenuId)).resolves.toEqual({});
    expect(sizes('/v2/bot/richmenu/bulk/link')).toEqual([500, 500, 200]);
    expect(requestsTo(server, 'POST', '/v2/bot/richmenu/bulk/link').every((r) => r.status === 202)).toBe(true);
    expect(await client.getLinkedRichMenu(users[0])).toEqual({ richMenuId });
    expect(await client.getLinkedRichMenu(users[1199])).toEqual({ richMenuId });
    await expect(client.unlinkRichMenuFromUsers(users)).resolves.toEqual({});
    expect(sizes('/v2/bot/richmenu/bulk/unlink')).toEqual([500, 500, 200]);
    expect(await client.getLinkedRichMenu(users[0])).toBeNull(); // 404, answered as null (1.1.0 behaviour)
    expect(await client.getLinkedRichMenu(users[1199])).toBeNull();
  });

  it('validateRichMenuBatch, richMenuBatch (relinks users) and getRichMenuBatchProgress', async () => {
    const from = (await client.createRichMenu(RICH_MENU)).richMenuId;
    const to = (await client.createRichMenu({ ...RICH_MENU, name: 'to' })).richMenuId;
    await client.linkRichMenuToUsers([ALICE, BOB], from);
    const operations: LineTypes.RichMenuBatchOperation[] = [{ type: 'link', from, to }];
    await expect(client.validateRichMenuBatch(operations)).resolves.toEqual({});
    await expect(client.validateRichMenuBatch([{ type: 'link', from, to: 'richmenu-00000000000000000000000000000000' }])).rejects.toMatchObject({ status: 400 });
    const { requestId } = await client.richMenuBatch(operations, { resumeRequestKey: 'resume-1' });
    expect(requestId).toMatch(/\S/);
    expect(await client.getLinkedRichMenu(ALICE)).toEqual({ richMenuId: to });
    expect(await client.getLinkedRichMenu(BOB)).toEqual({ richMenuId: to });
    expect(await client.getRichMenuBatchProgress(requestId ?? '')).toMatchObject({ phase: 'succeeded' });
    await expect(client.getRichMenuBatchProgress('unknown')).rejects.toMatchObject({ status: 404 });
  });
});
