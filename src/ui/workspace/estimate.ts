/**
 * A row height guess for rows the virtualiser has not measured yet.
 *
 * The guess only has to be good enough that the scrollbar does not jump much
 * when real measurements replace it, so it is O(1) per row: it uses the
 * string lengths and an average glyph width per script instead of walking
 * the characters. Chinese glyphs are one em wide; English prose averages
 * about half an em per character.
 */
import type { WorkspaceRow } from './rows.ts';

/** Typographic figures the estimate is based on, mirroring `workspace.css`. */
export interface RowMetrics {
  /** Font size of the cell text, px. */
  fontSize: number;
  /** Line box height, px. */
  lineHeight: number;
  /** Average advance of a Chinese character, in em. */
  sourceCharEm: number;
  /** Average advance of an English character (spaces included), in em. */
  targetCharEm: number;
  /** Vertical padding of a cell, top plus bottom, px. */
  cellPaddingY: number;
  /** Horizontal padding of a cell, left plus right, px. */
  cellPaddingX: number;
  /** Extra space above a row that opens a paragraph, px. */
  paragraphGap: number;
}

/** The figures of the stylesheet's default theme. */
export const DEFAULT_ROW_METRICS: RowMetrics = {
  fontSize: 15,
  lineHeight: 24,
  sourceCharEm: 1,
  targetCharEm: 0.5,
  cellPaddingY: 16,
  cellPaddingX: 24,
  paragraphGap: 12,
};

function lineCount(length: number, charEm: number, textWidth: number, metrics: RowMetrics): number {
  if (length === 0) return 1;
  return Math.max(1, Math.ceil((length * charEm * metrics.fontSize) / textWidth));
}

/**
 * Estimated height in px of a row whose text columns are `columnWidth` px
 * wide each. The taller of the two cells sets the height, as in the grid.
 */
export function estimateRowHeight(
  row: WorkspaceRow,
  columnWidth: number,
  metrics: RowMetrics = DEFAULT_ROW_METRICS,
): number {
  // A column narrower than a few glyphs only happens mid-layout; clamping
  // keeps the estimate finite instead of dividing by zero.
  const textWidth = Math.max(columnWidth - metrics.cellPaddingX, metrics.fontSize * 4);
  const lines = Math.max(
    lineCount(row.source?.length ?? 0, metrics.sourceCharEm, textWidth, metrics),
    lineCount(row.target?.length ?? 0, metrics.targetCharEm, textWidth, metrics),
  );
  return (
    lines * metrics.lineHeight +
    metrics.cellPaddingY +
    (row.paragraphStart ? metrics.paragraphGap : 0)
  );
}
