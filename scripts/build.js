#!/usr/bin/env node
/**
 * Builds dist/:
 * - declarations (with their TSDoc) by tsc;
 * - one CommonJS file per entry point (index, testing/index, testing/cli), bundled by esbuild with every dependency
 *   left external: importing the package reads one file of ours instead of twenty (see the README's design notes
 *   for the measurement); `import('file-type')` stays a lazy require;
 * - thin ES module wrappers (index.mjs / index.d.mts) that re-export the CommonJS build, so `import` and `require`
 *   share one copy of every class (no dual-package hazard: `instanceof LineApiError` holds either way); their default
 *   export is the CommonJS module itself, so `import line from 'messaging-api-line'` gives what `require` gives;
 * - dist/web/index.mjs: an ES module with no `node:` import (LineClient, the webhook side, `Line`, the errors) for
 *   the `workerd`/`worker`/`browser` export conditions. Every source module `x.ts` that has a twin `x.web.ts` (or a
 *   folder's `index.ts` with `index.web.ts`: src/platform/, the download stream, the default sender, the multipart
 *   form) is replaced by its twin there; the build fails if a Node.js built-in or a package gets into it.
 *
 * `node scripts/build.js --if-stale` (the `prepare` script: it runs on `npm ci`, `npm pack` and installs from a git
 * URL or a folder) does nothing when dist/ is newer than every source, so repeated installs stay cheap.
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
const stamp = path.join(dist, '.build-stamp');

/** Newest modification time under the sources the build reads. */
function newestSource() {
  let newest = 0;
  const visit = (file) => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) for (const name of fs.readdirSync(file)) visit(path.join(file, name));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  for (const source of ['src', 'scripts/build.js', 'package.json', 'tsconfig.json', 'tsconfig.build.json']) visit(path.join(root, source));
  return newest;
}

if (process.argv.includes('--if-stale') && fs.existsSync(stamp) && fs.statSync(stamp).mtimeMs >= newestSource()) {
  console.log('dist/ is up to date (build skipped)');
  process.exit(0);
}
if (!fs.existsSync(path.join(root, 'node_modules', 'esbuild')) || !fs.existsSync(path.join(root, 'node_modules', 'typescript'))) {
  console.error('messaging-api-line: building dist/ needs the devDependencies (esbuild, typescript): run npm install first.');
  process.exit(1);
}
fs.rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--emitDeclarationOnly'], {
  stdio: 'inherit',
});

const esbuild = require('esbuild');
// What every shipped file is built with. Whitespace and comments out (esbuild keeps the TSDoc of class members, 45 %
// of the bundle; the declarations carry it): `require('messaging-api-line')` took 13.6 ms with them and 10.7 without
// on the bench machine (median of 15 fresh processes each). Names stay (no identifier minification), so stack traces
// still read `LineClient.pushText`; the source maps next to each file give the TypeScript lines to
// `node --enable-source-maps`.
const SHIPPED = { minifyWhitespace: true, sourcemap: 'linked', sourcesContent: false };
// esbuild marks the CommonJS build `__esModule`, so TypeScript's (esModuleInterop) and Babel's CommonJS output of
// `import line from 'messaging-api-line'` reads `.default`: it is the module itself (not enumerable, so `Object.keys`
// and the ES module wrappers' named exports do not change), as the wrappers' default export is.
const CJS_DEFAULT = 'Object.defineProperty(module.exports, "default", { value: module.exports });';
const entries = ['index', 'testing/index', 'testing/cli'];
esbuild.buildSync({
  entryPoints: Object.fromEntries(entries.map((e) => [e, path.join(root, 'src', `${e}.ts`)])),
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  // No keepNames (it costs a call per closure at run time): classes are `var X = class ...`, so `X.name` stays
  // right, which the error classes rely on; the package test checks an error's name from the packed build.
  legalComments: 'none',
  ...SHIPPED,
  logLevel: 'warning',
  footer: { js: CJS_DEFAULT },
});

