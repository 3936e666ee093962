/**
 * The thresholds of re-anchoring, in one place because they only make sense
 * together. Every one errs towards orphaning: an orphaned flag costs the
 * reviewer a click to re-place, a flag moved onto the wrong words corrupts
 * the review without anyone noticing. The anchoring property test
 * (`anchor.property.test.ts`) is what they were tuned against.
 */

/**
 * Least context score (share of the stored context found around the
 * candidate, see `score.ts`) for a verbatim quote. Half: an edit may
 * rewrite one side of the context entirely, or parts of both, and the flag
 * follows its words.
 */
export const MIN_CONTEXT_EXACT = 0.5;

/**
 * Least context score for a fuzzy match. Higher than for an exact match
 * because the quote itself is now weaker evidence: three quarters of the
 * context must have survived.
 */
export const MIN_CONTEXT_FUZZY = 0.75;

/**
 * Fewest code units of the stored selector (quote and context together)
 * found in place. Ratios alone trust too little text: a one-letter quote
 * whose 5-unit context is 60% intact is 4 matching units, which repetitive
 * text ("the the the") offers by chance. Twelve units are three English
 * words or a Chinese clause. A selector shorter than this (a flag on most
 * of a tiny unit) must be found whole.
 */
export const MIN_EVIDENCE = 12;

/**
 * Fewest units of context, counted outwards from the candidate on both
 * sides, that must be exactly as stored (or all of the context, if it is
 * shorter; the text's edge counts as a unit when the context reached it).
 * The approximate context score aligns the context anywhere in a window,
 * so a place inside an inserted passage can collect credit for context
 * that now sits several words away; the words right around a flag are what
 * identify it.
 */
export const MIN_ADJACENT = 8;

/**
 * How much better than any other place the chosen one's context must
 * score. A tenth is three units of a 32-unit context: less is noise, and
 * two places that fit about equally well are a question for a person.
 */
export const AMBIGUITY_MARGIN = 0.1;

/**
 * Most edits (insertions, deletions, substitutions of UTF-16 code units) a
 * fuzzy match may have, as a fraction of the quote's length. A quarter lets
 * "tarrif rate" find "tariff rate" (2 edits in 11) and rejects a different
 * word of similar shape.
 */
export const MAX_FUZZY_ERROR_RATE = 0.25;

/**
 * Fewest code units a quote must have to be searched fuzzily: below four,
 * a quarter is less than one edit and any fuzzy match would be exact.
 */
export const MIN_FUZZY_QUOTE = 4;

/** Most edits a fuzzy match of a quote of `length` code units may have. */
export function maxFuzzyErrors(length: number): number {
  return length < MIN_FUZZY_QUOTE ? 0 : Math.floor(length * MAX_FUZZY_ERROR_RATE);
}
