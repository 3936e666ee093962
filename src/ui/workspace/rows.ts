/**
 * What the workspace shows for each unit, derived once per document.
 *
 * The grid re-renders on every scroll frame, so anything a row needs that
 * depends on the whole document (its paragraph position, its slices of the
 * two texts) is computed here in one pass and then only read. Work that
 * depends on a row's own text alone (untranslated spans) stays lazy and is
 * done by the row when it is first rendered: most of a 10,000-unit document
 * is never on screen.
 */
import type { BilingualDocument, Segmentation, UnitSide } from '../../core/model/document.ts';

/**
 * Below this alignment confidence a unit is flagged for the reviewer. The
 * aligner's scores are calibrated so that 0.5 separates "probably right" from
 * "worth a look"; a stricter bar would flag most 2:1 merges.
 */
export const LOW_CONFIDENCE_THRESHOLD = 0.5;

/** One row of the workspace: a unit with its two texts sliced out. */
export interface WorkspaceRow {
  /** The unit's text in the Chinese source, `null` when the unit has no source side. */
  source: string | null;
  /** The unit's text in the English translation, `null` when the unit has no target side. */
  target: string | null;
  /** True when the unit's first sentence on either side opens a paragraph. */
  paragraphStart: boolean;
  /** True when the reviewer should check the pairing (see `isLowConfidence`). */
  lowConfidence: boolean;
  /** The aligner's confidence in [0, 1], kept for the tooltip. */
  confidence: number;
}

/**
 * Whether a unit side begins with the first sentence of a paragraph. A side
 * whose sentence indices do not resolve (a malformed document that slipped
 * past validation) counts as not starting one rather than throwing: a
 * missing rule is harmless, a crashed workspace is not.
 */
export function sideStartsParagraph(
  side: UnitSide | null,
  segmentation: Segmentation | undefined,
): boolean {
  if (side === null || segmentation === undefined) return false;
  const first = side.sentences[0];
  if (first === undefined) return false;
  const sentence = segmentation.sentences[first];
  if (sentence === undefined) return false;
  const previous = segmentation.sentences[first - 1];
  return previous === undefined || previous.paragraph !== sentence.paragraph;
}

/**
 * Whether a unit's pairing deserves a second look. Without a source there is
 * no pairing to doubt (every unit of an MT-only document scores 0), so such
 * documents flag nothing; otherwise omissions and additions are flagged like
 * any other unit when the aligner was unsure about them.
 */
export function isLowConfidence(confidence: number, documentHasSource: boolean): boolean {
  return documentHasSource && confidence < LOW_CONFIDENCE_THRESHOLD;
}

/** Derive the rows of a document, one per unit, in unit order. */
export function buildWorkspaceRows(document: BilingualDocument): WorkspaceRow[] {
  const { source, target } = document;
  const hasSource = source !== null;
  return document.alignment.units.map((unit) => ({
    source: unit.source && source ? source.text.slice(unit.source.start, unit.source.end) : null,
    target: unit.target ? target.text.slice(unit.target.start, unit.target.end) : null,
    paragraphStart:
      sideStartsParagraph(unit.source, source?.segmentation) ||
      sideStartsParagraph(unit.target, target.segmentation),
    lowConfidence: isLowConfidence(unit.confidence, hasSource),
    confidence: unit.confidence,
  }));
}
