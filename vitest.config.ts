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
  },
});
