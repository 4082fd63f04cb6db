/**
 * The richMenu domain (rich menus, images, default menu, per-user links, aliases, bulk link and batch): every
 * LineClient method on the wire (host, method, path, query, headers, body) and its shaped result, plus the argument
 * checks that send nothing.
 */
import { LineValidationError } from '../../src';
import type { LineTypes } from '../../src';
import { expectedHeaders, intercept, makeClient } from '../support/interceptAt';
import { describeRows, describeWire, type OperationRow, type WireCase } from '../support/wire';

const richMenu: LineTypes.RichMenu = {
  size: { width: 2500, height: 1686 },
  selected: false,
  name: 'Nice richmenu',
  chatBarText: 'Tap here',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'postback', data: 'action=buy&itemid=123' } }],
};
const RICH_MENU: LineTypes.RichMenu = {
  size: { width: 2500, height: 1686 },
  selected: false,
  name: 'menu',
  chatBarText: 'Tap',
  areas: [{ bounds: { x: 0, y: 0, width: 2500, height: 1686 }, action: { type: 'postback', data: 'a=1' } }],
};
const cases: WireCase[] = [

  // Rich menu
  { name: 'getRichMenuList', call: (c) => c.getRichMenuList(), method: 'GET', path: '/v2/bot/richmenu/list', reply: { body: { richmenus: [{ richMenuId: 'rm1', ...richMenu }] } }, result: [{ richMenuId: 'rm1', ...richMenu }] },
  { name: 'getRichMenu', call: (c) => c.getRichMenu('rm1'), method: 'GET', path: '/v2/bot/richmenu/rm1', reply: { body: { richMenuId: 'rm1', ...richMenu } }, result: { richMenuId: 'rm1', ...richMenu } },
  { name: 'getRichMenu 404 → null', call: (c) => c.getRichMenu('rm0'), method: 'GET', path: '/v2/bot/richmenu/rm0', reply: { status: 404, body: { message: 'Not found' } }, result: null },
  { name: 'createRichMenu', call: (c) => c.createRichMenu(richMenu), method: 'POST', path: '/v2/bot/richmenu', body: richMenu, reply: { body: { richMenuId: 'rm1' } }, result: { richMenuId: 'rm1' } },
  { name: 'deleteRichMenu', call: (c) => c.deleteRichMenu('rm1'), method: 'DELETE', path: '/v2/bot/richmenu/rm1', result: {} },
  { name: 'getLinkedRichMenu', call: (c) => c.getLinkedRichMenu('U1'), method: 'GET', path: '/v2/bot/user/U1/richmenu', reply: { body: { richMenuId: 'rm1' } }, result: { richMenuId: 'rm1' } },
  { name: 'getLinkedRichMenu 404 → null', call: (c) => c.getLinkedRichMenu('U1'), method: 'GET', path: '/v2/bot/user/U1/richmenu', reply: { status: 404, body: { message: 'Not found' } }, result: null },
  { name: 'linkRichMenu', call: (c) => c.linkRichMenu('U1', 'rm1'), method: 'POST', path: '/v2/bot/user/U1/richmenu/rm1', result: {} },
  { name: 'unlinkRichMenu', call: (c) => c.unlinkRichMenu('U1'), method: 'DELETE', path: '/v2/bot/user/U1/richmenu', result: {} },
  { name: 'getDefaultRichMenu', call: (c) => c.getDefaultRichMenu(), method: 'GET', path: '/v2/bot/user/all/richmenu', reply: { body: { richMenuId: 'rm1' } }, result: { richMenuId: 'rm1' } },
  { name: 'getDefaultRichMenu 404 → null', call: (c) => c.getDefaultRichMenu(), method: 'GET', path: '/v2/bot/user/all/richmenu', reply: { status: 404, body: { message: 'no default' } }, result: null },
  { name: 'setDefaultRichMenu', call: (c) => c.setDefaultRichMenu('rm1'), method: 'POST', path: '/v2/bot/user/all/richmenu/rm1', result: {} },
  { name: 'deleteDefaultRichMenu', call: (c) => c.deleteDefaultRichMenu(), method: 'DELETE', path: '/v2/bot/user/all/richmenu', result: {} },
  { name: 'downloadRichMenuImage', call: (c) => c.downloadRichMenuImage('rm1'), method: 'GET', host: 'data', path: '/v2/bot/richmenu/rm1/content', reply: { body: Buffer.from([0x89, 0x50]) }, result: Buffer.from([0x89, 0x50]) },
  { name: 'downloadRichMenuImage 404 → undefined', call: (c) => c.downloadRichMenuImage('rm0'), method: 'GET', host: 'data', path: '/v2/bot/richmenu/rm0/content', reply: { status: 404, body: { message: 'Not found' } }, result: undefined },
];

describeWire('richMenu on the wire', cases);

