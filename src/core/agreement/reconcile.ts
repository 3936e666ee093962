/**
 * Where two reviews disagree, as a list an editor can settle one item at a
 * time. Every flag of either review ends up in exactly one place: in an
 * agreed pair (same span, category and severity), in a disagreeing pair
 * (overlapping, but differing in one of those), or alone (the other
 * reviewer flagged nothing there).
 */
import type { Flag } from '../model/flag.ts';
import { isScored } from '../score/status.ts';
import { sameCategory } from '../score/weights.ts';
import { matchFlags, type FlagPair } from './match.ts';
import { compareAnchors } from './spans.ts';

/** What two paired flags disagree on; `presence` for a flag the other reviewer did not make. */
export type Difference = 'presence' | 'span' | 'category' | 'severity';

/** One point of disagreement. Exactly one of `a`, `b` is `null` when `differences` is `['presence']`. */
export interface Disagreement {
  /** Stable key for decisions: `a:<flag id>`, `b:<flag id>` or `<A's flag id>+<B's flag id>`. */
  id: string;
  a: Flag | null;
  b: Flag | null;
  differences: Difference[];
}

/** Two reviews sorted into agreement and disagreement. */
export interface Reconciliation {
  /** Pairs identical in span, category and severity (comments may differ). */
  agreed: FlagPair[];
  /** Everything else, in document order. */
  disagreements: Disagreement[];
}

function differences({ a, b }: FlagPair): Difference[] {
  const found: Difference[] = [];
  const x = a.anchor.position;
  const y = b.anchor.position;
  if (x.start !== y.start || x.end !== y.end) found.push('span');
  if (!sameCategory(a.category, b.category)) found.push('category');
  if (a.severity !== b.severity) found.push('severity');
  return found;
}

function anchorOf(disagreement: Disagreement): Flag {
  return (disagreement.a ?? disagreement.b) as Flag;
}

/** Sorts the open and resolved flags of reviews `a` and `b` into agreement and disagreement. */
export function reconcile(a: readonly Flag[], b: readonly Flag[]): Reconciliation {
  const matching = matchFlags(a.filter(isScored), b.filter(isScored));
  const agreed: FlagPair[] = [];
  const disagreements: Disagreement[] = [];
  for (const pair of matching.pairs) {
    const found = differences(pair);
    if (found.length === 0) agreed.push(pair);
    else disagreements.push({ id: `${pair.a.id}+${pair.b.id}`, ...pair, differences: found });
  }
  for (const flag of matching.onlyA) {
    disagreements.push({ id: `a:${flag.id}`, a: flag, b: null, differences: ['presence'] });
  }
  for (const flag of matching.onlyB) {
    disagreements.push({ id: `b:${flag.id}`, a: null, b: flag, differences: ['presence'] });
  }
  disagreements.sort((x, y) => compareAnchors(anchorOf(x).anchor, anchorOf(y).anchor));
  return { agreed, disagreements };
}

/** The disagreements between reviews `a` and `b` (see `reconcile`). */
export function disagreements(a: readonly Flag[], b: readonly Flag[]): Disagreement[] {
  return reconcile(a, b).disagreements;
}
