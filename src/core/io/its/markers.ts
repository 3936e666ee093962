/**
 * Which spans of a segment can be written as elements that enclose their
 * text (XLIFF 2 `<pc>`/`<mrk>`, XLIFF 1.2 `<g>`/`<mrk>`) and which must be
 * written as a pair of empty markers (`<sc/>…<ec/>`, `<sm/>…<em/>`,
 * `<bx/>…<ex/>`), because XML elements nest and flags need not: a flag may
 * start inside a bold run and end after it.
 */

/** A span of a text, as boundaries: `[start, end)` in UTF-16 code units. */
export interface MarkerSpan {
  start: number;
  end: number;
}

/** Whether two spans can both be elements: disjoint, or one inside the other. */
export function nests(a: MarkerSpan, b: MarkerSpan): boolean {
  if (a.end <= b.start || b.end <= a.start) return true;
  const aInB = b.start <= a.start && a.end <= b.end;
  const bInA = a.start <= b.start && b.end <= a.end;
  return aInB || bInA;
}

/**
 * For each span in priority order (the caller lists those that matter most
 * first, e.g. the file's own codes before flags), whether it can be an
 * element: it nests with every span accepted before it. Quadratic in the
 * spans of one segment, which are a handful.
 */
export function elementSpans(spans: readonly MarkerSpan[]): boolean[] {
  const accepted: MarkerSpan[] = [];
  return spans.map((span) => {
    const ok = span.start < span.end && accepted.every((other) => nests(span, other));
    if (ok) accepted.push(span);
    return ok;
  });
}
