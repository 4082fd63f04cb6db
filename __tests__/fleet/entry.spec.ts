/**
 * Loading: `messaging-api-line/redis` uses the client it is given and loads no Redis library (nor the limiter
 * library, until a limiter step runs); the main entry point never loads the redis entry. Checked on dist/ in a
 * fresh process (`npm test` builds it first).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

const DIST = path.join(__dirname, '..', '..', 'dist');

function loaded(script: string): string[] {
  const out = execFileSync(process.execPath, ['-e', `${script}; console.log(JSON.stringify(Object.keys(require.cache)))`], { encoding: 'utf8' });
  return (JSON.parse(out) as string[]).map((p) => path.relative(path.join(DIST, '..'), p));
}

describe('entry points', () => {
  it('the redis entry loads neither ioredis, redis nor rate-limiter-flexible by itself', () => {
    const mods = loaded(`require(${JSON.stringify(path.join(DIST, 'redis'))})`);
    expect(mods).toContain(path.join('dist', 'redis', 'index.js'));
    expect(mods.filter((m) => /node_modules[\\/](ioredis|redis|@redis|rate-limiter-flexible)[\\/]/.test(m))).toEqual([]);
  });

  it('the main entry does not load the redis entry', () => {
    const mods = loaded(`require(${JSON.stringify(DIST)})`);
    expect(mods).toContain(path.join('dist', 'index.js'));
    expect(mods.filter((m) => m.includes(`dist${path.sep}redis`) || /ioredis|@redis|rate-limiter-flexible/.test(m))).toEqual([]);
  });

  it("the redis entry's errors are the main entry's classes (instanceof holds across entries)", () => {
    const out = execFileSync(
      process.execPath,
      [
        '-e',
        `const main = require(${JSON.stringify(DIST)}); const redis = require(${JSON.stringify(path.join(DIST, 'redis'))});
         let e; try { redis.createRedisStore({}); } catch (x) { e = x; }
         console.log(JSON.stringify([e instanceof main.LineValidationError, e instanceof main.LineError, redis.LineStoreError === main.LineStoreError]));`,
      ],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out)).toEqual([true, true, true]);
  });
});
