/**
 * Pairing the flags of two reviews: a flag of A and a flag of B are a match
 * when they lie in the same text (same unit, side and version) and their
 * spans overlap. Pairing is one-to-one and optimal per text: the most pairs
 * possible, and among pairings with that many, the one whose spans agree
 * best (largest total Jaccard overlap).
 */
import type { Flag } from '../model/flag.ts';
import { maxWeightAssignment } from './assignment.ts';
import { compareAnchors, spanJaccard, spansOverlap, textKey } from './spans.ts';

/** A flag of review A and the flag of review B it was paired with. */
export interface FlagPair {
  a: Flag;
  b: Flag;
}

/** The outcome of pairing two reviews. */
export interface FlagMatching {
  pairs: FlagPair[];
  /** Flags of A that no flag of B overlaps (after pairing). */
  onlyA: Flag[];
  onlyB: Flag[];
}

function groupByText(flags: readonly Flag[]): Map<string, Flag[]> {
  const groups = new Map<string, Flag[]>();
  for (const flag of flags) {
    const key = textKey(flag);
    const group = groups.get(key);
    if (group) group.push(flag);
    else groups.set(key, [flag]);
  }
  return groups;
}

/** Flags in document order. */
function documentOrder(x: Flag, y: Flag): number {
  return compareAnchors(x.anchor, y.anchor);
}

/** How well two flags of the same text pair: 0 when they do not overlap. */
function pairWeight(x: Flag, y: Flag, bonus: number): number {
  const p = x.anchor.position;
  const q = y.anchor.position;
  return spansOverlap(p, q) ? bonus + spanJaccard(p, q) : 0;
}

/** The optimal pairs `[index in flagsA, index in flagsB]` of one text's flags. */
function pairGroup(flagsA: readonly Flag[], flagsB: readonly Flag[]): [number, number][] {
  // Any overlapping pair outweighs every gain in overlap quality (at most
  // 1 per pair), so the optimum first maximises the number of pairs.
  const bonus = Math.min(flagsA.length, flagsB.length) + 1;
  const weights = flagsA.map((x) => flagsB.map((y) => pairWeight(x, y, bonus)));
  if (flagsA.length > 1 && flagsB.length > 1) return maxWeightAssignment(weights);
  // One flag on a side, the usual case: its best partner is the optimum.
  let best: [number, number] | null = null;
  let top = 0;
  for (let i = 0; i < weights.length; i++) {
    const row = weights[i] as number[];
    for (let j = 0; j < row.length; j++) {
      if ((row[j] as number) > top) {
        best = [i, j];
        top = row[j] as number;
      }
    }
  }
  return best ? [best] : [];
}

/**
 * Pairs the flags of `a` with those of `b`. Takes the flags as given: callers
 * that compare reviews filter out rejected and deleted flags first.
 */
export function matchFlags(a: readonly Flag[], b: readonly Flag[]): FlagMatching {
  const groupsB = groupByText(b);
  const pairs: FlagPair[] = [];
  const onlyA: Flag[] = [];
  const pairedB = new Set<Flag>();
  for (const [key, flagsA] of groupByText(a)) {
    const flagsB = groupsB.get(key);
    if (!flagsB) {
      onlyA.push(...flagsA);
      continue;
    }
    const pairedA = new Set<Flag>();
    for (const [i, j] of pairGroup(flagsA, flagsB)) {
      const pair = { a: flagsA[i] as Flag, b: flagsB[j] as Flag };
      pairs.push(pair);
      pairedA.add(pair.a);
      pairedB.add(pair.b);
    }
    onlyA.push(...flagsA.filter((flag) => !pairedA.has(flag)));
  }
  return {
    pairs: pairs.sort((x, y) => documentOrder(x.a, y.a)),
    onlyA: onlyA.sort(documentOrder),
    onlyB: b.filter((flag) => !pairedB.has(flag)).sort(documentOrder),
  };
}
