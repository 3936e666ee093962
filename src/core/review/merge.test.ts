import { describe, expect, it } from 'vitest';
import type { ReviewOp } from '../model/review-log.ts';
import {
  flagAdded,
  flagChanged,
  flagDeleted,
  inverseOf,
  mergeReviewLogs,
  replay,
  resolveConflict,
} from './index.ts';
import { flagOn, testContext } from './review.fixtures.ts';

/** A shared history: one flag, added by "me" and exported to "them". */
function sharedHistory() {
  const me = testContext('me');
  const them = testContext('them', { name: 'Zhang Min', role: 'editor' });
  const flag = flagOn('tarrif rate', me);
  const base: ReviewOp[] = [flagAdded(flag, me)];
  return { me, them, flag, base };
}

describe('mergeReviewLogs', () => {
  it('adds their new flags after ours, and adds nothing on re-import', () => {
    const { me, them, base } = sharedHistory();
    const mine = [...base, flagAdded(flagOn('3%', me), me)];
    const theirs = [...base, flagAdded(flagOn('imported steel', them), them)];
    const merged = mergeReviewLogs(mine, theirs);
    expect(merged).toMatchObject({ added: 1, duplicates: 1, conflicts: [] });
    expect(merged.ops.map((op) => op.id)).toEqual([...mine, theirs[1]!].map((op) => op.id));
    expect(replay(merged.ops).flags.size).toBe(3);

    const again = mergeReviewLogs(merged.ops, theirs);
    expect(again).toMatchObject({ added: 0, duplicates: 2, conflicts: [] });
    expect(again.ops).toEqual(merged.ops);
  });

  it('merges changes to different fields of one flag without a conflict', () => {
    const { me, them, flag, base } = sharedHistory();
    const mine = [...base, flagChanged(flag, { severity: 'minor' }, me)!];
    const theirs = [...base, flagChanged(flag, { comment: 'Their note.' }, them)!];
    const merged = mergeReviewLogs(mine, theirs);
    expect(merged.conflicts).toEqual([]);
    expect(replay(merged.ops).flags.get(flag.id)).toMatchObject({
      severity: 'minor',
      comment: 'Their note.',
    });
  });

  it('reports both versions when both sides changed the same field differently', () => {
    const { me, them, flag, base } = sharedHistory();
    const mine = [...base, flagChanged(flag, { severity: 'minor', comment: 'Mine.' }, me)!];
    const theirs = [...base, flagChanged(flag, { severity: 'critical' }, them)!];
    const merged = mergeReviewLogs(mine, theirs);
    expect(merged.conflicts).toHaveLength(1);
    const conflict = merged.conflicts[0]!;
    expect(conflict).toMatchObject({
      flagId: flag.id,
      fields: ['severity'],
      base: { severity: 'major' },
      mine: { severity: 'minor', comment: 'Mine.' },
      theirs: { severity: 'critical' },
    });
    // Their operations come last: their value holds until the user chooses.
    const state = replay(merged.ops);
    expect(state.flags.get(flag.id)?.severity).toBe('critical');

    const keepMine = resolveConflict(conflict, 'mine', state.flags.get(flag.id)!, me)!;
    const resolved = replay([...merged.ops, keepMine]).flags.get(flag.id);
    expect(resolved).toMatchObject({ severity: 'minor', comment: 'Mine.' });
    expect(resolveConflict(conflict, 'theirs', state.flags.get(flag.id)!, me)).toBeNull();
  });

  it('reports a flag deleted on one side and edited on the other', () => {
    const { me, them, flag, base } = sharedHistory();
    const mine = [...base, flagDeleted(flag, me)];
    const theirs = [...base, flagChanged(flag, { comment: 'Still wrong.' }, them)!];
    const [conflict] = mergeReviewLogs(mine, theirs).conflicts;
    expect(conflict?.fields).toContain('status');
    expect(conflict?.mine?.status).toBe('deleted');
    expect(conflict?.theirs?.comment).toBe('Still wrong.');
  });

  it('reports a flag whose addition one side undid while the other edited it', () => {
    const { me, them, flag, base } = sharedHistory();
    const mine = [...base, inverseOf(base[0]!, replay([]), me)];
    const theirs = [...base, flagChanged(flag, { comment: 'Keep it.' }, them)!];
    const merged = mergeReviewLogs(mine, theirs);
    expect(merged.conflicts).toHaveLength(1);
    expect(merged.conflicts[0]).toMatchObject({ mine: null, theirs: { comment: 'Keep it.' } });
    // The merged log replays (their change to the removed flag is ignored)…
    expect(replay(merged.ops).flags.size).toBe(0);
    // …and choosing theirs brings the flag back.
    const restore = resolveConflict(merged.conflicts[0]!, 'theirs', null, me)!;
    expect(replay([...merged.ops, restore]).flags.get(flag.id)?.comment).toBe('Keep it.');
  });

  it('sees no conflict when both sides made the same change', () => {
    const { me, them, flag, base } = sharedHistory();
    const mine = [...base, flagChanged(flag, { status: 'resolved' }, me)!];
    const theirs = [...base, flagChanged(flag, { status: 'resolved' }, them)!];
    expect(mergeReviewLogs(mine, theirs).conflicts).toEqual([]);
  });
});
