/**
 * Undo for the operations on revisions, decisions, unit statuses and the
 * sign-off. Unlike flags, whose inverse may change kind (undoing an
 * addition is a deletion), these keep their kind: the inverse of a
 * `revision.decision` is a `revision.decision` that restores the previous
 * status and decision, marked by `undoes`. That keeps "what was undone"
 * readable in the history without a kind per direction.
 */
import type { ReviewContext, ReviewOp, ReviewState } from '../model/review-log.ts';
import { applyOp } from './apply.ts';
import { diffJson } from './patch.ts';
import { subjectJson } from './subject-json.ts';

/**
 * The operation that reverses `op` (not a flag operation), given the state
 * it was applied to: a patch from the subject's view after `op` back to the
 * view before it. Re-creating a revision (redoing its save) carries its
 * change list again in `textDiff`.
 */
export function inverseOfRecord(
  op: ReviewOp,
  stateBefore: ReviewState,
  ctx: ReviewContext,
): ReviewOp {
  const stateAfter = applyOp(stateBefore, op);
  const before = subjectJson(stateBefore, op.kind, op.subject);
  const after = subjectJson(stateAfter, op.kind, op.subject);
  const inverse: ReviewOp = {
    id: ctx.newId(),
    kind: op.kind,
    subject: op.subject,
    at: ctx.now(),
    author: { ...ctx.author },
    patch: diffJson(after, before),
    undoes: op.id,
  };
  const restored = stateBefore.revisions.get(op.subject);
  if (op.kind === 'revision.save' && restored && !stateAfter.revisions.has(op.subject)) {
    inverse.textDiff = restored.changes;
  }
  return inverse;
}
