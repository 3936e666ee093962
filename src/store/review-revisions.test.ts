// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Author } from '../core/model/flag.ts';
import { createDatabase } from './db.ts';
import type { DuizhaoDatabase } from './db.ts';
import { createRepository } from './repository.ts';
import { createReviewStore } from './review.ts';

const opened: DuizhaoDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const MT = { text: 'We will ensure, ensure, and ensure the bottom line.', version: 'mt' };

async function openReview(name: string, who: () => Author) {
  const db = createDatabase(name);
  opened.push(db);
  let clock = Date.parse('2024-03-05T08:00:00Z');
  let ids = 0;
  const store = createReviewStore({
    projectId: 'p1',
    repository: createRepository(db),
    author: who,
    defaultTypologyId: 'mqm-core',
    report: () => {},
    now: () => new Date((clock += 1000)),
    newId: () => `${name}-${++ids}`,
  });
  await store.getState().load();
  return store;
}

describe('review store: revisions and decisions', () => {
  it('saves a revision, decides it, undoes both and keeps them across a reload', async () => {
    let author: Author = { name: 'Wang', role: 'translator' };
    const name = `rev-${Math.random().toString(36).slice(2)}`;
    const store = await openReview(name, () => author);
    const revision = store
      .getState()
      .saveRevision(4, MT, 'We will firmly safeguard the bottom line.', 'too repetitive');
    expect(revision).toMatchObject({ unit: 4, baseVersion: 'mt', status: 'pending' });
    expect(revision?.author).toEqual({ name: 'Wang', role: 'translator' });
    expect(store.getState().saveRevision(4, MT, MT.text)).toBeNull();

    author = { name: 'Zhao', role: 'editor' };
    store
      .getState()
      .decideRevision(revision!.id, { verdict: 'rejected', reason: 'meaning-changed' });
    expect(store.getState().review.revisions.get(revision!.id)).toMatchObject({
      status: 'rejected',
      decision: { by: { name: 'Zhao' }, reason: 'meaning-changed' },
    });

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().review.revisions.get(revision!.id)?.status).toBe('pending');
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().review.revisions.size).toBe(0);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().review.revisions.get(revision!.id)?.status).toBe('pending');

    await store.getState().flush();
    const reopened = await openReview(name, () => author);
    expect(reopened.getState().review.revisions.get(revision!.id)?.status).toBe('pending');
    expect(reopened.getState().redo()).toBe(true);
    expect(reopened.getState().review.revisions.get(revision!.id)?.status).toBe('rejected');
  });

  it('marks units and decides flags, undoably', async () => {
    const store = await openReview(`mark-${Math.random().toString(36).slice(2)}`, () => ({
      name: 'Zhao',
      role: 'editor',
    }));
    store.getState().markUnit(2, 'approved', 'mt', { reason: 'correct' });
    expect(store.getState().review.unitMarks.get(2)).toMatchObject({
      status: 'approved',
      reason: 'correct',
    });
    const flag = store.getState().addFlag({
      anchor: {
        side: 'target',
        unit: 2,
        version: 'mt',
        quote: { type: 'TextQuoteSelector', exact: 'ensure', prefix: '', suffix: '' },
        position: { type: 'TextPositionSelector', start: 8, end: 14 },
      },
      category: 'Style',
      severity: 'minor',
    });
    store.getState().decideFlag(flag.id, { verdict: 'rejected', reason: 'not-an-error' });
    expect(store.getState().review.flags.get(flag.id)?.status).toBe('rejected');
    store.getState().undo();
    expect(store.getState().review.flags.get(flag.id)?.status).toBe('open');
    expect(store.getState().review.flagDecisions.has(flag.id)).toBe(false);
    expect(() => store.getState().decideRevision('nope', { verdict: 'approved' })).toThrow();
  });
});
