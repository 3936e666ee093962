/**
 * Confidence: how sure the aligner is of a unit, in [0, 1].
 *
 * It is the product of three things:
 * - the bead's posterior: the share of the probability of all alignments in
 *   the band that contain it, i.e. how clearly it beats its rivals;
 * - the bead's own fit: the posterior says nothing about whether a bead is
 *   any good in itself, so lengths far out of line and anchors that disagree
 *   discount it;
 * - the document's relatedness: between two texts that do not translate
 *   each other, some alignment still wins, often clearly. Numbers and Latin
 *   tokens tell: in a translation nearly all of them find their partner in
 *   the same unit (90–100 % on news and MT), between unrelated texts hardly
 *   any do (0–10 %).
 *
 * Measured on FLORES-200 (perturbed, see tests/unit/align-seed.test.ts), the
 * posterior is best used as it is: flattening it made the Brier score worse.
 */
import type { AnchorTally } from './agreement.ts';
import type { Step } from './lattice.ts';
import type { BeadCost, BeadScorer } from './score.ts';

/** Length deviations (standard deviations) up to which a bead is not held suspect. */
const TOLERATED_DEVIATION = 2;
/** Anchor cost (nats) up to which disagreeing anchors are put down to MT liberties. */
const TOLERATED_ANCHOR_COST = 2;

/** Prior probability that a document's two texts translate each other: users load matching files. */
const RELATED_PRIOR = 0.98;
/** Chance that an anchor finds its partner in a translation (MT drops or garbles a few)… */
const SHARED_IF_RELATED = 0.85;
/** …and between unrelated texts (small numbers and common years match by chance). */
const SHARED_IF_UNRELATED = 0.1;

/**
 * Probability that the two texts translate each other at all, from how many
 * anchors of the two-sided units found their partner: Bayes' rule with each
 * anchor taken as independent evidence.
 */
export function documentRelatedness(tally: AnchorTally): number {
  const logLikelihoodRatio =
    tally.shared * Math.log(SHARED_IF_RELATED / SHARED_IF_UNRELATED) +
    tally.unshared * Math.log((1 - SHARED_IF_RELATED) / (1 - SHARED_IF_UNRELATED));
  const logPriorOdds = Math.log(RELATED_PRIOR / (1 - RELATED_PRIOR));
  return 1 / (1 + Math.exp(-(logPriorOdds + logLikelihoodRatio)));
}

/** How well a two-sided bead's own evidence fits a translation, in (0, 1]. */
export function beadFit(parts: BeadCost): number {
  const lengthMisfit = Math.max(0, Math.abs(parts.deviation) - TOLERATED_DEVIATION);
  // Chinese copied from this very source vouches for the bead whatever its anchors say.
  const anchorMisfit = Math.max(
    0,
    parts.anchors + Math.min(0, parts.overlap) - TOLERATED_ANCHOR_COST,
  );
  // Each nat of anchor misfit halves the fit; length misfit falls off like a Gaussian tail.
  return Math.exp(-(lengthMisfit * lengthMisfit) / 2 - anchorMisfit * Math.LN2);
}

/**
 * The confidence of every bead of an alignment path. One-sided beads (an
 * omission or an addition) have no translation to judge: their posterior
 * and the document's relatedness speak for them.
 */
export function confidences(steps: readonly Step[], scorer: BeadScorer): number[] {
  const total: AnchorTally = { shared: 0, unshared: 0 };
  for (const s of steps) {
    if (s.di === 0 || s.dj === 0) continue;
    const tally = scorer.tally(s.i, s.di, s.j, s.dj);
    total.shared += tally.shared;
    total.unshared += tally.unshared;
  }
  const related = documentRelatedness(total);
  return steps.map((s) => {
    const posterior = Number.isFinite(s.posterior) ? s.posterior : 0;
    const fit = s.di > 0 && s.dj > 0 ? beadFit(scorer.explain(s.i, s.di, s.j, s.dj)) : 1;
    return clamp01(posterior * fit * related);
  });
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
