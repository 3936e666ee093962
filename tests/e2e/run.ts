/**
 * `npm run test:e2e`: run the browser tests if a Chromium is installed.
 *
 * Without one, a developer's `npm test` should still pass after saying in one
 * line what it skipped, while CI (CI set) or anyone who sets
 * DUIZHAO_REQUIRE_BROWSER=1 must not get a green run that tested nothing.
 * Extra arguments go to vitest (e.g. a test file name).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { findChromium } from './harness.ts';

const required = !!process.env.CI || process.env.DUIZHAO_REQUIRE_BROWSER === '1';

if (!findChromium()) {
  if (required) {
    console.error(
      'e2e: FAILED (no Chromium found, and CI or DUIZHAO_REQUIRE_BROWSER=1 requires the browser tests; install Debian’s chromium)',
    );
    process.exit(1);
  }
  console.log("e2e: skipped (no Chromium found; install Debian's chromium)");
  process.exit(0);
}

const root = fileURLToPath(new URL('../../', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const result = spawnSync(
  process.execPath,
  [vitest, 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
