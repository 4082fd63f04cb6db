#!/usr/bin/env node
/**
 * Builds dist/: CommonJS + declarations with tsc, then thin ES module wrappers (index.mjs / index.d.mts) that
 * re-export the CommonJS build, so `import` and `require` share one copy of every class (no dual-package hazard:
 * `instanceof LineApiError` holds whichever way the error was loaded).
 */
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');
fs.rmSync(dist, { recursive: true, force: true });
const tsc = (...args) => execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', path.join(root, 'tsconfig.build.json'), ...args], { stdio: 'inherit' });
// JavaScript without comments (less to parse on import: the doc comments are most of LineClient's source), then
// the declarations again with their comments, for editors and typedoc.
tsc('--removeComments');
tsc('--emitDeclarationOnly');

for (const entry of ['index', 'testing/index']) {
  const cjsFile = path.join(dist, `${entry}.js`);
  if (!fs.existsSync(cjsFile)) continue;
  const names = Object.keys(require(cjsFile)).filter((n) => n !== 'default' && n !== '__esModule');
  const base = `./${path.basename(entry)}.js`;
  fs.writeFileSync(
    path.join(dist, `${entry}.mjs`),
    `import cjs from '${base}';\n\nexport const { ${names.join(', ')} } = cjs;\nexport default cjs;\n`,
  );
  fs.writeFileSync(path.join(dist, `${entry}.d.mts`), `export * from '${base}';\n`);
}
console.log('built dist/ (CommonJS + ES module wrappers + declarations)');
