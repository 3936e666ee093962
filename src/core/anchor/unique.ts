/**
 * The sole-occurrence rule: a flag whose words survived verbatim, and only
 * once, in its unit is placed on them even when an edit left too little of
 * their context for `choose.ts`.
 *
 * Why it is safe: if the flagged words are intact they are a verbatim
 * occurrence, so a sole occurrence is them. The danger is the other case:
 * the flag's own occurrence was edited or deleted while an identical one
 * survives elsewhere. Three guards stand against it, each measured on the
 * property test's pasted copies: the quote must be distinctive (a short
 * quote like "the" recurs by chance), no approximate match of it may exist
 * elsewhere (the edited original), no other stretch of text may hold more
 * of the flag's context exactly next to it (where the words were before
 * being rewritten), and the occurrence must keep a short word's worth of
 * context exactly next to it: without that last guard, 6 to 11 in 22,000
 * checks landed on a pasted copy once the original and its surroundings
 * were rewritten. The position hint does not help here: a copy is as often
 * near the old offset as the rewritten original is.
 */
import type { TextQuoteSelector } from '../model/flag.ts';
import { bestAdjacencyElsewhere } from './adjacency.ts';
import type { Candidate } from './candidates.ts';
import type { ScoredCandidate } from './choose.ts';

/** Fewest code units (spaces at the ends not counted) that make a quote distinctive. */
export const MIN_DISTINCT_UNITS = 8;

/** Fewest Han characters that make a quote distinctive, however short it is in code units. */
export const MIN_DISTINCT_HAN = 3;

/**
 * Fewest units of context exactly next to a sole occurrence. Four is a
 * short word with its space, or a two-character Chinese word and a
 * particle; 3 let pasted copies through, 6 orphaned more intact flags
 * without catching anything more.
 */
export const MIN_SOLE_ADJACENT = 4;

const HAN = /\p{Script=Han}/gu;

/** Whether a quote is unlikely to recur by chance in a unit of one to three sentences. */
export function distinctive(exact: string): boolean {
  return (
    exact.trim().length >= MIN_DISTINCT_UNITS || (exact.match(HAN)?.length ?? 0) >= MIN_DISTINCT_HAN
  );
}

/**
 * The sole verbatim occurrence of a distinctive quote, when the guards
 * above let it be taken on that ground; `null` otherwise. `approximate`
 * holds every fuzzy match of the quote, verbatim ones included.
 */
export function soleOccurrence(
  occurrences: readonly ScoredCandidate[],
  approximate: readonly Candidate[],
  text: string,
  quote: TextQuoteSelector,
): ScoredCandidate | null {
  const only = occurrences.length === 1 ? occurrences[0] : undefined;
  if (!only || !distinctive(quote.exact) || only.score.adjacent < MIN_SOLE_ADJACENT) return null;
  const overlaps = (c: Candidate) => c.start < only.end && only.start < c.end;
  if (approximate.some((c) => !overlaps(c))) return null;
  if (bestAdjacencyElsewhere(text, quote, only.start, only.end) > only.score.adjacent) return null;
  return only;
}
