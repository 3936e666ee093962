/**
 * Flags: a reviewer's (or an automatic check's) mark on an exact span of one
 * side of one unit, with an MQM category, a severity, a comment and an
 * optional suggested fix.
 *
 * A flag is anchored the way W3C Web Annotations are: a quote of the flagged
 * words with some context (robust to edits) plus UTF-16 positions (fast and
 * exact while the text is unchanged), both taken against a *named version*
 * of the unit's text. When the text changes, `core/anchor/` re-anchors the
 * flag or declares it orphaned; it never moves it silently.
 */
import type { Side } from './document.ts';

/** MQM severities. `neutral` marks a preference that carries no penalty. */
export type Severity = 'critical' | 'major' | 'minor' | 'neutral';

/** The severities from worst to mildest, for ordering and keyboard cycling. */
export const SEVERITIES: readonly Severity[] = ['critical', 'major', 'minor', 'neutral'];

/**
 * Life cycle of a flag. `resolved`: the problem was fixed (often by a
 * revision); `rejected`: an editor ruled it is not an error; `deleted`: soft
 * deletion by its author (kept in the log, hidden and not scored).
 */
export type FlagStatus = 'open' | 'resolved' | 'rejected' | 'deleted';

/** What a person does in the project; local profiles only, no accounts. */
export type Role = 'translator' | 'reviewer' | 'editor';

/** Who did something. */
export interface Author {
  name: string;
  role: Role;
}

/** W3C TextQuoteSelector: the exact flagged text and up to ~32 characters either side. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C TextPositionSelector: UTF-16 offsets, end exclusive, into the unit's text. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/**
 * Where a flag sits. Offsets are relative to the text of one side of one
 * unit (not the whole document), as that text read in `version`:
 * `"mt"` for the machine translation (and the source, which never changes)
 * or `"rev:<revisionId>"` for the text a revision produced.
 */
export interface FlagAnchor {
  side: Side;
  /** Index of the unit in the document's alignment. */
  unit: number;
  version: string;
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/** A flag as rebuilt from the review log. */
export interface Flag {
  /** Random, stable identifier (a UUID). */
  id: string;
  anchor: FlagAnchor;
  /**
   * Category path in the project's typology, parts joined by "/", e.g.
   * "Accuracy/Mistranslation" or "Non-translation".
   */
  category: string;
  severity: Severity;
  comment: string;
  /** Suggested replacement for the flagged words; `null` when none was given. */
  suggestion: string | null;
  status: FlagStatus;
  author: Author;
  /** ISO 8601 timestamps. */
  createdAt: string;
  updatedAt: string;
  /**
   * Where the flag came from: `"manual"`, `"check:<checkId>"` for an accepted
   * automatic finding, or `"import:<format>"` for one read from another tool.
   */
  origin: string;
}
