// npm run bench: builds the app (demo and real-server builds) and prints what each page loads.
// Figures, not a test: targets are shown beside them, and nothing here fails on a missed target.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBuild } from './bundle-sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const KB = 1024;
const TARGET_FIRST = 130 * KB;
const TARGET_ROUTE = 260 * KB;

function build(mode, outDir) {
  rmSync(join(root, outDir), { recursive: true, force: true });
  const args = ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'];
  if (mode) args.push('--mode', mode);
  execFileSync('npx', args, { cwd: root, stdio: 'inherit' });
  return measureBuild(join(root, outDir));
}

const kb = (bytes) => `${(bytes / KB).toFixed(1)} KB`;
const mark = (bytes, target) => (bytes <= target ? 'ok' : 'OVER');

const builds = { demo: build(undefined, 'dist-bench-demo'), server: build('server', 'dist-bench-server') };
const rows = [];
for (const [name, m] of Object.entries(builds)) {
  rows.push([
    name,
    'first page (entry + static imports)',
    kb(m.firstPage.gzipBytes),
    `≤ 130 KB ${mark(m.firstPage.gzipBytes, TARGET_FIRST)}`,
  ]);
  for (const r of m.routes)
    rows.push([name, `  + ${r.source}`, kb(r.gzipBytes), `≤ 260 KB ${mark(r.gzipBytes, TARGET_ROUTE)}`]);
  rows.push([name, 'msw in first page', String(m.mswInFirstPage), m.mswInFirstPage ? 'OVER' : 'ok']);
  rows.push([name, 'msw anywhere in build', String(m.mswAnywhere), name === 'server' && m.mswAnywhere ? 'OVER' : 'ok']);
}
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log('\nJavaScript per page, gzip -9 bytes\n');
for (const r of rows) console.log(r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  '));

mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(
  join(root, 'bench-results', 'bundle.json'),
  JSON.stringify({ measuredAt: new Date().toISOString(), builds }, null, 2),
);
console.log('\nwritten: bench-results/bundle.json');
for (const dir of ['dist-bench-demo', 'dist-bench-server']) rmSync(join(root, dir), { recursive: true, force: true });
