// @vitest-environment jsdom
/**
 * Rendering tests of the workspace in jsdom. jsdom has no layout, so the
 * test gives elements the few figures the virtualiser reads (viewport
 * clientWidth/clientHeight, row heights, scrollTo) — enough to exercise the
 * real virtualised rendering, keyboard and ARIA wiring. Visual layout is
 * checked in the browser by tests/e2e/workspace.e2e.ts.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { createInstance } from 'i18next';
import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import type { BilingualDocument } from '../../core/model/document.ts';
import enWorkspace from '../../i18n/locales/en/workspace.json';
import zhWorkspace from '../../i18n/locales/zh/workspace.json';
import { demo, longDocument, mtOnly } from './test-documents.ts';
import { installWorkspaceLayout } from './test-layout.ts';
import { WorkspaceView } from './WorkspaceView.tsx';

let restoreLayout: () => void = () => {};
beforeAll(() => {
  restoreLayout = installWorkspaceLayout();
});
afterAll(() => restoreLayout());

afterEach(cleanup);

function makeI18n(lng: 'en' | 'zh'): I18n {
  const instance = createInstance();
  void instance.init({
    lng,
    fallbackLng: 'en',
    resources: { en: { workspace: enWorkspace }, zh: { workspace: zhWorkspace } },
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  return instance;
}

function renderView(document: BilingualDocument, activeUnit = 0, lng: 'en' | 'zh' = 'en') {
  const onActiveUnitChange = vi.fn();
  const i18n = makeI18n(lng);
  const view = (active: number) => (
    <I18nextProvider i18n={i18n}>
      <WorkspaceView
        document={document}
        activeUnit={active}
        onActiveUnitChange={onActiveUnitChange}
      />
    </I18nextProvider>
  );
  const result = render(view(activeUnit));
  return {
    ...result,
    onActiveUnitChange,
    rerenderActive: (active: number) => result.rerender(view(active)),
  };
}

function rows(): HTMLElement[] {
  return screen.getAllByTestId('unit-row');
}

function row(index: number): HTMLElement {
  const found = rows().find((r) => r.dataset.unitIndex === String(index));
  if (!found) throw new Error(`row ${index} is not rendered`);
  return found;
}

describe('WorkspaceView', () => {
  it('shows each unit with Chinese on the left and English on the right', () => {
    renderView(demo);
    expect(rows()).toHaveLength(4);
    const first = row(1);
    const cells = within(first).getAllByRole('gridcell');
    expect(cells.map((c) => c.dataset.testid)).toEqual(['unit-source', 'unit-target']);
    expect(cells[0]).toHaveProperty('lang', 'zh-Hans');
    expect(cells[1]).toHaveProperty('lang', 'en');
    expect(cells[0]!.textContent).toBe('持续深化省级“一卡通”，大力推进区域“一卡通”。');
    expect(cells[1]!.textContent).toBe(
      '持续深化省级“一卡通”, Vigorously promote regional "one card".',
    );
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      '#Unit number',
      'Chinese original',
      'English machine translation',
    ]);
  });

  it('marks untranslated Chinese in the English cell only', () => {
    renderView(demo);
    const marks = (index: number) => within(row(index)).queryAllByTestId('untranslated');
    expect(marks(0).map((m) => m.textContent)).toEqual(['今天下午3时举行记者会。']);
    expect(marks(1).map((m) => m.textContent)).toEqual(['持续深化省级“一卡通”']);
    expect(marks(1)[0]!.closest('[data-testid]')?.getAttribute('data-testid')).toBe('untranslated');
    expect(marks(1)[0]!.parentElement?.dataset.testid).toBe('unit-target');
    expect(marks(1)[0]!.title).toBe('Untranslated');
    expect(marks(3)).toHaveLength(0);
    expect(within(row(0)).getByTestId('unit-source').querySelector('mark')).toBeNull();
  });

  it('says why a side is empty', () => {
    renderView(demo);
    expect(within(row(2)).getByTestId('unit-target').textContent).toBe(
      'Not translated: possible omission',
    );
    expect(within(row(3)).getByTestId('unit-source').textContent).toBe(
      'Not in the source: possible addition',
    );
    cleanup();
    renderView(mtOnly);
    expect(rows().map((r) => within(r).getByTestId('unit-source').textContent)).toEqual(
      Array(3).fill('No source yet'),
    );
    expect(rows().some((r) => r.dataset.lowConfidence === 'true')).toBe(false);
  });

  it('flags low confidence and paragraph starts', () => {
    renderView(demo);
    expect(rows().map((r) => r.dataset.lowConfidence ?? null)).toEqual([null, null, null, 'true']);
    expect(row(3).getAttribute('aria-description')).toBe('Low alignment confidence: 34%');
    expect(rows().map((r) => r.dataset.paragraphStart ?? null)).toEqual([
      'true',
      'true',
      null,
      null,
    ]);
  });

  it('selects the active unit and reports clicks', () => {
    const { onActiveUnitChange, rerenderActive } = renderView(demo, 1);
    expect(rows().map((r) => r.getAttribute('aria-selected'))).toEqual([
      'false',
      'true',
      'false',
      'false',
    ]);
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-activedescendant')).toBe(row(1).id);
    fireEvent.click(within(row(3)).getByTestId('unit-target'));
    expect(onActiveUnitChange).toHaveBeenLastCalledWith(3);
    rerenderActive(3);
    expect(row(3).getAttribute('aria-selected')).toBe('true');
    expect(grid.getAttribute('aria-activedescendant')).toBe(row(3).id);
  });

  it('moves with j/k, arrows, Home and End from the grid or the page', () => {
    const { onActiveUnitChange } = renderView(demo, 1);
    const grid = screen.getByTestId('workspace-scroll');
    grid.focus();
    fireEvent.keyDown(grid, { key: 'j' });
    expect(onActiveUnitChange).toHaveBeenLastCalledWith(2);
    fireEvent.keyDown(grid, { key: 'ArrowUp' });
    expect(onActiveUnitChange).toHaveBeenLastCalledWith(0);
    fireEvent.keyDown(grid, { key: 'End' });
    expect(onActiveUnitChange).toHaveBeenLastCalledWith(3);
    fireEvent.keyDown(document.body, { key: 'k' });
    expect(onActiveUnitChange).toHaveBeenLastCalledWith(0);
  });

  it('reports nothing when already at the edge', () => {
    const { onActiveUnitChange } = renderView(demo, 0);
    const grid = screen.getByTestId('workspace-scroll');
    fireEvent.keyDown(grid, { key: 'Home' });
    fireEvent.keyDown(grid, { key: 'k' });
    expect(onActiveUnitChange).not.toHaveBeenCalled();
  });

  it('leaves keys alone in form fields and other widgets', () => {
    const { onActiveUnitChange } = renderView(demo, 1);
    const input = document.body.appendChild(document.createElement('input'));
    const button = document.body.appendChild(document.createElement('button'));
    try {
      fireEvent.keyDown(input, { key: 'j' });
      fireEvent.keyDown(button, { key: 'ArrowDown' });
      fireEvent.keyDown(screen.getByRole('grid'), { key: 'j', ctrlKey: true });
      expect(onActiveUnitChange).not.toHaveBeenCalled();
    } finally {
      input.remove();
      button.remove();
    }
  });

  it('speaks Chinese when the interface does', () => {
    renderView(demo, 0, 'zh');
    expect(screen.getByRole('grid').getAttribute('aria-label')).toBe(
      '对齐单元：中文原文与英文机器翻译',
    );
    expect(within(row(2)).getByTestId('unit-target').textContent).toBe('未译出：可能是漏译');
    // Interface text inside a Chinese-language cell is tagged with its own language.
    expect(within(row(3)).getByTestId('unit-source').firstElementChild?.getAttribute('lang')).toBe(
      'zh-Hans',
    );
  });

  it('renders only a window of a 10,000-unit document and follows the active unit', async () => {
    const { rerenderActive, onActiveUnitChange } = renderView(longDocument(10_000));
    const grid = screen.getByRole('grid');
    expect(grid.getAttribute('aria-rowcount')).toBe('10001');
    expect(rows().length).toBeGreaterThan(10);
    expect(rows().length).toBeLessThan(60);
    expect(row(0).textContent).toContain('Sentence 1.');

    act(() => rerenderActive(7_500));
    await waitFor(() => expect(row(7_500).getAttribute('aria-selected')).toBe('true'));
    expect(screen.queryAllByTestId('unit-row').some((r) => r.dataset.unitIndex === '0')).toBe(
      false,
    );
    expect(row(7_500).textContent).toContain('第7501句。');
    expect(rows().length).toBeLessThan(60);

    fireEvent.keyDown(grid, { key: 'PageDown' });
    const paged = onActiveUnitChange.mock.lastCall?.[0] as number;
    // 600px viewport minus the header, 40px rows: about fourteen rows a page.
    expect(paged - 7_500).toBeGreaterThan(8);
    expect(paged - 7_500).toBeLessThan(16);
  });

  it('shows a message for a document without units', () => {
    renderView({
      source: null,
      target: { text: '', segmentation: { paragraphs: [], sentences: [] } },
      alignment: { units: [], charRatio: 2.5 },
    });
    expect(screen.getByTestId('workspace-scroll').textContent).toBe('This document has no text.');
  });
});