// The redis entry requires the main entry's error classes and store contract instead of bundling copies of them, so
// `instanceof LineError` / `instanceof LineStoreError` hold for its errors (one class per name in the package).
const fromMain = {
  [path.join(root, 'src', 'errors.ts')]: "export * from '../index.js';\n",
  [path.join(root, 'src', 'store', 'contract.ts')]:
    "export * from '../index.js';\nexport { _checkWindow as checkWindow, _toStoreError as toStoreError } from '../index.js';\n",
};
// (esbuild takes plugins in its asynchronous API only: the rest of the build runs in this async function.)
async function buildRest() {
await esbuild.build({
  entryPoints: { 'redis/index': path.join(root, 'src', 'redis', 'index.ts') },
  outdir: dist,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  packages: 'external',
  external: ['../index.js'],
  legalComments: 'none',
  ...SHIPPED,
  logLevel: 'warning',
  footer: { js: CJS_DEFAULT },
  plugins: [
    {
      name: 'main-entry-classes',
      setup(build) {
        build.onResolve({ filter: /^\.\.?\// }, (args) => {
          if (args.path === '../index.js') return { path: args.path, external: true };
          const resolved = path.join(args.resolveDir, args.path) + (args.path.endsWith('.ts') ? '' : '.ts');
          return fromMain[resolved] ? { path: resolved, namespace: 'main-entry' } : undefined;
        });
        build.onLoad({ filter: /.*/, namespace: 'main-entry' }, (args) => ({ contents: fromMain[args.path], loader: 'js', resolveDir: path.join(root, 'src', 'redis') }));
      },
    },
  ],
});

for (const entry of ['index', 'testing/index', 'redis/index']) {
  const names = Object.keys(require(path.join(dist, `${entry}.js`))).filter((n) => n !== 'default' && n !== '__esModule');
  const base = `./${path.basename(entry)}.js`;
  // Named exports, and the CommonJS module as the default export (what `require` gives).
  fs.writeFileSync(
    path.join(dist, `${entry}.mjs`),
    `import cjs from '${base}';\n\nexport const { ${names.join(', ')} } = cjs;\nexport default cjs;\n`,
  );
  fs.writeFileSync(
    path.join(dist, `${entry}.d.mts`),
    `import * as cjs from '${base}';\n\nexport * from '${base}';\nexport default cjs;\n`,
  );
}

// The web entry: bundled as one ES module with nothing external, so a Workers bundle holds no Node.js built-in.
// Modules with a web twin (`x.web.ts` next to `x.ts`) are swapped for it.
const webTwins = {
  name: 'web-twins',
  setup(build) {
    build.onResolve({ filter: /^\./ }, (args) => {
      const base = path.resolve(args.resolveDir, args.path);
      for (const twin of [`${base.replace(/\.ts$/, '')}.web.ts`, path.join(base, 'index.web.ts')]) {
        if (twin.startsWith(path.join(root, 'src')) && fs.existsSync(twin)) return { path: twin };
      }
      return undefined;
    });
  },
};
const web = await esbuild.build({
  // Its default export is the module's namespace, so `import line from 'messaging-api-line'` works there too.
  stdin: {
    contents: "export * from './web';\nimport * as web from './web';\nexport default web;\n",
    resolveDir: path.join(root, 'src', 'webhook'),
    sourcefile: 'web-entry.ts',
    loader: 'ts',
  },
  outfile: path.join(dist, 'web', 'index.mjs'),
  bundle: true,
  platform: 'neutral',
  format: 'esm',
  target: 'es2022',
  legalComments: 'none',
  ...SHIPPED,
  logLevel: 'warning',
  metafile: true,
  plugins: [webTwins],
});
const builtins = Object.values(web.metafile.outputs).flatMap((o) => o.imports.map((i) => i.path));
if (builtins.length > 0) {
  console.error(`dist/web/index.mjs must not import anything, but imports: ${builtins.join(', ')}`);
  process.exit(1);
}
fs.writeFileSync(path.join(dist, 'web', 'index.d.mts'), "import * as web from '../webhook/web.js';\n\nexport * from '../webhook/web.js';\nexport default web;\n");
fs.writeFileSync(stamp, `${new Date().toISOString()}\n`);
console.log('built dist/ (bundled CommonJS entry points, ES module wrappers, the web entry, declarations)');
}

buildRest().catch((error) => {
  console.error(error);
  process.exit(1);
});
