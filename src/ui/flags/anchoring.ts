/**
 * Placing flags in the text the workspace shows.
 *
 * Every flag is placed with `anchorSpan` against its unit's current text, so
 * a flag whose words are no longer there is reported as orphaned and never
 * drawn on whatever words now sit at its old offsets. The workspace shows
 * the machine translation (version `mt`), so the unit texts come straight
 * from the document.
 */
import { anchorSpan } from '../../core/anchor/index.ts';
import type { BilingualDocument, Side } from '../../core/model/document.ts';
import type { Flag } from '../../core/model/flag.ts';
import type { FlagSpan } from './highlights.ts';

/** The text of one side of one unit, or `null` when the unit has nothing there. */
export function unitText(document: BilingualDocument, unit: number, side: Side): string | null {
  const range = document.alignment.units[unit]?.[side];
  const sideText = side === 'source' ? document.source : document.target;
  if (!range || !sideText) return null;
  return sideText.text.slice(range.start, range.end);
}

/** Where each flag that can still be placed sits in `text`; orphans are left out. */
export function anchoredSpans(text: string, flags: readonly Flag[]): FlagSpan[] {
  const spans: FlagSpan[] = [];
  for (const flag of flags) {
    const placed = anchorSpan(flag.anchor, text);
    if (placed.status === 'anchored') {
      spans.push({ id: flag.id, start: placed.start, end: placed.end, severity: flag.severity });
    }
  }
  return spans;
}

/** Whether `flag` can be placed in its unit's current text in `document`. */
export function isOrphaned(document: BilingualDocument, flag: Flag): boolean {
  const text = unitText(document, flag.anchor.unit, flag.anchor.side);
  return text === null || anchorSpan(flag.anchor, text).status === 'orphaned';
}
