// The HTTP control API (`/_dummy/…`) from outside the process: the standalone server runs as a child process
// (`dist/testing/cli.js`, built by `npm test` before jest), the echo bot runs here, and the test talks to the dummy
// with curl (every example of docs/testing.md, in order) and with a plain HTTP client (fetch).

import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LineClient } from 'messaging-api-line';
import { createEchoBot } from '../../examples/echo-bot/bot';
import { parseArgs } from '../../src/testing/cli';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'dist', 'testing', 'cli.js');
const DOC = readFileSync(join(ROOT, 'docs', 'testing.md'), 'utf8');
const TINY_PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

// The sh code blocks of the HTTP control API section of the doc.
function docBlocks(): string[] {
  const section = DOC.slice(DOC.indexOf('## The HTTP control API'));
  return [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1]);
}

/** One command of a block and the answer the doc shows for it (`# → …`), if any. */
interface Step {
  readonly command: string;
  readonly expected?: string;
}

function steps(block: string): Step[] {
  const out: { command: string; expected?: string }[] = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('# → ')) out[out.length - 1].expected = line.slice(4);
    else if (line.trim() !== '' && !line.startsWith('#')) out.push({ command: line });
  }
  return out;
}

/** `…` in the doc stands for any string. */
function withWildcards(value: unknown): unknown {
  if (value === '…') return expect.any(String);
  if (Array.isArray(value)) return value.map(withWildcards);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withWildcards(v)]));
  return value;
}

