/**
 * Cutting a cell's text into the pieces its highlights need.
 *
 * Flags may overlap (a Minor on a phrase inside a Major on a clause), and
 * nested `<mark>`s with a background each would stack into mud. Instead the
 * text is split at every flag boundary; each piece carries the union of the
 * flags covering it and is drawn once, in the colour of its worst severity,
 * with a count when more than one flag covers it. Untranslated runs (target
 * cells only) are an outer layer: each stays one `<mark>` so that it reads
 * as one stretch, and the flag pieces are cut inside it.
 *
 * Everything here is a pure function of offsets, so a row computes it once
 * per change of its flags (memoised) and never during scrolling.
 */
import type { TextRange } from '../../core/model/document.ts';
import { SEVERITIES } from '../../core/model/flag.ts';
import type { Severity } from '../../core/model/flag.ts';
import { normalizeRanges } from '../workspace/marks.ts';

/** A flag as drawn: where it sits in the cell's text, and how bad it is. */
export interface FlagSpan extends TextRange {
  id: string;
  severity: Severity;
}

/** A stretch of text covered by the same set of flags (possibly none). */
export interface FlagPiece extends TextRange {
  /** Ids of the covering flags, worst severity first, then in the order given. */
  flags: string[];
  /** The worst severity among them; `null` for plain text. */
  severity: Severity | null;
}

/** A run of the cell: untranslated or not, cut into flag pieces. */
export interface CellRun extends TextRange {
  untranslated: boolean;
  pieces: FlagPiece[];
}

const RANK = new Map(SEVERITIES.map((s, i) => [s, i]));

function rank(severity: Severity): number {
  return RANK.get(severity) ?? SEVERITIES.length;
}

/**
 * Split `[from, to)` at every flag boundary inside it. Flags are clamped to
 * the range; empty ones are dropped (a zero-width flag cannot be drawn).
 */
export function flagPieces(from: number, to: number, spans: readonly FlagSpan[]): FlagPiece[] {
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(from, s.start), end: Math.min(to, s.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => rank(a.severity) - rank(b.severity));
  const cuts = new Set([from, to]);
  for (const s of inside) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: FlagPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    if (end <= start) continue;
    const covering = inside.filter((s) => s.start <= start && s.end >= end);
    pieces.push({
      start,
      end,
      flags: covering.map((s) => s.id),
      severity: covering[0]?.severity ?? null,
    });
  }
  return pieces;
}

/**
 * The runs of a cell of `length` characters: untranslated runs from
 * `untranslated` (merged, clamped) and the plain text between them, each cut
 * by `flags`. The runs cover `[0, length)` exactly, in order.
 */
export function cellRuns(
  length: number,
  flags: readonly FlagSpan[],
  untranslated: readonly TextRange[] = [],
): CellRun[] {
  const runs: CellRun[] = [];
  const push = (start: number, end: number, marked: boolean) => {
    if (end > start)
      runs.push({ start, end, untranslated: marked, pieces: flagPieces(start, end, flags) });
  };
  let cursor = 0;
  for (const range of normalizeRanges(untranslated, length)) {
    push(cursor, range.start, false);
    push(range.start, range.end, true);
    cursor = range.end;
  }
  push(cursor, length, false);
  return runs;
}

/** An automatic check's finding as drawn in a cell: its span, id and message. */
export interface FindingMark extends TextRange {
  id: string;
  /** The message, for the tooltip and screen readers. */
  label: string;
}

/** A stretch of text covered by the same findings (possibly none). */
export interface FindingPiece extends TextRange {
  marks: FindingMark[];
}

/**
 * Split `[from, to)` at every finding boundary inside it, like
 * `flagPieces`: findings are drawn inside flag pieces, as a separate layer.
 */
export function findingPieces(
  from: number,
  to: number,
  marks: readonly FindingMark[],
): FindingPiece[] {
  const inside = marks.filter((m) => m.start < to && m.end > from && m.end > m.start);
  const cuts = new Set([from, to]);
  for (const m of inside) {
    if (m.start > from) cuts.add(m.start);
    if (m.end < to) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: FindingPiece[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? 0;
    pieces.push({ start, end, marks: inside.filter((m) => m.start <= start && m.end >= end) });
  }
  return pieces;
}
