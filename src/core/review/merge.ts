/**
 * Merging another reviewer's log into ours.
 *
 * Operations carry random ids and are never rewritten, so two copies of a
 * log share exactly the operations of their common history. Merging is then
 * a union: our log, followed by their operations we do not have, in their
 * order. That order is causal (each of their operations follows everything
 * it was made against, which is either ours already or theirs before it),
 * so the merged log replays, and importing the same file twice adds nothing.
 *
 * What the union cannot settle is a flag both sides changed since their
 * common history: their operations come last, so their values win field by
 * field, and where that silently overrides a different value of ours the
 * merge reports a conflict for the user to decide (`resolveConflict`).
 */
import type { Flag } from '../model/flag.ts';
import type {
  FlagConflict,
  ReviewContext,
  ReviewMerge,
  ReviewOp,
  ReviewState,
} from '../model/review-log.ts';
import { replay } from './apply.ts';
import { EDITABLE_FLAG_FIELDS, flagAdded, flagChanged, type FlagChanges } from './commands.ts';
import { jsonEqual } from './patch.ts';

/**
 * Merges `theirs` into `mine`. Throws `ReviewLogError` when the merged log
 * does not replay (which only a forged log can cause: two different flags
 * under one id, a change to a flag neither side created).
 */
export function mergeReviewLogs(
  mine: readonly ReviewOp[],
  theirs: readonly ReviewOp[],
): ReviewMerge {
  const known = new Set(mine.map((op) => op.id));
  const fresh: ReviewOp[] = [];
  for (const op of theirs) {
    if (known.has(op.id)) continue;
    known.add(op.id);
    fresh.push(op);
  }
  const ops = [...mine, ...fresh];
  // Replaying the result is the check that the union is a valid log.
  replay(ops);
  return {
    ops,
    added: fresh.length,
    duplicates: theirs.length - fresh.length,
    conflicts: fresh.length === 0 ? [] : findConflicts(mine, theirs),
  };
}

/**
 * The operation that settles `conflict` the way the user chose, to append to
 * the merged log whose current version of the flag is `current` (`null` if
 * it is not in the state): the disputed fields take the chosen side's
 * values. `null` when they already have them.
 */
export function resolveConflict(
  conflict: FlagConflict,
  choice: 'mine' | 'theirs',
  current: Flag | null,
  ctx: ReviewContext,
): ReviewOp | null {
  const chosen = choice === 'mine' ? conflict.mine : conflict.theirs;
  if (!chosen) {
    // The chosen side undid the flag's addition; deleting is the nearest
    // thing a new operation can do.
    return current && current.status !== 'deleted'
      ? flagChanged(current, { status: 'deleted' }, ctx)
      : null;
  }
  if (!current) return flagAdded({ ...chosen, updatedAt: ctx.now() }, ctx);
  // Only the disputed fields: what merged cleanly stays merged.
  const changes: FlagChanges = {};
  for (const field of conflict.fields) Object.assign(changes, { [field]: chosen[field] });
  return flagChanged(current, changes, ctx);
}

/** Flags that both sides changed after their common history, incompatibly. */
function findConflicts(mine: readonly ReviewOp[], theirs: readonly ReviewOp[]): FlagConflict[] {
  const theirIds = new Set(theirs.map((op) => op.id));
  const myIds = new Set(mine.map((op) => op.id));
  const touchedByMe = new Set(mine.filter((op) => !theirIds.has(op.id)).map((op) => op.subject));
  const touchedByBoth = new Set(
    theirs.filter((op) => !myIds.has(op.id) && touchedByMe.has(op.subject)).map((op) => op.subject),
  );
  if (touchedByBoth.size === 0) return [];

  // The common history is causally closed and in a causal order in our log.
  const base = replay(mine.filter((op) => theirIds.has(op.id)));
  const mineState = replay(mine);
  const theirState = replay(theirs);
  const conflicts: FlagConflict[] = [];
  for (const flagId of touchedByBoth) {
    const baseFlag = base.flags.get(flagId);
    // A flag added on one side alone cannot have been changed by the other.
    if (!baseFlag) continue;
    const conflict = compareVersions(
      baseFlag,
      versionOf(mineState, flagId),
      versionOf(theirState, flagId),
    );
    if (conflict) conflicts.push(conflict);
  }
  return conflicts;
}

function versionOf(state: ReviewState, flagId: string): Flag | null {
  return state.flags.get(flagId) ?? null;
}

/**
 * Two versions conflict when a field changed on both sides to different
 * values, or when one side deleted (or undid) the flag while the other
 * edited it: a deletion of something the other reviewer was still working
 * on must not pass unnoticed.
 */
function compareVersions(base: Flag, mine: Flag | null, theirs: Flag | null): FlagConflict | null {
  const result = { flagId: base.id, base, mine, theirs };
  if (!mine || !theirs) {
    const survivor = mine ?? theirs;
    const edited = survivor && changedFields(base, survivor).length > 0;
    return edited ? { ...result, fields: [...EDITABLE_FLAG_FIELDS] } : null;
  }
  const mineChanged = changedFields(base, mine);
  const theirsChanged = changedFields(base, theirs);
  const fields = mineChanged.filter(
    (field) => theirsChanged.includes(field) && !jsonEqual(mine[field], theirs[field]),
  );
  const deletedOnOneSide =
    (mine.status === 'deleted') !== (theirs.status === 'deleted') &&
    mineChanged.length > 0 &&
    theirsChanged.length > 0;
  if (deletedOnOneSide && !fields.includes('status')) fields.push('status');
  return fields.length > 0 ? { ...result, fields } : null;
}

function changedFields(base: Flag, version: Flag): FlagConflict['fields'] {
  return EDITABLE_FLAG_FIELDS.filter((field) => !jsonEqual(base[field], version[field]));
}
