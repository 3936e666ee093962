// @vitest-environment jsdom
/**
 * The projects store and the open project's review together: the review
 * opens and closes with its project, the project in memory carries the
 * latest review (so project files include the flags), an imported project
 * brings its review into storage, and adding a source carries flags over
 * to the realigned units.
 */
import { describe, expect, it } from 'vitest';
import { anchorOnWords } from '../../tests/helpers/flags.ts';
import { readProjectFile, writeProjectFile } from '../core/io/project-file.ts';
import { mtText } from '../core/revision/index.ts';
import type { DuizhaoDatabase } from './db.ts';
import type { ProjectsStore } from './projects.ts';
import { createRepository } from './repository.ts';
import { freshDatabaseName, testProjectsStore, testDatabases } from './store.test-support.ts';

const SOURCE = '第一段。\n第二段。';
const TARGET = 'First paragraph. It is short.\nSecond paragraph.';

const databases = testDatabases();
let lastDatabase: DuizhaoDatabase | null = null;

function makeStore(name: string): ProjectsStore {
  lastDatabase = databases.open(name);
  return testProjectsStore(lastDatabase, { demo: { sourceText: SOURCE, targetText: TARGET } });
}

async function started(name: string): Promise<ProjectsStore> {
  const store = makeStore(name);
  await store.getState().init();
  await waitReady(store);
  return store;
}

async function waitReady(store: ProjectsStore): Promise<void> {
  for (let i = 0; i < 50 && store.getState().review?.getState().status !== 'ready'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

function flagWords(store: ProjectsStore, unit: number, exact: string) {
  const { current, review } = store.getState();
  return review!.getState().addFlag({
    anchor: anchorOnWords(mtText(current!.document, unit), unit, exact),
    category: 'Other',
    severity: 'minor',
  });
}

const freshName = () => freshDatabaseName('duizhao-projects-review');

describe('the open project and its review', () => {
  it('keeps the project in memory carrying its latest review, and reloads it', async () => {
    const name = freshName();
    const store = await started(name);
    const flag = flagWords(store, 0, 'paragraph');
    expect(store.getState().current?.review.ops).toHaveLength(1);
    const file = readProjectFile(writeProjectFile(store.getState().current!));
    expect(file.review.ops[0]?.subject).toBe(flag.id);
    await store.getState().flush();

    const again = await started(name);
    expect(again.getState().current?.review.ops).toHaveLength(1);
    expect(again.getState().review?.getState().review.flags.get(flag.id)?.status).toBe('open');
    // Undo works across the reload.
    expect(again.getState().review?.getState().undo()).toBe(true);
    expect(again.getState().current?.review.ops).toHaveLength(2);
  });

  it('stores an imported project’s review and gives each project its own', async () => {
    const name = freshName();
    const store = await started(name);
    flagWords(store, 0, 'short');
    const exported = readProjectFile(writeProjectFile(store.getState().current!));
    const demoReview = store.getState().review;
    const imported = await store.getState().importProject({ ...exported, name: 'Copy' });
    await waitReady(store);
    expect(store.getState().review).not.toBe(demoReview);
    expect(store.getState().review?.getState().review.flags.size).toBe(1);
    // A new flag in the copy lands after the imported log in storage.
    flagWords(store, 0, 'First');
    await store.getState().flush();

    const again = await started(name);
    await again.getState().open(imported.id);
    await waitReady(again);
    expect(again.getState().review?.getState().ops).toHaveLength(2);
    await again.getState().remove(imported.id);
    await waitReady(again);
    expect(again.getState().review?.getState().ops).toHaveLength(1);
    // Deleting a project deletes its review.
    const stored = await createRepository(lastDatabase!).loadReview(imported.id);
    expect(stored).toEqual({ typologyId: null, ops: [], history: { undo: [], redo: [] } });
  });

  it('carries flags to the realigned units when a source is added', async () => {
    const store = await started(freshName());
    const project = await store.getState().createFromTexts({
      name: 'MT only',
      sourceText: null,
      targetText: TARGET,
      sourceFileName: null,
      targetFileName: null,
    });
    await waitReady(store);
    const units = project.document.alignment.units.length;
    const last = flagWords(store, units - 1, 'Second');
    await store.getState().addSource(SOURCE, null);
    const { current, review } = store.getState();
    const moved = review!.getState().review.flags.get(last.id)!;
    // Two English sentences now share the first unit: the flag moved up one.
    expect(current!.document.alignment.units).toHaveLength(units - 1);
    expect(moved.anchor.unit).toBe(last.anchor.unit - 1);
    const range = current!.document.alignment.units[moved.anchor.unit]!.target!;
    const text = current!.document.target.text.slice(range.start, range.end);
    expect(text.slice(moved.anchor.position.start, moved.anchor.position.end)).toBe('Second');
    expect(current!.review.ops.length).toBe(review!.getState().ops.length);
  });
});
