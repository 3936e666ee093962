/**
 * Describing a span of a unit's text as a flag anchor: the W3C selector pair
 * of a quote with context and a position.
 */
import type { Side } from '../model/document.ts';
import type { FlagAnchor } from '../model/flag.ts';

/**
 * Code units of context kept either side of a quote. 32 is what the
 * Hypothesis client keeps: enough to tell apart repeated words in a unit,
 * short enough that an edit a sentence away does not touch it.
 */
export const CONTEXT_CHARS = 32;

/** Where a span is: the unit's side, its index and the version of its text. */
export interface SpanOwner {
  side: Side;
  unit: number;
  /** `"mt"` for the original text, `"rev:<revisionId>"` for a revision's. */
  version: string;
}

/**
 * The anchor of `[start, end)` in `unitText`. A boundary that falls inside
 * a surrogate pair is moved outwards, so a flag never holds half an astral
 * character (a selection API can report such offsets; a half character
 * cannot be re-found or rendered). Throws `RangeError` on an empty or
 * out-of-range span.
 */
export function describeSpan(
  unitText: string,
  start: number,
  end: number,
  owner: SpanOwner,
): FlagAnchor {
  if (!(Number.isInteger(start) && Number.isInteger(end) && 0 <= start && start < end)) {
    throw new RangeError(`Cannot anchor the span [${start}, ${end}): it must be non-empty.`);
  }
  if (end > unitText.length) {
    throw new RangeError(
      `Cannot anchor the span [${start}, ${end}): the text has ${unitText.length} code units.`,
    );
  }
  const from = splitsPair(unitText, start) ? start - 1 : start;
  const to = splitsPair(unitText, end) ? end + 1 : end;
  // Context boundaries move outwards too, so that a context shorter than
  // CONTEXT_CHARS always means it reached the edge of the unit's text,
  // which re-anchoring counts as part of the context.
  let prefixStart = Math.max(0, from - CONTEXT_CHARS);
  if (splitsPair(unitText, prefixStart)) prefixStart -= 1;
  let suffixEnd = Math.min(unitText.length, to + CONTEXT_CHARS);
  if (splitsPair(unitText, suffixEnd)) suffixEnd += 1;
  return {
    side: owner.side,
    unit: owner.unit,
    version: owner.version,
    quote: {
      type: 'TextQuoteSelector',
      exact: unitText.slice(from, to),
      prefix: unitText.slice(prefixStart, from),
      suffix: unitText.slice(to, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start: from, end: to },
  };
}

/** Whether offset `i` falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}
