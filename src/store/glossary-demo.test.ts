import { describe, expect, it } from 'vitest';
import { addTerm } from '../core/glossary/project.ts';
import type { DuizhaoDatabase } from './db.ts';
import { loadDemoTexts } from './demo.ts';
import { freshDatabaseName, testDatabases, testProjectsStore } from './store.test-support.ts';

const databases = testDatabases();

const makeStore = (db: DuizhaoDatabase) =>
  testProjectsStore(db, { demo: () => loadDemoTexts('Demo') });

describe('the demo glossary', () => {
  it('comes with the demo, is stored, and a term added later survives a reload', async () => {
    const name = freshDatabaseName('duizhao-glossary');
    const db = databases.open(name);
    const store = makeStore(db);
    await store.getState().init();
    const glossary = store.getState().current?.glossary;
    expect(glossary?.fileName).toBe('press-conference.glossary.csv');
    expect(glossary?.entries.map((t) => t.zh)).toContain('人力资源和社会保障部');

    await store
      .getState()
      .setPart('glossary', addTerm(glossary, { zh: '对照', en: 'side by side' }));
    await store.getState().flush();
    db.close();

    const again = databases.open(name);
    const reloaded = makeStore(again);
    await reloaded.getState().init();
    const terms = reloaded.getState().current?.glossary?.entries ?? [];
    expect(terms).toHaveLength((glossary?.entries.length ?? 0) + 1);
    expect(terms.at(-1)).toMatchObject({ zh: '对照', en: 'side by side', line: 0 });
  }, 30_000);
});
