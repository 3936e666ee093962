/**
 * Agreement between reviewers of the same document, and adjudication of
 * their disagreements. Flags are paired one-to-one when they overlap on the
 * same text (`match.ts`); from the pairs come span F1, Cohen's kappa on
 * categories and weighted kappa on severities (`compare.ts`), pairwise over
 * any number of reviewers (`raters.ts`); `reconcile` lists the
 * disagreements and `adjudicate` applies an editor's decisions.
 */
export { maxWeightAssignment } from './assignment.ts';
export { characterF1 } from './characters.ts';
export type { LabelAgreement, PairAgreement } from './compare.ts';
export { compareFlagSets } from './compare.ts';
export type { KappaWeighting } from './kappa.ts';
export { cohenKappa, observedAgreement, weightedKappa } from './kappa.ts';
export type { FlagMatching, FlagPair } from './match.ts';
export { matchFlags } from './match.ts';
export type { FlagContext } from './merge.ts';
export { mergeFlags } from './merge.ts';
export type { GroupAgreement, MeanAgreement, RaterPairAgreement, Review } from './raters.ts';
export { agreementAmong, meanAgreement } from './raters.ts';
export type { Difference, Disagreement, Reconciliation } from './reconcile.ts';
export { disagreements, reconcile } from './reconcile.ts';
export type { Adjudication, Decision } from './adjudicate.ts';
export { adjudicate } from './adjudicate.ts';
export { compareAnchors, overlapLength, spanJaccard, spansOverlap, textKey } from './spans.ts';
