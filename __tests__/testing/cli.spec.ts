import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
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
    expect(text).toContain(`origin:      ${server!.origin}`);
    expect(text).toContain(`dataOrigin:  ${server!.dataOrigin}`);
    expect(text).toContain('accessToken: cli-token');
    expect((await call(server!, 'GET', '/v2/bot/info', { token: 'cli-token' })).status).toBe(200);
  });

  it('prints one JSON line with --json', async () => {
    const out = sink();
    server = await main(['--json'], { stdout: out });
    expect(JSON.parse(out.text())).toEqual({
      origin: server!.origin,
      dataOrigin: server!.dataOrigin,
      accessToken: server!.accessToken,
    });
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
