#!/usr/bin/env node
/**
 * Builds dist/:
 * - declarations (with their TSDoc) by tsc;
 * - one CommonJS file per entry point (index, testing/index, testing/cli), bundled by esbuild with every dependency
 *   left external: importing the package reads one file of ours instead of twenty (see the README's design notes
 *   for the measurement); `import('file-type')` stays a lazy require;
 * - thin ES module wrappers (index.mjs / index.d.mts) that re-export the CommonJS build, so `import` and `require`
 *   share one copy of every class (no dual-package hazard: `instanceof LineApiError` holds either way).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const esbuild = require('esbuild');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), '--emitDeclarationOnly'], {
  stdio: 'inherit',
});

const entries = ['index', 'testing/index', 'testing/cli', 'redis/index'];
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
  logLevel: 'warning',
});

for (const entry of ['index', 'testing/index', 'redis/index']) {
  const names = Object.keys(require(path.join(dist, `${entry}.js`))).filter((n) => n !== 'default' && n !== '__esModule');
  const base = `./${path.basename(entry)}.js`;
  // Named exports only, as in 1.1.0 (and as the CommonJS build has no `default` either).
  fs.writeFileSync(path.join(dist, `${entry}.mjs`), `import cjs from '${base}';\n\nexport const { ${names.join(', ')} } = cjs;\n`);
  fs.writeFileSync(path.join(dist, `${entry}.d.mts`), `export * from '${base}';\n`);
}
console.log('built dist/ (bundled CommonJS entry points, ES module wrappers, declarations)');
