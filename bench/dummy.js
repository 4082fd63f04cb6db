/**
 * The dummy LINE server (messaging-api-line/testing, from the built package) in its own process, for the bulk
 * multicast and member-id paging figures. Forked by bench/run.js with an IPC channel; options come as JSON in
 * argv[2]: `{ members, pageSize, delayMs }`. Multicast requests wait `delayMs` (a fault rule) so that one request's
 * time is fixed. Stops when the parent goes away, and after a hard time limit.
 */
const path = require('node:path');

const DIST = process.env.BENCH_DIST || path.join(__dirname, '..', 'dist');
const { createDummyLineServer } = require(path.join(DIST, 'testing'));
const opts = JSON.parse(process.argv[2] || '{}');
// A group id as LINE makes them (C + 32 lowercase hex digits); bench/targets/members.js pages the same group.
const GROUP_ID = `C${'b'.repeat(32)}`;

(async () => {
  const server = await createDummyLineServer({
    recordRequests: false,
    groups: [{ groupId: GROUP_ID, memberIds: { count: opts.members ?? 100_000, prefix: 'U' } }],
    memberIdsPageSize: opts.pageSize ?? 100,
  });
  if (opts.delayMs) server.faults.add({ route: 'POST /v2/bot/message/multicast', delayMs: opts.delayMs });
  const stop = () => {
    server.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 2000).unref();
  };
  process.on('disconnect', stop);
  process.on('message', (m) => m && m.type === 'stop' && stop());
  setTimeout(stop, Number(process.env.BENCH_STANDIN_LIMIT_MS || 15 * 60 * 1000)).unref();
  process.send({ type: 'ready', origin: server.origin, dataOrigin: server.dataOrigin, accessToken: server.accessToken });
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
