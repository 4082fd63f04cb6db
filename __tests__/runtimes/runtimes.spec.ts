/**
 * The webhook side in the real runtimes, installed from the npm registry as devDependencies: Bun, Deno and workerd
 * (through miniflare, without the nodejs_compat flag). Each runs its example from examples/ against the built
 * package (dist/ and package.json copied into a scratch project's node_modules/messaging-api-line), given the dummy
 * LINE server's token and origin, and driven by its simulator: a simulated user's text message is answered 200 and
 * the bot's reply ("You said: …") reaches the dummy's reply endpoint with the channel access token; a webhook signed
 * with another secret is answered 401 and nothing is sent. Node.js 22 and 24 serve a fixture that logs the events
 * (the Node.js examples run in __tests__/examples): there the event is logged once, typed, and the forged one not.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

import { messageEvent, type DummyLineServer, type SimulatedUser } from 'messaging-api-line/testing';

import { SECRET, startDummyLine, USER_ID } from '../examples/support';
import { otherNodes } from './nodeVersions';
import { bundleWorker } from './workerBundle';

const root = path.join(__dirname, '..', '..');
const work = path.join(root, '.tmp-runtimes');
const bin = (name: string): string => path.join(root, 'node_modules', '.bin', name);
const STARTUP_MS = 45_000;

interface Started {
  url: string;
  child: ChildProcess;
  output(): string;
}

/** Starts a server process and waits (bounded) for its "listening on <url>" line. */
function start(command: string, args: string[], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(command, args, {
    cwd: work,
    env: { ...process.env, LINE_CHANNEL_SECRET: SECRET, PORT: '0', NO_COLOR: '1', DENO_DIR: path.join(work, '.deno'), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      stop(child);
      reject(new Error(`${command} did not start within ${STARTUP_MS} ms.\nstdout: ${out}\nstderr: ${err}`));
    }, STARTUP_MS);
    const check = (): void => {
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (!match) return;
      clearTimeout(timer);
      resolve({ url: match[1] as string, child, output: () => out });
    };
    child.stdout?.on('data', check);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited (${code}) before listening.\nstdout: ${out}\nstderr: ${err}`));
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** The JSON event lines a server logged. */
function loggedEvents(output: string): Array<Record<string, unknown>> {
  return output
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function waitFor(predicate: () => boolean, ms = 5_000): Promise<void> {
  const until = Date.now() + ms;
  while (!predicate() && Date.now() < until) await new Promise((r) => setTimeout(r, 25));
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist', 'web', 'index.mjs'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
  // The package as installed: what `npm pack` ships (dist/, package.json, testing/) in node_modules; its
  // dependencies resolve from this checkout's node_modules, one folder up.
  const installed = path.join(work, 'node_modules', 'messaging-api-line');
  for (const part of ['dist', 'package.json', 'testing']) fs.cpSync(path.join(root, part), path.join(installed, part), { recursive: true });
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'runtime-check', private: true, type: 'module' }));
  for (const example of ['bun/server.ts', 'deno/server.ts', 'workers/worker.ts']) {
    fs.copyFileSync(path.join(root, 'examples', example), path.join(work, example.replace('/', '-')));
  }
  fs.copyFileSync(path.join(__dirname, 'fixtures', 'node-server.mjs'), path.join(work, 'node-server.mjs'));
}, 120_000);

let line: DummyLineServer;
let taro: SimulatedUser;
beforeAll(async () => {
  line = await startDummyLine();
  taro = line.user({ userId: USER_ID, displayName: 'Taro' });
});
afterEach(async () => {
  await line.webhooksSettled();
  line.reset();
});

afterAll(async () => {
  await line.close();
  fs.rmSync(work, { recursive: true, force: true });
});

const nodes = otherNodes();

/** What the example bots need to reach the dummy instead of api.line.me (read when a server starts). */
const botEnv = (): Record<string, string> => ({ LINE_CHANNEL_ACCESS_TOKEN: line.accessToken, LINE_API_ORIGIN: line.origin });

// [runtime, launch, webhook path]: the fixture that logs the events it gets.
const loggingServers: Array<[string, () => Promise<Started>, string]> = nodes.flatMap(([label, node]): Array<[string, () => Promise<Started>, string]> => [
  [`${label} (middleware on node:http)`, () => start(node, ['node-server.mjs']), '/webhook'],
  [`${label} (webhookHandler behind node:http)`, () => start(node, ['node-server.mjs']), '/fetch'],
]);

// [runtime, launch]: the example bots, on /webhook.
const exampleBots: Array<[string, () => Promise<Started>]> = [
  ['Bun', () => start(bin('bun'), ['run', 'bun-server.ts'], botEnv())],
  ['Deno', () => start(bin('deno'), ['run', '--node-modules-dir=manual', '--allow-env', '--allow-net=127.0.0.1', '--allow-read', '--allow-sys', 'deno-server.ts'], botEnv())],
  [
    'workerd (miniflare, no nodejs_compat)',
    async () => {
      const code = await bundleWorker(path.join(work, 'workers-worker.ts'), work);
      expect(code).not.toMatch(/\bfrom\s*["']node:|require\(["']node:/);
      fs.writeFileSync(path.join(work, 'worker.mjs'), code);
      fs.writeFileSync(
        path.join(work, 'host.cjs'),
        `const { Miniflare } = require(${JSON.stringify(require.resolve('miniflare'))});
         const { LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN, LINE_API_ORIGIN } = process.env;
         const mf = new Miniflare({
           modules: true, scriptPath: 'worker.mjs', compatibilityDate: '2025-01-01', compatibilityFlags: [],
           bindings: { LINE_CHANNEL_SECRET, LINE_CHANNEL_ACCESS_TOKEN, LINE_API_ORIGIN }, host: '127.0.0.1', port: 0,
         });
         mf.ready.then((url) => console.log('listening on ' + url.origin));
         const bye = () => mf.dispose().finally(() => process.exit(0));
         process.on('SIGTERM', bye);
         process.on('SIGINT', bye);`,
      );
      return start(process.execPath, ['host.cjs'], botEnv());
    },
  ],
];

describe.each(loggingServers)('the webhook in %s', (_, launch, route) => {
  it('answers a signed webhook from the simulator 200 with onEvents called once with the typed event, and one signed with another secret 401', async () => {
    const server = await launch();
    try {
      const url = `${server.url}${route}`;
      const ok = await line.sendWebhook(url, [messageEvent(USER_ID, 'hello')], { channelSecret: SECRET });
      expect(ok.status).toBe(200);
      await waitFor(() => loggedEvents(server.output()).length > 0);
      const rejected = await line.sendWebhook(url, [messageEvent(USER_ID, 'forged')], { channelSecret: 'not-the-channel-secret' });
      expect(rejected.status).toBe(401);
      expect(rejected.body).not.toContain(SECRET);
      await new Promise((r) => setTimeout(r, 300)); // a late log line would show up here
      const events = loggedEvents(server.output());
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'message', source: { type: 'user', userId: USER_ID }, message: { type: 'text', text: 'hello' } });
    } finally {
      await stop(server.child);
    }
  }, 90_000);
});

describe.each(exampleBots)('the example bot in %s', (_, launch) => {
  it("replies to a simulated user's text message through the dummy LINE server (200), and answers a webhook signed with another secret 401 sending nothing", async () => {
    const server = await launch();
    try {
      const url = `${server.url}/webhook`;
      line.setWebhookEndpoint(url);
      const answer = await taro.say('hello');
      expect(answer.status).toBe(200);
      const replyToken = (answer.events[0] as { replyToken?: string } | undefined)?.replyToken;
      expect(replyToken).toEqual(expect.any(String));
      await taro.receive({ type: 'text', text: 'You said: hello' }, { timeoutMs: 10_000 });
      const sends = line.requests.filter((r) => r.method === 'POST' && r.path.startsWith('/v2/bot/message/'));
      expect(sends).toHaveLength(1);
      expect(sends[0]).toMatchObject({ host: 'api', path: '/v2/bot/message/reply', status: 200, headers: { authorization: `Bearer ${line.accessToken}` } });
      expect(sends[0]?.body).toEqual({ replyToken, messages: [{ type: 'text', text: 'You said: hello' }] });
      expect(line.deliveries.map((d) => d.kind)).toEqual(['reply']);

      const rejected = await line.sendWebhook(url, [messageEvent(USER_ID, 'forged')], { channelSecret: 'not-the-channel-secret' });
      expect(rejected.status).toBe(401);
      expect(rejected.body).not.toContain(SECRET);
      await taro.receiveNothing(300); // a late reply would show up here
      expect(line.deliveries).toHaveLength(1);
    } finally {
      await stop(server.child);
    }
  }, 90_000);
});

describe('which build each runtime resolves', () => {
  it.each([
    ...nodes.map(([label, node]): [string, string, string[]] => [label, node, ['conditions.mjs']]),
    ['Bun', bin('bun'), ['conditions.mjs']],
    ['Deno', bin('deno'), ['run', '--node-modules-dir=manual', '--allow-env', '--allow-read', '--allow-sys', 'conditions.mjs']],
  ])('%s gets the full build (LineClient included), not the web one', (_, command, args) => {
    fs.writeFileSync(
      path.join(work, 'conditions.mjs'),
      "import * as m from 'messaging-api-line'; console.log(JSON.stringify({ client: typeof m.LineClient, handler: typeof m.webhookHandler }));",
    );
    const out = execFileSync(command, args, { cwd: work, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1', DENO_DIR: path.join(work, '.deno') } });
    expect(JSON.parse(out.trim().split('\n').pop() as string)).toEqual({ client: 'function', handler: 'function' });
  }, 90_000);
});
