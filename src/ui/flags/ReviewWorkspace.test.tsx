// @vitest-environment jsdom
/**
 * The review layer rendered in the app over fake-indexeddb: flagging from a
 * selection with the keyboard, snapping, undo and redo, whole-unit flags,
 * editing through a highlight, the panel's filters, and user text staying
 * inert. Layout is stubbed (see workspace/test-layout.ts); the browser test
 * (tests/e2e/flags.e2e.ts) covers the real thing.
 */
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { anchorOnWords } from '../../../tests/helpers/flags.ts';
import { renderDemoApp, stubWorkspaceLayoutEachTest } from '../app/demo-app.test-support.tsx';
import { rangeInCell } from './selection-offsets.ts';

stubWorkspaceLayoutEachTest();

async function renderApp() {
  const { store, db, review } = await renderDemoApp();
  return { store, db, review: () => review.getState() };
}

function targetCell(unit: number): HTMLElement {
  const row = screen
    .getAllByTestId('unit-row')
    .find((r) => r.getAttribute('data-unit-index') === String(unit));
  if (!row) throw new Error(`row ${unit} is not rendered`);
  return within(row).getByTestId('unit-target');
}

/** Select `[start, end)` of a unit's English as a drag would. */
function select(unit: number, start: number, end: number): void {
  const selection = document.getSelection()!;
  selection.removeAllRanges();
  selection.addRange(rangeInCell(targetCell(unit), start, end));
}

function highlights(unit: number): [string, string | null][] {
  return within(targetCell(unit))
    .queryAllByTestId('flag-highlight')
    .map((m) => [m.textContent ?? '', m.getAttribute('data-severity')]);
}

const MINISTER = 'The minister answered questions.';

describe('flagging from the keyboard', () => {
  it('snaps the selection, saves with M then Enter, and undoes and redoes', async () => {
    const { review } = await renderApp();
    // "inister answ": both ends inside words.
    select(1, 5, 17);
    fireEvent.keyDown(document.body, { key: 'M', shiftKey: true });
    const editor = await screen.findByTestId('flag-editor');
    expect(within(editor).getByTestId('flag-quote').textContent).toBe('minister answered');
    expect(document.activeElement).toBe(within(editor).getByTestId('category-search'));
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(screen.queryByTestId('flag-editor')).toBeNull());
    expect(highlights(1)).toEqual([['minister answered', 'major']]);
    expect(screen.getByTestId('flag-count-major').textContent).toBe('1');
    const [flag] = review().review.flags.values();
    expect(flag).toMatchObject({ severity: 'major', category: 'Accuracy', status: 'open' });
    expect(MINISTER.slice(flag!.anchor.position.start, flag!.anchor.position.end)).toBe(
      'minister answered',
    );

    fireEvent.keyDown(document.body, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(highlights(1)).toEqual([]));
    expect(screen.getByTestId('flag-count-major').textContent).toBe('0');
    fireEvent.keyDown(document.body, { key: 'Z', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(highlights(1)).toEqual([['minister answered', 'major']]));
  });

  it('keeps exact bounds for a selection made with Alt held', async () => {
    await renderApp();
    select(1, 5, 17);
    fireEvent.mouseUp(targetCell(1), { altKey: true });
    fireEvent.keyDown(document.body, { key: 'm' });
    const editor = await screen.findByTestId('flag-editor');
    expect(within(editor).getByTestId('flag-quote').textContent).toBe('inister answ');
  });

  it('does nothing for severity keys without a selection or while typing', async () => {
    await renderApp();
    fireEvent.keyDown(document.body, { key: 'M', shiftKey: true });
    const input = document.body.appendChild(document.createElement('input'));
    try {
      select(1, 0, 3);
      fireEvent.keyDown(input, { key: 'm' });
      expect(screen.queryByTestId('flag-editor')).toBeNull();
    } finally {
      input.remove();
    }
  });

  it('flags a mostly Chinese unit as a whole with u, as Non-translation', async () => {
    const { review } = await renderApp();
    document.getSelection()?.removeAllRanges();
    fireEvent.keyDown(document.body, { key: 'u' });
    const editor = await screen.findByTestId('flag-editor');
    expect(within(editor).getByTestId('flag-quote').textContent).toBe('今天下午举行记者会。');
    expect(within(editor).getByRole('option', { selected: true }).getAttribute('data-path')).toBe(
      'Non-translation',
    );
    fireEvent.keyDown(document.activeElement!, { key: 'Enter' });
    await waitFor(() => expect(review().review.flags.size).toBe(1));
    expect([...review().review.flags.values()][0]).toMatchObject({
      category: 'Non-translation',
      severity: 'major',
    });
  });

  it('moves the keyboard selection with Shift+arrows, word by word with Ctrl', async () => {
    const { store } = await renderApp();
    act(() => store.getState().setActiveUnit(1));
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true, ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true, ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true });
    expect(document.getSelection()?.toString()).toBe('The minister ');
    fireEvent.keyDown(document.body, { key: 'c' });
    const editor = await screen.findByTestId('flag-editor');
    expect(within(editor).getByTestId('flag-quote').textContent).toBe('The minister');
    expect(within(editor).getByTestId<HTMLInputElement>('flag-severity-critical').checked).toBe(
      true,
    );
    fireEvent.keyDown(document.activeElement!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('flag-editor')).toBeNull());

    // s moves the keyboard selection to the Chinese side, for omissions.
    fireEvent.keyDown(document.body, { key: 's' });
    fireEvent.keyDown(document.body, { key: 'ArrowRight', shiftKey: true, ctrlKey: true });
    expect(document.getSelection()?.toString()).toBe('部长');
    fireEvent.keyDown(document.body, { key: 'M', shiftKey: true });
    const onSource = await screen.findByTestId('flag-editor');
    expect(within(onSource).getByTestId('flag-quote').getAttribute('lang')).toBe('zh-Hans');
  });
});

