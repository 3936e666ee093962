/**
 * Small edit distances for scoring anchor candidates. The strings involved
 * are a quote's context (32 code units) or a quote being verified, so a
 * plain dynamic programme over one row is both simplest and fast enough;
 * searching long texts is left to approx-string-match.
 *
 * Distances count UTF-16 code units, like every offset in Duizhao: an
 * astral character replaced by another costs 1 or 2, a bias too small to
 * matter for thresholds expressed as fractions of a 32-unit context.
 */

/** Levenshtein distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  return distanceRow(a, b).at(-1)!;
}

/**
 * The smallest edit distance between `pattern` and any prefix of `text`:
 * the alignment is pinned at the start of both strings and may stop
 * anywhere in `text`. Scores a quote's suffix against the text after a
 * candidate (pinned where the candidate ends, free beyond).
 */
export function leadingDistance(pattern: string, text: string): number {
  if (pattern.length === 0) return 0;
  // One column per code unit of `text`: after column j, its last cell is
  // the cost of the whole pattern against text[0, j).
  let best = pattern.length;
  let column = Array.from({ length: pattern.length + 1 }, (_, i) => i);
  for (let j = 1; j <= text.length; j++) {
    const next = [j];
    for (let i = 1; i <= pattern.length; i++) {
      const substitution = column[i - 1]! + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      next.push(Math.min(substitution, column[i]! + 1, next[i - 1]! + 1));
    }
    column = next;
    best = Math.min(best, column[pattern.length]!);
  }
  return best;
}

/**
 * The smallest edit distance between `pattern` and any suffix of `text`:
 * pinned at the end of both. Scores a quote's prefix against the text
 * before a candidate.
 */
export function trailingDistance(pattern: string, text: string): number {
  return leadingDistance(reverse(pattern), reverse(text));
}

/** Reverses code units; fine here, where only equality of units is compared. */
function reverse(s: string): string {
  let out = '';
  for (let i = s.length - 1; i >= 0; i--) out += s[i];
  return out;
}

function distanceRow(a: string, b: string): number[] {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      next.push(Math.min(substitution, row[j]! + 1, next[j - 1]! + 1));
    }
    row = next;
  }
  return row;
}
