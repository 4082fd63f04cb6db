import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, parseArgs } from '../../src/testing/cli';
import type { DummyLineServer } from '../../src/testing';
import { call } from './helpers';

function sink(): { write(text: string): boolean; text: () => string } {
  let out = '';
  return {
    write(text: string) {
      out += text;
      return true;
    },
    text: () => out,
  };
}

describe('cli main()', () => {
  let server: DummyLineServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('starts the platform and prints both origins and a valid token', async () => {
    const out = sink();
    server = await main(['--port', '0', '--data-port=0', '--token', 'cli-token'], { stdout: out });
    expect(server).toBeDefined();
    const text = out.text();
    expect(text).toContain(`origin:        ${server!.origin}`);
    expect(text).toContain(`dataOrigin:    ${server!.dataOrigin}`);
    expect(text).toContain(`managerOrigin: ${server!.managerOrigin}`);
    expect(server!.managerOrigin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(text).toContain('accessToken:   cli-token');
    expect((await call(server!, 'GET', '/v2/bot/info', { token: 'cli-token' })).status).toBe(200);
  });

  it('prints one JSON line with --json', async () => {
    const out = sink();
    server = await main(['--json'], { stdout: out });
    expect(JSON.parse(out.text())).toEqual({
      origin: server!.origin,
      dataOrigin: server!.dataOrigin,
      managerOrigin: server!.managerOrigin,
      accessToken: server!.accessToken,
      channelId: server!.channelId,
      channelSecret: server!.channelSecret,
    });
  });

  it('listens on the manager port given with --manager-port', async () => {
    // Find a free port, release it, then ask the CLI for it.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port: free } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const out = sink();
    server = await main([`--manager-port=${free}`, '--json'], { stdout: out });
    expect(server!.managerPort).toBe(free);
    expect((JSON.parse(out.text()) as { managerOrigin: string }).managerOrigin).toBe(`http://127.0.0.1:${free}`);
  });

  it('checks ids as LINE does by default, accepts toy ids with --any-id, and signs with --channel-secret', async () => {
    const push = (s: DummyLineServer) => call(s, 'POST', '/v2/bot/message/push', { body: { to: 'U1', messages: [{ type: 'text', text: 'hi' }] } });
    server = await main(['--json'], { stdout: sink() });
    expect((await push(server!)).status).toBe(400);
    await server!.close();
    server = await main(['--json', '--any-id', '--channel-secret', 'my-secret', '--redelivery'], { stdout: sink() });
    expect((await push(server!)).status).toBe(200);
    expect(server!.messagesTo('U1')).toEqual([{ type: 'text', text: 'hi' }]);
    expect(server!.channelSecret).toBe('my-secret');
    expect(parseArgs(['--any-id', '--redelivery'])).toMatchObject({ anyId: true, redelivery: true });
    expect(parseArgs([])).toMatchObject({ anyId: false, redelivery: false });
  });

  it('lets reply tokens expire after --reply-token-ttl, and keeps them by default', async () => {
    const reply = (s: DummyLineServer, replyToken: string) => call(s, 'POST', '/v2/bot/message/reply', { body: { replyToken, messages: [{ type: 'text', text: 'hi' }] } });
    server = await main(['--json', '--reply-token-ttl', '50'], { stdout: sink() });
    const late = server!.issueReplyToken();
    const fresh = server!.issueReplyToken();
    expect((await reply(server!, fresh)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await reply(server!, late)).status).toBe(400);
    await server!.close();
    server = await main(['--json'], { stdout: sink() });
    const kept = server!.issueReplyToken();
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect((await reply(server!, kept)).status).toBe(200);
    expect(() => parseArgs(['--reply-token-ttl', '0'])).toThrow('--reply-token-ttl needs a positive integer (milliseconds)');
  });

  it('prints usage for --help and starts nothing', async () => {
    const out = sink();
    expect(await main(['--help'], { stdout: out })).toBeUndefined();
    expect(out.text()).toContain('Usage: messaging-api-line-dummy');
  });

  it('rejects bad arguments', () => {
    expect(() => parseArgs(['--port', 'eighty'])).toThrow("--port needs a port number (0-65535), got 'eighty'");
    expect(() => parseArgs(['--port'])).toThrow('got nothing');
    expect(() => parseArgs(['--frobnicate'])).toThrow("Unknown option '--frobnicate'");
    expect(parseArgs(['-p', '8080', '--data-port', '8081', '--seed', '3'])).toMatchObject({ port: 8080, dataPort: 8081, seed: 3 });
    expect(parseArgs([])).toMatchObject({ managerPort: 0 });
    expect(parseArgs(['--manager-port', '8082'])).toMatchObject({ managerPort: 8082 });
    expect(() => parseArgs(['--manager-port', '70000'])).toThrow("--manager-port needs a port number (0-65535), got '70000'");
  });
});

describe('bin/messaging-api-line-dummy.js without the build', () => {
  it('prints a one-line hint and exits 1 when dist/ is missing (a fresh clone)', async () => {
    // A copy of the launcher in a package directory that has no dist/.
    const root = mkdtempSync(join(tmpdir(), 'dummy-bin-'));
    try {
      mkdirSync(join(root, 'bin'));
      const copy = join(root, 'bin', 'messaging-api-line-dummy.js');
      copyFileSync(join(__dirname, '../../bin/messaging-api-line-dummy.js'), copy);
      const child = spawn(process.execPath, [copy, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      const code = await new Promise<number | null>((resolve) => child.once('close', (c) => resolve(c)));
      clearTimeout(timer);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toBe(
        'messaging-api-line-dummy: dist/ is missing; run `npm run build` first (the published package ships it)\n',
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

const compiled = join(__dirname, '../../dist/testing/cli.js');
const bin = join(__dirname, '../../bin/messaging-api-line-dummy.js');
const describeBin = existsSync(compiled) ? describe : describe.skip;
if (!existsSync(compiled)) {
  console.info(`Skipping the bin test: ${compiled} does not exist (run the build first).`);
}

describeBin('bin/messaging-api-line-dummy.js (needs the build)', () => {
  it('serves until SIGTERM, then exits 0', async () => {
    const child = spawn(process.execPath, [bin, '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no banner: ${out}`)), 10_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          if (out.includes('\n')) {
            clearTimeout(timer);
            resolve(out.split('\n')[0]);
          }
        });
        child.once('exit', () => reject(new Error(`exited early: ${out}`)));
      });
      const { origin, accessToken } = JSON.parse(line) as { origin: string; accessToken: string };
      const res = await fetch(`${origin}/v2/bot/info`, { headers: { authorization: `Bearer ${accessToken}` } });
      expect(res.status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
