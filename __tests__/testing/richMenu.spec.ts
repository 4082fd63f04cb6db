// The dummy LINE platform, richMenu domain: what it answers over HTTP, checked with raw requests.
import type { DummyLineServer } from '../../src/testing';
import { call, createSeededServer, MENU, uid } from './helpers';

let server: DummyLineServer;

beforeAll(async () => (server = await createSeededServer()));
afterEach(() => server.reset());
afterAll(() => server.close());

describe('rich menu aliases, bulk link and batch', () => {
  async function menu(): Promise<string> {
    return (await call<{ richMenuId: string }>(server, 'POST', '/v2/bot/richmenu', { body: MENU })).body.richMenuId;
  }
  test('aliases: create, get, list, update, delete', async () => {
    const [a, b] = [await menu(), await menu()];
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'alias-a', richMenuId: a } })).status).toBe(200);
    const dup = await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'alias-a', richMenuId: a } });
    expect([dup.status, dup.body]).toEqual([400, { message: 'conflict richmenu alias id' }]);
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'Bad!', richMenuId: a } })).status).toBe(400);
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias', { body: { richMenuAliasId: 'x', richMenuId: 'richmenu-none' } })).status).toBe(400);
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/alias-a')).body).toEqual({ richMenuAliasId: 'alias-a', richMenuId: a });
    expect((await call(server, 'POST', '/v2/bot/richmenu/alias/alias-a', { body: { richMenuId: b } })).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/list')).body).toEqual({ aliases: [{ richMenuAliasId: 'alias-a', richMenuId: b }] });
    expect((await call(server, 'DELETE', '/v2/bot/richmenu/alias/alias-a')).status).toBe(200);
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/alias-a')).status).toBe(404);
    expect((await call(server, 'DELETE', '/v2/bot/richmenu/alias/alias-a')).status).toBe(400);
  });

  test('bulk link and unlink answer 202 and change the links', async () => {
    const a = await menu();
    const link = await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: a, userIds: [uid(1), uid(2)] } });
    expect(link.status).toBe(202);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(2)}/richmenu`)).body).toEqual({ richMenuId: a });
    expect((await call(server, 'POST', '/v2/bot/richmenu/bulk/unlink', { body: { userIds: [uid(2)] } })).status).toBe(202);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(2)}/richmenu`)).status).toBe(404);
    const tooMany = await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: a, userIds: Array.from({ length: 501 }, (_, i) => uid(i)) } });
    expect(tooMany.status).toBe(400);
    expect((await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: 'richmenu-none', userIds: [uid(1)] } })).status).toBe(400);
  });

  test('batch replaces links; validate and progress', async () => {
    const [a, b] = [await menu(), await menu()];
    await call(server, 'POST', '/v2/bot/richmenu/bulk/link', { body: { richMenuId: a, userIds: [uid(1), uid(2)] } });
    const ops = { operations: [{ type: 'link', from: a, to: b }] };
    expect((await call(server, 'POST', '/v2/bot/richmenu/validate/batch', { body: ops })).status).toBe(200);
    const bad = await call(server, 'POST', '/v2/bot/richmenu/validate/batch', { body: { operations: [{ type: 'link', from: a, to: 'richmenu-none' }, { type: 'x' }] } });
    expect(bad.status).toBe(400);
    expect((bad.body as { details: unknown[] }).details).toHaveLength(2);
    const batch = await call(server, 'POST', '/v2/bot/richmenu/batch', { body: ops });
    expect(batch.status).toBe(202);
    expect((await call(server, 'GET', `/v2/bot/user/${uid(1)}/richmenu`)).body).toEqual({ richMenuId: b });
    const requestId = batch.headers.get('x-line-request-id') ?? '';
    const progress = await call(server, 'GET', `/v2/bot/richmenu/progress/batch?requestId=${requestId}`);
    expect(progress.body).toEqual({ phase: 'succeeded', acceptedTime: expect.any(String), completedTime: expect.any(String) });
    expect((await call(server, 'GET', '/v2/bot/richmenu/progress/batch?requestId=nope')).status).toBe(404);
    await call(server, 'POST', '/v2/bot/richmenu/batch', { body: { operations: [{ type: 'unlinkAll' }] } });
    expect((await call(server, 'GET', `/v2/bot/user/${uid(2)}/richmenu`)).status).toBe(404);
  });
});

describe('bearer token', () => {
  test('rich menu alias and coupon endpoints need a bearer token', async () => {
    expect((await call(server, 'GET', '/v2/bot/richmenu/alias/list', { token: null })).status).toBe(401);
    expect((await call(server, 'GET', '/v2/bot/coupon', { token: 'nope' })).status).toBe(401);
  });
});
