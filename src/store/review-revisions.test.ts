// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bareAnchor } from '../../tests/helpers/flags.ts';
import type { Author } from '../core/model/flag.ts';
import { openTestReview, testDatabases } from './store.test-support.ts';

const databases = testDatabases();

const MT = { text: 'We will ensure, ensure, and ensure the bottom line.', version: 'mt' };

/** A review store over database `name`, loaded, with `who` working. */
const openReview = (name: string, who: () => Author) =>
  openTestReview(databases.open(name), { author: who });

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
      anchor: bareAnchor(2, 8, 'ensure'),
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
