/**
 * Splitting a cell's text into plain runs and marked runs, so the row can
 * render marks as elements without ever building HTML from strings (the text
 * comes from user files and must stay inert).
 */
import type { TextRange } from '../../core/model/document.ts';

/** A run of a cell's text; `marked` runs are wrapped in `<mark>`. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

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

/**
 * Cut `text` into consecutive segments, marking those covered by `ranges`
 * (UTF-16 offsets into `text`). Joining the segments' text gives `text`
 * back; no segment is empty.
 */
export function segmentText(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { start, end } of normalizeRanges(ranges, text.length)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), marked: false });
    segments.push({ text: text.slice(start, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) segments.push({ text: text.slice(cursor), marked: false });
  return segments;
}
