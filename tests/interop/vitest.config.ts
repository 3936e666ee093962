import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Interoperability tests: our code on files that other tools and people
// produced (/work/shared/data, read as ../shared/data from the repo root; see
// tests/interop/shared-data.ts). Run with `npm run test:interop`.
export default defineConfig({
  root: fileURLToPath(new URL('../../', import.meta.url)),
  test: {
    include: ['tests/interop/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/interop/global-setup.ts'],
    // Whole real files (1,000+ sentences) through the CLI take seconds.
    testTimeout: 60_000,
  },
});
