/**
 * Where a row's error goes in the document: which side, and which span of
 * that side's unit text.
 *
 * The side is the one whose field carries the `<v>` marks (the WMT 2020
 * source-error rows mark the target, so the category cannot be trusted for
 * it); when both or neither do, omissions and source errors go to the
 * source and everything else to the target. A row without marks flags the
 * whole text: the rater faulted the segment, not a part of it.
 *
 * Offsets move from the row's field to the unit's text, which is trimmed
 * (`cleanSegment`). When the row's text differs from the segment's (rows of
 * one segment disagree in a few files), the span is re-found in the
 * segment's text by quote (see `refind`), as a flag is after an edit. A span
 * that ends up empty (it held only whitespace that trimming removed) is
 * widened to one character, since a flag marks at least one.
 */
import { anchorSpan, describeSpan } from '../../anchor/index.ts';
import type { Side, TextRange } from '../../model/document.ts';
import type { FlagAnchor } from '../../model/flag.ts';
import { cleanSegment } from '../segments.ts';
import type { MqmRow } from './model.ts';
import { unmark } from './spans.ts';

/** Categories whose errors are in the source when the marks do not say. */
const SOURCE_SIDE_CATEGORIES = new Set(['Accuracy/Omission', 'Source error']);

/** What placing a row's error found, for the caller's warnings. */
export type PlacementNote = 'irregular-marks' | 'text-differs' | 'span-not-found' | 'widened';

/** A placed error, or why it cannot be placed. */
export type Placement =
  | { anchor: FlagAnchor; notes: PlacementNote[] }
  | { anchor: null; side: Side; notes: PlacementNote[] };

/**
 * Places the error of `row` in unit `unit`, whose texts are `unitTexts`
 * (`null` for a side the unit lacks). `category` is the mapped category.
 */
export function placeRowError(
  row: MqmRow,
  category: string,
  unit: number,
  unitTexts: Readonly<Record<Side, string | null>>,
): Placement {
  const fields = { source: unmark(row.source), target: unmark(row.target) };
  const side: Side =
    fields.target.span && !fields.source.span
      ? 'target'
      : fields.source.span && !fields.target.span
        ? 'source'
        : SOURCE_SIDE_CATEGORIES.has(category)
          ? 'source'
          : 'target';
  const notes: PlacementNote[] = fields[side].irregular ? ['irregular-marks'] : [];
  const text = unitTexts[side];
  if (!text) return { anchor: null, side, notes };

  const field = fields[side];
  const own = cleanSegment(field.text);
  const marked = field.span ?? { start: own.leading, end: own.leading + own.text.length };
  let span = clampRange(marked.start - own.leading, marked.end - own.leading, own.text.length);
  if (own.text !== text) {
    notes.push('text-differs');
    const found = refind(own.text, span, text, side, unit);
    if (!found) notes.push('span-not-found');
    span = found ?? { start: 0, end: text.length };
  }
  if (span.start === span.end) {
    notes.push('widened');
    span =
      span.start < text.length
        ? { start: span.start, end: span.start + 1 }
        : { start: text.length - 1, end: text.length };
  }
  return { anchor: describeSpan(text, span.start, span.end, { side, unit, version: 'mt' }), notes };
}

function clampRange(start: number, end: number, length: number): TextRange {
  const clamp = (n: number): number => Math.min(Math.max(n, 0), length);
  return { start: clamp(start), end: clamp(end) };
}

/**
 * The span `[span)` of `own` found again in `text`, or `null`: by quote and
 * context where the context still fits, else at the occurrence of the
 * quoted words nearest to where they were (the rater marked these words;
 * a context from a disagreeing row is weak evidence either way).
 */
function refind(
  own: string,
  span: TextRange,
  text: string,
  side: Side,
  unit: number,
): TextRange | null {
  if (span.start === span.end || own.length === 0) return null;
  const anchor = describeSpan(own, span.start, span.end, { side, unit, version: 'mt' });
  const found = anchorSpan(anchor, text);
  if (found.status === 'anchored') return { start: found.start, end: found.end };
  const exact = anchor.quote.exact;
  let best: number | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    if (best === null || Math.abs(at - span.start) < Math.abs(best - span.start)) best = at;
  }
  return best === null ? null : { start: best, end: best + exact.length };
}
