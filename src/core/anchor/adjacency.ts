/**
 * Adjacent context: how many units of a flag's stored context sit exactly
 * in place right next to a place in the text, counted outwards from it.
 * Where the approximate context score says "this looks like the flag's
 * surroundings", adjacency says "these are the words that were next to
 * it", and it is what finds the place where the flagged words used to be
 * even after they were rewritten or deleted.
 */
import type { TextQuoteSelector } from '../model/flag.ts';
import { CONTEXT_CHARS } from './describe.ts';

/**
 * Units of the stored prefix, counted back from `start`, that are exactly
 * in place; plus one for the text's edge when the prefix was recorded
 * against it (shorter than `CONTEXT_CHARS`) and still starts the text.
 */
export function adjacentBefore(text: string, start: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < start && prefix[prefix.length - 1 - n] === text[start - 1 - n]) {
    n++;
  }
  const edgeHeld = n === prefix.length && prefix.length < CONTEXT_CHARS && start === n;
  return n + (edgeHeld ? 1 : 0);
}

/** Mirror of `adjacentBefore`: the stored suffix, counted on from `end`. */
export function adjacentAfter(text: string, end: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && end + n < text.length && suffix[n] === text[end + n]) n++;
  const edgeHeld = n === suffix.length && suffix.length < CONTEXT_CHARS && end + n === text.length;
  return n + (edgeHeld ? 1 : 0);
}

/**
 * The most adjacent context any stretch `[i, j)` of the text has, among the
 * stretches that do not overlap `[start, end)`: the prefix ending at `i`
 * and the suffix starting at `j`, whatever lies between (the flagged words,
 * rewritten, or nothing if they were deleted). O(text × context) in the
 * worst case, O(text) on ordinary text where mismatches come early.
 */
export function bestAdjacencyElsewhere(
  text: string,
  quote: TextQuoteSelector,
  start: number,
  end: number,
): number {
  const before: number[] = [];
  const after: number[] = [];
  for (let at = 0; at <= text.length; at++) {
    before.push(adjacentBefore(text, at, quote.prefix));
    after.push(adjacentAfter(text, at, quote.suffix));
  }
  let best = 0;
  // Stretches ending at or before `start`, then starting at or after `end`:
  // a running maximum of the prefix side, paired with each suffix position.
  let prefixBest = 0;
  for (let j = 0; j <= start; j++) {
    prefixBest = Math.max(prefixBest, before[j]!);
    best = Math.max(best, prefixBest + after[j]!);
  }
  prefixBest = 0;
  for (let j = end; j <= text.length; j++) {
    prefixBest = Math.max(prefixBest, before[j]!);
    best = Math.max(best, prefixBest + after[j]!);
  }
  return best;
}
