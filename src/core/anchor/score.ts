/**
 * Scoring a candidate place for a flag's quote: how much of the context
 * stored with the flag surrounds it, and how far it is from where the flag
 * was. The weights of the combined score follow the Hypothesis client's
 * `match-quote` (quote 50, context 20 + 20, position 2).
 */
import type { TextQuoteSelector } from '../model/flag.ts';
import { CONTEXT_CHARS } from './describe.ts';
import { adjacentAfter, adjacentBefore } from './adjacency.ts';
import { editDistance, leadingDistance, trailingDistance } from './edit-distance.ts';

const WEIGHT = { quote: 50, context: 40, position: 2 } as const;
const WEIGHT_TOTAL = WEIGHT.quote + WEIGHT.context + WEIGHT.position;

/** How well one candidate matches, every part in [0, 1]. */
export interface CandidateScore {
  /** 1 − edits / quote length. */
  quote: number;
  /**
   * Share of the stored context that survives around the candidate:
   * 1 − (edits to the prefix + edits to the suffix) / (their total length).
   * Pooled over both sides, so a one-character prefix weighs one
   * character, not half the evidence.
   */
  context: number;
  /** 1 at the old position, falling linearly to 0 a text's length away. */
  position: number;
  /** Weighted mean of the parts; orders candidates. */
  total: number;
  /**
   * Code units of the stored selector found in place: quote length minus
   * its edits, plus context units minus their edits. An absolute measure,
   * where `context` is a ratio: 60% of a 5-unit context is 3 units, which
   * repetitive text matches by chance.
   */
  evidence: number;
  /** The most `evidence` could be: quote length plus context units. */
  available: number;
  /**
   * Units of context exactly in place right next to the candidate, counted
   * outwards on both sides (the text's edge counts as a unit when the
   * stored context reached it and still does).
   */
  adjacent: number;
  /** Units of context stored on both sides together, edges included. */
  contextUnits: number;
}

/** Edits needed to find one side's stored context next to a candidate, out of `units`. */
interface ContextCost {
  cost: number;
  units: number;
}

/**
 * How the text before `start` matches the stored `prefix`. The prefix must
 * end at `start` and may begin anywhere, so an insertion inside the context
 * costs only what was inserted. A prefix shorter than `CONTEXT_CHARS`
 * reached the start of the unit's text when it was recorded; that edge
 * counts as one more unit of context, held only if the prefix still starts
 * the text (an empty prefix is the edge alone).
 */
export function prefixCost(text: string, start: number, prefix: string): ContextCost {
  const bounded = prefix.length < CONTEXT_CHARS;
  const units = prefix.length + (bounded ? 1 : 0);
  const window = text.slice(Math.max(0, start - 2 * prefix.length), start);
  const free = text.endsWith(prefix, start) ? 0 : trailingDistance(prefix, window);
  if (!bounded) return { cost: free, units };
  const atEdge =
    start <= 2 * prefix.length + 1 ? editDistance(prefix, text.slice(0, start)) : Infinity;
  return { cost: Math.min(free + 1, atEdge), units };
}

/** Mirror of `prefixCost`: the text after `end` against the stored `suffix`. */
export function suffixCost(text: string, end: number, suffix: string): ContextCost {
  const bounded = suffix.length < CONTEXT_CHARS;
  const units = suffix.length + (bounded ? 1 : 0);
  const window = text.slice(end, end + 2 * suffix.length);
  const free = text.startsWith(suffix, end) ? 0 : leadingDistance(suffix, window);
  if (!bounded) return { cost: free, units };
  const rest = text.length - end;
  const atEdge = rest <= 2 * suffix.length + 1 ? editDistance(suffix, text.slice(end)) : Infinity;
  return { cost: Math.min(free + 1, atEdge), units };
}

/** Scores the candidate `[start, end)`, whose text is `errors` edits from the quote. */
export function scoreCandidate(
  text: string,
  start: number,
  end: number,
  errors: number,
  quote: TextQuoteSelector,
  oldStart: number,
): CandidateScore {
  const before = prefixCost(text, start, quote.prefix);
  const after = suffixCost(text, end, quote.suffix);
  const units = before.units + after.units;
  const context = units === 0 ? 1 : 1 - Math.min(units, before.cost + after.cost) / units;
  const quoteScore = 1 - errors / quote.exact.length;
  const position = 1 - Math.min(1, Math.abs(start - oldStart) / Math.max(1, text.length));
  const total =
    (WEIGHT.quote * quoteScore + WEIGHT.context * context + WEIGHT.position * position) /
    WEIGHT_TOTAL;
  const cost = Math.min(units, before.cost + after.cost);
  const evidence = quote.exact.length - errors + units - cost;
  const available = quote.exact.length + units;
  const adjacent =
    adjacentBefore(text, start, quote.prefix) + adjacentAfter(text, end, quote.suffix);
  return {
    quote: quoteScore,
    context,
    position,
    total,
    evidence,
    available,
    adjacent,
    contextUnits: units,
  };
}
