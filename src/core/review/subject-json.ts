/**
 * The JSON an operation's patch is a diff of, per kind of operation. Undo
 * and redo compute their patches from these views, and the handlers apply
 * patches to them, so the two cannot disagree on what a subject looks like.
 *
 * Two views are not the stored object itself:
 * - a revision without its `changes`, which travel in the operation's
 *   `textDiff` (a unit's text is then stored once, not twice);
 * - a flag's editorial view `{status, decision}` for `flag.decision`: the
 *   decision lives beside the flag (`ReviewState.flagDecisions`) because a
 *   flag's own JSON is the format's `Flag`, but rejecting a flag must set its
 *   status in the same operation, so that one undo restores both.
 */
import type { ReviewOpKind, ReviewState } from '../model/review-log.ts';
import type { Revision } from '../model/revision.ts';
import type { JsonObject } from './patch.ts';

/** What the subject of an operation kind is. */
export type SubjectView = 'flag' | 'flag-decision' | 'revision' | 'unit' | 'document';

/** The view an operation of `kind` patches. */
export function subjectViewOf(kind: ReviewOpKind): SubjectView {
  switch (kind) {
    case 'flag.add':
    case 'flag.change':
    case 'flag.delete':
      return 'flag';
    case 'flag.decision':
      return 'flag-decision';
    case 'revision.save':
    case 'revision.decision':
      return 'revision';
    case 'unit.status':
      return 'unit';
    case 'document.signoff':
    case 'document.reopen':
      return 'document';
  }
}

/** The index of the unit a `unit:<index>` subject names, or `null`. */
export function unitOfSubject(subject: string): number | null {
  const match = /^unit:(0|[1-9][0-9]{0,8})$/.exec(subject);
  return match ? Number(match[1]) : null;
}

/** A revision's JSON as its patches carry it: everything but the change list. */
export function revisionJson(revision: Revision): JsonObject {
  const { changes: _changes, ...rest } = revision;
  return rest;
}

/**
 * The JSON of `subject` in `state` as an operation of `kind` patches it;
 * `{}` when the subject does not exist (yet, or any more).
 */
export function subjectJson(state: ReviewState, kind: ReviewOpKind, subject: string): JsonObject {
  switch (subjectViewOf(kind)) {
    case 'flag':
      return (state.flags.get(subject) ?? {}) as unknown as JsonObject;
    case 'flag-decision': {
      const flag = state.flags.get(subject);
      if (!flag) return {};
      const decision = state.flagDecisions.get(subject);
      return decision ? { status: flag.status, decision } : { status: flag.status };
    }
    case 'revision': {
      const revision = state.revisions.get(subject);
      return revision ? revisionJson(revision) : {};
    }
    case 'unit': {
      const unit = unitOfSubject(subject);
      return ((unit !== null && state.unitMarks.get(unit)) || {}) as unknown as JsonObject;
    }
    case 'document':
      return (state.signoff ?? {}) as unknown as JsonObject;
  }
}
