/**
 * Install and import everywhere: a clean checkout builds on `npm run prepare` (what npm runs for an install from a
 * git URL or a folder, and on `npm pack`) and skips the build when dist/ is fresh; the packed package holds dist/;
 * `messaging-api-line` and `messaging-api-line/testing` type-check under TypeScript's node10, node16, nodenext and
 * bundler resolution; a default ES module import gives what `require` gives.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { bundleWorker } from './workerBundle';

const root = path.join(__dirname, '..', '..');
const work = path.join(root, '.tmp-install-test');
const consumer = path.join(work, 'consumer');
const tsc = require.resolve('typescript/bin/tsc');

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.mjs'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(consumer, 'node_modules'), { recursive: true });
  // The tarball `npm publish` would upload, unpacked as an installed dependency.
  const tarball = run('npm', ['pack', '--silent', '--pack-destination', work], root).trim().split('\n').pop() as string;
  const target = path.join(consumer, 'node_modules', 'messaging-api-line');
  fs.mkdirSync(target);
  execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', target, '--strip-components=1']);
  fs.writeFileSync(path.join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('install', () => {
  it('the packed package holds dist/ (CommonJS, ES module wrappers, the web entry, declarations) and testing/package.json', () => {
    const installed = path.join(consumer, 'node_modules', 'messaging-api-line');
    for (const file of ['dist/index.js', 'dist/index.mjs', 'dist/index.d.ts', 'dist/index.d.mts', 'dist/web/index.mjs', 'dist/testing/index.js', 'testing/package.json']) {
      expect(fs.existsSync(path.join(installed, file))).toBe(true);
    }
    expect(fs.existsSync(path.join(installed, 'dist', '.build-stamp'))).toBe(false);
  });

  it('a clean checkout builds dist/ on prepare, and a second prepare reuses it', () => {
    const checkout = path.join(work, 'checkout');
    fs.mkdirSync(checkout, { recursive: true });
    for (const part of ['src', 'scripts', 'package.json', 'tsconfig.json', 'tsconfig.build.json', 'testing', 'bin']) {
      fs.cpSync(path.join(root, part), path.join(checkout, part), { recursive: true });
    }
    // What `npm install` gives a git checkout before prepare: the devDependencies.
    fs.symlinkSync(path.join(root, 'node_modules'), path.join(checkout, 'node_modules'), 'dir');
    expect(run('npm', ['run', 'prepare', '--silent'], checkout)).toContain('built dist/');
    expect(fs.existsSync(path.join(checkout, 'dist', 'index.js'))).toBe(true);
    expect(run('npm', ['run', 'prepare', '--silent'], checkout)).toContain('dist/ is up to date');
    const out = run(process.execPath, ['-e', "console.log(typeof require('./').LineClient)"], checkout);
    expect(out.trim()).toBe('function');
  }, 180_000);
});

describe('types resolve for both entry points', () => {
  const source = `import { LineClient, Line, webhookHandler, type WebhookRequestBody } from 'messaging-api-line';
import { createDummyLineServer, type DummyLineServer } from 'messaging-api-line/testing';
export const client: LineClient = new LineClient({ accessToken: 't' });
export const text = Line.createText('hi');
export const handler: (request: Request) => Promise<Response> = webhookHandler({ channelSecret: 's', onEvents: (body: WebhookRequestBody) => void body });
export const start: () => Promise<DummyLineServer> = () => createDummyLineServer();
`;
  const defaultImport = `import line from 'messaging-api-line';
import testing from 'messaging-api-line/testing';
export const client = new line.LineClient({ accessToken: 't' });
export const start = testing.createDummyLineServer;
`;

  const withDefault = source + defaultImport.replace(/export const (\w+)/g, 'export const d_$1');
  it.each([
    ['node10 (module commonjs)', { 'node10.ts': source }, ['--module', 'commonjs', '--moduleResolution', 'node10']],
    ['node16 (a CommonJS and an ES module file)', { 'node16.cts': source, 'node16.mts': withDefault }, ['--module', 'node16', '--moduleResolution', 'node16']],
    ['nodenext', { 'nodenext.mts': withDefault }, ['--module', 'nodenext', '--moduleResolution', 'nodenext']],
    ['bundler', { 'bundler.ts': withDefault }, ['--module', 'esnext', '--moduleResolution', 'bundler']],
  ])('%s', (_, files: Record<string, string>, flags) => {
    for (const [file, text] of Object.entries(files)) fs.writeFileSync(path.join(consumer, file), text);
    expect(() =>
      run(
        process.execPath,
        [tsc, '--noEmit', '--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--types', 'node', '--typeRoots', path.join(root, 'node_modules/@types'), '--skipLibCheck', ...flags, ...Object.keys(files)],
        consumer,
      ),
    ).not.toThrow();
  }, 60_000);
});

describe('a default ES module import gives what require gives', () => {
  it.each([['messaging-api-line'], ['messaging-api-line/testing']])('%s', (specifier) => {
    fs.writeFileSync(
      path.join(consumer, 'default.mjs'),
      `import line from '${specifier}';
       import { createRequire } from 'node:module';
       const cjs = createRequire(import.meta.url)('${specifier}');
       console.log(JSON.stringify({ same: line === cjs, keys: Object.keys(line).length > 0 }));`,
    );
    expect(JSON.parse(run(process.execPath, ['default.mjs'], consumer))).toEqual({ same: true, keys: true });
  });

  it('in TypeScript compiled to CommonJS (node10, esModuleInterop), which reads `.default` of the CommonJS build', () => {
    fs.writeFileSync(
      path.join(consumer, 'interop.ts'),
      `import line from 'messaging-api-line';
import testing from 'messaging-api-line/testing';
console.log(JSON.stringify({ main: line === require('messaging-api-line'), testing: testing === require('messaging-api-line/testing'), client: typeof line.LineClient }));
`,
    );
    const flags = ['--strict', '--target', 'es2022', '--lib', 'es2022,dom', '--types', 'node', '--typeRoots', path.join(root, 'node_modules/@types'), '--skipLibCheck'];
    run(process.execPath, [tsc, ...flags, '--module', 'commonjs', '--moduleResolution', 'node10', '--esModuleInterop', '--outDir', 'interop-out', 'interop.ts'], consumer);
    expect(JSON.parse(run(process.execPath, ['interop-out/interop.js'], consumer))).toEqual({ main: true, testing: true, client: 'function' });
  }, 60_000);

  it('in a Workers bundle (the web build, conditions workerd, worker and browser)', async () => {
    fs.writeFileSync(
      path.join(consumer, 'worker-default.mjs'),
      `import line from 'messaging-api-line';
import * as named from 'messaging-api-line';
console.log(JSON.stringify({ client: typeof line.LineClient, same: line.LineClient === named.LineClient && line.webhookHandler === named.webhookHandler }));
`,
    );
    const code = await bundleWorker(path.join(consumer, 'worker-default.mjs'), consumer);
    fs.writeFileSync(path.join(consumer, 'worker-default.bundle.mjs'), code);
    expect(JSON.parse(run(process.execPath, ['worker-default.bundle.mjs'], consumer))).toEqual({ client: 'function', same: true });
  });
});
