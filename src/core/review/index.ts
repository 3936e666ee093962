/**
 * The review: flags and (later) revisions and decisions, kept as an
 * append-only log of operations (`model/review-log.ts`) and rebuilt from it.
 *
 * - `apply.ts`: what an operation does to the state; replay and its cache.
 * - `commands.ts`: the operations a user's actions produce, and their inverses.
 * - `merge.ts`: merging another reviewer's log, with conflicts.
 * - `text-diff.ts`: suggestions as change lists against the flagged words.
 */
import type { ProjectReview } from '../model/project.ts';
import { DEFAULT_TYPOLOGY_ID } from '../typology/index.ts';

export {
  applyOp,
  catchUp,
  emptyReviewState,
  replay,
  ReviewLogError,
  type ReviewLogErrorCode,
} from './apply.ts';
export {
  createFlag,
  EDITABLE_FLAG_FIELDS,
  flagAdded,
  flagChanged,
  flagDeleted,
  inverseOf,
  type EditableFlagField,
  type FlagChanges,
  type NewFlagInput,
} from './commands.ts';
export { mergeReviewLogs, resolveConflict } from './merge.ts';
export { applyTextChanges, suggestionDiff, textChanges } from './text-diff.ts';
export type {
  FlagConflict,
  PatchOperation,
  ReviewContext,
  ReviewMerge,
  ReviewOp,
  ReviewOpKind,
  ReviewState,
  TextChange,
} from '../model/review-log.ts';

/** The review of a new project: no operations, in the given typology (default: WMT MQM). */
export function emptyProjectReview(typologyId: string = DEFAULT_TYPOLOGY_ID): ProjectReview {
  return { typologyId, ops: [] };
}
