// @vitest-environment jsdom
/**
 * The checks panel in the app over fake-indexeddb, with the checks engine
 * in-thread (jsdom has no workers): findings and counts, a quick fix saved
 * as a revision, accepting as a flag from the keyboard, dismissing with a
 * reason and restoring, and switching a check off. The grid itself is
 * covered in a real browser (tests/e2e/checks.e2e.ts).
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../app/App.tsx';
import { makeTestStore, renderWithStore } from '../app/test-support.tsx';
import { installWorkspaceLayout } from '../workspace/test-layout.ts';
import { installFindingListLayout } from './test-list-layout.ts';

let restoreLayout: () => void;
let restoreList: () => void;
beforeEach(() => {
  restoreLayout = installWorkspaceLayout();
  restoreList = installFindingListLayout();
});
afterEach(() => {
  cleanup();
  restoreList();
  restoreLayout();
});

const MINISTER = 'The minister answered questions.';

async function renderApp() {
  const { store } = makeTestStore();
  renderWithStore(<App />, store);
  await act(() => store.getState().init());
  await waitFor(() => expect(store.getState().review?.getState().status).toBe('ready'));
  fireEvent.click(screen.getByTestId('checks-toggle'));
  const panel = await screen.findByTestId('checks-panel');
  return { store, panel, review: () => store.getState().review!.getState() };
}

const items = (check?: string) =>
  screen
    .queryAllByTestId('finding-item')
    .filter((item) => !check || item.getAttribute('data-check') === check);

/** Focus the first finding of `check` and press `key` on it. */
function press(check: string, key: string) {
  const main = within(items(check)[0]!).getByTestId('finding-item-main');
  act(() => main.focus());
  fireEvent.keyDown(main, { key });
}

describe('checks panel', () => {
  it('lists the findings with counts and applies a quick fix as a revision', async () => {
    const { panel, review } = await renderApp();
    await waitFor(() => expect(items('untranslated').length).toBeGreaterThan(0));
    const total = Number(within(panel).getByTestId('checks-total').getAttribute('data-count'));
    expect(total).toBeGreaterThan(0);
    expect(screen.getByTestId('finding-list').getAttribute('data-count')).toBe(String(total));

    act(() => {
      review().saveRevision(
        1,
        { text: MINISTER, version: 'mt' },
        'The minister  answered questions.',
      );
    });
    await waitFor(() => expect(items('spacing')).toHaveLength(1));
    // Highlighted in the cell as a finding, with its message as the description.
    const row = screen
      .getAllByTestId('unit-row')
      .find((r) => r.getAttribute('data-unit-index') === '1')!;
    const mark = within(row).getByTestId('finding-highlight');
    expect(mark.textContent).toBe('  ');
    expect(mark.getAttribute('aria-description')).toMatch(/space/i);
    expect(within(row).getByTestId('unit-target').textContent).toBe(
      'The minister  answered questions.',
    );
    press('spacing', 'F');
    await waitFor(() => expect(items('spacing')).toHaveLength(0));
    const revisions = [...review().review.revisions.values()].filter((r) => r.unit === 1);
    expect(revisions).toHaveLength(2);
    expect(revisions.some((r) => /Quick fix/.test(r.comment ?? ''))).toBe(true);
  });

  it('accepts a finding as a flag with A and opens the flag editor', async () => {
    const { review } = await renderApp();
    await waitFor(() => expect(items('untranslated').length).toBeGreaterThan(0));
    press('untranslated', 'a');
    const flags = [...review().review.flags.values()];
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({
      origin: 'check:untranslated',
      anchor: { unit: 0, side: 'target' },
    });
    expect(flags[0]?.category).toMatch(/Non-translation|Accuracy/);
    expect(await screen.findByTestId('flag-editor')).toBeTruthy();
  });

  it('counts an accepted finding no longer as open and lists it under "flagged"', async () => {
    const { panel, review } = await renderApp();
    await waitFor(() => expect(items('untranslated').length).toBeGreaterThan(0));
    const total = () =>
      Number(within(panel).getByTestId('checks-total').getAttribute('data-count'));
    const before = total();
    const open = items('untranslated').length;
    press('untranslated', 'a');
    await waitFor(() => expect(items('untranslated')).toHaveLength(open - 1));
    expect(total()).toBe(before - 1);
    fireEvent.change(screen.getByTestId('checks-filter-status'), { target: { value: 'flagged' } });
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(items()[0]?.getAttribute('data-check')).toBe('untranslated');
    expect(within(items()[0]!).queryByTestId('finding-accept')).toBeNull();
    expect(items()[0]?.textContent).toMatch(/Flagged/);
    // Deleting the flag opens the finding again.
    const [flag] = [...review().review.flags.values()];
    act(() => review().deleteFlag(flag!.id));
    await waitFor(() => expect(items()).toHaveLength(0));
    fireEvent.change(screen.getByTestId('checks-filter-status'), { target: { value: 'open' } });
    await waitFor(() => expect(total()).toBe(before));
  });

  it('dismisses with a reason, restores, and switches a check off', async () => {
    const { store } = await renderApp();
    await waitFor(() => expect(items('untranslated').length).toBeGreaterThan(0));
    const before = items('untranslated').length;
    press('untranslated', 'd');
    const reason = await screen.findByTestId('finding-dismiss-reason');
    fireEvent.change(reason, { target: { value: 'a proper name' } });
    fireEvent.submit(reason.closest('form')!);
    await waitFor(() => expect(items('untranslated')).toHaveLength(before - 1));
    expect(store.getState().current?.checks?.dismissed).toMatchObject([
      { check: 'untranslated', unit: 0, reason: 'a proper name' },
    ]);
    expect(screen.getByTestId('dismissed-reason').textContent).toBe('a proper name');
    fireEvent.click(screen.getByTestId('dismissed-restore'));
    await waitFor(() => expect(items('untranslated')).toHaveLength(before));

    fireEvent.click(screen.getByTestId('check-switch-untranslated'));
    await waitFor(() => expect(items('untranslated')).toHaveLength(0));
    expect(store.getState().current?.checks?.disabled).toEqual(['untranslated']);
  });
});
