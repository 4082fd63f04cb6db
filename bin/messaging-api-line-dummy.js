#!/usr/bin/env node
'use strict';
// Standalone dummy LINE platform; see dist/testing/cli.js (src/testing/cli.ts).
require('../dist/testing/cli.js').runCli(process.argv.slice(2));
