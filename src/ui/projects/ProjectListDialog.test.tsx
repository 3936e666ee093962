// @vitest-environment jsdom
import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { makeTestStore, renderWithStore } from '../app/test-support.tsx';
import { ProjectListDialog } from './ProjectListDialog.tsx';

afterEach(() => {
  cleanup();
});

async function setup() {
  const { store } = makeTestStore();
  await store.getState().init();
  // Second project, created later, so it is listed first.
  await new Promise((resolve) => setTimeout(resolve, 5));
  await store.getState().createFromTexts({
    name: 'Second',
    sourceText: null,
    targetText: 'A.\nB.\nC.',
    sourceFileName: null,
    targetFileName: null,
  });
  const closed = { count: 0 };
  renderWithStore(<ProjectListDialog onClose={() => closed.count++} />, store);
  return { store, closed };
}

const items = () => screen.getAllByTestId('project-item');

describe('project list', () => {
  it('lists projects most recently modified first, with unit counts', async () => {
    await setup();
    expect(screen.getByTestId('project-list')).toBeTruthy();
    expect(items().map((item) => item.querySelector('.project-item-name')?.textContent)).toEqual([
      'Second',
      'Test demo',
    ]);
    expect(items()[0]?.textContent).toMatch(/3 units · translation only/);
    expect(items()[0]?.getAttribute('aria-current')).toBe('true');
    expect(items()[1]?.textContent).toMatch(/3 units · demo/);
  });

  it('renames in place with Enter, and Escape cancels without closing the dialog', async () => {
    const { store, closed } = await setup();
    const second = items()[0]!;
    await userEvent.click(within(second).getByTestId('project-rename'));
    const input = within(second).getByRole('textbox');
    expect(document.activeElement).toBe(input);
    await userEvent.clear(input);
    await userEvent.type(input, 'Renamed{enter}');
    await waitFor(() => expect(store.getState().current?.name).toBe('Renamed'));
    expect(document.activeElement).toBe(within(items()[0]!).getByTestId('project-rename'));

    await userEvent.click(within(items()[0]!).getByTestId('project-rename'));
    await userEvent.type(within(items()[0]!).getByRole('textbox'), ' more{escape}');
    expect(store.getState().current?.name).toBe('Renamed');
    expect(closed.count).toBe(0);
    // With the editor gone, Escape closes the dialog.
    await userEvent.keyboard('{Escape}');
    expect(closed.count).toBe(1);
  });

  it('deletes only after confirmation, and opens the next project when the open one goes', async () => {
    const { store, closed } = await setup();
    const secondId = store.getState().current?.id;
    await userEvent.click(within(items()[0]!).getByTestId('project-delete'));
    const confirm = screen.getByRole('alertdialog');
    expect(confirm.textContent).toContain('Second');
    expect(document.activeElement).toBe(screen.getByTestId('confirm-cancel'));

    // Escape cancels the confirmation only.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(closed.count).toBe(0);
    expect(items()).toHaveLength(2);

    await userEvent.click(within(items()[0]!).getByTestId('project-delete'));
    await userEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(items()).toHaveLength(1));
    expect(store.getState().projects.some((p) => p.id === secondId)).toBe(false);
    await waitFor(() => expect(store.getState().current?.name).toBe('Test demo'));
  });

  it('opens a project and closes', async () => {
    const { store, closed } = await setup();
    await userEvent.click(within(items()[1]!).getByTestId('project-open'));
    expect(closed.count).toBe(1);
    await act(async () => {
      await waitFor(() => expect(store.getState().current?.name).toBe('Test demo'));
    });
  });
});