function run(command: string, env: Record<string, string>, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('bash', ['-c', `set -euo pipefail; ${command}`], { env: { ...process.env, ...env }, cwd, timeout: 15_000 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${command}\nfailed: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

interface Running {
  readonly child: ChildProcessWithoutNullStreams;
  readonly origin: string;
  readonly dataOrigin: string;
}

/** Starts the standalone server with the doc's arguments, on free ports. */
function startCli(): Promise<Running> {
  const startLine = docBlocks()[0].split('\n')[0];
  const args = startLine.split(' ').slice(2);
  parseArgs(args); // the doc's command line is one the CLI accepts
  const freePorts = args.map((a, i) => (args[i - 1] === '--port' || args[i - 1] === '--data-port' ? '0' : a));
  const child = spawn(process.execPath, [CLI, ...freePorts, '--json'], { stdio: 'pipe' });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the CLI did not start: ${out}`)), 10_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = out.split('\n')[0];
      if (out.includes('\n')) {
        clearTimeout(timer);
        const info = JSON.parse(line) as { origin: string; dataOrigin: string; accessToken: string; channelSecret: string };
        expect(info).toMatchObject({ accessToken: 'test-token', channelSecret: 'my-secret' });
        resolve({ child, origin: info.origin, dataOrigin: info.dataOrigin });
      }
    });
    child.on('error', reject);
  });
}

let dummy: Running;
let bot: Server;
let botUrl: string;
let failNext: string | undefined; // the bot answers 500 (once) to a webhook carrying this text
let work: string;

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/testing/cli.js is missing: run `npm run build` (npm test does) first');
  dummy = await startCli();
  const client = new LineClient({ accessToken: 'test-token', origin: dummy.origin, dataOrigin: dummy.dataOrigin });
  const { webhook } = createEchoBot({ client, channelSecret: 'my-secret' });
  bot = createServer((req, res) => {
    const chunks: Buffer[] = [];
    if (failNext === undefined) {
      void webhook(req, res);
      return;
    }
    // A handler that fails once: it reads the body first, to see whether this is the webhook to fail.
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks);
      if (failNext !== undefined && raw.toString().includes(failNext)) {
        failNext = undefined;
        res.writeHead(500).end('handler failed');
        return;
      }
      (req as unknown as { rawBody: Buffer }).rawBody = raw;
      void webhook(req, res);
    });
  });
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/webhook`;
  work = mkdtempSync(join(tmpdir(), 'dummy-http-'));
  writeFileSync(join(work, 'photo.png'), TINY_PNG);
});

afterAll(async () => {
  dummy?.child.kill('SIGTERM');
  if (dummy && dummy.child.exitCode === null) await new Promise((resolve) => dummy.child.once('exit', resolve));
  await new Promise((resolve) => bot?.close(resolve));
  if (work) rmSync(work, { recursive: true, force: true });
});

async function control<T>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }> {
  const res = await fetch(`${dummy.origin}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

it('runs every curl example of docs/testing.md, in order, and gets the answers it shows', async () => {
  const blocks = docBlocks().slice(1);
  expect(blocks.length).toBeGreaterThanOrEqual(6);
  let checked = 0;
  for (const block of blocks) {
    for (const step of steps(block)) {
      const stdout = await run(step.command, { DUMMY: dummy.origin, BOT: botUrl }, work);
      if (step.expected === undefined) continue;
      expect({ command: step.command, answer: JSON.parse(stdout) as unknown }).toMatchObject({
        command: step.command,
        answer: withWildcards(JSON.parse(step.expected)),
      });
      checked += 1;
    }
  }
  expect(checked).toBeGreaterThanOrEqual(10);
});

describe('the echo bot, driven over HTTP by a plain client', () => {
  const ALICE = 'U1a2b3c';
  const say = (text: string, extra: Record<string, unknown> = {}) =>
    control<{ status: number | null; events: { webhookEventId: string }[] }>('POST', '/_dummy/webhook', {
      url: botUrl,
      ...extra,
      events: [{ type: 'message', source: { type: 'user', userId: ALICE }, message: { type: 'text', text } }],
    });
  const messages = async () => (await control<{ type: string; text?: string }[]>('GET', `/_dummy/messages?to=${ALICE}`)).body;

  beforeAll(async () => {
    expect((await control('POST', '/_dummy/reset')).status).toBe(204);
    expect((await control('POST', '/_dummy/users', { userId: ALICE, displayName: 'Alice' })).status).toBe(201);
  });

  it('follow → welcome; text → reply; image → download and answer', async () => {
    const follow = await control<{ status: number }>('POST', '/_dummy/webhook', {
      url: botUrl,
      events: [{ type: 'follow', source: { type: 'user', userId: ALICE } }],
    });
    expect(follow.body.status).toBe(200);
    expect((await say('hello')).body.status).toBe(200);
    const png = Buffer.concat([TINY_PNG, Buffer.alloc(30)]);
    const put = await fetch(`${dummy.origin}/_dummy/content/900001`, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: png });
    expect(put.status).toBe(204);
    const image = await control<{ status: number }>('POST', '/_dummy/webhook', {
      url: botUrl,
      events: [{ type: 'message', source: { type: 'user', userId: ALICE }, message: { type: 'image', id: '900001' } }],
    });
    expect(image.body.status).toBe(200);
    expect((await messages()).map((m) => m.text)).toEqual(['Welcome, Alice! Send me anything.', 'hello', 'Got your image: PNG, 100 bytes']);
  });

  it('a handler that fails once → LINE redelivers → handled exactly once', async () => {
    failNext = 'fail once';
    const before = (await messages()).length;
    const first = await say('fail once', { redelivery: { delaysMs: [30, 30] } });
    expect(first.body.status).toBe(500);
    expect((await control('POST', '/_dummy/webhook/settled?timeoutMs=5000')).status).toBe(204);
    const attempts = (await control<{ attempt: number; isRedelivery: boolean; status: number; webhookEventIds: string[] }[]>('GET', `/_dummy/webhook/attempts?url=${encodeURIComponent(botUrl)}`)).body;
    const mine = attempts.filter((a) => a.webhookEventIds[0] === first.body.events[0].webhookEventId);
    expect(mine.map((a) => [a.attempt, a.isRedelivery, a.status])).toEqual([
      [1, false, 500],
      [2, true, 200],
    ]);
    expect((await messages()).slice(before)).toEqual([{ type: 'text', text: 'fail once' }]);
    const deliveries = (await control<{ kind: string }[]>('GET', `/_dummy/deliveries?to=${ALICE}`)).body;
    expect(deliveries.filter((d) => d.kind === 'reply')).toHaveLength(4);
  });
});
