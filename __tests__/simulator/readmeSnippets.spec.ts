// Every code block of the README's "Testing your bot" section is code a test runs: the TypeScript blocks are pieces
// of readme.spec.ts (which jest runs), the shell blocks are pieces of docs/testing.md (whose commands
// httpControl.spec.ts runs against the standalone server).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');

function section(markdown: string, heading: string): string {
  const start = markdown.indexOf(`\n${heading}\n`);
  if (start < 0) throw new Error(`no section '${heading}'`);
  const next = markdown.indexOf('\n## ', start + heading.length + 2);
  return markdown.slice(start, next < 0 ? undefined : next);
}

function blocks(markdown: string, lang: string): string[] {
  return [...markdown.matchAll(new RegExp('```' + lang + '\\n([\\s\\S]*?)```', 'g'))].map((m) => m[1]);
}

const testing = section(read('README.md'), '## Testing your bot');

it('shows the conversation style first', () => {
  const first = blocks(testing, 'ts')[0];
  expect(first).toContain("line.user('Alice')");
  expect(first).toContain('await alice.receive(');
});

it('shows only TypeScript that readme.spec.ts runs, verbatim', () => {
  const spec = read('__tests__/simulator/readme.spec.ts');
  const ts = blocks(testing, 'ts');
  expect(ts.length).toBeGreaterThanOrEqual(3);
  for (const block of ts) expect({ block, inSpec: spec.includes(block) }).toEqual({ block, inSpec: true });
});

it('shows only shell commands that docs/testing.md holds (and its test runs), verbatim', () => {
  const doc = read('docs/testing.md');
  const sh = blocks(testing, 'sh');
  expect(sh.length).toBeGreaterThanOrEqual(2);
  for (const block of sh) expect({ block, inDoc: doc.includes(block) }).toEqual({ block, inDoc: true });
});

it('has no other kind of code block', () => {
  const langs = [...testing.matchAll(/```(\w*)\n[\s\S]*?```/g)].map((m) => m[1]);
  expect(langs.filter((l) => l !== 'ts' && l !== 'sh')).toEqual([]);
});
