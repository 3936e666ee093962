/**
 * The bead scorer: the cost, in nats, of the hypothesis that a run of source
 * items (sentences or paragraphs) and a run of target items translate each
 * other. It sums three witnesses that are roughly independent, so their
 * log-likelihoods add: length agreement (`length.ts`), anchor agreement
 * (`agreement.ts`) and, for Chinese the MT left in place, character overlap
 * (`overlap.ts`). The prior of the bead's shape (1:1, 2:1, …) is not
 * included: it differs between the paragraph and the sentence pass.
 */
import { AnchorAgreement, type AnchorTally } from './agreement.ts';
import { lengthCost, lengthDeviation } from './length.ts';
import { HanOverlap } from './overlap.ts';
import { prefixLengths, type Profile } from './profile.ts';

/** The document-level parameters every bead is scored with. */
export interface ScoreModel {
  /** English characters per Chinese character (see `ratio.ts`). */
  ratio: number;
  /** Variance of the length difference per character (see `length.ts`). */
  variance: number;
}

/** The parts of a bead's cost, for callers that judge a bead rather than compare beads. */
export interface BeadCost {
  /** Total cost in nats: the sum of the parts below. */
  total: number;
  /** Length cost; 0 for a one-sided bead, whose length has nothing to agree with. */
  length: number;
  /** Signed length deviation in standard deviations; 0 for a one-sided bead. */
  deviation: number;
  /** Anchor agreement cost, negative when the anchors agree. */
  anchors: number;
  /** Character-overlap cost of Chinese left in the target, negative when it was copied from this source. */
  overlap: number;
}

/** Scores candidate beads over fixed lists of source and target profiles. */
export class BeadScorer {
  private readonly sourceLength: Float64Array;
  private readonly targetLength: Float64Array;
  private readonly anchors: AnchorAgreement;
  private readonly overlap: HanOverlap;

  constructor(
    source: readonly Profile[],
    target: readonly Profile[],
    readonly model: ScoreModel,
  ) {
    // Prefix sums make the length of any run O(1).
    this.sourceLength = prefixLengths(source, model.ratio);
    this.targetLength = prefixLengths(target, model.ratio);
    this.anchors = new AnchorAgreement(
      source.map((p) => p.anchors),
      target.map((p) => p.anchors),
    );
    this.overlap = new HanOverlap(source, target);
  }

  /** Cost of source items `[i, i + di)` with target items `[j, j + dj)`. */
  cost(i: number, di: number, j: number, dj: number): number {
    let cost = this.anchors.cost(i, di, j, dj);
    if (di > 0 && dj > 0)
      cost += lengthCost(this.sourceSpan(i, di), this.targetSpan(j, dj), this.model.variance);
    if (this.overlap.active) cost += this.overlap.cost(i, di, j, dj);
    return cost;
  }

  /** The same cost, broken into its parts. */
  explain(i: number, di: number, j: number, dj: number): BeadCost {
    const anchors = this.anchors.cost(i, di, j, dj);
    const overlap = this.overlap.active ? this.overlap.cost(i, di, j, dj) : 0;
    let length = 0;
    let deviation = 0;
    if (di > 0 && dj > 0) {
      const predicted = this.sourceSpan(i, di);
      const observed = this.targetSpan(j, dj);
      length = lengthCost(predicted, observed, this.model.variance);
      deviation = lengthDeviation(predicted, observed, this.model.variance);
    }
    return { total: length + anchors + overlap, length, deviation, anchors, overlap };
  }

  /** The numbers and Latin tokens of a bead that found, or did not find, their partners. */
  tally(i: number, di: number, j: number, dj: number): AnchorTally {
    return this.anchors.tally(i, di, j, dj);
  }

  private sourceSpan(i: number, di: number): number {
    return (this.sourceLength[i + di] as number) - (this.sourceLength[i] as number);
  }

  private targetSpan(j: number, dj: number): number {
    return (this.targetLength[j + dj] as number) - (this.targetLength[j] as number);
  }
}
