import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import { createDatabase, summarize } from './db.ts';
import type { DuizhaoDatabase } from './db.ts';
import type { ProjectsStore } from './projects.ts';
import { createRepository } from './repository.ts';
import { freshDatabaseName, testProjectsStore, testDatabases } from './store.test-support.ts';
import { createViewStash } from './view-stash.ts';
import type { ViewStash } from './view-stash.ts';

const SOURCE = '第一段。\n第二段。\n第三段。\n第四段。';
const TARGET = 'First paragraph.\nSecond paragraph.\nThird paragraph.\nFourth paragraph.';

const databases = testDatabases();

function makeStore(
  name: string,
  options: { db?: DuizhaoDatabase; align?: typeof buildDocument; viewStash?: ViewStash } = {},
) {
  const { db: given, ...rest } = options;
  const db = given ? databases.track(given) : databases.open(name);
  const store = testProjectsStore(db, {
    demo: { sourceText: SOURCE, targetText: TARGET },
    autosaveDelayMs: 20,
    ...rest,
  });
  return { store, db };
}

async function started(store: ProjectsStore): Promise<ProjectsStore> {
  await store.getState().init();
  return store;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('projects store persistence', () => {
  it('creates the demo on first start and restores project and active unit after a reload', async () => {
    const name = freshDatabaseName();
    const { store } = makeStore(name);
    await started(store);
    const demo = store.getState().current;
    expect(demo?.origin).toBe('demo');
    expect(demo?.name).toBe('Demo');
    expect(demo?.document.alignment.units).toHaveLength(4);

    store.getState().setActiveUnit(2);
    expect(store.getState().current?.view.activeUnit).toBe(2);
    // No explicit flush: the debounced autosave must write on its own.
    await sleep(80);

    const reloaded = await started(makeStore(name).store);
    expect(reloaded.getState().current?.id).toBe(demo?.id);
    expect(reloaded.getState().current?.view.activeUnit).toBe(2);
    expect(reloaded.getState().current?.document).toEqual(demo?.document);
    expect(reloaded.getState().projects).toHaveLength(1);
    expect(reloaded.getState().storageError).toBeNull();
  });

  it('keeps optional parts apart from the list, survives a reload with them and removes them', async () => {
    const name = freshDatabaseName();
    const { store, db } = makeStore(name);
    await started(store);
    const id = store.getState().current?.id ?? '';
    const checks = {
      disabled: ['length'],
      dismissed: [
        {
          check: 'spacing',
          unit: 1,
          messageKey: 'spacing.double',
          quote: '  ',
          reason: 'layout',
          author: 'Ana',
          at: '2024-03-05T08:00:00Z',
        },
      ],
    };
    await store.getState().setPart('checks', checks);
    await store.getState().setPart('glossary', { fileName: null, entries: [] });
    expect(store.getState().current?.checks).toEqual(checks);
    const entry = (await db.projects.get(id)) as unknown as Record<string, unknown>;
    expect(entry.checks).toBeUndefined();
    // The entry is stamped with the change, so the list orders it as modified.
    expect(entry.updatedAt).toBe(store.getState().current?.updatedAt);
    expect(await db.projectParts.where('projectId').equals(id).count()).toBe(2);

    let reloaded = await started(makeStore(name).store);
    expect(reloaded.getState().current?.checks).toEqual(checks);
    expect(reloaded.getState().current?.glossary).toEqual({ fileName: null, entries: [] });

    await reloaded.getState().setPart('glossary', undefined);
    reloaded = await started(makeStore(name).store);
    expect(reloaded.getState().current?.glossary).toBeUndefined();
    expect(reloaded.getState().current?.checks).toEqual(checks);

    await reloaded.getState().remove(id);
    expect(await db.projectParts.where('projectId').equals(id).count()).toBe(0);
  });

  it('reopens the project that was open last, not the most recent one', async () => {
    const name = freshDatabaseName();
    const { store } = makeStore(name);
    await started(store);
    const demoId = store.getState().current?.id ?? '';
    const created = await store.getState().createFromTexts({
      name: 'Report',
      sourceText: null,
      targetText: TARGET,
      sourceFileName: null,
      targetFileName: 'report.txt',
    });
    await store.getState().open(demoId);
    store.getState().setActiveUnit(3);
    await store.getState().flush();

    const reloaded = await started(makeStore(name).store);
    expect(reloaded.getState().current?.id).toBe(demoId);
    expect(reloaded.getState().current?.view.activeUnit).toBe(3);
    expect(reloaded.getState().projects.map((p) => p.id)).toEqual([created.id, demoId]);
  });

  it('renames and deletes, and keeps the empty state after every project is gone', async () => {
    const name = freshDatabaseName();
    const { store } = makeStore(name);
    await started(store);
    const demoId = store.getState().current?.id ?? '';
    const other = await store.getState().createFromTexts({
      name: 'Other',
      sourceText: SOURCE,
      targetText: TARGET,
      sourceFileName: null,
      targetFileName: null,
    });
    await store.getState().rename(demoId, 'Renamed demo');
    expect(store.getState().projects[0]).toMatchObject({ id: demoId, name: 'Renamed demo' });

    // Deleting the open project opens the most recent remaining one.
    await store.getState().remove(other.id);
    expect(store.getState().current?.id).toBe(demoId);
    expect(store.getState().current?.name).toBe('Renamed demo');

    let reloaded = await started(makeStore(name).store);
    expect(reloaded.getState().projects.map((p) => p.name)).toEqual(['Renamed demo']);

    await reloaded.getState().remove(demoId);
    expect(reloaded.getState().current).toBeNull();
    expect(reloaded.getState().projects).toEqual([]);

    reloaded = await started(makeStore(name).store);
    expect(reloaded.getState().current).toBeNull();
    expect(reloaded.getState().projects).toEqual([]);
  });

  it('adds a source to an MT-only project under the same id and name, at the same place', async () => {
    const { store } = makeStore(freshDatabaseName());
    await started(store);
    const project = await store.getState().createFromTexts({
      name: 'MT only',
      sourceText: null,
      targetText: TARGET,
      sourceFileName: null,
      targetFileName: 'mt.txt',
    });
    expect(project.document.source).toBeNull();
    store.getState().setActiveUnit(1);
    await store.getState().addSource(SOURCE, 'zh.txt');
    const after = store.getState().current;
    expect(after?.id).toBe(project.id);
    expect(after?.name).toBe('MT only');
    expect(after?.sourceFileName).toBe('zh.txt');
    expect(after?.document.source?.text).toBe(SOURCE);
    expect(after?.view.activeUnit).toBe(1);
    expect(store.getState().projects.find((p) => p.id === project.id)?.hasSource).toBe(true);
  });

  it('imports a project file under a new id', async () => {
    const { store } = makeStore(freshDatabaseName());
    await started(store);
    const demo = store.getState().current;
    if (!demo) throw new Error('no demo');
    const copy = await store.getState().importProject(demo);
    expect(copy.id).not.toBe(demo.id);
    expect(store.getState().projects).toHaveLength(2);
    expect(store.getState().current?.id).toBe(copy.id);
  });

  it('opens a project the import worker stored, writing nothing of it again', async () => {
    const name = freshDatabaseName();
    const { store, db } = makeStore(name);
    await started(store);
    const demo = store.getState().current;
    if (!demo) throw new Error('no demo');
    // What the worker does: store the project and its review through its own repository.
    const stored = { ...demo, id: 'imported', name: 'Imported' };
    const worker = createRepository(createDatabase(name));
    await worker.save(stored);
    await worker.replaceReview('imported', {
      typologyId: null,
      ops: stored.review.ops,
      history: { undo: [], redo: [] },
    });
    const saving = vi.spyOn(db.documents, 'put');
    await store
      .getState()
      .openImported(stored, [{ ...summarize(stored), updatedAt: '2099-01-01T00:00:00.000Z' }]);
    expect(store.getState().current?.id).toBe('imported');
    expect(store.getState().projects.map((p) => p.name)).toEqual(['Imported', demo.name]);
    expect(saving).not.toHaveBeenCalled();
    await sleep(50);
    expect(store.getState().review?.getState().status).toBe('ready');
    expect(await createRepository(db).lastProjectId()).toBe('imported');
  });

  it('leaves the open project alone when aligning fails', async () => {
    const { store } = makeStore(freshDatabaseName(), {
      align: (s, t) => {
        if (t.startsWith('boom')) throw new Error('aligner broke');
        return buildDocument(s, t);
      },
    });
    await started(store);
    const before = store.getState().current;
    await expect(
      store.getState().createFromTexts({
        name: 'x',
        sourceText: null,
        targetText: 'boom',
        sourceFileName: null,
        targetFileName: null,
      }),
    ).rejects.toThrow('aligner broke');
    expect(store.getState().current).toBe(before);
    expect(store.getState().projects).toHaveLength(1);
  });
});

describe('projects store storage failures', () => {
  it('reports an unusable database and still gives a usable demo in memory', async () => {
    // What private windows of some browsers do: IndexedDB exists, opening throws.
    const deniedIndexedDB = {
      open() {
        throw new DOMException(
          'A mutation operation was attempted on a database that did not allow mutations.',
          'InvalidStateError',
        );
      },
      deleteDatabase() {
        throw new DOMException('denied', 'InvalidStateError');
      },
      cmp: indexedDB.cmp.bind(indexedDB),
      databases: () => Promise.resolve([]),
    } as unknown as IDBFactory;
    const db = createDatabase(freshDatabaseName(), { indexedDB: deniedIndexedDB, IDBKeyRange });
    const { store } = makeStore('', { db });
    await started(store);
    const state = store.getState();
    expect(state.storageError).toMatchObject({ operation: 'open', problem: 'unavailable' });
    expect(state.current?.origin).toBe('demo');
    state.setActiveUnit(1);
    expect(store.getState().current?.view.activeUnit).toBe(1);
  });

  it('reports a full disk on autosave and keeps the change in memory', async () => {
    const name = freshDatabaseName();
    const { store, db } = makeStore(name);
    await started(store);
    vi.spyOn(db.projects, 'update').mockRejectedValue(
      new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
    );
    store.getState().setActiveUnit(3);
    await store.getState().flush();
    expect(store.getState().storageError).toMatchObject({ operation: 'save', problem: 'quota' });
    expect(store.getState().storageError?.detail).toContain('quota has been exceeded');
    expect(store.getState().current?.view.activeUnit).toBe(3);

    store.getState().dismissStorageError();
    expect(store.getState().storageError).toBeNull();
  });

  it('reports a failed save of a new project without losing it', async () => {
    const { store, db } = makeStore(freshDatabaseName());
    await started(store);
    vi.spyOn(db.documents, 'put').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    const project = await store.getState().createFromTexts({
      name: 'Unsaved',
      sourceText: SOURCE,
      targetText: TARGET,
      sourceFileName: null,
      targetFileName: null,
    });
    expect(store.getState().current?.id).toBe(project.id);
    expect(store.getState().storageError).toMatchObject({ operation: 'save', problem: 'quota' });
    // The transaction was rolled back: the list entry was not written alone.
    expect(await db.projects.get(project.id)).toBeUndefined();
  });
});

describe('projects store unload safety', () => {
  it('recovers the last move from the stash when IndexedDB missed it', async () => {
    const name = freshDatabaseName();
    const slot = new Map<string, string>();
    const storage = {
      getItem: (k: string) => slot.get(k) ?? null,
      setItem: (k: string, v: string) => void slot.set(k, v),
      removeItem: (k: string) => void slot.delete(k),
    } as Storage;
    const stash = createViewStash(storage);
    const first = makeStore(name, { viewStash: stash });
    await started(first.store);
    // The page unloads before the IndexedDB update runs: it never lands.
    vi.spyOn(first.db.projects, 'update').mockReturnValue(new Dexie.Promise<number>(() => {}));
    first.store.getState().setActiveUnit(3);
    void first.store.getState().flush();
    vi.restoreAllMocks();

    const second = makeStore(name, { viewStash: stash });
    await started(second.store);
    expect(second.store.getState().current?.view.activeUnit).toBe(3);
    expect(slot.size).toBe(0);
    // And it is now in IndexedDB, for a start without the stash.
    const third = await started(makeStore(name).store);
    expect(third.getState().current?.view.activeUnit).toBe(3);
  });

  it('ignores a stash that does not fit the project', () => {
    const slot = new Map<string, string>([['duizhao.pendingView', '{"id": 1}']]);
    const stash = createViewStash({
      getItem: (k: string) => slot.get(k) ?? null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: (k: string) => void slot.delete(k),
    } as unknown as Storage);
    expect(stash.take()).toBeNull();
    expect(() => stash.save({ id: 'x', view: { activeUnit: 1 } })).not.toThrow();
    expect(createViewStash(null).take()).toBeNull();
  });
});
