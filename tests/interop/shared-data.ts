/**
 * Access to the third-party test data in `../shared/data` (relative to the
 * repository root; its README describes every folder). The data is never
 * copied into the repository, so a fresh clone may not have it: tests that
 * need it skip, and the global setup says so once.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute path of the shared data folder, whether or not it exists. */
export const SHARED_DATA = fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** Absolute path of `relative` inside the shared data, or `null` when it is absent. */
export function sharedData(relative: string): string | null {
  const path = join(SHARED_DATA, relative);
  return existsSync(path) ? path : null;
}
