/**
 * The review log that rebuilds a review read from an interchange file
 * (XLIFF 1.2 and XLIFF 2 both carry one): the flags, revisions, decisions,
 * unit status marks and sign-off it gives, each as the operation that made
 * it, authored by its author at its time. How a file spells these is the
 * format's business; turning them into a log is not, so it is done here once.
 */
import type { Flag } from '../../model/flag.ts';
import type { ReviewContext, ReviewOp } from '../../model/review-log.ts';
import type { Decision, DocumentSignoff, Revision, UnitMark } from '../../model/revision.ts';
import { DOCUMENT_SUBJECT } from '../../model/review-log.ts';
import { flagAdded } from '../../review/commands.ts';
import { diffJson } from '../../review/patch.ts';
import { revisionJson } from '../../review/subject-json.ts';
import { flagDecided, revisionDecided } from '../../revision/decide.ts';
import { unitMarked } from '../../revision/status.ts';

/** Everything of a review that a file gave. */
export interface ReadReview {
  flags: { flag: Flag; decision?: Decision | undefined }[];
  /** Revisions in log order, each still `pending` with its decision beside it. */
  revisions: { revision: Revision; decision?: Decision | undefined }[];
  marks: UnitMark[];
  /** The document's last sign-off or reopening. */
  signoff: DocumentSignoff | null;
}

/** What an operation does, for naming it. */
export type ReadOpKind =
  | 'flag.add'
  | 'flag.decision'
  | 'revision.save'
  | 'revision.decision'
  | 'unit.status'
  | 'document.signoff';

/**
 * An operation's id from what it does and its subject (a flag or revision
 * id, a unit's index, the document). Ids derived from the subject make
 * reading one file twice give one log, so merging the two adds nothing;
 * each format keeps its own spelling so that logs it read before still merge.
 */
export type ReadOpId = (kind: ReadOpKind, subject: string) => string;

function context(author: Flag['author'], at: string, id: string): ReviewContext {
  return { author, now: () => at, newId: () => id };
}

/**
 * The operations that rebuild `review`: additions first (flags by creation
 * time, revisions in log order), then decisions, marks and the sign-off.
 * Subjects come before what refers to them whatever the clocks of their
 * authors said.
 */
export function reviewOps(review: ReadReview, opId: ReadOpId): ReviewOp[] {
  const adds: ReviewOp[] = [];
  const later: ReviewOp[] = [];
  const flags = [...review.flags].sort((a, b) =>
    a.flag.createdAt < b.flag.createdAt ? -1 : a.flag.createdAt > b.flag.createdAt ? 1 : 0,
  );
  for (const { flag, decision } of flags) {
    adds.push(flagAdded(flag, context(flag.author, flag.createdAt, opId('flag.add', flag.id))));
    if (decision) {
      const ctx = context(decision.by, decision.at, opId('flag.decision', flag.id));
      later.push(flagDecided(flag, undefined, decision, ctx));
    }
  }
  for (const { revision, decision } of review.revisions) {
    adds.push({
      id: opId('revision.save', revision.id),
      kind: 'revision.save',
      subject: revision.id,
      at: revision.at,
      author: { ...revision.author },
      patch: diffJson({}, revisionJson(revision)),
      textDiff: revision.changes,
    });
    if (decision) {
      const ctx = context(decision.by, decision.at, opId('revision.decision', revision.id));
      later.push(revisionDecided(revision, decision, ctx));
    }
  }
  for (const mark of review.marks) {
    const ctx = context(mark.by, mark.at, opId('unit.status', String(mark.unit)));
    const { reason, note } = mark;
    later.push(unitMarked(mark.unit, mark.status, mark.version, undefined, ctx, { reason, note }));
  }
  const signoff = review.signoff;
  if (signoff) {
    later.push({
      id: opId('document.signoff', DOCUMENT_SUBJECT),
      kind: signoff.signedOff ? 'document.signoff' : 'document.reopen',
      subject: DOCUMENT_SUBJECT,
      at: signoff.at,
      author: { ...signoff.by },
      patch: diffJson({}, { ...signoff, by: { ...signoff.by } }),
    });
  }
  return [...adds, ...later];
}
