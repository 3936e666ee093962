/**
 * The review log a read file gives: its revisions, flags, decisions and
 * unit statuses as the operations that would have made them, each authored
 * by who made it, when. Operation ids are derived from their subject, so
 * reading the same file twice gives the same log, and merging a review of
 * the same file deduplicates.
 */
import type { Flag } from '../../model/flag.ts';
import type { ReviewContext, ReviewOp } from '../../model/review-log.ts';
import {
  revisionVersion,
  type Decision,
  type Revision,
  type UnitMarkStatus,
} from '../../model/revision.ts';
import { flagAdded } from '../../review/index.ts';
import { diffJson } from '../../review/patch.ts';
import { revisionJson } from '../../review/subject-json.ts';
import { flagDecided, revisionChanges, revisionDecided, unitMarked } from '../../revision/index.ts';
import { authorOf, dateOr, decisionOf, UNDATED } from './review-attrs.ts';
import type { RevisionRecord } from './review-read.ts';

/** The revisions of one unit as read. */
export interface UnitRevisions {
  unit: number;
  mt: string;
  records: RevisionRecord[];
}

/** A flag as read, with the editor's decision on it. */
export interface ReadFlag {
  flag: Flag;
  decision?: Decision;
}

/** A unit status as read: the mark's attributes. */
export interface ReadMark {
  unit: number;
  attributes: Record<string, string>;
}

const MARKS = new Set<string>(['confirmed', 'reviewed', 'approved', 'rejected']);

/** Builds the review log. Revisions that do not fit (a base the file lacks) are skipped and counted. */
export function reviewOps(
  revisions: readonly UnitRevisions[],
  flags: readonly ReadFlag[],
  marks: readonly ReadMark[],
): { ops: ReviewOp[]; skipped: number } {
  const ops: ReviewOp[] = [];
  const decisions: ReviewOp[] = [];
  let skipped = 0;
  const ctx = (
    author: Flag['author'],
    at: string,
    subject: string,
    kind: string,
  ): ReviewContext => ({
    author,
    now: () => at,
    newId: () => `x2.${kind}.${subject}`.slice(0, 200),
  });
  const seen = new Set<string>();
  for (const { unit, mt, records } of revisions) {
    const texts = new Map<string, string>([['mt', mt]]);
    for (const record of records) {
      const base = texts.get(record.base);
      if (
        base === undefined ||
        seen.has(record.id) ||
        !/^[A-Za-z0-9][\w.:-]{0,199}$/.test(record.id)
      ) {
        skipped++;
        continue;
      }
      seen.add(record.id);
      texts.set(revisionVersion(record.id), record.text);
      const author = authorOf(record.author, record.attributes.role, 'reviewer');
      const revision: Revision = {
        id: record.id,
        unit,
        side: 'target',
        baseVersion: record.base,
        changes: revisionChanges(base, record.text),
        author,
        at: dateOr(record.at, UNDATED),
        status: 'pending',
      };
      if (record.attributes.comment) revision.comment = record.attributes.comment;
      ops.push({
        id: `x2.revision.save.${record.id}`.slice(0, 200),
        kind: 'revision.save',
        subject: revision.id,
        at: revision.at,
        author,
        patch: diffJson({}, revisionJson(revision)),
        textDiff: revision.changes,
      });
      const decision = decisionOf(record.attributes);
      if (decision) {
        decisions.push(
          revisionDecided(
            revision,
            decision,
            ctx(decision.by, decision.at, record.id, 'revision.decision'),
          ),
        );
      }
    }
  }
  ops.push(...decisions);
  for (const { flag, decision } of flags) {
    ops.push(flagAdded(flag, ctx(flag.author, flag.createdAt, flag.id, 'flag.add')));
    if (decision) {
      ops.push(
        flagDecided(
          flag,
          undefined,
          decision,
          ctx(decision.by, decision.at, flag.id, 'flag.decision'),
        ),
      );
    }
  }
  for (const { unit, attributes } of marks) {
    if (!MARKS.has(attributes.status ?? '')) continue;
    const by = authorOf(attributes.by, attributes.role, 'reviewer');
    const at = dateOr(attributes.at, UNDATED);
    const reason = decisionOf({
      verdict: 'approved',
      decidedAt: at,
      reason: attributes.reason ?? '',
    })
      ? (attributes.reason as Decision['reason'])
      : null;
    ops.push(
      unitMarked(
        unit,
        attributes.status as UnitMarkStatus,
        attributes.version ?? 'mt',
        undefined,
        ctx(by, at, `unit:${unit}`, 'unit.status'),
        { reason, note: attributes.note ?? '' },
      ),
    );
  }
  return { ops, skipped };
}
