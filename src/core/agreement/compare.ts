/**
 * Agreement between two reviews of the same document: do they flag the same
 * places (span F1, character F1), and where they do, do they agree on what
 * is wrong (category kappa) and how bad it is (severity agreement)? Only
 * flags that count (open or resolved) take part.
 */
import { SEVERITIES, type Flag, type Severity } from '../model/flag.ts';
import { dimensionOf } from '../score/breakdown.ts';
import { isScored } from '../score/status.ts';
import { characterF1 } from './characters.ts';
import { cohenKappa, observedAgreement, weightedKappa } from './kappa.ts';
import { matchFlags, type FlagPair } from './match.ts';

/** Agreement on a label over the matched pairs. */
export interface LabelAgreement {
  /** Share of matched pairs with the same label; `null` without pairs. */
  agreement: number | null;
  /**
   * Cohen's kappa for categories; for severities, weighted kappa with
   * linear weights over Neutral < Minor < Major < Critical. `null` where
   * undefined (see `kappa.ts`).
   */
  kappa: number | null;
}

/** How two reviews A and B agree. A is the reference for precision and recall. */
export interface PairAgreement {
  flagsA: number;
  flagsB: number;
  /** Pairs of overlapping flags (one-to-one, see `match.ts`). */
  matched: number;
  /** matched / flagsB; `null` when B has no flags. */
  precision: number | null;
  /** matched / flagsA; `null` when A has no flags. */
  recall: number | null;
  /** 2·matched / (flagsA + flagsB), symmetric; `null` when neither has flags. */
  f1: number | null;
  /** Overlap of the flagged characters (see `characters.ts`). */
  characterF1: number | null;
  /** Full category paths, on matched pairs. */
  category: LabelAgreement;
  /** Top-level MQM dimensions (Accuracy, Fluency, …), on matched pairs. */
  dimension: LabelAgreement;
  severity: LabelAgreement;
}

/** Ordinal rank of a severity, mildest first, for weighted kappa. */
function rank(severity: Severity): number {
  return SEVERITIES.length - 1 - SEVERITIES.indexOf(severity);
}

function labels(pairs: readonly FlagPair[], label: (flag: Flag) => string): LabelAgreement {
  const labelled = pairs.map(({ a, b }) => [label(a), label(b)] as const);
  return { agreement: observedAgreement(labelled), kappa: cohenKappa(labelled) };
}

/** Agreement between reviews `a` and `b` (their flags, any status; only open and resolved count). */
export function compareFlagSets(a: readonly Flag[], b: readonly Flag[]): PairAgreement {
  const flagsA = a.filter(isScored);
  const flagsB = b.filter(isScored);
  const { pairs } = matchFlags(flagsA, flagsB);
  const matched = pairs.length;
  const severities = pairs.map(({ a, b }) => [rank(a.severity), rank(b.severity)] as const);
  return {
    flagsA: flagsA.length,
    flagsB: flagsB.length,
    matched,
    precision: flagsB.length ? matched / flagsB.length : null,
    recall: flagsA.length ? matched / flagsA.length : null,
    f1: flagsA.length + flagsB.length ? (2 * matched) / (flagsA.length + flagsB.length) : null,
    characterF1: characterF1(flagsA, flagsB),
    category: labels(pairs, (flag) => flag.category),
    dimension: labels(pairs, (flag) => dimensionOf(flag.category)),
    severity: {
      agreement: observedAgreement(severities),
      kappa: weightedKappa(severities, SEVERITIES.length, 'linear'),
    },
  };
}
