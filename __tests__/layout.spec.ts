/**
 * The layout by LINE API domain: each domain module of src/api has its namesakes in the dummy server's routes, the
 * types and the tests, and nothing is named after when it was added.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..');
const names = (dir: string, ext: string): string[] => fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith(ext)).map((f) => f.slice(0, -ext.length)).sort();
const domains = names('src/api', '.ts');
/** Domains whose requests and answers need no type of their own. */
const NO_TYPES: Record<string, string> = { markAsRead: 'its functions take IDs and a token, and resolve MutationSuccessResponse' };

describe('layout by LINE API domain', () => {
  it('finds the domain modules', () => {
    expect(domains.length).toBeGreaterThanOrEqual(15);
  });

  it.each([
    ['src/testing/routes', '.ts'],
    ['src/types', '.ts'],
    ['__tests__/api', '.spec.ts'],
    ['__tests__/integration', '.spec.ts'],
  ])('every domain has its file in %s', (dir, ext) => {
    const have = new Set(names(dir, ext));
    expect(domains.filter((d) => !have.has(d) && !(dir === 'src/types' && d in NO_TYPES))).toEqual([]);
  });

  it('no file or folder is named after when it was added (extended, partner, new, v2, legacy)', () => {
    const found: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (/extended|partner|legacy|(^|[^a-z])new([^a-z]|$)|v\d/i.test(entry.name)) found.push(rel);
        if (entry.isDirectory()) visit(rel);
      }
    };
    for (const dir of ['src', '__tests__', 'scripts', 'testing']) visit(dir);
    expect(found).toEqual([]);
  });
});
