/**
 * Integration: LIFF apps. Against the dummy LINE platform over real HTTP.
 */
import type { LineClient } from '../../src';
import { useDummyServer } from './helpers';

let client: LineClient;
useDummyServer((_s, c) => (client = c));

describe('LIFF', () => {
  it('create, list, update, delete; the list of none answers 404 as LINE does', async () => {
    await expect(client.getLiffAppList()).rejects.toMatchObject({ status: 404 });
    const { liffId } = await client.createLiffApp({ view: { type: 'full', url: 'https://example.com/liff' }, description: 'shop' });
    expect(await client.getLiffAppList()).toEqual([{ liffId, view: { type: 'full', url: 'https://example.com/liff' }, description: 'shop' }]);
    await client.updateLiffApp(liffId, { view: { type: 'tall', url: 'https://example.com/liff2' } });
    expect((await client.getLiffAppList())[0].view).toEqual({ type: 'tall', url: 'https://example.com/liff2' });
    await client.deleteLiffApp(liffId);
    await expect(client.getLiffAppList()).rejects.toMatchObject({ status: 404 });
    await expect(client.deleteLiffApp(liffId)).rejects.toMatchObject({ status: 404 });
  });
});
