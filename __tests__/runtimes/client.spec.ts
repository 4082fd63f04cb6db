/**
 * LineClient in the real runtimes, installed from the npm registry as devDependencies: Bun and Deno (the package's
 * full build, with its default node:http sender and with `fetch: true`) and workerd through miniflare, WITHOUT nodejs_compat (the web build, as wrangler bundles it:
 * esbuild with the workerd, worker and browser conditions; fetch is its default sender). Each pushes to the dummy LINE
 * server running here in Node on 127.0.0.1, with a 500 injected on the first push: the test reads the wire from the
 * dummy's recorded requests (host, path, Authorization, X-Line-Retry-Key reused by the retry, body), and the runtime
 * reports the downloads (bytes and stream kinds), a typed 404 that does not show the token, a timeout and an abort,
 * a webhook signature checked by `client.validateSignature`, and a channel JWT that the test verifies with the public
 * key.
 */
import { execFile } from 'node:child_process';
import { generateKeyPairSync, verify } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';


import { createDummyLineServer, type DummyLineServer, signWebhook } from '../../src/testing';
import { otherNodes } from './nodeVersions';
import { bundleWorker } from './workerBundle';

const root = path.join(__dirname, '..', '..');
const work = path.join(root, '.tmp-runtimes-client');
const fixtures = path.join(__dirname, 'fixtures');
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);
const TOKEN = 'runtime-check-token-0123456789';
const MESSAGE_ID = '470001';
const CONTENT = new Uint8Array(Array.from({ length: 3000 }, (_, i) => (i * 13) & 0xff));
const SECRET = 'runtime-check-channel-secret';
const SIGNED_BODY = JSON.stringify({ destination: 'U1', events: [{ type: 'message', message: { type: 'text', text: 'こんにちは 😀' } }] });
const KEYS = generateKeyPairSync('rsa', { modulusLength: 2048 });
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

interface Report {
  label: string;
  signatures: boolean[];
  jwt: string;
  syncJwt: { ok: boolean; lineError?: boolean; pointsToAsync?: boolean };
  requestId: string;
  bytes: { kind: string; length: number };
  stream: { kind: string; length: number };
  apiError: { isLineApiError: boolean; status: number; leaksToken: boolean };
  timeout: { name: string; timeoutName: boolean };
  abort: { name: string; abortName: boolean };
}

let server: DummyLineServer;
let userId: string;

/** Runs a command (bounded) and resolves its stdout. */
function run(command: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      command,
      args,
      { cwd: work, timeout: 90_000, maxBuffer: 1 << 22, env: { ...process.env, NO_COLOR: '1', DENO_DIR: path.join(work, '.deno'), ...env } },
      (err, stdout, stderr) => (err ? reject(new Error(`${command} ${args.join(' ')} failed: ${err.message}\nstdout: ${stdout}\nstderr: ${stderr}`)) : resolve(stdout)),
    );
  });
}

function settings(label: string, useFetch = false): Record<string, string> {
  return {
    LINE_ORIGIN: server.origin,
    LINE_DATA_ORIGIN: server.dataOrigin,
    LINE_TOKEN: TOKEN,
    LINE_USER_ID: userId,
    LINE_MESSAGE_ID: MESSAGE_ID,
    LINE_USE_FETCH: useFetch ? '1' : '0',
    LINE_LABEL: label,
    LINE_SECRET: SECRET,
    LINE_SIGNED_BODY: SIGNED_BODY,
    LINE_SIGNATURE: signWebhook(SIGNED_BODY, SECRET),
    LINE_JWK: JSON.stringify(KEYS.privateKey.export({ format: 'jwk' })),
  };
}

function parseReport(stdout: string): Report {
  const line = stdout.split('\n').find((l) => l.startsWith('RESULT '));
  if (!line) throw new Error(`no RESULT line in:\n${stdout}`);
  return JSON.parse(line.slice('RESULT '.length)) as Report;
}

/** Bundles the Worker as wrangler does and runs one request through it in miniflare (no nodejs_compat). */
async function inWorkerd(label: string): Promise<Report> {
  const code = await bundleWorker(path.join(work, 'client-worker.mjs'), work);
  expect(code).not.toMatch(/\bfrom\s*["']node:|require\(["']node:|import\(["']node:/);
  expect(code).toContain('LineClient');
  fs.writeFileSync(path.join(work, 'client-worker.bundle.mjs'), code);
  fs.writeFileSync(
    path.join(work, 'client-host.cjs'),
    `const { Miniflare } = require(${JSON.stringify(require.resolve('miniflare'))});
     const mf = new Miniflare({
       modules: true, scriptPath: 'client-worker.bundle.mjs', compatibilityDate: '2025-01-01', compatibilityFlags: [],
       bindings: JSON.parse(process.env.BINDINGS),
     });
     mf.dispatchFetch('http://localhost/check')
       .then(async (res) => console.log('RESULT ' + (await res.text())))
       .catch((err) => { console.error(err); process.exitCode = 1; })
       .finally(() => mf.dispose());`,
  );
  return parseReport(await run(process.execPath, ['client-host.cjs'], { BINDINGS: JSON.stringify(settings(label)) }));
}

beforeAll(async () => {
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.mjs'))) {
    await new Promise((resolve, reject) => execFile('npm', ['run', 'build', '--silent'], { cwd: root }, (err) => (err ? reject(err) : resolve(undefined))));
  }
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
  // The package as installed (what `npm pack` ships); its dependencies resolve from this checkout's node_modules.
  const installed = path.join(work, 'node_modules', 'messaging-api-line');
  for (const part of ['dist', 'package.json', 'testing']) fs.cpSync(path.join(root, part), path.join(installed, part), { recursive: true });
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'runtime-client-check', private: true, type: 'module' }));
  for (const name of fs.readdirSync(fixtures)) fs.copyFileSync(path.join(fixtures, name), path.join(work, name));
  server = await createDummyLineServer({ accessToken: TOKEN, messageContent: { [MESSAGE_ID]: Buffer.from(CONTENT) } });
  userId = server.user('Alice').userId;
}, 120_000);

