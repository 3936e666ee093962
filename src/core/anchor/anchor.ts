/**
 * Re-anchoring: finding a flag's words in the current text of its unit.
 *
 * Cheapest first, as the Hypothesis client does:
 *
 * 1. position: the quote and its whole context are still at the stored
 *    offsets (the text did not change there) — O(quote + context);
 * 2. exact: the quote occurs verbatim, somewhere; every occurrence is
 *    scored on how much of the stored context surrounds it;
 * 3. fuzzy: unless an occurrence had its context fully intact, the places
 *    within a bounded edit distance of the quote (the flagged words were
 *    edited a little: a typo fixed) join the competition.
 *
 * A quote alone is never evidence: "the", "的" or a number occur
 * everywhere. A place must also be surrounded by the flag's context, and no
 * other place may compete with it (`choose.ts`; thresholds and their
 * reasons in `thresholds.ts`). The one exception is a distinctive quote
 * that survived verbatim exactly once (`unique.ts`). Otherwise the flag is orphaned: it keeps its
 * quote and the UI shows it apart for a person to re-place.
 */
import type { FlagAnchor } from '../model/flag.ts';
import { exactOccurrences, fuzzyMatches, type Candidate } from './candidates.ts';
import { choose, scoreAll, type ScoredCandidate } from './choose.ts';
import { scoreCandidate } from './score.ts';
import { maxFuzzyErrors } from './thresholds.ts';
import { soleOccurrence } from './unique.ts';

/** How a flag was placed in the current text. */
export type AnchorMethod = 'position' | 'exact' | 'fuzzy';

/**
 * Why a flag could not be placed: its words are nowhere in the text
 * (`quote-not-found`); they are, but not in a context like the flag's
 * (`context-changed`); or in two places that fit about equally well
 * (`ambiguous`).
 */
export type OrphanReason = 'quote-not-found' | 'context-changed' | 'ambiguous';

/**
 * Where a flag is in the current text, or why it is nowhere. `score` is in
 * [0, 1]: 1 for words and context exactly in place.
 */
export type AnchorResult =
  | { status: 'anchored'; start: number; end: number; method: AnchorMethod; score: number }
  | { status: 'orphaned'; reason: OrphanReason };

/**
 * Places `anchor` in `unitText`, the current text of its unit and side.
 * Pure and synchronous; O(quote + context) when the text did not change
 * around the flag, which is what the UI meets when it renders.
 */
export function anchorSpan(anchor: FlagAnchor, unitText: string): AnchorResult {
  const { quote, position } = anchor;
  const exact = quote.exact;
  const oldStart = position.start;

  if (unitText.startsWith(exact, oldStart)) {
    const end = oldStart + exact.length;
    const score = scoreCandidate(unitText, oldStart, end, 0, quote, oldStart);
    if (score.context === 1) return anchored({ start: oldStart, end, errors: 0, score }, oldStart);
  }

  const occurrences = scoreAll(
    exactOccurrences(unitText, exact, oldStart),
    unitText,
    quote,
    oldStart,
  );
  const intact = occurrences.some((candidate) => candidate.score.context === 1);
  const maxErrors = maxFuzzyErrors(exact.length);
  const approximate =
    intact || maxErrors === 0
      ? []
      : scoreAll(
          withoutExact(fuzzyMatches(unitText, exact, maxErrors), occurrences),
          unitText,
          quote,
          oldStart,
        );

  const choice = choose([...occurrences, ...approximate], unitText, quote, oldStart);
  if (choice.kind === 'chosen') return anchored(choice.candidate, oldStart);
  // Only when no place convinced on its context: the rule is a fallback.
  // An ambiguous choice is not overruled; two candidates competed there.
  if (choice.kind === 'none') {
    const fuzzy = maxErrors === 0 ? [] : fuzzyMatches(unitText, exact, maxErrors);
    const sole = soleOccurrence(occurrences, fuzzy, unitText, quote);
    if (sole) return anchored(sole, oldStart);
  }
  if (choice.kind === 'ambiguous') return { status: 'orphaned', reason: 'ambiguous' };
  const found = occurrences.length > 0 || approximate.length > 0;
  return { status: 'orphaned', reason: found ? 'context-changed' : 'quote-not-found' };
}

function anchored(candidate: ScoredCandidate, oldStart: number): AnchorResult {
  const { start, end, errors, score } = candidate;
  const method: AnchorMethod = errors > 0 ? 'fuzzy' : start === oldStart ? 'position' : 'exact';
  return { status: 'anchored', start, end, method, score: score.total };
}

/** Fuzzy matches minus the verbatim occurrences already scored. */
function withoutExact(fuzzy: readonly Candidate[], exact: readonly Candidate[]): Candidate[] {
  const seen = new Set(exact.map((c) => c.start));
  return fuzzy.filter((c) => c.errors > 0 || !seen.has(c.start));
}
