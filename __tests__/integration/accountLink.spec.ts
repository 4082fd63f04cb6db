/**
 * Integration: link tokens. Against the dummy LINE platform over real HTTP.
 */
import type { LineClient } from '../../src';
import { ALICE, useDummyServer } from './helpers';

let client: LineClient;
useDummyServer((_s, c) => (client = c));

describe('account link', () => {
  it('getLinkToken resolves the token string; the legacy issueLinkToken resolves { linkToken }', async () => {
    const token = await client.getLinkToken(ALICE);
    expect(typeof token).toBe('string');
    expect(token.length).toBeGreaterThan(0);
    const warn = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const legacy = await client.issueLinkToken(ALICE);
      expect(legacy.linkToken).toMatch(/\S/);
      expect(legacy.linkToken).not.toBe(token);
    } finally {
      warn.mockRestore();
    }
  });
});
