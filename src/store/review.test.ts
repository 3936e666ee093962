// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { bareAnchor as anchor } from '../../tests/helpers/flags.ts';
import { lastCategoryOf } from './review.ts';
import type { ReviewStore } from './review.ts';
import { freshDatabaseName, openTestReview, testDatabases } from './store.test-support.ts';

const databases = testDatabases();
const freshName = () => freshDatabaseName('duizhao-review-test');

/** A store over database `name`, loaded, with its database and a spy on its failure reports. */
async function openReview(name: string, projectId = 'p1') {
  const db = databases.open(name);
  const report = vi.fn();
  const store = await openTestReview(db, { projectId, report });
  return { store, db, report };
}

function live(store: ReviewStore) {
  return [...store.getState().review.flags.values()].filter((f) => f.status !== 'deleted');
}

describe('review store', () => {
  it('adds, changes and soft-deletes flags, indexed by unit', async () => {
    const { store } = await openReview(freshName());
    const flag = store.getState().addFlag({
      anchor: anchor(3, 10, 'ensure'),
      category: 'Accuracy/Mistranslation',
      severity: 'major',
      suggestion: 'firmly safeguard',
    });
    expect(flag).toMatchObject({ status: 'open', author: { name: 'Li Wei' }, comment: '' });
    expect(store.getState().byUnit.get(3)?.target).toEqual([flag]);
    expect(store.getState().lastCategory).toBe('Accuracy/Mistranslation');

    store.getState().changeFlag(flag.id, { severity: 'minor', comment: 'too strong' });
    expect(store.getState().review.flags.get(flag.id)).toMatchObject({
      severity: 'minor',
      comment: 'too strong',
    });
    // A change that changes nothing leaves no trace.
    store.getState().changeFlag(flag.id, { severity: 'minor' });
    expect(store.getState().ops).toHaveLength(2);

    store.getState().deleteFlag(flag.id);
    expect(store.getState().review.flags.get(flag.id)?.status).toBe('deleted');
    expect(store.getState().byUnit.get(3)).toBeUndefined();
    expect(store.getState().ops.map((op) => op.kind)).toEqual([
      'flag.add',
      'flag.change',
      'flag.delete',
    ]);
  });

  it('undoes and redoes every action by appending inverses', async () => {
    const { store } = await openReview(freshName());
    const flag = store.getState().addFlag({
      anchor: anchor(0, 0, 'wooden bridge'),
      category: 'Style/Awkward',
      severity: 'minor',
    });
    store.getState().changeFlag(flag.id, { comment: 'a calque' });
    store.getState().deleteFlag(flag.id);

    expect(store.getState().undo()).toBe(true);
    expect(store.getState().review.flags.get(flag.id)?.status).toBe('open');
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().review.flags.get(flag.id)?.comment).toBe('');
    expect(store.getState().undo()).toBe(true);
    expect(store.getState().review.flags.has(flag.id)).toBe(false);
    expect(store.getState().undo()).toBe(false);

    expect(store.getState().redo()).toBe(true);
    expect(live(store).map((f) => f.id)).toEqual([flag.id]);
    expect(store.getState().redo()).toBe(true);
    expect(store.getState().review.flags.get(flag.id)?.comment).toBe('a calque');
    // The log only grows: 3 actions, 3 undos, 2 redos.
    expect(store.getState().ops).toHaveLength(8);

    // A new action clears what could be redone.
    store.getState().changeFlag(flag.id, { severity: 'major' });
    expect(store.getState().history.redo).toEqual([]);
    expect(store.getState().redo()).toBe(false);
  });

  it('keeps flags and the undo history across a reload', async () => {
    const name = freshName();
    const first = await openReview(name);
    const flag = first.store.getState().addFlag({
      anchor: anchor(2, 4, 'ceiling'),
      category: 'Accuracy/Mistranslation',
      severity: 'minor',
      comment: 'a metaphor',
    });
    first.store.getState().changeFlag(flag.id, { severity: 'major' });
    first.store.getState().undo();
    await first.store.getState().flush();
    first.db.close();

    const second = await openReview(name);
    const state = second.store.getState();
    expect(state.ops).toEqual(first.store.getState().ops);
    expect(state.review.flags.get(flag.id)).toMatchObject({
      severity: 'minor',
      comment: 'a metaphor',
    });
    expect(state.history).toEqual(first.store.getState().history);
    // Redo after the reload re-applies the change undone before it…
    expect(state.redo()).toBe(true);
    expect(second.store.getState().review.flags.get(flag.id)?.severity).toBe('major');
    // …and undo reaches back to the addition made in the first session.
    expect(second.store.getState().undo()).toBe(true);
    expect(second.store.getState().undo()).toBe(true);
    expect(second.store.getState().review.flags.size).toBe(0);
    expect(second.report).not.toHaveBeenCalled();
  });

  it('keeps each project its own log', async () => {
    const name = freshName();
    const a = await openReview(name, 'a');
    a.store
      .getState()
      .addFlag({ anchor: anchor(0, 0, 'x'), category: 'Other', severity: 'neutral' });
    await a.store.getState().flush();
    const b = await openReview(name, 'b');
    expect(b.store.getState().ops).toEqual([]);
    const again = await openReview(name, 'a');
    expect(again.store.getState().ops).toHaveLength(1);
  });

  it('merges another reviewer’s log once and reports conflicts', async () => {
    const mine = await openReview(freshName());
    const theirs = await openReview(freshName());
    const flag = mine.store.getState().addFlag({
      anchor: anchor(1, 0, 'one card'),
      category: 'Terminology/Inappropriate for context',
      severity: 'minor',
    });
    // They receive our log, then both edit the comment differently.
    theirs.store.getState().merge(mine.store.getState().ops);
    theirs.store.getState().changeFlag(flag.id, { comment: 'theirs' });
    mine.store.getState().changeFlag(flag.id, { comment: 'mine' });

    const outcome = mine.store.getState().merge(theirs.store.getState().ops);
    expect(outcome.added).toBe(1);
    expect(outcome.duplicates).toBe(1);
    expect(outcome.conflicts.map((c) => [c.flagId, c.fields])).toEqual([[flag.id, ['comment']]]);
    expect(mine.store.getState().review.flags.get(flag.id)?.comment).toBe('theirs');
    // Importing the same log again adds nothing.
    expect(mine.store.getState().merge(theirs.store.getState().ops)).toMatchObject({
      added: 0,
      duplicates: 2,
      conflicts: [],
    });
    mine.store.getState().resolveConflict(outcome.conflicts[0]!, 'mine');
    expect(mine.store.getState().review.flags.get(flag.id)?.comment).toBe('mine');
  });

  it('relocates flags after a realignment without making it undoable', async () => {
    const { store } = await openReview(freshName());
    const flag = store.getState().addFlag({
      anchor: anchor(0, 16, 'Beta'),
      category: 'Other',
      severity: 'minor',
    });
    store.getState().relocate(new Map([[flag.id, anchor(1, 0, 'Beta')]]));
    expect(store.getState().review.flags.get(flag.id)?.anchor.unit).toBe(1);
    expect(store.getState().byUnit.get(1)?.target).toHaveLength(1);
    expect(store.getState().history).toEqual({ undo: [], redo: [] });
    expect(store.getState().undo()).toBe(false);
  });

  it('reports a failed write and keeps the flag on screen', async () => {
    const { store, db, report } = await openReview(freshName());
    db.close();
    store.getState().addFlag({ anchor: anchor(0, 0, 'x'), category: 'Other', severity: 'minor' });
    await store.getState().flush();
    expect(report).toHaveBeenCalledWith('save', expect.anything());
    expect(live(store)).toHaveLength(1);
  });
});

describe('lastCategoryOf', () => {
  it('finds the category most recently set, skipping undo operations', async () => {
    const { store } = await openReview(freshName());
    const flag = store.getState().addFlag({
      anchor: anchor(0, 0, 'x'),
      category: 'Fluency/Grammar',
      severity: 'minor',
    });
    store.getState().changeFlag(flag.id, { category: 'Style/Awkward' });
    store.getState().undo();
    expect(lastCategoryOf(store.getState().ops)).toBe('Style/Awkward');
    expect(lastCategoryOf([])).toBeNull();
  });
});
