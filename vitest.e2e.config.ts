import { defineConfig } from 'vitest/config';

// End-to-end tests: the production build, served by `vite preview`, driven in
// Debian's Chromium through playwright-core. Run them with `npm run test:e2e`
// (tests/e2e/run.ts), which first checks that a Chromium exists.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    // A cold Chromium start plus an alignment in a worker takes seconds on a
    // two-core CI machine; the defaults (5 s / 10 s) would make tests flaky.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // One browser at a time: each file launches its own Chromium, and two
    // or more on two cores make every timing in the tests unreliable.
    fileParallelism: false,
  },
});
