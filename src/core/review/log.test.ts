import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Flag, FlagStatus, Severity } from '../model/flag.ts';
import type { ReviewOp, ReviewState } from '../model/review-log.ts';
import {
  applyOp,
  catchUp,
  emptyReviewState,
  flagAdded,
  flagChanged,
  flagDeleted,
  inverseOf,
  replay,
  ReviewLogError,
  type FlagChanges,
} from './index.ts';
import { flagOn, testContext } from './review.fixtures.ts';

describe('commands', () => {
  it('adds a flag with a patch from {} and the suggestion as a diff of the flagged words', () => {
    const ctx = testContext('op');
    const flag = flagOn('tarrif rate', ctx, 'tariff rates');
    const op = flagAdded(flag, ctx);
    expect(op).toMatchObject({
      id: 'op-2',
      kind: 'flag.add',
      subject: 'op-1',
      at: '2024-03-09T08:00:01.000Z',
      author: { name: 'Li Wei', role: 'reviewer' },
    });
    expect(op.patch).toContainEqual({
      op: 'add',
      path: '/category',
      value: 'Accuracy/Mistranslation',
    });
    expect(op.textDiff).toEqual([
      { value: 'tarrif', added: false, removed: true },
      { value: 'tariff', added: true, removed: false },
      { value: ' ', added: false, removed: false },
      { value: 'rate', added: false, removed: true },
      { value: 'rates', added: true, removed: false },
    ]);
    expect(applyOp(emptyReviewState(), op).flags.get(flag.id)).toEqual(flag);
  });

  it('changes only what changed, stamping updatedAt, and returns null for no change', () => {
    const ctx = testContext('op');
    const flag = flagOn('tarrif rate', ctx);
    const op = flagChanged(flag, { severity: 'minor', comment: flag.comment }, ctx)!;
    expect(op.kind).toBe('flag.change');
    expect(op.patch).toEqual([
      { op: 'replace', path: '/updatedAt', value: '2024-03-09T08:00:01.000Z' },
      { op: 'replace', path: '/severity', value: 'minor' },
    ]);
    expect(op.textDiff).toBeUndefined();
    expect(flagChanged(flag, { severity: 'major', anchor: { ...flag.anchor } }, ctx)).toBeNull();
  });

  it('deletes softly: the flag stays, with status deleted', () => {
    const ctx = testContext('op');
    const flag = flagOn('tarrif rate', ctx);
    const state = replay([flagAdded(flag, ctx), flagDeleted(flag, ctx)]);
    expect(state.flags.get(flag.id)?.status).toBe('deleted');
    expect(state.opCount).toBe(2);
  });

  it('undoes an addition by removing the flag, and redoes it', () => {
    const ctx = testContext('op');
    const flag = flagOn('tarrif rate', ctx);
    const add = flagAdded(flag, ctx);
    const added = applyOp(emptyReviewState(), add);
    const undo = inverseOf(add, emptyReviewState(), ctx);
    expect(undo).toMatchObject({ kind: 'flag.delete', undoes: add.id });
    const undone = applyOp(added, undo);
    expect(undone.flags.size).toBe(0);
    const redo = inverseOf(undo, added, ctx);
    expect(redo).toMatchObject({ kind: 'flag.add', undoes: undo.id });
    expect(applyOp(undone, redo).flags.get(flag.id)).toEqual(flag);
  });

  it('ignores a change to a flag whose addition was undone (it may arrive from a merge)', () => {
    const ctx = testContext('op');
    const flag = flagOn('tarrif rate', ctx);
    const add = flagAdded(flag, ctx);
    const change = flagChanged(flag, { comment: 'Theirs.' }, ctx)!;
    const undo = inverseOf(add, emptyReviewState(), ctx);
    expect(replay([add, undo, change]).flags.size).toBe(0);
  });
});

