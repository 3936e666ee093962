/**
 * The whole app over the test demo, for component tests of the workspace
 * and the review layers on it: the virtualiser's layout stubbed around each
 * test, and a render that waits until the demo's rows and its review are
 * ready. For tests only.
 */
import { act, cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, expect } from 'vitest';
import { installWorkspaceLayout } from '../workspace/test-layout.ts';
import { App } from './App.tsx';
import { makeTestStore, renderWithStore } from './test-support.tsx';

/**
 * Stub the workspace layout before each test of the calling file, and
 * unmount and restore jsdom's after it. Call once at the top of the file.
 */
export function stubWorkspaceLayoutEachTest(): void {
  let restore: () => void = () => {};
  beforeEach(() => {
    restore = installWorkspaceLayout();
  });
  afterEach(() => {
    cleanup();
    restore();
  });
}

/**
 * Render `<App />` over a fresh test store, start it (which creates the
 * three-unit `TEST_DEMO`), and wait until its rows are drawn and its review
 * is loaded, so a test's first flag or revision is never lost to the load.
 */
export async function renderDemoApp() {
  const { store, db } = makeTestStore();
  renderWithStore(<App />, store);
  await act(() => store.getState().init());
  await waitFor(() => expect(screen.getAllByTestId('unit-row').length).toBe(3));
  await waitFor(() => expect(store.getState().review?.getState().status).toBe('ready'));
  return { store, db, review: store.getState().review! };
}
