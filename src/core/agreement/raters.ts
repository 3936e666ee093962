/**
 * Agreement among several reviewers: every pair compared, and the mean of
 * each figure over the pairs where it is defined. Pairwise means rather than
 * a multi-rater statistic (Fleiss' kappa, Krippendorff's alpha) because the
 * items themselves — the matched spans — only exist pair by pair.
 */
import type { Flag } from '../model/flag.ts';
import { compareFlagSets, type LabelAgreement, type PairAgreement } from './compare.ts';

/** One reviewer's flags on the document. */
export interface Review {
  /** Who reviewed: a name, a rater id. */
  name: string;
  flags: readonly Flag[];
}

/** The agreement of two named reviewers. */
export interface RaterPairAgreement extends PairAgreement {
  a: string;
  b: string;
}

/** Means over rater pairs; each `null` when no pair defines it. */
export interface MeanAgreement {
  /** How many pairs were averaged. */
  pairs: number;
  f1: number | null;
  characterF1: number | null;
  category: LabelAgreement;
  dimension: LabelAgreement;
  severity: LabelAgreement;
}

/** Agreement of a group of reviewers. */
export interface GroupAgreement {
  pairs: RaterPairAgreement[];
  mean: MeanAgreement;
}

function mean(values: readonly (number | null)[]): number | null {
  const defined = values.filter((value): value is number => value !== null);
  return defined.length ? defined.reduce((sum, x) => sum + x, 0) / defined.length : null;
}

function meanLabel(labels: readonly LabelAgreement[]): LabelAgreement {
  return {
    agreement: mean(labels.map((label) => label.agreement)),
    kappa: mean(labels.map((label) => label.kappa)),
  };
}

/** The mean of each figure of `pairs`, over the pairs where it is defined. */
export function meanAgreement(pairs: readonly PairAgreement[]): MeanAgreement {
  return {
    pairs: pairs.length,
    f1: mean(pairs.map((pair) => pair.f1)),
    characterF1: mean(pairs.map((pair) => pair.characterF1)),
    category: meanLabel(pairs.map((pair) => pair.category)),
    dimension: meanLabel(pairs.map((pair) => pair.dimension)),
    severity: meanLabel(pairs.map((pair) => pair.severity)),
  };
}

/** Every pair of `reviews` compared (in the order given, earlier as A), and the means. */
export function agreementAmong(reviews: readonly Review[]): GroupAgreement {
  const pairs: RaterPairAgreement[] = [];
  reviews.forEach((first, i) => {
    for (const second of reviews.slice(i + 1)) {
      pairs.push({ a: first.name, b: second.name, ...compareFlagSets(first.flags, second.flags) });
    }
  });
  return { pairs, mean: meanAgreement(pairs) };
}
