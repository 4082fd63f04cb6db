/**
 * Integration: LIFF apps. Against the dummy LINE platform over real HTTP.
 */
import type { LineClient } from '../../src';
import type { DummyLineServer } from '../../src/testing';
import { useDummyServer } from './helpers';

let client: LineClient;
let server: DummyLineServer;
useDummyServer((s, c) => {
  server = s;
  client = c;
});

describe('LIFF', () => {
  it('create, list, update, delete; the list of none (LINE answers 404) resolves []', async () => {
    await expect(client.getLiffAppList()).resolves.toEqual([]);
    expect(server.requests.at(-1)).toMatchObject({ path: '/liff/v1/apps', status: 404 });
    const { liffId } = await client.createLiffApp({ view: { type: 'full', url: 'https://example.com/liff' }, description: 'shop' });
    expect(await client.getLiffAppList()).toEqual([{ liffId, view: { type: 'full', url: 'https://example.com/liff' }, description: 'shop' }]);
    await client.updateLiffApp(liffId, { view: { type: 'tall', url: 'https://example.com/liff2' } });
    expect((await client.getLiffAppList())[0].view).toEqual({ type: 'tall', url: 'https://example.com/liff2' });
    await client.deleteLiffApp(liffId);
    await expect(client.getLiffAppList()).resolves.toEqual([]);
    await expect(client.deleteLiffApp(liffId)).rejects.toMatchObject({ status: 404 });
  });
});
