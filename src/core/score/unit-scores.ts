/**
 * Penalties unit by unit: every scored flag weighed, and the per-unit cap
 * applied. The cap keeps the heaviest flags, which is what WMT asked of its
 * raters ("choose the five most severe errors"); applying it here makes a
 * review that marked everything comparable with one that followed the rule.
 */
import type { Flag } from '../model/flag.ts';
import type { ScoringPreset } from './preset.ts';
import { flagPenalty } from './weights.ts';

/** One flag of a unit with its penalty. */
export interface ScoredFlag {
  flag: Flag;
  /** Penalty points the flag carries under the preset. */
  penalty: number;
  /** `false` when the per-unit cap left it out: it is then not in any total. */
  counted: boolean;
}

/** The penalty of one unit. */
export interface UnitScore {
  /** Index of the unit in the document's alignment. */
  unit: number;
  /** Sum of the penalties of its counted flags. */
  penalty: number;
  /** Its scored flags, heaviest first, then by start offset. */
  flags: ScoredFlag[];
}

/** Unit scores of a document, and the flags that could not be placed on any unit. */
export interface UnitScores {
  /** One entry per unit of the document, in order; clean units have penalty 0. */
  units: UnitScore[];
  /** Ids of flags whose unit index is outside the document (a stale or foreign review). */
  unplaced: string[];
}

/**
 * Scores `flags` (already filtered to the ones that count) on a document of
 * `unitCount` units under `preset`.
 */
export function scoreUnits(
  flags: readonly Flag[],
  unitCount: number,
  preset: ScoringPreset,
): UnitScores {
  const byUnit: ScoredFlag[][] = Array.from({ length: unitCount }, () => []);
  const unplaced: string[] = [];
  for (const flag of flags) {
    const bucket = byUnit[flag.anchor.unit];
    if (!Number.isInteger(flag.anchor.unit) || !bucket) {
      unplaced.push(flag.id);
      continue;
    }
    bucket.push({
      flag,
      penalty: flagPenalty(flag.category, flag.severity, preset),
      counted: true,
    });
  }
  const cap = preset.maxErrorsPerUnit ?? Infinity;
  const units = byUnit.map((scored, unit) => {
    // Ties by position, so which flag the cap drops does not depend on the
    // order a review file happened to list them in.
    scored.sort(
      (x, y) =>
        y.penalty - x.penalty || x.flag.anchor.position.start - y.flag.anchor.position.start,
    );
    let penalty = 0;
    scored.forEach((entry, rank) => {
      entry.counted = rank < cap;
      if (entry.counted) penalty += entry.penalty;
    });
    return { unit, penalty, flags: scored };
  });
  return { units, unplaced };
}
