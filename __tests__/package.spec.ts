/**
 * The packed tarball, installed into a temporary project: `require` and `import` both work, types resolve for
 * CommonJS and ES module consumers, and importing the package loads nothing it does not need.
 * Runs against dist/, which `npm test` builds before jest.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.join(__dirname, '..');
const work = path.join(root, '.tmp-package-test');
const tsc = require.resolve('typescript/bin/tsc');

function node(args: string[], cwd = work): string {
  return execFileSync(process.execPath, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'ignore' });
  fs.rmSync(work, { recursive: true, force: true });
  fs.mkdirSync(path.join(work, 'node_modules'), { recursive: true });
  // npm pack runs no lifecycle script here that needs the network; it writes the tarball `npm publish` would.
  const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' }).trim().split('\n').pop() as string;
  const target = path.join(work, 'node_modules', 'messaging-api-line');
  fs.mkdirSync(target);
  execFileSync('tar', ['-xzf', path.join(work, tarball), '-C', target, '--strip-components=1']);
  // Dependencies (axios, ...) resolve from the repository's node_modules, one folder up.
  fs.writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
}, 120_000);

afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

describe('the packed package', () => {
  it('ships dist and the dummy-server bin only (no sources, tests or tsbuildinfo)', () => {
    const files = execFileSync('find', ['.', '-type', 'f'], { cwd: path.join(work, 'node_modules', 'messaging-api-line'), encoding: 'utf8' }).split('\n');
    expect(files.filter((f) => f && !f.startsWith('./dist/') && !['./package.json', './README.md', './LICENSE', './bin/messaging-api-line-dummy.js', './testing/package.json'].includes(f))).toEqual([]);
  });

  it('works with require()', () => {
    const out = node([
      '-e',
      `const m = require('messaging-api-line');
       const c = new m.LineClient({ accessToken: 't' });
       console.log(JSON.stringify({ client: typeof m.LineClient, line: typeof m.Line.createText, types: typeof m.LineTypes,
         text: m.Line.createText('hi'), err: new m.LineApiError({ method: 'GET', path: '/x', response: { status: 500, statusText: '', headers: {}, data: { message: 'boom' } } }).message,
         base: c.axios.defaults.baseURL }));`,
    ]);
    expect(JSON.parse(out)).toEqual({
      client: 'function',
      line: 'function',
      types: 'object',
      text: { type: 'text', text: 'hi' },
      err: 'LINE API - boom',
      base: 'https://api.line.me',
    });
  });

  it('loads file-type on the first rich menu upload (the image check runs from the packed build)', () => {
    const out = node([
      '-e',
      `const m = require('messaging-api-line');
       const c = new m.LineClient({ accessToken: 't', origin: 'http://127.0.0.1:9', dataOrigin: 'http://127.0.0.1:9' });
       c.uploadRichMenuImage('rm', Buffer.from('474946383961', 'hex')).then(() => console.log('sent'), (e) => console.log(e.name + ': ' + e.message));`,
    ]);
    expect(out.trim()).toBe('LineValidationError: Invalid argument `image`: a rich menu image must be image/png or image/jpeg, got image/gif. Nothing was sent.');
  });

  it('works with import, sharing one copy of each class with require()', () => {
    fs.writeFileSync(
      path.join(work, 'esm.mjs'),
      `import { LineClient, Line, LineTypes, LineApiError } from 'messaging-api-line';
       import * as ns from 'messaging-api-line';
       import { createRequire } from 'node:module';
       const cjs = createRequire(import.meta.url)('messaging-api-line');
       console.log(JSON.stringify({ client: typeof LineClient, text: Line.createText('hi'), types: typeof LineTypes,
         same: LineClient === cjs.LineClient && LineApiError === cjs.LineApiError, def: ns.default === cjs && ns.LineClient === LineClient }));`,
    );
    expect(JSON.parse(node(['esm.mjs']))).toEqual({ client: 'function', text: { type: 'text', text: 'hi' }, types: 'object', same: true, def: true });
  });

  it('importing loads neither file-type, the whole of lodash nor the dummy server', () => {
    const out = node([
      '-e',
      `require('messaging-api-line');
       console.log(JSON.stringify(Object.keys(require.cache).map((f) => f.replace(/\\\\/g, '/'))));`,
    ]);
    const loaded = JSON.parse(out) as string[];
    expect(loaded.filter((f) => f.includes('/file-type/'))).toEqual([]);
    expect(loaded.filter((f) => f.endsWith('/lodash/lodash.js') || f.endsWith('/lodash/index.js'))).toEqual([]);
    expect(loaded.filter((f) => f.includes('/dist/testing/'))).toEqual([]);
  });

  it('a push loads neither axios, form-data nor undici; touching client.axios routes only its host through axios', () => {
    fs.writeFileSync(
      path.join(work, 'lazy.js'),
      `const http = require('node:http');
       const loaded = () => Object.keys(require.cache).map((f) => f.replace(/\\\\/g, '/'));
       const has = (part) => loaded().some((f) => f.includes('/node_modules/' + part + '/'));
       const undici = () => process.moduleLoadList.some((m) => m.includes('undici'));
       const server = http.createServer((req, res) => {
         req.resume();
         req.on('end', () => {
           res.writeHead(200, { 'content-type': req.url.includes('/content') ? 'application/octet-stream' : 'application/json', 'x-line-request-id': 'r' });
           res.end(req.url.includes('/content') ? 'bytes' : '{"sentMessages":[{"id":"1","quoteToken":"q"}]}');
         });
       });
       server.listen(0, '127.0.0.1', async () => {
         const origin = 'http://127.0.0.1:' + server.address().port;
         const out = {};
         try {
           const { LineClient } = require('messaging-api-line');
           const seen = [];
           const client = new LineClient({ accessToken: 't', origin, dataOrigin: origin, onRequest: (r) => seen.push(r.method) });
           await client.pushText('U1', 'hi');
           await client.getMessageContent('m1');
           out.afterPush = { axios: has('axios'), formData: has('form-data'), undici: undici(), hooked: seen.length };
           let ran = 0;
           client.axios.interceptors.request.use((config) => { ran++; return config; });
           const axiosRequests = [];
           const proto = require('axios').Axios.prototype;
           // Instances bind Axios.prototype.request, which calls this._request: every request of every instance.
           const original = proto._request;
           proto._request = function (config) { axiosRequests.push(typeof config === 'string' ? config : config.url); return original.apply(this, arguments); };
           await client.pushText('U1', 'again');
           await client.getMessageContent('m2');
           out.afterTouch = { ran, axiosRequests, axios: has('axios') };
         } catch (e) {
           out.error = String(e && e.stack);
         }
         server.close();
         server.closeAllConnections();
         console.log(JSON.stringify(out));
       });`,
    );
    const out = execFileSync(process.execPath, ['lazy.js'], { cwd: work, encoding: 'utf8', env: { ...process.env, DEBUG: 'messaging-api:*' }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 30_000 });
    expect(JSON.parse(out)).toEqual({
      afterPush: { axios: false, formData: false, undici: false, hooked: 2 },
      afterTouch: { ran: 1, axiosRequests: ['/v2/bot/message/push'], axios: true },
    });
  });

  it('the testing entry point works with require() and import', () => {
    expect(node(['-e', `console.log(typeof require('messaging-api-line/testing').createDummyLineServer)`]).trim()).toBe('function');
    fs.writeFileSync(path.join(work, 'testing.mjs'), `import { createDummyLineServer } from 'messaging-api-line/testing'; console.log(typeof createDummyLineServer);`);
    expect(node(['testing.mjs']).trim()).toBe('function');
  });

  it.each([
    ['CommonJS consumer (module commonjs, moduleResolution node10)', 'consumer.ts', ['--module', 'commonjs', '--moduleResolution', 'node10', '--skipLibCheck']],
    ['ES module consumer (module nodenext)', 'consumer.mts', ['--module', 'nodenext', '--moduleResolution', 'nodenext', '--skipLibCheck']],
    ['bundler consumer that checks our declarations too (no skipLibCheck)', 'bundled.ts', ['--module', 'esnext', '--moduleResolution', 'bundler']],
  ])('types resolve for a %s', (_, file, flags) => {
    fs.writeFileSync(
      path.join(work, file),
      `import { LineClient, Line, LineTypes, LineApiError } from 'messaging-api-line';
       const client: LineClient = new LineClient({ accessToken: 't' });
       const message: LineTypes.TextMessage = Line.createText('hi');
       export const p: Promise<LineTypes.ReplyMessageResponse> = client.reply('rt', [message]);
       export const isApiError = (e: unknown): boolean => e instanceof LineApiError;
       // @ts-expect-error: a text message needs text
       export const bad: LineTypes.TextMessage = { type: 'text' };
      `,
    );
    expect(() =>
      execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--target', 'es2022', '--types', 'node', '--typeRoots', path.join(root, 'node_modules/@types'), ...flags, file], {
        cwd: work,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).not.toThrow();
  }, 60_000);
});
