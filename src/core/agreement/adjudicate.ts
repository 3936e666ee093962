/**
 * Settling disagreements: the editor decides each one, and the adjudicated
 * review is the agreed flags plus what the decisions keep. Decisions are
 * read as "whose judgement holds": for a flag only A made, keeping B means
 * B's judgement that nothing is wrong there, so the flag goes.
 */
import type { Flag } from '../model/flag.ts';
import { mergeFlags, type FlagContext } from './merge.ts';
import type { Disagreement, Reconciliation } from './reconcile.ts';
import { compareAnchors } from './spans.ts';

/**
 * An editor's ruling on one disagreement: A's flag, B's flag, one merged
 * flag (`mergeFlags`; for a lone flag, the flag itself), or neither.
 */
export type Decision = 'keep-a' | 'keep-b' | 'merge' | 'drop';

/** The adjudicated review, so far. */
export interface Adjudication {
  /** Agreed flags (A's copy) and the flags the decisions keep, in document order. */
  flags: Flag[];
  /** Disagreements without a decision yet; none of their flags is in `flags`. */
  pending: Disagreement[];
}

/** The flags one decision keeps. */
function ruling(disagreement: Disagreement, decision: Decision, context: FlagContext): Flag[] {
  const { a, b } = disagreement;
  switch (decision) {
    case 'keep-a':
      return a ? [a] : [];
    case 'keep-b':
      return b ? [b] : [];
    case 'drop':
      return [];
    case 'merge':
      if (a && b) return [mergeFlags(a, b, context)];
      return [(a ?? b) as Flag];
  }
}

/**
 * Applies `decisions` (by disagreement id) to `reconciliation`. Decisions
 * for ids not in it are ignored, so a stale decision left from an earlier
 * comparison cannot inject a flag.
 */
export function adjudicate(
  reconciliation: Reconciliation,
  decisions: Readonly<Record<string, Decision>>,
  context: FlagContext,
): Adjudication {
  const flags = reconciliation.agreed.map((pair) => pair.a);
  const pending: Disagreement[] = [];
  for (const disagreement of reconciliation.disagreements) {
    const decision = Object.hasOwn(decisions, disagreement.id)
      ? decisions[disagreement.id]
      : undefined;
    if (decision) flags.push(...ruling(disagreement, decision, context));
    else pending.push(disagreement);
  }
  return { flags: flags.sort((x, y) => compareAnchors(x.anchor, y.anchor)), pending };
}
