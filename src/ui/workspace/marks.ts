/**
 * Tidying the ranges a detector reports before a cell marks them. The cell
 * renders marks as elements (see `flags/highlights.ts` and
 * `flags/CellText.tsx`), never HTML built from strings: the text comes from
 * user files and must stay inert.
 */
import type { TextRange } from '../../core/model/document.ts';

/**
 * Clamp ranges to `[0, length)`, drop empty ones, sort them and merge those
 * that overlap or touch. Detectors may report adjacent spans (one per script
 * run); merging them yields one mark per visual stretch.
 */
export function normalizeRanges(ranges: readonly TextRange[], length: number): TextRange[] {
  const clamped = ranges
    .map((r) => ({
      start: Math.max(0, Math.min(r.start, length)),
      end: Math.max(0, Math.min(r.end, length)),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged[merged.length - 1];
    if (last !== undefined && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}
