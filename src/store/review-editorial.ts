/**
 * The review store's corrections and editorial actions: saving revisions,
 * deciding on revisions and flags, unit statuses, approve-all, sign-off and
 * reopening. While the document is signed off, nothing that changes a
 * unit's text or status is logged (flag verdicts still are: they judge the
 * MT, not the corrected text). Kept apart from the store's log and undo machinery
 * (`review.ts`); each action builds operations with `core/revision` and
 * hands them to the store, as one undoable action each.
 */
import type { Flag } from '../core/model/flag.ts';
import type { ReviewContext, ReviewOp } from '../core/model/review-log.ts';
import {
  approveAll,
  canEdit,
  flagDecided,
  reopened,
  revisionDecided,
  revisionSaved,
  signedOff,
  unitMarked,
} from '../core/revision/index.ts';
import type { ReviewStoreState } from './review-api.ts';

/** What the editorial actions need from the store. */
export interface EditorialDeps {
  get: () => ReviewStoreState;
  context: () => ReviewContext;
  /** Append `ops` as one undoable action (nothing when empty). */
  act: (ops: readonly ReviewOp[]) => void;
  flagOrThrow: (id: string) => Flag;
}

/** The editorial actions of `ReviewStoreState`. */
export type EditorialActions = Pick<
  ReviewStoreState,
  | 'saveRevision'
  | 'decideRevision'
  | 'decideFlag'
  | 'markUnit'
  | 'approveAll'
  | 'signOff'
  | 'reopen'
>;

/** The editorial actions over `deps`. */
export function editorialActions({
  get,
  context,
  act,
  flagOrThrow,
}: EditorialDeps): EditorialActions {
  const one = (op: ReviewOp | null) => act(op ? [op] : []);
  return {
    saveRevision(unit, current, text, comment) {
      if (!canEdit(get().review)) return null;
      const op = revisionSaved(unit, current, text, context(), comment);
      one(op);
      return op ? (get().review.revisions.get(op.subject) ?? null) : null;
    },

    decideRevision(id, input) {
      // A signed-off text is frozen: its rulings too (reopen first).
      if (!canEdit(get().review)) return;
      const revision = get().review.revisions.get(id);
      if (!revision) throw new Error(`There is no revision ${id} in this review.`);
      one(revisionDecided(revision, input, context()));
    },

    decideFlag(id, input) {
      const current = get().review.flagDecisions.get(id);
      one(flagDecided(flagOrThrow(id), current, input, context()));
    },

    markUnit(unit, status, version, decision) {
      if (!canEdit(get().review)) return;
      const previous = get().review.unitMarks.get(unit);
      one(unitMarked(unit, status, version, previous, context(), decision));
    },

    approveAll(document, units, decision) {
      if (!canEdit(get().review)) return 0;
      const ops = approveAll(document, get().review, units, context(), decision);
      act(ops);
      return ops.length;
    },

    signOff(document, note) {
      one(signedOff(document, get().review, context(), note));
    },

    reopen(note) {
      one(reopened(get().review, context(), note));
    },
  };
}
