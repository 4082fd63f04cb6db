/**
 * The README's Install, Webhooks and Runtimes sections: every TypeScript snippet is an excerpt of an example file
 * (named in the `<!-- example: path -->` comment before it, and run by the example tests), every linked example
 * exists, and every example is linked.
 */
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');

/** The text of a `## ` section, up to the next one. */
function section(title: string): string {
  const start = readme.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`README has no "## ${title}" section`);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end < 0 ? undefined : end);
}

const sections = ['Install', 'Webhooks', 'Runtimes'].map(section).join('\n');
const trimmed = (text: string): string[] => text.split('\n').map((line) => line.trim());

function isExcerpt(snippet: string, file: string): boolean {
  const lines = trimmed(snippet.replace(/\n$/, ''));
  const source = trimmed(fs.readFileSync(path.join(root, file), 'utf8'));
  for (let i = 0; i + lines.length <= source.length; i += 1) {
    if (lines.every((line, j) => source[i + j] === line)) return true;
  }
  return false;
}

describe('README snippets', () => {
  const blocks = [...sections.matchAll(/(?:<!-- example: (\S+) -->\n)?```(ts|typescript|js|javascript)\n([\s\S]*?)```/g)];

  it('the sections have TypeScript snippets', () => {
    expect(blocks.length).toBeGreaterThan(5);
  });

  it.each(blocks.map((b) => [b[1] ?? '(no example comment)', b[3] as string]))('%s holds the snippet', (file, snippet) => {
    expect(file).toMatch(/^examples\//);
    expect(isExcerpt(snippet, file)).toBe(true);
  });

  it('every linked example exists, and every example is linked', () => {
    const linked = new Set([...readme.matchAll(/\]\((examples\/[^)\s]+)\)/g)].map((m) => m[1] as string));
    for (const file of linked) expect(fs.existsSync(path.join(root, file))).toBe(true);
    const files: string[] = [];
    const visit = (dir: string): void => {
      for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
        const rel = `${dir}/${entry.name}`;
        if (entry.isDirectory()) visit(rel);
        else if (rel.endsWith('.ts')) files.push(rel);
      }
    };
    visit('examples');
    expect(files.filter((f) => !linked.has(f))).toEqual([]);
  });

  it('every relative link is an existing file (the typedoc gate renders the README and fails on a folder link)', () => {
    const targets = [...readme.matchAll(/\]\(([^)\s#]+)(?:#[^)\s]*)?\)/g)].map((m) => m[1] as string).filter((t) => !/^[a-z][a-z0-9+.-]*:/i.test(t));
    expect(targets.length).toBeGreaterThan(10);
    const notFiles = targets.filter((t) => !fs.existsSync(path.join(root, t)) || !fs.statSync(path.join(root, t)).isFile());
    expect(notFiles).toEqual([]);
  });

  it('the Install section names the tarball npm pack writes for this version', () => {
    const { name, version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
    expect(section('Install')).toContain(`${name}-${version}.tgz`);
  });
});
