/**
 * The review as attributes: a flag as ITS LQI attributes plus ours
 * (`dz:category` for the exact MQM path, `dz:id`, author, dates, status,
 * suggestion, decision), a revision and a unit's status mark as our
 * attributes on `alt-trans` and `target`. Keys here are local names; the
 * caller adds the prefixes it declared.
 */
import {
  DECISION_REASONS,
  type Decision,
  type DocumentSignoff,
  type UnitMark,
} from '../../model/revision.ts';
import {
  SEVERITIES,
  type Author,
  type Flag,
  type FlagStatus,
  type Role,
  type Severity,
} from '../../model/flag.ts';
import type { Revision } from '../../model/revision.ts';
import { categoryOfItsType, itsIssueAttributes, severityOfItsScore } from '../its/index.ts';

type Attrs = Record<string, string>;

/** `value` as an ISO 8601 time when it is a date, else `fallback` (files from other tools). */
function timeOr(value: string | undefined, fallback: string): string {
  const time = value === undefined ? NaN : Date.parse(value);
  return Number.isNaN(time) ? fallback : new Date(time).toISOString();
}

const ROLES: readonly Role[] = ['translator', 'reviewer', 'editor'];
const FLAG_STATUSES: readonly FlagStatus[] = ['open', 'resolved', 'rejected', 'deleted'];

/** An author from `<prefix>by` / `<prefix>role`, or `fallback`. */
function authorFrom(dz: Attrs, prefix: string, fallback: Author): Author {
  const role = dz[`${prefix}role`] as Role;
  return {
    name: dz[`${prefix}by`] ?? fallback.name,
    role: ROLES.includes(role) ? role : fallback.role,
  };
}

function authorAttrs(author: Author, prefix: string): Attrs {
  return { [`${prefix}by`]: author.name, [`${prefix}role`]: author.role };
}

/** Our attributes for a decision, prefixed `decision-`. */
function decisionAttrs(decision: Decision | undefined): Attrs {
  if (!decision) return {};
  return {
    decision: decision.verdict,
    ...authorAttrs(decision.by, 'decision-'),
    'decision-at': decision.at,
    ...(decision.reason === null ? {} : { 'decision-reason': decision.reason }),
    ...(decision.note ? { 'decision-note': decision.note } : {}),
  };
}

function decisionFrom(dz: Attrs, fallback: Author, at: string): Decision | undefined {
  const verdict = dz.decision;
  if (verdict !== 'approved' && verdict !== 'rejected') return undefined;
  const reason = dz['decision-reason'] as Decision['reason'];
  return {
    verdict,
    by: authorFrom(dz, 'decision-', fallback),
    at: timeOr(dz['decision-at'], at),
    reason: reason !== null && DECISION_REASONS.includes(reason) ? reason : null,
    note: dz['decision-note'] ?? '',
  };
}

/** The ITS attributes (local names) and ours for one flag. */
export function flagAttributes(flag: Flag, decision?: Decision): { its: Attrs; dz: Attrs } {
  const its = itsIssueAttributes(flag);
  const dz: Attrs = {
    id: flag.id,
    category: flag.category,
    severity: flag.severity,
    status: flag.status,
    ...authorAttrs(flag.author, ''),
    created: flag.createdAt,
    updated: flag.updatedAt,
    origin: flag.origin,
    version: flag.anchor.version,
    ...decisionAttrs(decision),
  };
  if (flag.suggestion !== null) dz.suggestion = flag.suggestion;
  return { its, dz };
}

/** What an issue gives, before it is anchored. */
export interface IssueReading {
  id: string | undefined;
  fields: Pick<
    Flag,
    | 'category'
    | 'severity'
    | 'comment'
    | 'suggestion'
    | 'status'
    | 'author'
    | 'createdAt'
    | 'updatedAt'
    | 'origin'
  >;
  version: string | undefined;
  decision: Decision | undefined;
}

/**
 * Reads one issue (ITS attributes by local name, ours as `dz:<local>`).
 * Files from other tools give the ITS part only; `fallback` fills the rest.
 */
