/**
 * Import cost, in a fresh process: `--target=bare|client|axios|undici|line110|botsdk`.
 * - bare: requires nothing (the floor: node's own start-up).
 * - client: `require` of messaging-api-line (from dist).
 * - axios: `require` of axios, for comparison.
 * run.js pairs each client/axios process with a bare one and takes the difference of their wall times (spawn to
 * exit): what importing costs over bare `node`. `importMs` is the `require` alone, timed inside the process.
 */
// Nothing else is loaded here (not even ./common.js, which loads node:http for the raw pusher): the bare process
// must be as close to bare `node` as the measured one is to `node` + the import.
const { performance } = require('node:perf_hooks');

const t0 = performance.now();
const target = (/--target=(\w+)/.exec(process.argv.slice(2).join(' ')) || [])[1];
if (target === 'client') require(process.env.BENCH_DIST || require('node:path').join(__dirname, '..', '..', 'dist'));
else if (target === 'line110') require('messaging-api-line-110');
else if (target === 'botsdk') require('@line/bot-sdk');
else if (target === 'undici') require('undici');
else if (target === 'axios') require('axios');
require('node:fs').writeSync(1, `${JSON.stringify({ importMs: performance.now() - t0 })}\n`);