describe('editing, the panel and inert text', () => {
  it('edits through a highlight, filters the panel and shows hostile comments as text', async () => {
    const { review } = await renderApp();
    act(() => {
      review().addFlag({
        anchor: anchorOnWords('The meeting ended.', 2, 'meeting'),
        category: 'Style/Awkward',
        severity: 'minor',
      });
    });
    const mark = await within(targetCell(2)).findByTestId('flag-highlight');
    mark.focus();
    expect((await screen.findByTestId('flag-card')).textContent).toMatch(/Minor.*Awkward/);
    fireEvent.keyDown(mark, { key: 'Enter' });
    const editor = await screen.findByTestId('flag-editor');
    await userEvent.type(
      within(editor).getByTestId('flag-comment'),
      '<img src=x onerror="alert(1)"> hostile',
    );
    await userEvent.click(within(editor).getByTestId('flag-save'));
    await waitFor(() => expect(screen.queryByTestId('flag-editor')).toBeNull());

    await userEvent.click(screen.getByTestId('flag-counts'));
    const panel = screen.getByTestId('flags-panel');
    const items = () => within(panel).queryAllByTestId('flag-item');
    expect(items()).toHaveLength(1);
    expect(items()[0]!.textContent).toContain('<img src=x onerror="alert(1)"> hostile');
    expect(panel.querySelector('img')).toBeNull();
    await userEvent.type(within(panel).getByTestId('flags-filter-text'), 'pensions');
    expect(items()).toHaveLength(0);
    await userEvent.clear(within(panel).getByTestId('flags-filter-text'));
    await userEvent.selectOptions(within(panel).getByTestId('flags-filter-severity'), 'minor');
    expect(items()).toHaveLength(1);

    // Deleting is soft: the flag leaves the text and the list, not the log.
    await userEvent.click(within(items()[0]!).getByTestId('flag-item-edit'));
    await userEvent.click(
      within(await screen.findByTestId('flag-editor')).getByTestId('flag-delete'),
    );
    expect(highlights(2)).toEqual([]);
    expect(items()).toHaveLength(0);
    await userEvent.selectOptions(within(panel).getByTestId('flags-filter-status'), 'deleted');
    expect(items()).toHaveLength(1);
    expect([...review().review.flags.values()][0]?.status).toBe('deleted');
  });
});
