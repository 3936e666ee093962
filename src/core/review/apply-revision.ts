/**
 * `revision.save` and `revision.decision`. A save creates a revision (its
 * patch adds every field but `changes`, which come from `textDiff`); a
 * decision sets its status and decision and nothing else. Whether the
 * revision's base version exists and its changes fit that text is not
 * checked here: that needs the document, and a log replayed for one subject
 * alone (as undo does) must still apply. `core/revision/texts.ts` treats a
 * revision whose base is missing as stale.
 */
import type { ReviewOp } from '../model/review-log.ts';
import { revisionSchema } from '../model/review-schema.ts';
import type { Revision } from '../model/revision.ts';
import { check, parseSubject, patchSubject, ReviewLogError } from './errors.ts';
import type { MutableState } from './state.ts';
import { revisionJson } from './subject-json.ts';

/** Fields only the save sets; a decision may change `status` and `decision` alone. */
const SAVED_FIELDS = ['id', 'unit', 'side', 'baseVersion', 'author', 'at', 'comment'] as const;

/** Applies a `revision.save` or `revision.decision` to `state`. */
export function applyRevisionOp({ revisions, removed }: MutableState, op: ReviewOp): void {
  const before = revisions.get(op.subject);
  const what = `revision ${op.subject}`;
  if (!before && removed.has(op.subject) && op.kind === 'revision.decision') return;
  if (op.kind === 'revision.save' && before && op.undoes === undefined) {
    throw new ReviewLogError(
      'duplicate-subject',
      op.id,
      `Operation ${op.id} saves revision ${op.subject}, which already exists.`,
    );
  }
  if (op.kind === 'revision.decision' && !before) {
    throw new ReviewLogError(
      'unknown-subject',
      op.id,
      `Operation ${op.id} decides on revision ${op.subject}, which does not exist.`,
    );
  }
  const result = patchSubject(before ? revisionJson(before) : {}, op, what);
  if (Object.keys(result).length === 0) {
    // Only the undo of a save may remove a revision.
    check(op.kind === 'revision.save' && op.undoes !== undefined, op, `removes ${what}`);
    revisions.delete(op.subject);
    removed.add(op.subject);
    return;
  }
  const changes = before ? before.changes : op.textDiff;
  check(changes !== undefined, op, `saves ${what} without its change list`);
  const revision: Revision = parseSubject(revisionSchema, { ...result, changes }, op, what);
  check(revision.id === op.subject, op, `is about ${what} but produces ${revision.id}`);
  if (before) {
    for (const field of SAVED_FIELDS) {
      check(
        JSON.stringify(revision[field]) === JSON.stringify(before[field]),
        op,
        `rewrites the ${field} of ${what}, which never changes`,
      );
    }
  } else {
    check(revision.status === 'pending', op, `saves ${what} already decided`);
  }
  revisions.set(op.subject, revision);
  removed.delete(op.subject);
}
