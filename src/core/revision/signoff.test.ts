import { describe, expect, it } from 'vitest';
import { buildDocument } from '../align/index.ts';
import type { ReviewOp } from '../model/review-log.ts';
import { catchUp, emptyReviewState, inverseOf, replay } from '../review/index.ts';
import { testContext } from '../review/review.fixtures.ts';
import { approveAll } from './approve-all.ts';
import { reopened, signedOff, signoffHistory } from './signoff.ts';

const document = buildDocument(null, 'The rate rose. Exports fell.');

describe('signoffHistory', () => {
  it('lists sign-offs and reopenings in effect, with their notes, through undo and redo', () => {
    const editor = testContext('e', { name: 'Chen Jing', role: 'editor' });
    const ops: ReviewOp[] = [];
    let state = emptyReviewState();
    const append = (op: ReviewOp) => {
      ops.push(op);
      state = catchUp(state, ops);
    };
    const units = document.alignment.units.map((_, i) => i);
    approveAll(document, state, units, editor).forEach(append);
    append(signedOff(document, state, editor, 'final'));
    append(reopened(state, editor, 'typo in unit 2'));
    append(signedOff(document, state, editor, 'final'));
    expect(signoffHistory(ops).map((e) => [e.kind, e.note])).toEqual([
      ['document.signoff', 'final'],
      ['document.reopen', 'typo in unit 2'],
      ['document.signoff', 'final'],
    ]);
    expect(signoffHistory(ops)[1]?.by.name).toBe('Chen Jing');

    // Undo the last sign-off: it leaves the history; redo brings it back.
    const last = ops[ops.length - 1]!;
    const undo = inverseOf(last, replay(ops.slice(0, -1)), editor);
    append(undo);
    expect(signoffHistory(ops).map((e) => e.kind)).toEqual(['document.signoff', 'document.reopen']);
    expect(state.signoff?.signedOff).toBe(false);
    append(inverseOf(undo, replay(ops.slice(0, -1)), editor));
    expect(signoffHistory(ops)).toHaveLength(3);
    expect(state.signoff?.signedOff).toBe(true);
  });
});
