/**
 * Span geometry for comparing two reviews. Two flags can only be compared
 * when their offsets index the same text: the same side of the same unit,
 * read in the same version (offsets into the MT say nothing about a
 * revision's text).
 */
import type { Flag, FlagAnchor, TextPositionSelector } from '../model/flag.ts';

/** A key equal for two flags exactly when their offsets index the same text. */
export function textKey(flag: Flag): string {
  const { unit, side, version } = flag.anchor;
  return `${unit}\u0000${side}\u0000${version}`;
}

/** Code units the two spans share. */
export function overlapLength(a: TextPositionSelector, b: TextPositionSelector): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Whether two spans of the same text overlap. An empty span (an insertion
 * point, say where an omission would go) overlaps a span that contains its
 * point, ends included, and an empty span at the same point; two non-empty
 * spans that merely touch do not overlap.
 */
export function spansOverlap(a: TextPositionSelector, b: TextPositionSelector): boolean {
  if (a.start === a.end) return b.start <= a.start && a.start <= b.end;
  if (b.start === b.end) return a.start <= b.start && b.start <= a.end;
  return overlapLength(a, b) > 0;
}

/** Shared length over combined length (Jaccard index of the two spans); 1 for equal spans. */
export function spanJaccard(a: TextPositionSelector, b: TextPositionSelector): number {
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start);
  return union === 0 ? 1 : overlapLength(a, b) / union;
}

/** Document order of anchors: unit, source before target, then start and end. */
export function compareAnchors(x: FlagAnchor, y: FlagAnchor): number {
  return (
    x.unit - y.unit ||
    (x.side === y.side ? 0 : x.side === 'source' ? -1 : 1) ||
    x.position.start - y.position.start ||
    x.position.end - y.position.end
  );
}
