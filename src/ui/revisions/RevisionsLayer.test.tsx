// @vitest-environment jsdom
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderDemoApp, stubWorkspaceLayoutEachTest } from '../app/demo-app.test-support.tsx';

stubWorkspaceLayoutEachTest();

const renderDemo = renderDemoApp;

const targetOf = (unit: number) =>
  document.querySelector(`[data-unit-index="${unit}"] [data-testid="unit-target"]`)!;
const statusOf = (unit: number) =>
  document
    .querySelector(`[data-unit-index="${unit}"] [data-testid="unit-status"]`)
    ?.getAttribute('data-status');

describe('revisions layer', () => {
  it('shows each unit’s current text and status, tracked changes, and the editor’s ruling', async () => {
    const { store, review } = await renderDemo();
    expect(statusOf(1)).toBe('untouched');
    act(() => {
      review
        .getState()
        .saveRevision(
          1,
          { text: 'The minister answered questions.', version: 'mt' },
          'The minister answered every question.',
        );
    });
    expect(targetOf(1).textContent).toBe('The minister answered every question.');
    expect(statusOf(1)).toBe('edited');
    // The document's MT is untouched.
    expect(store.getState().current!.document.target.text).toContain('answered questions.');

    await userEvent.click(screen.getByTestId('toggle-tracked'));
    expect(targetOf(1).querySelector('ins')?.textContent).toContain('every');
    expect(targetOf(1).querySelector('del')?.textContent).toContain('questions');
    expect(targetOf(1).querySelector('ins')?.getAttribute('title')).toMatch(
      /^Inserted by Reviewer/,
    );
    await userEvent.click(screen.getByTestId('toggle-tracked'));

    await userEvent.click(targetOf(1));
    expect(screen.getByTestId('pending-revision').textContent).toContain('Reviewer');
    // Only an editor decides.
    expect(screen.queryByTestId('approve-revision')).toBeNull();
    await act(() => store.getState().profile.getState().update({ name: 'Zhao', role: 'editor' }));
    await userEvent.selectOptions(screen.getByTestId('decision-reason'), 'correct');
    await userEvent.click(screen.getByTestId('approve-revision'));
    expect(statusOf(1)).toBe('approved');
    expect(screen.getByTestId('approval-progress').getAttribute('value')).toBe('1');
    expect([...review.getState().review.revisions.values()][0]?.decision).toMatchObject({
      by: { name: 'Zhao' },
      reason: 'correct',
    });

    // Undo takes the ruling back, then the revision.
    act(() => void review.getState().undo());
    expect(statusOf(1)).toBe('edited');
    act(() => void review.getState().undo());
    expect(targetOf(1).textContent).toBe('The minister answered questions.');

    await userEvent.click(screen.getByTestId('toggle-history'));
    expect(screen.getAllByTestId('history-entry')).toHaveLength(1);
  });

  it('opens the editor with Enter on the active unit and closes it with Escape', async () => {
    await renderDemo();
    await userEvent.click(targetOf(2));
    fireEvent.keyDown(screen.getByTestId('workspace-scroll'), { key: 'Enter' });
    const input = await screen.findByTestId('unit-editor-input');
    expect(input.textContent).toBe('The meeting ended.');
    expect(document.querySelectorAll('[data-testid="unit-editor"]')).toHaveLength(1);
    fireEvent.keyDown(input, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('unit-editor')).toBeNull());
  });
});