const rows: OperationRow[] = [
  {
    name: 'validateRichMenu',
    call: (c) => c.validateRichMenu(RICH_MENU),
    method: 'POST',
    path: '/v2/bot/richmenu/validate',
    body: RICH_MENU,
    reply: '',
    result: {},
  },
  {
    name: 'createRichMenuAlias',
    call: (c) => c.createRichMenuAlias('richmenu-alias-a', 'richmenu-1'),
    method: 'POST',
    path: '/v2/bot/richmenu/alias',
    body: { richMenuAliasId: 'richmenu-alias-a', richMenuId: 'richmenu-1' },
    reply: {},
    result: {},
  },
  {
    name: 'getRichMenuAlias',
    call: (c) => c.getRichMenuAlias('richmenu-alias-a'),
    method: 'GET',
    path: '/v2/bot/richmenu/alias/richmenu-alias-a',
    reply: { richMenuAliasId: 'richmenu-alias-a', richMenuId: 'richmenu-1' },
    result: { richMenuAliasId: 'richmenu-alias-a', richMenuId: 'richmenu-1' },
  },
  {
    name: 'updateRichMenuAlias',
    call: (c) => c.updateRichMenuAlias('richmenu-alias-a', 'richmenu-2'),
    method: 'POST',
    path: '/v2/bot/richmenu/alias/richmenu-alias-a',
    body: { richMenuId: 'richmenu-2' },
    reply: {},
    result: {},
  },
  {
    name: 'deleteRichMenuAlias',
    call: (c) => c.deleteRichMenuAlias('richmenu-alias-a'),
    method: 'DELETE',
    path: '/v2/bot/richmenu/alias/richmenu-alias-a',
    reply: {},
    result: {},
  },
  {
    name: 'getRichMenuAliasList',
    call: (c) => c.getRichMenuAliasList(),
    method: 'GET',
    path: '/v2/bot/richmenu/alias/list',
    reply: { aliases: [{ richMenuAliasId: 'a', richMenuId: 'r' }] },
    result: { aliases: [{ richMenuAliasId: 'a', richMenuId: 'r' }] },
  },
  {
    name: 'validateRichMenuBatch',
    call: (c) => c.validateRichMenuBatch([{ type: 'unlinkAll' }], { resumeRequestKey: 'key_1' }),
    method: 'POST',
    path: '/v2/bot/richmenu/validate/batch',
    body: { operations: [{ type: 'unlinkAll' }], resumeRequestKey: 'key_1' },
    reply: '',
    result: {},
  },
  {
    name: 'getRichMenuBatchProgress',
    call: (c) => c.getRichMenuBatchProgress('req-9'),
    method: 'GET',
    path: '/v2/bot/richmenu/progress/batch',
    query: { requestId: 'req-9' },
    reply: { phase: 'ongoing', acceptedTime: '2023-07-04T10:15:30.121Z' },
    result: { phase: 'ongoing', acceptedTime: '2023-07-04T10:15:30.121Z' },
  },
];

describeRows('richMenu: exact wire and shaped result', rows);

describe('rich menu bulk link and batch', () => {
  const users = Array.from({ length: 1201 }, (_, i) => `U${i}`);
  test('linkRichMenuToUsers sends chunks of 500 in order', async () => {
    const captured = [0, 1, 2].map(() => intercept('POST', 'api', '/v2/bot/richmenu/bulk/link', { status: 202, body: {} }));
    await expect(makeClient().linkRichMenuToUsers(users, 'richmenu-1')).resolves.toEqual({});
    expect(captured.map((c) => (c[0].body as { userIds: string[] }).userIds.length)).toEqual([500, 500, 201]);
    expect(captured[0][0].body).toEqual({ richMenuId: 'richmenu-1', userIds: users.slice(0, 500) });
    expect(captured[2][0].body).toEqual({ richMenuId: 'richmenu-1', userIds: users.slice(1000) });
    expect(captured[0][0].headers).toEqual(expectedHeaders());
  });

  test('unlinkRichMenuFromUsers sends chunks of 500', async () => {
    const captured = [0, 1, 2].map(() => intercept('POST', 'api', '/v2/bot/richmenu/bulk/unlink', { status: 202, body: {} }));
    await makeClient().unlinkRichMenuFromUsers(users);
    expect(captured.map((c) => c[0].body)).toEqual([{ userIds: users.slice(0, 500) }, { userIds: users.slice(500, 1000) }, { userIds: users.slice(1000) }]);
  });

  test('validates every user ID before the first request', async () => {
    const bad = [...users.slice(0, 700), ''];
    await expect(makeClient().linkRichMenuToUsers(bad, 'richmenu-1')).rejects.toThrow(/userIds\[700\]/);
    await expect(makeClient().unlinkRichMenuFromUsers([])).rejects.toBeInstanceOf(LineValidationError);
  });

  test('richMenuBatch returns the request id of the batch', async () => {
    const captured = intercept('POST', 'api', '/v2/bot/richmenu/batch', { status: 202, body: '', headers: { 'x-line-request-id': 'batch-1' } });
    const ops: LineTypes.RichMenuBatchOperation[] = [
      { type: 'link', from: 'richmenu-1', to: 'richmenu-2' },
      { type: 'unlink', from: 'richmenu-3' },
    ];
    await expect(makeClient().richMenuBatch(ops, { resumeRequestKey: 'r-1' })).resolves.toEqual({ requestId: 'batch-1' });
    expect(captured[0].body).toEqual({ operations: ops, resumeRequestKey: 'r-1' });
    expect(captured[0].headers).toEqual(expectedHeaders());
  });

  test('richMenuBatch validates operations and key', async () => {
    const c = makeClient();
    await expect(c.richMenuBatch([])).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.richMenuBatch(Array.from({ length: 1001 }, () => ({ type: 'unlinkAll' as const })))).rejects.toThrow(/1 to 1000/);
    await expect(c.richMenuBatch([{ type: 'unlinkAll' }], { resumeRequestKey: 'bad key' })).rejects.toBeInstanceOf(LineValidationError);
    await expect(c.validateRichMenuBatch([{ type: 'relink' } as unknown as LineTypes.RichMenuBatchOperation])).rejects.toThrow(/operations\[0\]\.type/);
  });

  test('createRichMenuAlias checks the alias pattern', async () => {
    await expect(makeClient().createRichMenuAlias('Upper', 'richmenu-1')).rejects.toBeInstanceOf(LineValidationError);
  });
});
