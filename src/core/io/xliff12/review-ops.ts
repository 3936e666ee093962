/**
 * The review log that rebuilds a review read from a file: the flags,
 * revisions, decisions and unit status marks it carries, each as the
 * operation that made it, authored by its author at its time. Operation ids
 * are derived from the subject, so reading one file twice gives one log and
 * merging the two adds nothing.
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
  flags: { flag: Flag; decision: Decision | undefined }[];
  /** Revisions in log order, each still `pending` with its decision beside it. */
  revisions: { revision: Revision; decision: Decision | undefined }[];
  marks: UnitMark[];
  /** The document's last sign-off or reopening. */
  signoff: DocumentSignoff | null;
}

function context(author: Flag['author'], at: string, id: string): ReviewContext {
  return { author, now: () => at, newId: () => id };
}

/**
 * The operations that rebuild `review`: additions first (flags by creation
 * time, revisions in log order), then decisions and marks. Subjects come
 * before what refers to them whatever the clocks of their authors said.
 */
export function reviewOps(review: ReadReview): ReviewOp[] {
  const adds: ReviewOp[] = [];
  const later: ReviewOp[] = [];
  const flags = [...review.flags].sort((a, b) =>
    a.flag.createdAt < b.flag.createdAt ? -1 : a.flag.createdAt > b.flag.createdAt ? 1 : 0,
  );
  for (const { flag, decision } of flags) {
    adds.push(flagAdded(flag, context(flag.author, flag.createdAt, `xliff12:add:${flag.id}`)));
    if (decision) {
      later.push(
        flagDecided(
          flag,
          undefined,
          { verdict: decision.verdict, reason: decision.reason, note: decision.note },
          context(decision.by, decision.at, `xliff12:decide:${flag.id}`),
        ),
      );
    }
  }
  for (const { revision, decision } of review.revisions) {
    adds.push({
      id: `xliff12:save:${revision.id}`,
      kind: 'revision.save',
      subject: revision.id,
      at: revision.at,
      author: { ...revision.author },
      patch: diffJson({}, revisionJson(revision)),
      textDiff: revision.changes,
    });
    if (decision) {
      later.push(
        revisionDecided(
          revision,
          { verdict: decision.verdict, reason: decision.reason, note: decision.note },
          context(decision.by, decision.at, `xliff12:decide:${revision.id}`),
        ),
      );
    }
  }
  for (const mark of review.marks) {
    later.push(
      unitMarked(
        mark.unit,
        mark.status,
        mark.version,
        undefined,
        context(mark.by, mark.at, `xliff12:mark:${mark.unit}`),
        { reason: mark.reason, note: mark.note },
      ),
    );
  }
  const signoff = review.signoff;
  if (signoff) {
    later.push({
      id: 'xliff12:signoff',
      kind: signoff.signedOff ? 'document.signoff' : 'document.reopen',
      subject: DOCUMENT_SUBJECT,
      at: signoff.at,
      author: { ...signoff.by },
      patch: diffJson({}, { ...signoff, by: { ...signoff.by } }),
    });
  }
  return [...adds, ...later];
}
