// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeProjectFile } from '../../core/io/project-file.ts';
import { changeLanguage, LANGUAGE_STORAGE_KEY } from '../../i18n/index.ts';
import { createDatabase } from '../../store/db.ts';
import { installWorkspaceLayout } from '../workspace/test-layout.ts';
import { App } from './App.tsx';
import { makeTestStore, renderWithStore, TEST_DEMO, testDatabaseName } from './test-support.tsx';

let restoreLayout: () => void;

beforeEach(() => {
  restoreLayout = installWorkspaceLayout();
});

afterEach(async () => {
  cleanup();
  restoreLayout();
  await changeLanguage('en');
  localStorage.clear();
});

async function renderApp(options: Parameters<typeof makeTestStore>[0] = {}) {
  const { store, db } = makeTestStore(options);
  renderWithStore(<App />, store);
  await act(() => store.getState().init());
  return { store, db };
}

describe('app shell', () => {
  it('opens the demo on first start, with its title and the reconstruction notice', async () => {
    await renderApp();
    expect(screen.getByTestId('project-title').textContent).toBe(TEST_DEMO.name);
    expect(screen.getByTestId('demo-notice').textContent).toMatch(
      /Source reconstructed for demonstration/,
    );
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(document.title).toContain(TEST_DEMO.name);
    await waitFor(() => expect(screen.getAllByTestId('unit-row').length).toBeGreaterThan(0));
    // The demo has a source: nothing to add.
    expect(screen.queryByTestId('add-source')).toBeNull();
  });

  it('saves the active unit and restores it in a fresh app over the same database', async () => {
    const name = testDatabaseName();
    const { store } = await renderApp({ db: createDatabase(name) });
    const row = await screen.findByText('The meeting ended.');
    await userEvent.click(row);
    expect(store.getState().current?.view.activeUnit).toBe(2);
    await act(() => store.getState().flush());
    cleanup();

    const second = await renderApp({ db: createDatabase(name) });
    expect(second.store.getState().current?.view.activeUnit).toBe(2);
    await waitFor(() => {
      const selected = screen
        .getAllByTestId('unit-row')
        .find((r) => r.getAttribute('aria-selected') === 'true');
      expect(selected?.getAttribute('data-unit-index')).toBe('2');
    });
  });

  it('switches the interface to Chinese and remembers the choice', async () => {
    await renderApp();
    const select = screen.getByTestId<HTMLSelectElement>('language-select');
    expect(select.value).toBe('en');
    expect(screen.getByTestId('open-import').textContent).toBe('Import texts');
    await userEvent.selectOptions(select, 'zh');
    await waitFor(() => expect(screen.getByTestId('open-import').textContent).toBe('导入文本'));
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-Hans');
    expect(select.value).toBe('zh');
  });

  it('shows a storage failure in the banner and keeps the project usable', async () => {
    const { store, db } = await renderApp();
    db.close();
    await act(async () => {
      store.getState().setActiveUnit(1);
      await store.getState().flush();
    });
    const banner = screen.getByTestId('storage-error');
    expect(banner.textContent).toMatch(/could not be saved/);
    expect(banner.textContent).toMatch(/DatabaseClosedError/);
    expect(store.getState().current?.view.activeUnit).toBe(1);
    await userEvent.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByTestId('storage-error')).toBeNull();
  });

  it('offers "Add source" for an MT-only project and keeps its id and name', async () => {
    const { store } = await renderApp();
    const mtOnly = await act(() =>
      store.getState().createFromTexts({
        name: 'Only MT',
        sourceText: null,
        targetText: 'One.\nTwo.',
        sourceFileName: null,
        targetFileName: null,
      }),
    );
    await userEvent.click(screen.getByTestId('add-source'));
    expect(screen.queryByTestId('import-target-file')).toBeNull();
    expect(screen.queryByTestId('import-name')).toBeNull();
    await userEvent.type(screen.getByTestId('import-source-text'), '一。\n二。');
    await userEvent.click(screen.getByTestId('import-submit'));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const current = store.getState().current;
    expect(current?.id).toBe(mtOnly.id);
    expect(current?.name).toBe('Only MT');
    expect(current?.document.source?.text).toBe('一。\n二。');
    expect(screen.queryByTestId('add-source')).toBeNull();
  });
});

describe('project files', () => {
  it('refuses a broken project file with a message naming it, and changes nothing', async () => {
    const { store } = await renderApp();
    const before = store.getState().current;
    const file = new File(['{"format": "duizhao-project", "version": 1,'], 'broken.duizhao.json', {
      type: 'application/json',
    });
    fireEvent.change(screen.getByTestId('import-project-file'), { target: { files: [file] } });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('broken.duizhao.json');
    expect(alert.textContent).toMatch(/JSON/);
    expect(store.getState().current).toBe(before);
    expect(store.getState().projects).toHaveLength(1);
  });

  it('imports an exported project as a new project with the same document', async () => {
    const { store } = await renderApp();
    const demo = store.getState().current;
    if (!demo) throw new Error('no demo');
    const file = new File([writeProjectFile({ ...demo, name: 'Copy' })], 'copy.duizhao.json');
    fireEvent.change(screen.getByTestId('import-project-file'), { target: { files: [file] } });
    await waitFor(() => expect(screen.getByTestId('project-title').textContent).toBe('Copy'));
    expect(store.getState().projects).toHaveLength(2);
    expect(store.getState().current?.id).not.toBe(demo.id);
    expect(store.getState().current?.document).toEqual(demo.document);
    expect((await screen.findByRole('status')).textContent).toContain('Copy');
  });
});
