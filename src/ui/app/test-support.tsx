/**
 * Rendering the app in component tests: a projects store over a fresh
 * fake-indexeddb database, aligning in-thread (jsdom has no workers), and
 * English unless a test switches. For tests only.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { buildDocument } from '../../core/align/index.ts';
import { initI18n } from '../../i18n/index.ts';
import { createDatabase } from '../../store/db.ts';
import type { DuizhaoDatabase } from '../../store/db.ts';
import { createProjectsStore } from '../../store/projects.ts';
import type { AlignTexts, ProjectsStore } from '../../store/projects.ts';
import { createRepository } from '../../store/repository.ts';
import { ProjectsStoreProvider } from './store-context.tsx';

/** The demo texts used in component tests: small, with one untranslated paragraph. */
export const TEST_DEMO = {
  name: 'Test demo',
  sourceText: '今天下午举行记者会。\n部长回答了提问。\n会议结束。',
  targetText: '今天下午举行记者会。\nThe minister answered questions.\nThe meeting ended.',
  sourceFileName: 'demo.zh.txt',
  targetFileName: 'demo.en.txt',
};

let count = 0;

/** A unique database name for one test. */
export function testDatabaseName(): string {
  return `duizhao-ui-test-${++count}-${Math.random().toString(36).slice(2)}`;
}

/** Options of `makeTestStore`. */
export interface TestStoreOptions {
  db?: DuizhaoDatabase;
  align?: AlignTexts;
}

/** A projects store for tests, with its database. Call `init()` yourself (or use `renderApp`). */
export function makeTestStore(options: TestStoreOptions = {}): {
  store: ProjectsStore;
  db: DuizhaoDatabase;
} {
  const db = options.db ?? createDatabase(testDatabaseName());
  const store = createProjectsStore({
    repository: createRepository(db),
    align:
      options.align ??
      ((source, target) => Promise.resolve().then(() => buildDocument(source, target))),
    loadDemo: () => Promise.resolve(TEST_DEMO),
    autosaveDelayMs: 10,
  });
  return { store, db };
}

/** Render `ui` over `store` with i18n ready. */
export function renderWithStore(ui: ReactElement, store: ProjectsStore) {
  initI18n('en');
  return render(<ProjectsStoreProvider store={store}>{ui}</ProjectsStoreProvider>);
}
