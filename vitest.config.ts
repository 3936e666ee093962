import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// Unit and component tests: fast, no browser. Core tests run in Node;
// files under src/ui and src/store opt into jsdom with a
// `// @vitest-environment jsdom` docblock where they need a DOM.
export default defineConfig({
  plugins: [react()],
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}', 'bench/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['tests/helpers/setup-unit.ts'],
    // The CLI tests run the real binary (tsx compiles on start) and the
    // property tests run thousands of cases: on a loaded two-core CI machine
    // either can pass vitest's 5 s default without anything being wrong.
    testTimeout: 30_000,
  },
});
