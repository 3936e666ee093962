/**
 * Revisions of a unit's English text and the editorial decisions on them,
 * on flags, on units and on the whole document, as rebuilt from the review
 * log (`model/review-log.ts`).
 *
 * The source never changes and the MT is never overwritten: a unit's
 * current text is derived, the MT with its revisions applied
 * (`core/revision/texts.ts`), so every earlier version stays readable and
 * restorable and exporters can choose "approved only" or "latest".
 */
import type { Author } from './flag.ts';
import type { TextChange } from './review-log.ts';

/** Where a revision stands with the editor. */
export type RevisionStatus = 'pending' | 'approved' | 'rejected';

/** An editor's verdict on a revision, a flag or a unit. */
export type Verdict = 'approved' | 'rejected';

/**
 * The canned reasons an editor picks from; free text goes in the note.
 * Ids, not sentences: the UI translates them, and files stay language-neutral.
 */
export const DECISION_REASONS = [
  'correct',
  'preferential',
  'introduces-error',
  'meaning-changed',
  'style-guide',
  'terminology',
  'not-an-error',
] as const;

/** One of `DECISION_REASONS`. */
export type DecisionReason = (typeof DECISION_REASONS)[number];

/** An editorial decision: who ruled, when, why. */
export interface Decision {
  verdict: Verdict;
  by: Author;
  /** ISO 8601. */
  at: string;
  /** A canned reason, or `null` when the editor gave none. */
  reason: DecisionReason | null;
  /** Free text; may be empty. */
  note: string;
}

/**
 * The name of a version of a unit's target text: `"mt"` for the machine
 * translation, `"rev:<revisionId>"` for the text a revision produced. The
 * same names are used by flag anchors (`FlagAnchor.version`).
 */
export type VersionName = string;

/** The version name of the text `revisionId` produced. */
export function revisionVersion(revisionId: string): VersionName {
  return `rev:${revisionId}`;
}

/** The revision id a version name refers to, or `null` for `"mt"` (or anything else). */
export function revisionIdOf(version: VersionName): string | null {
  return version.startsWith('rev:') ? version.slice(4) : null;
}

/**
 * One saved edit of one unit's English text. `changes` is jsdiff's
 * `diffWordsWithSpace` change list from the text of `baseVersion` to the
 * new text. Kept runs carry their text rather than a length: the list then
 * spells out its base, so applying it to any other text fails loudly
 * (`applyTextChanges`) instead of producing a plausible wrong sentence, and
 * a reader of the file can see the edit in context. The cost is one copy of
 * the unit's text per revision, a paragraph at most.
 */
export interface Revision {
  /** Random, stable identifier (a UUID). */
  id: string;
  /** Index of the unit in the document's alignment. */
  unit: number;
  /** Revisions edit the English; the source never changes. */
  side: 'target';
  baseVersion: VersionName;
  changes: TextChange[];
  author: Author;
  /** ISO 8601. */
  at: string;
  /** What the reviser said about the edit; absent when nothing. */
  comment?: string;
  status: RevisionStatus;
  /** The editor's ruling; absent while `pending`. */
  decision?: Decision;
}

/** Statuses a person sets on a unit explicitly (`unit.status` operations). */
export type UnitMarkStatus = 'confirmed' | 'reviewed' | 'approved' | 'rejected';

/**
 * A unit's status as derived from the log: untouched MT → edited →
 * confirmed (translator) → reviewed → approved or rejected (editor).
 */
export type UnitStatus = 'untouched' | 'edited' | UnitMarkStatus;

/**
 * The last status a person set on a unit. It holds for the text it was set
 * on (`version`): a later revision makes the unit `edited` again.
 */
export interface UnitMark {
  unit: number;
  status: UnitMarkStatus;
  version: VersionName;
  by: Author;
  /** ISO 8601. */
  at: string;
  /** For approved and rejected: the canned reason, or `null`. */
  reason: DecisionReason | null;
  note: string;
}

/** Whether the document is signed off, as the last sign-off or reopening left it. */
export interface DocumentSignoff {
  signedOff: boolean;
  by: Author;
  /** ISO 8601. */
  at: string;
  /** Why it was reopened, or a remark on signing off. */
  note: string;
}