export function readIssue(issue: Attrs, fallback: { author: Author; at: string }): IssueReading {
  const dz: Attrs = {};
  for (const [key, value] of Object.entries(issue)) {
    if (key.startsWith('dz:')) dz[key.slice(3)] = value;
  }
  const severity = dz.severity as Severity;
  const status = dz.status as FlagStatus;
  const enabled = issue.locQualityIssueEnabled !== 'no';
  const createdAt = timeOr(dz.created, fallback.at);
  return {
    id: dz.id,
    fields: {
      category: dz.category ?? categoryOfItsType(issue.locQualityIssueType),
      severity: SEVERITIES.includes(severity)
        ? severity
        : severityOfItsScore(issue.locQualityIssueSeverity),
      comment: issue.locQualityIssueComment ?? '',
      suggestion: dz.suggestion ?? null,
      status: FLAG_STATUSES.includes(status) ? status : enabled ? 'open' : 'rejected',
      author: authorFrom(dz, '', fallback.author),
      createdAt,
      updatedAt: timeOr(dz.updated, createdAt),
      origin: dz.origin ?? 'import:xliff12',
    },
    version: dz.version,
    decision: decisionFrom(dz, fallback.author, createdAt),
  };
}

/** Our attributes for a revision's `alt-trans`. */
export function revisionAttributes(revision: Revision): Attrs {
  return {
    version: `rev:${revision.id}`,
    base: revision.baseVersion,
    ...authorAttrs(revision.author, ''),
    at: revision.at,
    status: revision.status,
    ...(revision.comment === undefined ? {} : { comment: revision.comment }),
    ...decisionAttrs(revision.decision),
  };
}

/** What an `alt-trans` of ours says about its revision. */
export interface RevisionReading {
  id: string;
  base: string;
  author: Author;
  at: string;
  comment: string | undefined;
  decision: Decision | undefined;
}

/** Reads our attributes of a revision `alt-trans`; `null` for the MT's or a foreign one. */
export function readRevision(dz: Attrs, fallback: Author, time: string): RevisionReading | null {
  const version = dz.version ?? '';
  if (!version.startsWith('rev:') || version.length <= 4) return null;
  const author = authorFrom(dz, '', fallback);
  const at = timeOr(dz.at, time);
  return {
    id: version.slice(4),
    base: dz.base ?? 'mt',
    author,
    at,
    comment: dz.comment,
    decision: decisionFrom(dz, fallback, at),
  };
}

/** Our attributes for a unit's status mark, prefixed `mark-`. */
export function markAttributes(mark: UnitMark | undefined): Attrs {
  if (!mark) return {};
  return {
    mark: mark.status,
    'mark-version': mark.version,
    ...authorAttrs(mark.by, 'mark-'),
    'mark-at': mark.at,
    ...(mark.reason === null ? {} : { 'mark-reason': mark.reason }),
    ...(mark.note ? { 'mark-note': mark.note } : {}),
  };
}

const MARKS: readonly UnitMark['status'][] = ['confirmed', 'reviewed', 'approved', 'rejected'];

/** Reads a status mark for `unit`, or `undefined`. */
export function readMark(
  dz: Attrs,
  unit: number,
  fallback: Author,
  time: string,
): UnitMark | undefined {
  const status = dz.mark as UnitMark['status'];
  if (!MARKS.includes(status)) return undefined;
  const reason = dz['mark-reason'] as UnitMark['reason'];
  return {
    unit,
    status,
    version: dz['mark-version'] ?? 'mt',
    by: authorFrom(dz, 'mark-', fallback),
    at: timeOr(dz['mark-at'], time),
    reason: reason !== null && DECISION_REASONS.includes(reason) ? reason : null,
    note: dz['mark-note'] ?? '',
  };
}

/** Our attributes for the document's sign-off, prefixed `signoff`. */
export function signoffAttributes(signoff: DocumentSignoff | null): Attrs {
  if (!signoff) return {};
  return {
    signoff: signoff.signedOff ? 'yes' : 'no',
    ...authorAttrs(signoff.by, 'signoff-'),
    'signoff-at': signoff.at,
    ...(signoff.note ? { 'signoff-note': signoff.note } : {}),
  };
}

/** Reads the document's sign-off (our attributes on the root), or `null`. */
export function readSignoff(dz: Attrs, fallback: Author, time: string): DocumentSignoff | null {
  if (dz.signoff !== 'yes' && dz.signoff !== 'no') return null;
  return {
    signedOff: dz.signoff === 'yes',
    by: authorFrom(dz, 'signoff-', fallback),
    at: timeOr(dz['signoff-at'], time),
    note: dz['signoff-note'] ?? '',
  };
}
