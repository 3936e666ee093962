/**
 * Finding the places where a flag's quote might now be: verbatim
 * occurrences, and approximate ones within a bounded edit distance.
 */
import search from 'approx-string-match';
import { splitsPair } from './describe.ts';
import { editDistance } from './edit-distance.ts';

/** A place the quote might be, with its edit distance from the quote. */
export interface Candidate {
  start: number;
  end: number;
  errors: number;
}

/**
 * Most verbatim occurrences considered, the nearest to the old position
 * first: a one-character quote like "的" can occur hundreds of times in a
 * long unit, and scoring each costs a small edit-distance computation.
 */
const MAX_EXACT_CANDIDATES = 256;

/** Searches for fuzzy matches; each masks the previous ones' results (see `fuzzyMatches`). */
const FUZZY_ROUNDS = 4;

/** U+FFFF is a noncharacter: it never occurs in text Duizhao imports. */
const MASK = '\uffff';

/** Every verbatim occurrence of `quote`, capped to the nearest to `near`. */
export function exactOccurrences(text: string, quote: string, near: number): Candidate[] {
  const found: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) found.push(at);
  const kept =
    found.length <= MAX_EXACT_CANDIDATES
      ? found
      : found
          .sort((a, b) => Math.abs(a - near) - Math.abs(b - near))
          .slice(0, MAX_EXACT_CANDIDATES);
  return kept.map((start) => ({ start, end: start + quote.length, errors: 0 }));
}

/**
 * Approximate matches of `quote` within `maxErrors`, widened to whole code
 * points.
 *
 * approx-string-match returns only the matches of least cost, so an exact
 * occurrence in the wrong place would hide the edited words in the right
 * one. Each round therefore masks what it found (same length, so offsets
 * hold) and searches again, up to `FUZZY_ROUNDS` times.
 *
 * Every match is measured again and dropped if it does not fit: widening to
 * code points can add an edit, and the library's reported start is not
 * always that of the cheapest alignment (its error count then understates
 * the distance of the span it returns). The documented bound is a promise
 * about the result, and re-measuring costs O(quote²) per match.
 */
export function fuzzyMatches(text: string, quote: string, maxErrors: number): Candidate[] {
  const matches: Candidate[] = [];
  const seen = new Set<string>();
  let haystack = text;
  for (let round = 0; round < FUZZY_ROUNDS; round++) {
    const found = search(haystack, quote, maxErrors);
    if (found.length === 0) break;
    for (const match of found) {
      const start = splitsPair(text, match.start) ? match.start - 1 : match.start;
      const end = splitsPair(text, match.end) ? match.end + 1 : match.end;
      if (start >= end || seen.has(`${start}:${end}`)) continue;
      seen.add(`${start}:${end}`);
      const errors = editDistance(text.slice(start, end), quote);
      if (errors <= maxErrors) matches.push({ start, end, errors });
    }
    haystack = mask(haystack, found);
  }
  return matches;
}

/** `text` with every range of `ranges` overwritten by a character no quote contains. */
function mask(text: string, ranges: readonly { start: number; end: number }[]): string {
  const units = text.split('');
  for (const { start, end } of ranges) units.fill(MASK, start, end);
  return units.join('');
}
