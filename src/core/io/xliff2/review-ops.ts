/**
 * The review log a read XLIFF 2 file gives: its Change Tracking records
 * rebuilt into revisions (each against the text of its base version), its
 * mark attributes into unit statuses, and, with its flags, handed to the
 * log builder both XLIFF readers share (`../review-markup/ops.ts`).
 */
import type { Flag } from '../../model/flag.ts';
import type { ReviewOp } from '../../model/review-log.ts';
import {
  DECISION_REASONS,
  revisionVersion,
  type Decision,
  type DecisionReason,
  type UnitMark,
  type UnitMarkStatus,
} from '../../model/revision.ts';
import { revisionChanges } from '../../revision/index.ts';
import { reviewOps as opsOf, type ReadOpId, type ReadReview } from '../review-markup/ops.ts';
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

/** The ids this reader has always given its operations (`x2.flag.add.<flag>`, …). */
const x2OpId: ReadOpId = (kind, subject) =>
  `x2.${kind}.${kind === 'unit.status' ? `unit:${subject}` : subject}`.slice(0, 200);

/**
 * The revisions of `revisions` in log order. One whose base the file lacks
 * (or whose id is taken or unusable) cannot be replayed and is skipped.
 */
function readRevisions(revisions: readonly UnitRevisions[]): {
  read: ReadReview['revisions'];
  skipped: number;
} {
  const read: ReadReview['revisions'] = [];
  let skipped = 0;
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
      read.push({
        revision: {
          id: record.id,
          unit,
          side: 'target',
          baseVersion: record.base,
          changes: revisionChanges(base, record.text),
          author: authorOf(record.author, record.attributes.role, 'reviewer'),
          at: dateOr(record.at, UNDATED),
          status: 'pending',
          ...(record.attributes.comment ? { comment: record.attributes.comment } : {}),
        },
        decision: decisionOf(record.attributes),
      });
    }
  }
  return { read, skipped };
}

/** The unit status a mark's attributes record, or `null` when its status is not one. */
function markOf({ unit, attributes }: ReadMark): UnitMark | null {
  if (!MARKS.has(attributes.status ?? '')) return null;
  const reason = attributes.reason as DecisionReason;
  return {
    unit,
    status: attributes.status as UnitMarkStatus,
    version: attributes.version ?? 'mt',
    by: authorOf(attributes.by, attributes.role, 'reviewer'),
    at: dateOr(attributes.at, UNDATED),
    reason: DECISION_REASONS.includes(reason) ? reason : null,
    note: attributes.note ?? '',
  };
}

/** Builds the review log. Revisions that do not fit (a base the file lacks) are skipped and counted. */
export function reviewOps(
  revisions: readonly UnitRevisions[],
  flags: readonly ReadFlag[],
  marks: readonly ReadMark[],
): { ops: ReviewOp[]; skipped: number } {
  const { read, skipped } = readRevisions(revisions);
  const review: ReadReview = {
    flags: [...flags],
    revisions: read,
    marks: marks.map(markOf).filter((mark) => mark !== null),
    signoff: null,
  };
  return { ops: opsOf(review, x2OpId), skipped };
}
