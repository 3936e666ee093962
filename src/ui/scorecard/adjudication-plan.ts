/**
 * Turning an adjudicated flag set into edits of the project's review. The
 * review is a log, so the result is written as ordinary operations — flags
 * deleted and flags added — which keeps it undoable, mergeable and visible
 * in the history like any other review work.
 */
import type { Flag } from '../../core/model/flag.ts';
import type { NewFlagInput } from '../../core/review/commands.ts';
import { isScored } from '../../core/score/index.ts';

/** What applying an adjudication does to the review. */
export interface AdjudicationPlan {
  /** Ids of the review's counted flags the adjudication did not keep. */
  remove: string[];
  /** Kept flags the review does not have yet (another reviewer's, or merged ones). */
  add: NewFlagInput[];
}

/**
 * The edits that make the counted flags of `review` equal `adjudicated`.
 * Rejected and deleted flags are left alone: they never counted, and
 * deleting them again would only add noise to the log. Flags are compared
 * by id, which review files preserve, so a flag both sides share stays as it
 * is, with its history.
 */
export function planAdjudication(
  review: Iterable<Flag>,
  adjudicated: readonly Flag[],
): AdjudicationPlan {
  const current = [...review].filter(isScored);
  const kept = new Set(adjudicated.map((flag) => flag.id));
  const have = new Set(current.map((flag) => flag.id));
  return {
    remove: current.filter((flag) => !kept.has(flag.id)).map((flag) => flag.id),
    add: adjudicated
      .filter((flag) => !have.has(flag.id))
      .map((flag) => ({
        anchor: flag.anchor,
        category: flag.category,
        severity: flag.severity,
        comment: flag.comment,
        suggestion: flag.suggestion,
        origin: flag.origin,
      })),
  };
}
