/**
 * Rebuilding the review's state from its log.
 *
 * `applyOp` is the only place where the meaning of an operation is defined;
 * `replay` and `catchUp` are folds over it. Applying is strict: an operation
 * that does not fit the state it is applied to (a change to a flag that does
 * not exist, a patch that yields an invalid flag or rewrites who created it)
 * throws `ReviewLogError` instead of being skipped, because a log that replays
 * differently on two machines is worse than one that is refused.
 */
import type { Flag } from '../model/flag.ts';
import type { ReviewOp, ReviewState } from '../model/review-log.ts';
import { flagSchema } from '../model/review-schema.ts';
import { applyJsonPatch, PatchApplicationError, type JsonObject } from './patch.ts';

/** Why an operation cannot be applied. */
export type ReviewLogErrorCode =
  'unknown-subject' | 'duplicate-subject' | 'bad-patch' | 'bad-result';

/** An operation that does not fit the state it was applied to. */
export class ReviewLogError extends Error {
  override readonly name = 'ReviewLogError';
  readonly code: ReviewLogErrorCode;
  /** Id of the offending operation. */
  readonly opId: string;
  /** Its index in the log, when it was applied as part of one. */
  opIndex: number | null = null;

  constructor(code: ReviewLogErrorCode, opId: string, message: string) {
    super(message);
    this.code = code;
    this.opId = opId;
  }
}

/** Fields a flag keeps for life: only `flag.add` sets them. */
const IMMUTABLE_FIELDS = ['id', 'author', 'createdAt', 'origin'] as const;

const EMPTY: ReviewState = Object.freeze({
  flags: new Map<string, Flag>(),
  opCount: 0,
  removed: new Set<string>(),
});

/** The state of an empty log. */
export function emptyReviewState(): ReviewState {
  return EMPTY;
}

/**
 * The state after `op`. Pure: `state` is not modified and the new state
 * shares every flag that `op` does not touch. The cost is that of the patch
 * plus a copy of the map's entries (references only): a persistent map would
 * avoid the copy, but a review holds hundreds of flags, not millions, and a
 * plain `Map` keeps creation order and stays easy to use from React.
 */
export function applyOp(state: ReviewState, op: ReviewOp): ReviewState {
  const flags = new Map(state.flags);
  // Only an addition or an undo can change the removed set: copy it for those alone.
  const removed =
    op.kind === 'flag.add' || op.undoes !== undefined
      ? new Set(state.removed)
      : (state.removed as Set<string>);
  applyInPlace({ flags, removed }, op);
  return { flags, opCount: state.opCount + 1, removed };
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
  const target = { flags: new Map(state.flags), removed: new Set(state.removed) };
  for (let index = state.opCount; index < ops.length; index++) {
    try {
      applyInPlace(target, ops[index]!);
    } catch (error) {
      if (error instanceof ReviewLogError) error.opIndex = index;
      throw error;
    }
  }
  return { ...target, opCount: ops.length };
}

interface MutableState {
  flags: Map<string, Flag>;
  removed: Set<string>;
}

function applyInPlace({ flags, removed }: MutableState, op: ReviewOp): void {
  const before = flags.get(op.subject);
  if (op.kind !== 'flag.add' && !before && removed.has(op.subject)) return;
  if (op.kind === 'flag.add' && before) {
    throw new ReviewLogError(
      'duplicate-subject',
      op.id,
      `Operation ${op.id} adds flag ${op.subject}, which already exists.`,
    );
  }
  if (op.kind !== 'flag.add' && !before) {
    throw new ReviewLogError(
      'unknown-subject',
      op.id,
      `Operation ${op.id} changes flag ${op.subject}, which does not exist.`,
    );
  }

  let result: JsonObject;
  try {
    result = applyJsonPatch((before ?? {}) as unknown as JsonObject, op.patch);
  } catch (error) {
    if (!(error instanceof PatchApplicationError)) throw error;
    throw new ReviewLogError(
      'bad-patch',
      op.id,
      `The patch of operation ${op.id} does not apply to flag ${op.subject}: ${error.message}`,
    );
  }

  // Only the deletion that undoes an addition may remove a flag entirely.
  if (Object.keys(result).length === 0 && op.kind === 'flag.delete' && op.undoes !== undefined) {
    flags.delete(op.subject);
    removed.add(op.subject);
    return;
  }
  flags.set(op.subject, checkResult(result, before, op));
  removed.delete(op.subject);
}

function checkResult(result: JsonObject, before: Flag | undefined, op: ReviewOp): Flag {
  const parsed = flagSchema.safeParse(result);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
    throw new ReviewLogError(
      'bad-result',
      op.id,
      `Operation ${op.id} leaves flag ${op.subject} invalid${where}: ${issue?.message ?? 'invalid value'}.`,
    );
  }
  const flag: Flag = parsed.data;
  if (flag.id !== op.subject) {
    throw new ReviewLogError(
      'bad-result',
      op.id,
      `Operation ${op.id} is about flag ${op.subject} but produces flag ${flag.id}.`,
    );
  }
  if (before) {
    for (const field of IMMUTABLE_FIELDS) {
      if (JSON.stringify(flag[field]) !== JSON.stringify(before[field])) {
        throw new ReviewLogError(
          'bad-result',
          op.id,
          `Operation ${op.id} rewrites the ${field} of flag ${op.subject}, which never changes.`,
        );
      }
    }
  }
  if (op.kind === 'flag.delete' && flag.status !== 'deleted') {
    throw new ReviewLogError(
      'bad-result',
      op.id,
      `Operation ${op.id} is a deletion but leaves flag ${op.subject} ${flag.status}.`,
    );
  }
  return flag;
}