describe('applyOp refuses operations that do not fit', () => {
  const ctx = testContext('op');
  const flag = flagOn('tarrif rate', ctx);
  const add = flagAdded(flag, ctx);
  const added = replay([add]);

  function refusal(state: ReviewState, op: ReviewOp): ReviewLogError {
    try {
      applyOp(state, op);
    } catch (error) {
      if (error instanceof ReviewLogError) return error;
      throw error;
    }
    throw new Error('expected a ReviewLogError');
  }

  it('a second addition, or a change to an unknown flag', () => {
    expect(refusal(added, add).code).toBe('duplicate-subject');
    const change = flagChanged(flag, { comment: 'x' }, ctx)!;
    expect(refusal(emptyReviewState(), change).code).toBe('unknown-subject');
  });

  it('a patch that does not apply, or that breaks the flag', () => {
    const bad = { ...add, id: 'x', kind: 'flag.change' as const };
    expect(refusal(added, { ...bad, patch: [{ op: 'remove', path: '/nope/deeper' }] }).code).toBe(
      'bad-patch',
    );
    const fatal = refusal(added, {
      ...bad,
      patch: [{ op: 'replace', path: '/severity', value: 'fatal' }],
    });
    expect(fatal.code).toBe('bad-result');
    expect(fatal.message).toMatch(/invalid at severity/);
    expect(
      refusal(added, { ...bad, patch: [{ op: 'add', path: '/html', value: '<b>' }] }).code,
    ).toBe('bad-result');
  });

  it('rewriting who created a flag, or a prototype', () => {
    const bad = { ...add, id: 'x', kind: 'flag.change' as const };
    const forged = { op: 'replace' as const, path: '/author/name', value: 'Someone else' };
    expect(refusal(added, { ...bad, patch: [forged] }).message).toMatch(/rewrites the author/);
    const polluting = { op: 'add' as const, path: '/__proto__/polluted', value: true };
    expect(refusal(added, { ...bad, patch: [polluting] }).code).toBe('bad-patch');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a deletion that leaves the flag alive', () => {
    const change = flagChanged(flag, { comment: 'x' }, ctx)!;
    expect(refusal(added, { ...change, kind: 'flag.delete' }).message).toMatch(/is a deletion/);
  });
});

/** A random user action on the review, applied to whatever state it meets. */
type Action =
  | { type: 'add'; words: string }
  | { type: 'change'; pick: number; changes: FlagChanges }
  | { type: 'delete'; pick: number }
  | { type: 'undo' };

const WORDS = ['tarrif rate', 'imported steel', 'would rise', '3%', 'next year'];

const changes: fc.Arbitrary<FlagChanges> = fc.record(
  {
    severity: fc.constantFrom<Severity>('critical', 'major', 'minor', 'neutral'),
    comment: fc.string({ maxLength: 20 }),
    suggestion: fc.option(fc.string({ maxLength: 12 }), { nil: null }),
    status: fc.constantFrom<FlagStatus>('open', 'resolved', 'rejected', 'deleted'),
    category: fc.constantFrom('Fluency/Grammar', 'Style/Awkward'),
  },
  { requiredKeys: [] },
);

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ type: fc.constant('add' as const), words: fc.constantFrom(...WORDS) }),
  fc.record({ type: fc.constant('change' as const), pick: fc.nat(), changes }),
  fc.record({ type: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({ type: fc.constant('undo' as const) }),
);

describe('the log (property)', () => {
  it('applying an operation and then its inverse restores the flags; replay equals folding', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const ctx = testContext('op');
        const ops: ReviewOp[] = [];
        const states: ReviewState[] = [emptyReviewState()];
        const undoable: number[] = [];
        for (const act of actions) {
          const state = states.at(-1)!;
          const flags = [...state.flags.values()];
          const pick = (n: number): Flag | undefined => flags[n % Math.max(1, flags.length)];
          let op: ReviewOp | null = null;
          if (act.type === 'add') op = flagAdded(flagOn(act.words, ctx), ctx);
          else if (act.type === 'change' && pick(act.pick)) {
            op = flagChanged(pick(act.pick)!, act.changes, ctx);
          } else if (act.type === 'delete' && pick(act.pick))
            op = flagDeleted(pick(act.pick)!, ctx);
          else if (act.type === 'undo' && undoable.length > 0) {
            const index = undoable.pop()!;
            op = inverseOf(ops[index]!, states[index]!, ctx);
          }
          if (!op) continue;
          const next = applyOp(state, op);
          // The inverse of every operation takes the flags back where they were.
          const back = applyOp(next, inverseOf(op, state, ctx));
          expect([...back.flags.entries()]).toEqual([...state.flags.entries()]);
          if (act.type !== 'undo') undoable.push(ops.length);
          ops.push(op);
          states.push(next);
        }
        const replayed = replay(ops);
        expect(replayed.flags).toEqual(states.at(-1)!.flags);
        expect(replayed.opCount).toBe(ops.length);
        const half = replay(ops.slice(0, ops.length >> 1));
        expect(catchUp(half, ops).flags).toEqual(replayed.flags);
      }),
      { numRuns: 300 },
    );
  });
});

describe('applyOp shares what an operation does not touch', () => {
  it('keeps the revisions, decisions and unit marks of the state before when a flag is added', () => {
    const ctx = testContext('share');
    const before = replay([flagAdded(flagOn('spokesman', ctx), ctx)]);
    const after = applyOp(before, flagAdded(flagOn('tarrif', ctx), ctx));
    expect(after.flags).not.toBe(before.flags);
    expect(after.flags.size).toBe(2);
    expect(before.flags.size).toBe(1);
    expect(after.revisions).toBe(before.revisions);
    expect(after.flagDecisions).toBe(before.flagDecisions);
    expect(after.unitMarks).toBe(before.unitMarks);
  });
});
