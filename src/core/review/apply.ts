/**
 * Rebuilding the review's state from its log.
 *
 * `applyOp` is the only entry to the meaning of an operation; each kind of
 * subject has its handler (`apply-flag.ts`, `apply-revision.ts`,
 * `apply-decision.ts`, `apply-status.ts`), and `replay` and `catchUp` are
 * folds over them. Applying is strict: an operation that does not fit the
 * state it is applied to (a change to a flag that does not exist, a patch
 * that yields an invalid flag or rewrites who created it) throws
 * `ReviewLogError` instead of being skipped, because a log that replays
 * differently on two machines is worse than one that is refused.
 */
import type { ReviewOp, ReviewState } from '../model/review-log.ts';
import { applyFlagDecision } from './apply-decision.ts';
import { applyFlagOp } from './apply-flag.ts';
import { applyRevisionOp } from './apply-revision.ts';
import { applySignoff, applyUnitStatus } from './apply-status.ts';
import { ReviewLogError } from './errors.ts';
import { freeze, thaw, type MutableState } from './state.ts';
import { subjectViewOf } from './subject-json.ts';

export { ReviewLogError, type ReviewLogErrorCode } from './errors.ts';

const EMPTY: ReviewState = Object.freeze({
  flags: new Map(),
  revisions: new Map(),
  flagDecisions: new Map(),
  unitMarks: new Map(),
  signoff: null,
  opCount: 0,
  removed: new Set<string>(),
});

/** The state of an empty log. */
export function emptyReviewState(): ReviewState {
  return EMPTY;
}

/**
 * The state after `op`. Pure: `state` is not modified and the new state
 * shares every subject that `op` does not touch. The cost is a copy of the
 * collections' entries (references only): a persistent map would avoid it,
 * but a review holds hundreds of flags and revisions, not millions, and
 * plain `Map`s keep creation order and stay easy to use from React.
 */
export function applyOp(state: ReviewState, op: ReviewOp): ReviewState {
  const target = thaw(state);
  applyInPlace(target, op);
  return freeze(target, state.opCount + 1);
}

/** The state the whole log leads to. Linear in the size of the log. */
export function replay(ops: readonly ReviewOp[]): ReviewState {
  return catchUp(EMPTY, ops);
}

/**
 * Brings `state`, the state of a prefix of `ops` (its first `state.opCount`
 * operations), up to date with all of `ops`. This is the cache: the store
 * keeps the last state and, when operations are appended, applies only the
 * new ones instead of replaying the log.
 */
export function catchUp(state: ReviewState, ops: readonly ReviewOp[]): ReviewState {
  if (state.opCount > ops.length) {
    throw new RangeError(
      `The state reflects ${state.opCount} operations but the log has only ${ops.length}.`,
    );
  }
  if (state.opCount === ops.length) return state;
  const target = thaw(state);
  for (let index = state.opCount; index < ops.length; index++) {
    try {
      applyInPlace(target, ops[index]!);
    } catch (error) {
      if (error instanceof ReviewLogError) error.opIndex = index;
      throw error;
    }
  }
  return freeze(target, ops.length);
}

function applyInPlace(target: MutableState, op: ReviewOp): void {
  switch (subjectViewOf(op.kind)) {
    case 'flag':
      return applyFlagOp(target, op);
    case 'flag-decision':
      return applyFlagDecision(target, op);
    case 'revision':
      return applyRevisionOp(target, op);
    case 'unit':
      return applyUnitStatus(target, op);
    case 'document':
      return applySignoff(target, op);
  }
}
