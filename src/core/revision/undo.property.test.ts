import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import { readReviewFile, writeReviewFile } from '../io/review-file.ts';
import type { ReviewOp, ReviewState } from '../model/review-log.ts';
import { applyOp, inverseOf, mergeReviewLogs, replay } from '../review/index.ts';
import { testContext } from '../review/review.fixtures.ts';
import {
  canEdit,
  canSignOff,
  reopened,
  revisionDecided,
  revisionSaved,
  signedOff,
  unitMarked,
  unitVersions,
} from './index.ts';

const document = buildDocument(null, 'One two three. Four five six.\nSeven eight.');
const WORDS = ['one', 'two', 'ten', 'six', 'and', ',', ' ', '  ', '\n'];
const HASH = 'a'.repeat(64);

type Action =
  | { type: 'save'; unit: number; words: string[] }
  | { type: 'decide'; pick: number; approve: boolean }
  | { type: 'mark'; unit: number; status: 'confirmed' | 'reviewed' | 'approved' | 'rejected' }
  | { type: 'signoff' };

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({
    type: fc.constant('save' as const),
    unit: fc.integer({ min: 0, max: 2 }),
    words: fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }),
  }),
  fc.record({ type: fc.constant('decide' as const), pick: fc.nat(), approve: fc.boolean() }),
  fc.record({
    type: fc.constant('mark' as const),
    unit: fc.integer({ min: 0, max: 2 }),
    status: fc.constantFrom('confirmed', 'reviewed', 'approved', 'rejected'),
  }),
  fc.constant({ type: 'signoff' as const }),
);

/** The operation an action makes on `state`, or `null` when it does not apply. */
function opFor(act: Action, state: ReviewState, ctx: ReturnType<typeof testContext>) {
  switch (act.type) {
    case 'save': {
      if (!canEdit(state)) return null;
      const current = unitVersions(document, state, { mode: 'latest' })[act.unit]!;
      return revisionSaved(act.unit, current, act.words.join(''), ctx);
    }
    case 'decide': {
      const revisions = [...state.revisions.values()];
      const revision = revisions[act.pick % Math.max(1, revisions.length)];
      const verdict = act.approve ? 'approved' : 'rejected';
      return revision ? revisionDecided(revision, { verdict }, ctx) : null;
    }
    case 'mark': {
      const version = unitVersions(document, state, { mode: 'latest' })[act.unit]!.version;
      return unitMarked(act.unit, act.status, version, state.unitMarks.get(act.unit), ctx);
    }
    case 'signoff':
      if (canSignOff(document, state)) return signedOff(document, state, ctx);
      return canEdit(state) ? null : reopened(state, ctx, 'again');
  }
}

/** What a state says, independent of map insertion order and the op count. */
function meaning(state: ReviewState) {
  return {
    flags: Object.fromEntries(state.flags),
    revisions: Object.fromEntries(state.revisions),
    flagDecisions: Object.fromEntries(state.flagDecisions),
    unitMarks: Object.fromEntries(state.unitMarks),
    signoff: state.signoff,
    texts: unitVersions(document, state, { mode: 'latest' }),
    approved: unitVersions(document, state, { mode: 'approved' }),
  };
}

function build(actions: Action[]) {
  const ctx = testContext('op', { role: 'editor' });
  const ops: ReviewOp[] = [];
  const states: ReviewState[] = [replay([])];
  for (const act of actions) {
    const op = opFor(act, states[states.length - 1]!, ctx);
    if (!op) continue;
    ops.push(op);
    states.push(applyOp(states[states.length - 1]!, op));
  }
  return { ctx, ops, states };
}

describe('revisions, decisions and sign-off in the log (property)', () => {
  it('undoing every operation in reverse restores each earlier state; redoing restores it again', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 14 }), (actions) => {
        const { ctx, ops, states } = build(actions);
        let state = states[states.length - 1]!;
        const log = [...ops];
        for (let index = ops.length - 1; index >= 0; index--) {
          const op = ops[index]!;
          // The store computes inverses from the subject's own history: it must be enough.
          const subjectOnly = replay(ops.slice(0, index).filter((o) => o.subject === op.subject));
          const undo = inverseOf(op, subjectOnly, ctx);
          expect(undo.patch).toEqual(inverseOf(op, states[index]!, ctx).patch);
          const redo = inverseOf(undo, state, ctx);
          expect(meaning(applyOp(applyOp(state, undo), redo))).toEqual(meaning(state));
          state = applyOp(state, undo);
          log.push(undo);
          expect(meaning(state)).toEqual(meaning(states[index]!));
        }
        expect(meaning(replay(log))).toEqual(meaning(states[0]!));
      }),
      { numRuns: 150 },
    );
  });

  it('round-trips through a review file, and merging it into itself adds nothing', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 14 }), (actions) => {
        const { ops, states } = build(actions);
        const file = writeReviewFile({ documentHash: HASH, ops, typologyId: 'wmt-mqm' });
        const content = readReviewFile(file, HASH);
        expect(content.ops).toEqual(ops);
        expect(meaning(content.state)).toEqual(meaning(states[states.length - 1]!));
        expect(mergeReviewLogs(ops, content.ops)).toMatchObject({ added: 0, conflicts: [] });
      }),
      { numRuns: 50 },
    );
  });

  it('merges two translators revising the same unit: the later revision is the text', () => {
    const mine = testContext('a', { name: 'A', role: 'translator' });
    const theirs = testContext('b', { name: 'B', role: 'translator' });
    const mt = unitVersions(document, replay([]), { mode: 'latest' })[0]!;
    const a = revisionSaved(0, mt, 'One two four.', mine)!;
    const b = revisionSaved(0, mt, 'One, two, three.', theirs)!;
    const merged = mergeReviewLogs([a], [b]);
    expect(merged.added).toBe(1);
    const state = replay(merged.ops);
    expect(state.revisions.size).toBe(2);
    expect(unitVersions(document, state, { mode: 'latest' })[0]!.text).toBe('One, two, three.');
  });
});
