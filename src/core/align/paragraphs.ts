/**
 * Paragraph alignment, the coarse pass. Paragraphs are long, so their lengths
 * and anchors are far more telling than a sentence's, and an MT keeps the
 * source's paragraphing nearly always; aligning them first gives the
 * sentence pass a narrow corridor to search, which keeps it fast and stops a
 * sentence from pairing with a look-alike in another paragraph.
 *
 * Merged and split paragraphs (2:1, 1:2, up to 3:1 and 1:3) and paragraphs
 * with no counterpart (1:0, 0:1) are allowed.
 */
import { diagonalBand, fullBand, isFull, type Block } from './band.ts';
import { bestPath, type Band, type Move } from './lattice.ts';
import {
  mergeProfiles,
  paragraphRuns,
  prefixLengths,
  type Profile,
  type SentenceRun,
  type SentenceSide,
} from './profile.ts';
import { BeadScorer, type ScoreModel } from './score.ts';

/** Bead shapes and their priors: an MT rarely touches paragraphing. */
const PARAGRAPH_MOVES: readonly Move[] = [
  { di: 1, dj: 1, prior: -Math.log(0.9) },
  { di: 2, dj: 1, prior: -Math.log(0.03) },
  { di: 1, dj: 2, prior: -Math.log(0.03) },
  { di: 1, dj: 0, prior: -Math.log(0.01) },
  { di: 0, dj: 1, prior: -Math.log(0.01) },
  { di: 3, dj: 1, prior: -Math.log(0.005) },
  { di: 1, dj: 3, prior: -Math.log(0.005) },
];

/** Below this many cells the whole lattice is searched: banding would save nothing. */
const FULL_SEARCH_CELLS = 1_024;
/** First band half-width in paragraphs, multiplied by `WIDEN` while the path hugs the edge. */
const FIRST_WIDTH = 4;
const WIDEN = 4;

/**
 * Whether the two sides' paragraphing is similar enough to align on. The
 * paragraph moves join at most three paragraphs and are priced for joining
 * one or two, so sides whose counts differ by more than a factor of two (an
 * MT that lost every line break) are aligned sentence by sentence only.
 */
export function paragraphsComparable(sourceCount: number, targetCount: number): boolean {
  return Math.max(sourceCount, targetCount) <= 2 * Math.min(sourceCount, targetCount);
}

/**
 * Align paragraph profiles; returns the paragraph blocks in document order,
 * which tile both sides.
 */
export function alignParagraphs(
  source: readonly Profile[],
  target: readonly Profile[],
  model: ScoreModel,
): Block[] {
  const n = source.length;
  const m = target.length;
  const scorer = new BeadScorer(source, target, model);
  const cost = scorer.cost.bind(scorer);
  let width = FIRST_WIDTH;
  const small = (n + 1) * (m + 1) <= FULL_SEARCH_CELLS;
  const sourcePrefix = small ? null : prefixLengths(source, model.ratio);
  const targetPrefix = small ? null : prefixLengths(target, model.ratio);
  for (;;) {
    const band: Band =
      sourcePrefix && targetPrefix
        ? diagonalBand(sourcePrefix, targetPrefix, width)
        : fullBand(n, m);
    const { steps, touchesEdge } = bestPath(n, m, band, PARAGRAPH_MOVES, cost, null);
    if (!touchesEdge || isFull(band, m)) {
      return steps.map((s) => ({ s0: s.i, s1: s.i + s.di, t0: s.j, t1: s.j + s.dj }));
    }
    width *= WIDEN;
  }
}

/**
 * The paragraph alignment of two sides in sentence indices: blocks of
 * sentences the sentence pass should keep together, in document order,
 * tiling both sides. `null` when the paragraphing of the sides cannot be
 * compared, or one side is empty.
 */
export function sentenceBlocks(
  source: SentenceSide,
  target: SentenceSide,
  model: ScoreModel,
): Block[] | null {
  const sourceRuns = paragraphRuns(source.paragraphOf);
  const targetRuns = paragraphRuns(target.paragraphOf);
  if (sourceRuns.length === 0 || targetRuns.length === 0) return null;
  if (!paragraphsComparable(sourceRuns.length, targetRuns.length)) return null;
  const merged = (side: SentenceSide, runs: SentenceRun[]) =>
    runs.map((run) => mergeProfiles(side.profiles.slice(run.start, run.end)));
  const blocks = alignParagraphs(merged(source, sourceRuns), merged(target, targetRuns), model);
  // A block starts where its first paragraph starts; one past the last
  // paragraph is the end of the side.
  const startOf = (runs: SentenceRun[], k: number, total: number) => runs[k]?.start ?? total;
  const n = source.profiles.length;
  const m = target.profiles.length;
  return blocks.map((b) => ({
    s0: startOf(sourceRuns, b.s0, n),
    s1: startOf(sourceRuns, b.s1, n),
    t0: startOf(targetRuns, b.t0, m),
    t1: startOf(targetRuns, b.t1, m),
  }));
}
