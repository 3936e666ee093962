// ESLint flat config. Type-aware rules (typescript-eslint's
// recommendedTypeChecked, through the project service so tsconfig.json is
// the one source of truth for what is TypeScript), React's hook rules for
// the UI, and the architecture's import direction as lint errors:
// ui → store → core, cli → core, and core imports nothing that ties it to a
// browser, a framework or Node.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages that bind code to React, IndexedDB or a store. */
const FRAMEWORK_PACKAGES = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'react-i18next',
  'i18next',
  'dexie',
  'zustand',
  'zustand/*',
  '@tanstack/*',
];

/** Builds a no-restricted-imports rule from forbidden folders and packages. */
function restrict(message, folders, packages = []) {
  return [
    'error',
    {
      patterns: [
        ...(folders.length ? [{ group: folders.map((f) => `**/${f}/**`), message }] : []),
        ...(packages.length ? [{ group: packages, message }] : []),
      ],
    },
  ];
}

const CORE_MESSAGE =
  'src/core is pure TypeScript shared by the app, the worker and the CLI: it must not depend on the UI, the store, workers, the CLI, a framework, Node built-ins or browser globals.';

export default defineConfig(
  { ignores: ['dist/', 'coverage/', 'bench/results/', 'fixtures/', 'test-results/', 'public/'] },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.node },
    },
    rules: {
      // `_name` marks a parameter kept for its signature (an interface, a later caller).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      // React event props accept async handlers; their promise is handled inside.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { attributes: false } },
      ],
    },
  },
  {
    // Plain JavaScript (bin/, this file) is outside tsconfig.json: lint it without types.
    files: ['**/*.js', '**/*.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: [
      'src/ui/**/*.{ts,tsx}',
      'src/store/**/*.{ts,tsx}',
      'src/workers/**/*.ts',
      'src/i18n/**/*.ts',
      'src/main.tsx',
    ],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['src/ui/**/*.tsx', 'src/ui/**/*.ts', 'src/main.tsx'],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      // The same for globals: core code that reads process.env or touches
      // window would work in one of its three hosts and break in the others.
      'no-restricted-globals': [
        'error',
        ...[
          'process',
          'Buffer',
          'window',
          'document',
          'navigator',
          'localStorage',
          'indexedDB',
        ].map((name) => ({ name, message: CORE_MESSAGE })),
      ],
      'no-restricted-imports': restrict(
        CORE_MESSAGE,
        ['ui', 'store', 'workers', 'cli'],
        [...FRAMEWORK_PACKAGES, 'node:*'],
      ),
    },
  },
  {
    // Tests of core may read fixtures with node:fs, nothing more.
    files: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict(
        CORE_MESSAGE,
        ['ui', 'store', 'workers', 'cli'],
        FRAMEWORK_PACKAGES,
      ),
    },
  },
  {
    files: ['src/store/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        'src/store must not import src/ui: imports go ui → store → core.',
        ['ui', 'cli'],
      ),
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        'src/cli uses src/core only: it must run in Node without the app.',
        ['ui', 'store', 'workers'],
        FRAMEWORK_PACKAGES,
      ),
    },
  },
);
