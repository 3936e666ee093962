/**
 * Says once, in one line, that the interop tests are skipped when the shared
 * data folder is absent (each test file then skips its own suites).
 */
import { existsSync } from 'node:fs';
import { SHARED_DATA } from './shared-data.ts';

/** Vitest global setup. */
export default function setup(): void {
  if (!existsSync(SHARED_DATA)) {
    process.stdout.write(
      `interop: skipped (${SHARED_DATA} not found; it holds the third-party test data)\n`,
    );
  }
}
