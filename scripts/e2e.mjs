// npm run test:e2e: the browser journeys (vitest project 'e2e') against the production build in dist/.
// Without Chromium they are skipped with one line, so a laptop without the browser can still run
// npm test; in CI (CI=true) or with REQUIRE_BROWSER=1 a missing browser is an error instead, so the
// journeys can never be skipped silently where they are meant to run.
// Extra arguments go to vitest: npm run test:e2e -- tests/e2e/official.e2e.ts
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

// The same lookup as tests/browser/chromium.ts (a .ts file Node 20 cannot import from here).
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const required = process.env.CI === 'true' || process.env.REQUIRE_BROWSER === '1';

if (!existsSync(chromiumPath)) {
  console.log(
    'Browser tests skipped: Chromium not found. Install it with: sudo apt-get install -y chromium fonts-noto-cjk',
  );
  process.exit(required ? 1 : 0);
}

const result = spawnSync('npx', ['vitest', 'run', '--project', 'e2e', ...process.argv.slice(2)], {
  stdio: 'inherit',
  cwd: new URL('..', import.meta.url),
});
process.exit(result.status ?? 1);
