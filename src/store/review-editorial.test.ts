// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bareAnchor } from '../../tests/helpers/flags.ts';
import { buildDocument } from '../core/align/index.ts';
import type { Author } from '../core/model/flag.ts';
import { mtText, unitStatuses, unitVersions } from '../core/revision/index.ts';
import { defaultPreset, scoreFlags } from '../core/score/index.ts';
import { entryIds, undoEntry } from './review-undo.ts';
import { openTestReview, testDatabases } from './store.test-support.ts';

const databases = testDatabases();

const document = buildDocument(
  null,
  'The tarrif rate rose. Exports fell sharply.\nImports grew. Prices held.',
);
const UNITS = document.alignment.units.length;

/** A review store over database `name`, loaded, with `who` working. */
const openReview = (name: string, who: () => Author) =>
  openTestReview(databases.open(name), { author: who });

type Store = Awaited<ReturnType<typeof openReview>>;

function statuses(store: Store) {
  return unitStatuses(document, store.getState().review);
}

/** Saves `text` as a revision of `unit`. */
function revise(store: Store, unit: number, text: string) {
  const current = unitVersions(document, store.getState().review, { mode: 'latest' })[unit]!;
  return store.getState().saveRevision(unit, current, text);
}

describe('undo entries', () => {
  it('join and split operation ids', () => {
    const ops = [{ id: 'a-1' }, { id: 'b-2' }] as unknown as Parameters<typeof undoEntry>[0];
    expect(entryIds(undoEntry(ops))).toEqual(['a-1', 'b-2']);
    expect(entryIds('single')).toEqual(['single']);
  });
});

describe('review store: approve-all, sign-off and reopening', () => {
  it('approves a selection as one undoable action, kept across a reload', async () => {
    let author: Author = { name: 'Wang', role: 'translator' };
    const name = `all-${Math.random().toString(36).slice(2)}`;
    const store = await openReview(name, () => author);
    expect(UNITS).toBeGreaterThanOrEqual(3);
    revise(store, 0, 'The tariff rate rose.');
    revise(store, 1, 'Exports fell steeply.');
    expect(statuses(store).slice(0, 2)).toEqual(['edited', 'edited']);

    author = { name: 'Zhao', role: 'editor' };
    const opsBefore = store.getState().ops.length;
    const logged = store.getState().approveAll(document, [0, 1, 2], { reason: 'correct' });
    expect(logged).toBe(3); // two revisions, and unit 2 approved as it stands
    expect(store.getState().ops.length).toBe(opsBefore + 3);
    expect(statuses(store).slice(0, 3)).toEqual(['approved', 'approved', 'approved']);
    expect(statuses(store)[3]).not.toBe('approved');
    // Nothing left to approve: nothing logged, nothing on the undo stack.
    const undoDepth = store.getState().history.undo.length;
    expect(store.getState().approveAll(document, [0, 1, 2])).toBe(0);
    expect(store.getState().history.undo.length).toBe(undoDepth);

    expect(store.getState().undo()).toBe(true);
    expect(statuses(store).slice(0, 3)).toEqual(['edited', 'edited', 'untouched']);
    expect(store.getState().redo()).toBe(true);
    expect(statuses(store).slice(0, 3)).toEqual(['approved', 'approved', 'approved']);

    await store.getState().flush();
    const again = await openReview(name, () => author);
    expect(statuses(again).slice(0, 3)).toEqual(['approved', 'approved', 'approved']);
    expect(again.getState().undo()).toBe(true);
    expect(statuses(again).slice(0, 3)).toEqual(['edited', 'edited', 'untouched']);
    // The translator's revisions are the action before.
    expect(again.getState().undo()).toBe(true);
    expect(again.getState().review.revisions.size).toBe(1);
  });

  it('signs off once every unit is approved, freezes the text, and reopens', async () => {
    const store = await openReview(`sign-${Math.random().toString(36).slice(2)}`, () => ({
      name: 'Zhao',
      role: 'editor',
    }));
    expect(() => store.getState().signOff(document)).toThrow(/every unit is approved/);
    store.getState().approveAll(
      document,
      Array.from({ length: UNITS }, (_, i) => i),
    );
    store.getState().signOff(document, 'final');
    expect(store.getState().review.signoff).toMatchObject({ signedOff: true, note: 'final' });
    expect(revise(store, 0, 'Changed after sign-off.')).toBeNull();
    expect(store.getState().approveAll(document, [0])).toBe(0);

    store.getState().reopen('a late correction');
    expect(store.getState().review.signoff).toMatchObject({
      signedOff: false,
      note: 'a late correction',
    });
    expect(
      store
        .getState()
        .ops.map((op) => op.kind)
        .slice(-2),
    ).toEqual(['document.signoff', 'document.reopen']);
    expect(revise(store, 0, 'Changed after reopening.')?.unit).toBe(0);
    expect(() => store.getState().reopen('again')).toThrow(/not signed off/);
  });

  it('a rejected flag no longer counts in the score', async () => {
    const store = await openReview(`score-${Math.random().toString(36).slice(2)}`, () => ({
      name: 'Zhao',
      role: 'editor',
    }));
    const text = mtText(document, 0);
    const flag = store.getState().addFlag({
      anchor: bareAnchor(0, 4, 'tarrif'),
      category: 'Fluency/Spelling',
      severity: 'major',
    });
    expect(text.slice(4, 10)).toBe('tarrif');
    const penalty = () =>
      scoreFlags([...store.getState().review.flags.values()], document, defaultPreset()).rawPenalty;
    const before = penalty();
    expect(before).toBeGreaterThan(0);
    store.getState().decideFlag(flag.id, { verdict: 'approved', reason: 'correct' });
    expect(penalty()).toBe(before);
    store.getState().decideFlag(flag.id, { verdict: 'rejected', reason: 'not-an-error' });
    expect(penalty()).toBe(0);
  });
});