afterAll(async () => {
  await server?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

beforeEach(() => {
  server.reset();
  server.faults.clear();
  // The first push answers 500 (the client retries with the same key); bot info hangs (for the timeout and the
  // abort). Not `times: 2`: Deno's node:http re-sends a GET whose socket the client destroyed.
  server.faults.add({ route: 'POST /v2/bot/message/push', times: 1, status: 500 });
  server.faults.add({ route: 'GET /v2/bot/info', hang: true });
});

const cases: Array<[string, { webBuild: boolean; fetch: boolean }, (label: string) => Promise<Report>]> = [
  ...otherNodes().flatMap(([name, node]): Array<[string, { webBuild: boolean; fetch: boolean }, (label: string) => Promise<Report>]> => [
    [`${name} (node:http sender)`, { webBuild: false, fetch: false }, async (label) => parseReport(await run(node, ['client-main.mjs'], settings(label)))],
    [`${name} (fetch: true)`, { webBuild: false, fetch: true }, async (label) => parseReport(await run(node, ['client-main.mjs'], settings(label, true)))],
  ]),
  ['Bun (node:http sender)', { webBuild: false, fetch: false }, async (label) => parseReport(await run(bin('bun'), ['run', 'client-main.mjs'], settings(label)))],
  ['Bun (fetch: true)', { webBuild: false, fetch: true }, async (label) => parseReport(await run(bin('bun'), ['run', 'client-main.mjs'], settings(label, true)))],
  [
    'Deno (node:http sender)',
    { webBuild: false, fetch: false },
    async (label) => parseReport(await run(bin('deno'), ['run', '--node-modules-dir=manual', '--allow-env', '--allow-net=127.0.0.1', '--allow-read', '--allow-sys', 'client-main.mjs'], settings(label))),
  ],
  [
    'Deno (fetch: true)',
    { webBuild: false, fetch: true },
    async (label) => parseReport(await run(bin('deno'), ['run', '--node-modules-dir=manual', '--allow-env', '--allow-net=127.0.0.1', '--allow-read', '--allow-sys', 'client-main.mjs'], settings(label, true))),
  ],
  ['workerd (miniflare, web build, no nodejs_compat)', { webBuild: true, fetch: true }, inWorkerd],
];

describe.each(cases)('LineClient in %s', (label, kind, launch) => {
  it('pushes with the same X-Line-Retry-Key after a 500, downloads, and maps errors, timeouts and aborts', async () => {
    const report = await launch(label);

    const pushes = server.requests.filter((r) => r.method === 'POST' && r.path === '/v2/bot/message/push');
    expect(pushes.map((r) => r.status)).toEqual([500, 200]);
    const port = new URL(server.origin).port;
    for (const push of pushes) {
      expect(push.host).toBe('api');
      expect(push.headers.host).toBe(`127.0.0.1:${port}`);
      expect(push.headers.authorization).toBe(`Bearer ${TOKEN}`);
      expect(push.headers['content-type']).toMatch(/^application\/json/);
      expect(push.body).toEqual({ to: userId, messages: [{ type: 'text', text: `hello from ${label}` }] });
    }
    const key = pushes[0]?.headers['x-line-retry-key'];
    expect(key).toMatch(UUID);
    expect(pushes[1]?.headers['x-line-retry-key']).toBe(key);
    expect(report.requestId).toBe(pushes[1]?.requestId);
    expect(server.messagesTo(userId)).toEqual([{ type: 'text', text: `hello from ${label}` }]);

    const downloads = server.requests.filter((r) => r.path === `/v2/bot/message/${MESSAGE_ID}/content`);
    expect(downloads).toHaveLength(2);
    expect(downloads.every((r) => r.host === 'data' && r.headers.authorization === `Bearer ${TOKEN}`)).toBe(true);
    expect(report.bytes).toEqual({ kind: kind.webBuild ? 'Uint8Array' : 'Buffer', length: CONTENT.length });
    expect(report.stream).toEqual({ kind: kind.webBuild ? 'ReadableStream' : 'Readable', length: CONTENT.length });

    expect(report.apiError).toEqual({ isLineApiError: true, status: 404, leaksToken: false });
    expect(report.timeout).toMatchObject({ name: 'LineTimeoutError', timeoutName: true });
    expect(report.abort).toMatchObject({ name: 'LineAbortError', abortName: true });

    // validateSignature and createChannelJWTAsync (node:crypto on Node.js; @noble/hashes and Web Crypto in the web
    // build, where the synchronous createChannelJWT throws a LineError pointing to createChannelJWTAsync).
    expect(report.signatures).toEqual([true, false]);
    expect(report.syncJwt).toEqual(kind.webBuild ? { ok: false, lineError: true, pointsToAsync: true } : { ok: true });
    const [header, payload, signature] = report.jwt.split('.') as [string, string, string];
    expect(JSON.parse(Buffer.from(header, 'base64url').toString())).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'kid-1' });
    expect(JSON.parse(Buffer.from(payload, 'base64url').toString())).toMatchObject({ iss: '1234567890', sub: '1234567890', aud: 'https://api.line.me/' });
    expect(verify('sha256', Buffer.from(`${header}.${payload}`), KEYS.publicKey, Buffer.from(signature, 'base64url'))).toBe(true);
  }, 120_000);
});
