/**
 * Bundles a Worker as wrangler does: esbuild with the `workerd`, `worker` and `browser` conditions, one ES module,
 * nothing written to disk.
 */
import * as esbuild from 'esbuild';

/**
 * @param entry - the Worker's entry file
 * @param workDir - the folder whose node_modules hold the package (a scratch consumer project)
 * @returns the bundled code
 */
export async function bundleWorker(entry: string, workDir: string): Promise<string> {
  const bundle = await esbuild.build({
    entryPoints: [entry],
    absWorkingDir: workDir,
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    conditions: ['workerd', 'worker', 'browser'],
    mainFields: ['browser', 'module', 'main'],
    write: false,
    logLevel: 'silent',
    tsconfigRaw: '{}', // not this repository's tsconfig, whose paths point at src/
  });
  return bundle.outputFiles[0]?.text ?? '';
}
