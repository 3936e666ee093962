// @vitest-environment jsdom
import { act, fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { bareAnchor } from '../../../tests/helpers/flags.ts';
import type { Role } from '../../core/model/flag.ts';
import { renderDemoApp, stubWorkspaceLayoutEachTest } from '../app/demo-app.test-support.tsx';

stubWorkspaceLayoutEachTest();

async function renderDemo() {
  const { store, review } = await renderDemoApp();
  const as = (role: Role) =>
    act(() => store.getState().profile.getState().update({ name: role, role }));
  return { store, review, as };
}

const statusOf = (unit: number) =>
  document
    .querySelector(`[data-unit-index="${unit}"] [data-testid="unit-status"]`)
    ?.getAttribute('data-status');
const rowHeader = (unit: number) =>
  document.querySelector<HTMLElement>(`[data-unit-index="${unit}"] [role="rowheader"]`)!;
const altKey = (code: string) =>
  fireEvent.keyDown(screen.getByTestId('workspace-scroll'), { key: 'x', code, altKey: true });

describe('editorial bar', () => {
  it('offers each role its own mark, by button and by Alt key', async () => {
    const { review, as } = await renderDemo();
    act(() => {
      review
        .getState()
        .saveRevision(
          1,
          { text: 'The minister answered questions.', version: 'mt' },
          'The minister answered every question.',
        );
    });
    await userEvent.click(rowHeader(1));
    await as('translator');
    expect(screen.queryByTestId('review-unit')).toBeNull();
    expect(screen.queryByTestId('approve-unit')).toBeNull();
    altKey('KeyR'); // not a translator's key
    expect(statusOf(1)).toBe('edited');
    altKey('KeyC');
    expect(statusOf(1)).toBe('confirmed');
    expect(screen.queryByTestId('confirm-unit')).toBeNull(); // already confirmed

    await as('reviewer');
    await userEvent.click(screen.getByTestId('review-unit'));
    expect(statusOf(1)).toBe('reviewed');

    await as('editor');
    expect(screen.queryByTestId('review-unit')).toBeNull();
    altKey('KeyA');
    expect(statusOf(1)).toBe('approved');
  });

  it('filters by status, jumps, approves the filtered units in one undoable step', async () => {
    const { store, as } = await renderDemo();
    await as('editor');
    await userEvent.selectOptions(screen.getByTestId('unit-status-filter'), 'untouched');
    expect(screen.getByTestId('unit-status-count').textContent).toBe('3 units');
    altKey('KeyN');
    expect(store.getState().current!.view.activeUnit).toBe(1);
    await userEvent.click(screen.getByTestId('jump-previous'));
    expect(store.getState().current!.view.activeUnit).toBe(0);

    await userEvent.click(screen.getByTestId('approve-all'));
    expect([0, 1, 2].map(statusOf)).toEqual(['approved', 'approved', 'approved']);
    expect(screen.getByTestId('unit-status-count').textContent).toBe('0 units');
    act(() => void store.getState().review!.getState().undo());
    expect([0, 1, 2].map(statusOf)).toEqual(['untouched', 'untouched', 'untouched']);
    act(() => void store.getState().review!.getState().redo());
    expect([0, 1, 2].map(statusOf)).toEqual(['approved', 'approved', 'approved']);
  });

  it('signs off, refuses to open the editor with a reason, and reopens', async () => {
    const { as } = await renderDemo();
    await as('editor');
    expect(screen.getByTestId('sign-off')).toHaveProperty('disabled', true);
    await userEvent.click(screen.getByTestId('approve-all'));
    await userEvent.click(screen.getByTestId('sign-off'));
    expect(screen.getByTestId('signed-off-message').getAttribute('role')).toBe('status');

    await userEvent.click(rowHeader(2));
    fireEvent.keyDown(screen.getByTestId('workspace-scroll'), { key: 'Enter' });
    expect(screen.queryByTestId('unit-editor')).toBeNull();
    expect(screen.getByRole('alert').textContent).toMatch(/Signed off by editor.*Reopen/);

    await as('translator');
    expect(screen.getByTestId('signed-off-message').textContent).toMatch(/Ask an editor/);
    expect(screen.queryByTestId('reopen')).toBeNull();
    await as('editor');
    expect(screen.getByTestId('reopen')).toHaveProperty('disabled', true);
    await userEvent.type(screen.getByTestId('reopen-note'), 'one more fix');
    await userEvent.click(screen.getByTestId('reopen'));
    expect(screen.queryByTestId('signed-off-message')).toBeNull();
    await userEvent.click(screen.getByTestId('signoff-history').querySelector('summary')!);
    const events = screen.getAllByTestId('signoff-event');
    expect(events.map((e) => e.getAttribute('data-kind'))).toEqual([
      'document.signoff',
      'document.reopen',
    ]);
    expect(events[1]!.textContent).toContain('one more fix');
    fireEvent.keyDown(screen.getByTestId('workspace-scroll'), { key: 'Enter' });
    expect(await screen.findByTestId('unit-editor')).toBeTruthy();
  });

  it('lets an editor rule on a flag in the panel, shows the verdict and filters by it', async () => {
    const { review, as } = await renderDemo();
    const flag = review.getState().addFlag({
      anchor: bareAnchor(1, 13, 'answered'),
      category: 'Accuracy/Mistranslation',
      severity: 'minor',
    });
    await userEvent.click(screen.getByTestId('flag-counts'));
    const panel = screen.getByTestId('flags-panel');
    // Only editors rule.
    expect(within(panel).queryByTestId('decide-flag-open')).toBeNull();
    await as('editor');
    await userEvent.click(within(panel).getByTestId('decide-flag-open'));
    await userEvent.selectOptions(within(panel).getByTestId('decision-reason'), 'not-an-error');
    await userEvent.click(within(panel).getByTestId('reject-flag'));
    expect(review.getState().review.flags.get(flag.id)?.status).toBe('rejected');
    expect(within(panel).getByTestId('flag-verdict-badge').textContent).toBe(
      'Rejected by editor · Not an error',
    );
    const filter = within(panel).getByTestId('flags-filter-verdict');
    await userEvent.selectOptions(filter, 'approved');
    expect(within(panel).queryAllByTestId('flag-item')).toHaveLength(0);
    await userEvent.selectOptions(filter, 'rejected');
    expect(within(panel).queryAllByTestId('flag-item')).toHaveLength(1);
    await userEvent.selectOptions(filter, 'undecided');
    expect(within(panel).queryAllByTestId('flag-item')).toHaveLength(0);
  });
});
