/**
 * The README's other TypeScript snippets (Quick start, Errors, retries and timeouts, API coverage, and any section
 * but Install, Webhooks and Runtimes, whose snippets are excerpts of the examples (readme.spec.ts), and Testing your
 * bot, whose snippets are run by __tests__/simulator/readme.spec.ts): each one type-checks, under strict
 * TypeScript, against the package's sources, with only the free names a reader brings (an `event`, a `userId`…)
 * declared around it.
 */
import fs from 'node:fs';
import path from 'node:path';

import ts from 'typescript';

const root = path.join(__dirname, '..', '..');
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
const COVERED_ELSEWHERE = new Set(['Install', 'Webhooks', 'Runtimes', 'Testing your bot']);

/** The snippets outside the sections covered elsewhere, with their section. */
const snippets = readme
  .split(/\n(?=## )/)
  .filter((part) => part.startsWith('## ') && !COVERED_ELSEWHERE.has(part.slice(3, part.indexOf('\n'))))
  .flatMap((part) => {
    const title = part.slice(3, part.indexOf('\n'));
    return [...part.matchAll(/```(?:ts|typescript)\n([\s\S]*?)```/g)].map((m, i) => ({ name: `${title} #${i + 1}`, code: m[1] as string }));
  });

/** What a reader of a snippet already has: the package's main names and the values the snippet talks about. */
const PACKAGE_NAMES = ['LineClient', 'Line', 'LineApiError', 'LineError'];
const FREE_NAMES = `
declare const client: LineClient;
declare const event: { replyToken: string };
declare const userId: string;
declare const userIds: string[];
declare const text: string;
declare const token: string;
declare const channelId: string;
declare const privateKey: string; // a PEM
declare const kid: string;
declare const queue: { later(task: () => Promise<unknown>): Promise<void> };
`;

/** A module holding one snippet: its imports on top, its statements in an async function (top-level await). */
function moduleOf(code: string): string {
  const lines = code.split('\n');
  const imports = lines.filter((l) => /^import\s/.test(l));
  const body = lines.filter((l) => !/^import\s/.test(l));
  const imported = new Set(imports.flatMap((l) => (/\{([^}]*)\}/.exec(l)?.[1] ?? '').split(',').map((n) => n.trim())));
  const missing = PACKAGE_NAMES.filter((n) => !imported.has(n));
  return [
    ...imports,
    missing.length ? `import { ${missing.join(', ')} } from 'messaging-api-line';` : '',
    FREE_NAMES,
    'export async function snippet(): Promise<void> {',
    ...body,
    '}',
  ].join('\n');
}

describe('README snippets outside the example-backed sections', () => {
  it('there are such snippets (Quick start, errors and retries, API coverage)', () => {
    expect(snippets.map((s) => s.name)).toEqual(expect.arrayContaining(['Quick start #1', 'Errors, retries and timeouts #1', 'API coverage #1']));
  });

  it('each type-checks against the package', () => {
    const dir = path.join(root, '__tests__', 'examples', '.readme-snippets');
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    try {
      const files = snippets.map((s, i) => {
        const file = path.join(dir, `snippet${i}.ts`);
        fs.writeFileSync(file, moduleOf(s.code));
        return file;
      });
      const program = ts.createProgram(files, {
        target: ts.ScriptTarget.ES2022,
        lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
        module: ts.ModuleKind.CommonJS,
        moduleResolution: ts.ModuleResolutionKind.Node10,
        strict: true,
        esModuleInterop: true,
        skipLibCheck: true,
        resolveJsonModule: true,
        noEmit: true,
        types: ['node'],
        baseUrl: root,
        paths: { 'messaging-api-line': ['./src/index.ts'], 'messaging-api-line/testing': ['./src/testing/index.ts'] },
      });
      const problems = files.flatMap((file, i) =>
        ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => `${snippets[i]?.name}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`),
      );
      expect(problems).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
