/**
 * Untrusted ids cannot reach another endpoint: an id equal to a literal segment LINE has at that position
 * (`/v2/bot/user/all/richmenu` is the default rich menu of every user) and `.` / `..` are rejected before anything is
 * sent, on every sender; the table of such literals matches spec/line-openapi.
 */
import fs from 'node:fs';
import nodePath from 'node:path';

import { LineValidationError } from '../../src';
import { LITERAL_SIBLINGS } from '../../src/http/segments';
import { path } from '../../src/http/transport';

import { clientOn, loopback, SENDERS } from './loopback';

/** Every path template of LINE's OpenAPI specs. */
function specTemplates(): string[] {
  const dir = nodePath.join(__dirname, '../../spec/line-openapi');
  const out = new Set<string>();
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.yml'))) {
    for (const line of fs.readFileSync(nodePath.join(dir, file), 'utf8').split('\n')) {
      const m = /^ {2}['"]?(\/[^'":]*)['"]?:\s*$/.exec(line);
      if (m) out.add(m[1]);
    }
  }
  return [...out];
}

describe('path parameters that would change the endpoint', () => {
  it('the table of literal siblings is the one spec/line-openapi gives', () => {
    const templates = specTemplates().map((t) => t.split('/').slice(1));
    expect(templates.length).toBeGreaterThan(50);
    const derived: Record<string, Set<string>> = {};
    for (const t of templates) {
      t.forEach((seg, i) => {
        if (!seg.startsWith('{')) return;
        const prefix = t.slice(0, i);
        for (const other of templates) {
          if (other.length > i && !other[i].startsWith('{') && other.slice(0, i).join('/') === prefix.join('/')) {
            const key = `/${prefix.map((s) => (s.startsWith('{') ? '{}' : s)).join('/')}/`;
            (derived[key] ??= new Set()).add(other[i]);
          }
        }
      });
    }
    const asLists = Object.fromEntries(Object.entries(derived).map(([k, v]) => [k, [...v].sort()]));
    expect(Object.fromEntries(Object.entries(LITERAL_SIBLINGS).map(([k, v]) => [k, [...v].sort()]))).toEqual(asLists);
  });

  it('path() names the argument and keeps ordinary ids', () => {
    expect(() => path('/v2/bot/user/{userId}/richmenu', { userId: 'all' })).toThrow(/`userId`: `all` is not an id/);
    expect(() => path('/v2/bot/richmenu/{richMenuId}', { richMenuId: 'list' })).toThrow(LineValidationError);
    expect(() => path('/v2/bot/richmenu/alias/{richMenuAliasId}', { richMenuAliasId: 'list' })).toThrow(/richMenuAliasId/);
    expect(() => path('/v2/bot/message/{messageId}/content', { messageId: 'push' })).toThrow(/messageId/);
    expect(() => path('/v2/bot/audienceGroup/{audienceGroupId}', { audienceGroupId: 'upload' })).toThrow(/audienceGroupId/);
    expect(() => path('/liff/v1/apps/{liffId}', { liffId: '..' })).toThrow(/`liffId`: `..` is not an id/);
    expect(() => path('/v2/bot/profile/{userId}', { userId: '.' })).toThrow(LineValidationError);
    // Position matters: `all` is an ordinary rich menu id after /v2/bot/user/{userId}/richmenu/.
    expect(path('/v2/bot/user/{userId}/richmenu/{richMenuId}', { userId: 'U1', richMenuId: 'all' })).toBe('/v2/bot/user/U1/richmenu/all');
    expect(path('/v2/bot/user/{userId}/richmenu', { userId: 'All' })).toBe('/v2/bot/user/All/richmenu');
    expect(path('/v2/bot/profile/{userId}', { userId: '...' })).toBe('/v2/bot/profile/...');
    expect(path('/v2/bot/profile/{userId}', { userId: 'a/b' })).toBe('/v2/bot/profile/a%2Fb');
  });

  describe.each(SENDERS)('on the %s sender', (sender) => {
    const calls: [string, (c: ReturnType<typeof clientOn>) => Promise<unknown>][] = [
      ["linkRichMenu('all', id)", (c) => c.linkRichMenu('all', 'richmenu-1')],
      ["unlinkRichMenu('all')", (c) => c.unlinkRichMenu('all')],
      ["getLinkedRichMenu('all')", (c) => c.getLinkedRichMenu('all')],
      ["getLinkToken('all')", (c) => c.getLinkToken('all')],
      ["unlinkRichMenu('..')", (c) => c.unlinkRichMenu('..')],
      ["deleteRichMenu('..')", (c) => c.deleteRichMenu('..')],
      ["getRichMenu('list')", (c) => c.getRichMenu('list')],
      ["deleteRichMenuAlias('list')", (c) => c.deleteRichMenuAlias('list')],
      ["getMessageContent('..')", (c) => c.getMessageContent('..')],
      ["getUserProfile('.')", (c) => c.getUserProfile('.')],
      ["deleteAudienceGroup('upload')", (c) => c.deleteAudienceGroup('upload' as unknown as number)],
    ];
    it.each(calls)('%s rejects before sending', async (_name, call) => {
      const server = await loopback();
      try {
        const client = clientOn(sender, server.origin);
        await expect(call(client)).rejects.toBeInstanceOf(LineValidationError);
        expect(server.seen).toEqual([]);
      } finally {
        await server.close();
      }
    });
  });
});
