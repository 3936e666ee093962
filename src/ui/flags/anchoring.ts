/**
 * Placing flags in the text the workspace shows.
 *
 * Every flag is placed with `anchorSpan` against its unit's current text, so
 * a flag whose words are no longer there is reported as orphaned and never
 * drawn on whatever words now sit at its old offsets. The English the
 * workspace shows is the unit's current text when revisions lay an overlay
 * over the grid (`UnitOverlay`), else the machine translation; the Chinese
 * is always the source. New flags are anchored against the shown text and
 * its version, so their offsets are those of the words the reviewer sees.
 */
import { anchorSpan } from '../../core/anchor/index.ts';
import type { BilingualDocument, Side } from '../../core/model/document.ts';
import type { Flag } from '../../core/model/flag.ts';
import type { UnitOverlay } from '../workspace/unit-overlay.ts';
import type { FlagSpan } from './highlights.ts';

/**
 * The text of one side of one unit as the workspace shows it, or `null`
 * when the unit has nothing there.
 */
export function unitText(
  document: BilingualDocument,
  unit: number,
  side: Side,
  overlay: UnitOverlay | null = null,
): string | null {
  const range = document.alignment.units[unit]?.[side];
  const sideText = side === 'source' ? document.source : document.target;
  if (!range || !sideText) return null;
  if (side === 'target' && overlay) return overlay.texts[unit] ?? null;
  return sideText.text.slice(range.start, range.end);
}

/** The version of the text `unitText` returns: what a new flag is anchored against. */
export function unitVersion(unit: number, side: Side, overlay: UnitOverlay | null = null): string {
  return side === 'target' && overlay ? (overlay.versions[unit] ?? 'mt') : 'mt';
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

/** Whether `flag` can be placed in its unit's text as the workspace shows it. */
export function isOrphaned(
  document: BilingualDocument,
  flag: Flag,
  overlay: UnitOverlay | null = null,
): boolean {
  const text = unitText(document, flag.anchor.unit, flag.anchor.side, overlay);
  return text === null || anchorSpan(flag.anchor, text).status === 'orphaned';
}
