// @vitest-environment jsdom
import 'fake-indexeddb/auto';
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { addTerm } from '../../core/glossary/project.ts';
import type { ProjectsStore } from '../../store/projects.ts';
import { makeTestStore, renderWithStore } from '../app/test-support.tsx';
import { useProjects } from '../app/store-context.tsx';
import { ReviewStoreProvider } from '../flags/review-context.tsx';
import { GlossaryPanel } from './GlossaryPanel.tsx';
import { glossaryPanel } from './panel-state.ts';
import { TermForm } from './TermForm.tsx';

afterEach(() => {
  cleanup();
  glossaryPanel.setState({ open: false, draft: null });
});

function Harness() {
  const project = useProjects((s) => s.current);
  const review = useProjects((s) => s.review);
  if (!project || !review) return null;
  return (
    <ReviewStoreProvider store={review}>
      <GlossaryPanel project={project} onAddTerm={() => undefined} />
    </ReviewStoreProvider>
  );
}

/** The test demo (unit 0 still Chinese in the MT, unit 1 "The minister answered questions.") with two terms. */
async function setup(): Promise<ProjectsStore> {
  const { store } = makeTestStore();
  await store.getState().init();
  let glossary = addTerm(null, { zh: '记者会', en: 'press conference' });
  glossary = addTerm(glossary, { zh: '部长', en: 'minister', forbidden: 'secretary' });
  await store.getState().setPart('glossary', glossary);
  renderWithStore(<Harness />, store);
  return store;
}

const csvFile = (text: string, name = 'terms.csv') => new File([text], name, { type: 'text/csv' });

const terms = (store: ProjectsStore) =>
  store.getState().current?.glossary?.entries.map((t) => t.zh) ?? [];

describe('GlossaryPanel', () => {
  it("shows the active unit's terms and whether the English uses them", async () => {
    const store = await setup();
    const unitTerms = () => within(screen.getByTestId('glossary-unit-terms'));
    expect(unitTerms().getByTestId('glossary-unit-term').dataset.status).toBe('missing');
    expect(unitTerms().getByText('记者会')).toBeTruthy();
    act(() => store.getState().setActiveUnit(1));
    const item = unitTerms().getByTestId('glossary-unit-term');
    expect(item.dataset.status).toBe('present');
    expect(item.textContent).toContain('部长');
    act(() => store.getState().setActiveUnit(2));
    expect(unitTerms().queryByTestId('glossary-unit-term')).toBeNull();
  });

  it('imports a CSV with a bad row after asking, listing the row by line', async () => {
    const store = await setup();
    fireEvent.change(screen.getByTestId('glossary-file'), {
      target: { files: [csvFile('zh,en\n会议,meeting\n提问,\n')] },
    });
    const ask = await screen.findByTestId('glossary-ask');
    expect(within(ask).getByTestId('glossary-problems').textContent).toContain('line 3');
    fireEvent.click(within(ask).getByTestId('glossary-merge'));
    await waitFor(() => expect(terms(store)).toEqual(['记者会', '部长', '会议']));
    const outcome = await screen.findByTestId('glossary-import-outcome');
    expect(outcome.textContent).toContain('Imported 1 term from terms.csv');
    expect(within(outcome).getByText(/line 3: no English term/)).toBeTruthy();
    expect(screen.getAllByTestId('glossary-term')).toHaveLength(3);
  });

  it('replaces the terms when asked to', async () => {
    const store = await setup();
    fireEvent.change(screen.getByTestId('glossary-file'), {
      target: { files: [csvFile('zh,en\n会议,meeting\n')] },
    });
    fireEvent.click(await screen.findByTestId('glossary-replace'));
    await waitFor(() => expect(terms(store)).toEqual(['会议']));
    expect(store.getState().current?.glossary?.fileName).toBe('terms.csv');
  });

  it('leaves the glossary alone when a file cannot be read', async () => {
    const store = await setup();
    const before = store.getState().current?.glossary;
    fireEvent.change(screen.getByTestId('glossary-file'), {
      target: { files: [csvFile('zh,en\n"会议,meeting\n')] },
    });
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('terms.csv could not be read as a termbase');
    expect(alert.textContent).toContain('quoted field is never closed');
    expect(store.getState().current?.glossary).toBe(before);
    fireEvent.change(screen.getByTestId('glossary-file'), {
      target: { files: [csvFile('', 'empty.csv')] },
    });
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toContain('the file is empty'),
    );
    expect(store.getState().current?.glossary).toBe(before);
  });

  it('searches the terms and deletes one', async () => {
    const store = await setup();
    fireEvent.change(screen.getByTestId('glossary-search'), { target: { value: 'MINISTER' } });
    await waitFor(() => expect(screen.getAllByTestId('glossary-term')).toHaveLength(1));
    fireEvent.change(screen.getByTestId('glossary-search'), { target: { value: 'secretary' } });
    await waitFor(() => expect(screen.getAllByTestId('glossary-term')).toHaveLength(1));
    fireEvent.click(screen.getByRole('button', { name: 'Delete the term 部长' }));
    await waitFor(() => expect(terms(store)).toEqual(['记者会']));
  });
});

describe('TermForm', () => {
  it('adds the prefilled term, and refuses one without English', async () => {
    const { store } = makeTestStore();
    await store.getState().init();
    let closed: boolean | null = null;
    renderWithStore(
      <TermForm draft={{ zh: '记者会', en: '' }} onClose={(saved) => (closed = saved)} />,
      store,
    );
    expect(screen.getByTestId<HTMLInputElement>('term-zh').value).toBe('记者会');
    expect(document.activeElement).toBe(screen.getByTestId('term-en'));
    fireEvent.click(screen.getByTestId('term-save'));
    expect(screen.getByRole('alert').textContent).toContain('Both the Chinese and the English');
    fireEvent.change(screen.getByTestId('term-en'), { target: { value: 'press conference' } });
    fireEvent.click(screen.getByTestId('term-save'));
    await waitFor(() => expect(closed).toBe(true));
    expect(store.getState().current?.glossary?.entries).toMatchObject([
      { zh: '记者会', en: 'press conference', line: 0 },
    ]);
    expect(glossaryPanel.getState().open).toBe(true);
  });
});
