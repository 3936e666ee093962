/**
 * Choosing among the candidate places for a flag: the best-scoring one that
 * is convincing on its own, provided no other place competes with it.
 */
import type { TextQuoteSelector } from '../model/flag.ts';
import { bestAdjacencyElsewhere } from './adjacency.ts';
import type { Candidate } from './candidates.ts';
import { CONTEXT_CHARS } from './describe.ts';
import { scoreCandidate, type CandidateScore } from './score.ts';
import {
  AMBIGUITY_MARGIN,
  MIN_ADJACENT,
  MIN_CONTEXT_EXACT,
  MIN_CONTEXT_FUZZY,
  MIN_EVIDENCE,
} from './thresholds.ts';

/** A candidate with its score. */
export type ScoredCandidate = Candidate & { score: CandidateScore };

/** The outcome of a choice: a place, two places too close to call, or none. */
export type Choice =
  { kind: 'chosen'; candidate: ScoredCandidate } | { kind: 'ambiguous' } | { kind: 'none' };

/** Scores every candidate against the stored selector. */
export function scoreAll(
  candidates: readonly Candidate[],
  text: string,
  quote: TextQuoteSelector,
  oldStart: number,
): ScoredCandidate[] {
  return candidates.map((candidate) => ({
    ...candidate,
    score: scoreCandidate(text, candidate.start, candidate.end, candidate.errors, quote, oldStart),
  }));
}

/**
 * Whether a candidate's evidence suffices on its own: enough of the context
 * around it (`MIN_CONTEXT_EXACT`, or `MIN_CONTEXT_FUZZY` when the quote
 * itself was edited), enough of the selector in place (`MIN_EVIDENCE`), and
 * the context right next to it intact (`MIN_ADJACENT`).
 */
export function convincing(candidate: ScoredCandidate): boolean {
  const { score, errors } = candidate;
  const minContext = errors === 0 ? MIN_CONTEXT_EXACT : MIN_CONTEXT_FUZZY;
  return (
    score.context >= minContext &&
    score.evidence >= Math.min(MIN_EVIDENCE, score.available) &&
    score.adjacent >= Math.min(MIN_ADJACENT, score.contextUnits)
  );
}

/**
 * The convincing candidate with the best combined score (ties: the nearest
 * to the old position), unless another place not overlapping it competes:
 * any stretch of text with more of the flag's context exactly next to it
 * (where the flagged words stood before they were rewritten or deleted),
 * or a candidate with as much adjacent context and a context score within
 * `AMBIGUITY_MARGIN`. Then the evidence cannot separate the places, or its
 * two measures disagree, and a person must decide. Places whose surroundings are identical over the
 * whole context window cannot be told apart by any selector; among those
 * the nearest is taken.
 */
export function choose(
  scored: readonly ScoredCandidate[],
  text: string,
  quote: TextQuoteSelector,
  oldStart: number,
): Choice {
  const distance = (c: Candidate) => Math.abs(c.start - oldStart);
  const passing = scored
    .filter(convincing)
    .sort((a, b) => b.score.total - a.score.total || distance(a) - distance(b));
  const best = passing[0];
  if (!best) return { kind: 'none' };
  if (bestAdjacencyElsewhere(text, quote, best.start, best.end) > best.score.adjacent) {
    return { kind: 'ambiguous' };
  }
  for (const rival of scored) {
    if (rival === best || (rival.start < best.end && best.start < rival.end)) continue;
    const competes =
      best.score.context - rival.score.context < AMBIGUITY_MARGIN &&
      rival.score.adjacent >= best.score.adjacent;
    if (competes && !sameSurroundings(text, best, rival)) return { kind: 'ambiguous' };
  }
  return { kind: 'chosen', candidate: best };
}

/** Whether two places hold the same text with the same context window either side. */
function sameSurroundings(text: string, a: Candidate, b: Candidate): boolean {
  const before = (at: number) => text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  const after = (at: number) => text.slice(at, at + CONTEXT_CHARS);
  return (
    text.slice(a.start, a.end) === text.slice(b.start, b.end) &&
    before(a.start) === before(b.start) &&
    after(a.end) === after(b.end)
  );
}
