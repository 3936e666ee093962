/**
 * Flags, decisions and unit marks as attributes in our namespace
 * (`urn:duizhao:review`), by local name, and back. ITS and Change Tracking
 * carry what other tools understand (issue type, score, comment; author,
 * date, text); these attributes carry the rest exactly, so that a file we
 * wrote reads back as the same review.
 */
import type { Author, Flag, Severity } from '../../model/flag.ts';
import {
  authorSchema,
  decisionSchema,
  idSchema,
  timestampSchema,
} from '../../model/review-schema.ts';
import type { Decision } from '../../model/revision.ts';
import { categoryOfItsType, severityOfItsScore } from '../its/index.ts';
import type { LqiIssue } from './inline-read.ts';

/**
 * The date given to what a file does not date (quality issues from other
 * tools): the reader has no clock (core code is deterministic), and a fixed,
 * obviously artificial date is better than a made-up plausible one.
 */
export const UNDATED = '1970-01-01T00:00:00.000Z';

/** A date attribute when it is one, else `fallback`. */
export function dateOr(value: string | undefined, fallback: string): string {
  return value !== undefined && timestampSchema.safeParse(value).success ? value : fallback;
}

/** An author from a name and role attribute; role defaults to `fallback`. */
export function authorOf(
  name: string | undefined,
  role: string | undefined,
  fallback: Author['role'],
): Author {
  const parsed = authorSchema.safeParse({ name: (name ?? 'unknown').slice(0, 200), role });
  return parsed.success ? parsed.data : { name: (name ?? 'unknown').slice(0, 200), role: fallback };
}

/** A decision's attributes (`verdict`, `decidedBy`, …). */
export function decisionAttributes(decision: Decision | undefined): Record<string, string> {
  if (!decision) return {};
  return {
    verdict: decision.verdict,
    decidedBy: decision.by.name,
    decidedRole: decision.by.role,
    decidedAt: decision.at,
    ...(decision.reason ? { reason: decision.reason } : {}),
    ...(decision.note ? { decisionNote: decision.note } : {}),
  };
}

/** The decision the attributes record, or `undefined`. */
export function decisionOf(ours: Record<string, string>): Decision | undefined {
  if (ours.verdict === undefined) return undefined;
  const parsed = decisionSchema.safeParse({
    verdict: ours.verdict,
    by: { name: ours.decidedBy ?? 'unknown', role: ours.decidedRole ?? 'editor' },
    at: ours.decidedAt,
    reason: ours.reason ?? null,
    note: ours.decisionNote ?? '',
  });
  return parsed.success ? parsed.data : undefined;
}

/** Our attributes of a flag, by local name. */
export function flagAttributes(flag: Flag, decision: Decision | undefined): Record<string, string> {
  return {
    id: flag.id,
    category: flag.category,
    severity: flag.severity,
    status: flag.status,
    ...(flag.suggestion === null ? {} : { suggestion: flag.suggestion }),
    author: flag.author.name,
    role: flag.author.role,
    created: flag.createdAt,
    updated: flag.updatedAt,
    origin: flag.origin,
    ...decisionAttributes(decision),
  };
}

const SEVERITIES = new Set<string>(['critical', 'major', 'minor', 'neutral']);
const STATUSES = new Set<string>(['open', 'resolved', 'rejected', 'deleted']);

/** A flag without its anchor from one quality issue; `fallbackId` when the file gives none. */
export function flagFields(issue: LqiIssue, fallbackId: string): Omit<Flag, 'anchor'> {
  const { its, ours } = issue;
  const created = dateOr(ours.created, UNDATED);
  const status = ours.status !== undefined && STATUSES.has(ours.status) ? ours.status : undefined;
  return {
    id: ours.id !== undefined && idSchema.safeParse(ours.id).success ? ours.id : fallbackId,
    category: (ours.category || categoryOfItsType(its.locQualityIssueType)).slice(0, 200),
    severity:
      ours.severity !== undefined && SEVERITIES.has(ours.severity)
        ? (ours.severity as Severity)
        : severityOfItsScore(its.locQualityIssueSeverity),
    comment: (its.locQualityIssueComment ?? '').slice(0, 10_000),
    suggestion: ours.suggestion === undefined ? null : ours.suggestion.slice(0, 10_000),
    status: (status ??
      (its.locQualityIssueEnabled === 'no' ? 'rejected' : 'open')) as Flag['status'],
    author: authorOf(ours.author, ours.role, 'reviewer'),
    createdAt: created,
    updatedAt: dateOr(ours.updated, created),
    origin: (ours.origin ?? 'import:xliff2').slice(0, 200),
  };
}
