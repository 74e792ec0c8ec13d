// Production builds for the bench, made with the Vite CLI as `npm run build` makes them.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const viteBin = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

/**
 * Runs `vite build` in a child process (node + Vite's bin, not npx, so no process tree is left behind).
 * NODE_ENV is dropped from the child's environment: Vite's module runner sets it to 'development' in
 * this process, and a build under that setting ships React's development JSX runtime.
 */
export function viteBuild(root, { outDir, mode, config }) {
  const args = [viteBin, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'];
  if (mode) args.push('--mode', mode);
  if (config) args.push('--config', config);
  const env = { ...process.env };
  delete env.NODE_ENV;
  const started = Date.now();
  const result = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) throw new Error(`vite build ${mode ?? config ?? ''} failed (exit ${result.status})`);
  return Date.now() - started;
}
