#!/usr/bin/env node
'use strict';
// Standalone dummy LINE platform; see dist/testing/cli.js (src/testing/cli.ts).
const cli = require('node:path').join(__dirname, '..', 'dist', 'testing', 'cli.js');
if (require('node:fs').existsSync(cli)) {
  require(cli).runCli(process.argv.slice(2));
} else {
  // A fresh clone before `npm run build`: a hint instead of a MODULE_NOT_FOUND stack.
  process.stderr.write('messaging-api-line-dummy: dist/ is missing; run `npm run build` first (the published package ships it)\n');
  process.exitCode = 1;
}
