import { afterEach, describe, expect, it } from 'vitest';
import { buildDocument } from '../core/align/index.ts';
import { addTerm } from '../core/glossary/project.ts';
import { createDatabase, type DuizhaoDatabase } from './db.ts';
import { loadDemoTexts } from './demo.ts';
import { createProjectsStore } from './projects.ts';
import { createRepository } from './repository.ts';

const opened: DuizhaoDatabase[] = [];

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function makeStore(db: DuizhaoDatabase) {
  return createProjectsStore({
    repository: createRepository(db),
    align: (s, t) => Promise.resolve(buildDocument(s, t)),
    loadDemo: () => loadDemoTexts('Demo'),
  });
}

describe('the demo glossary', () => {
  it('comes with the demo, is stored, and a term added later survives a reload', async () => {
    const name = `duizhao-glossary-${Math.random().toString(36).slice(2)}`;
    const db = createDatabase(name);
    opened.push(db);
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

    const again = createDatabase(name);
    opened.push(again);
    const reloaded = makeStore(again);
    await reloaded.getState().init();
    const terms = reloaded.getState().current?.glossary?.entries ?? [];
    expect(terms).toHaveLength((glossary?.entries.length ?? 0) + 1);
    expect(terms.at(-1)).toMatchObject({ zh: '对照', en: 'side by side', line: 0 });
  }, 30_000);
});
