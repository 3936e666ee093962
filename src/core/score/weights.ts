/**
 * The penalty points of one flag under a preset. Categories are matched as
 * paths: "Fluency" covers "Fluency/Punctuation" but not "Fluency2", and case
 * is ignored because imported data spells the same category in several ways
 * ("Non-translation" and "non-translation"); the typology module normalises
 * names, this only has to not be fooled by capitals.
 */
import type { Severity } from '../model/flag.ts';
import type { ScoringPreset } from './preset.ts';

/** The parts of a category path, lower-cased and trimmed, for matching. */
function parts(category: string): string[] {
  return category
    .split('/')
    .map((part) => part.trim().toLowerCase())
    .filter(Boolean);
}

/**
 * How specific a match of `prefix` on `category` is: the number of path parts
 * of `prefix` when it covers `category`, otherwise -1.
 */
export function categoryMatch(prefix: string, category: string): number {
  const head = parts(prefix);
  const path = parts(category);
  if (head.length === 0 || head.length > path.length) return -1;
  return head.every((part, k) => part === path[k]) ? head.length : -1;
}

/** The entry whose `category` covers `category` most specifically, or `undefined`. */
function mostSpecific<T extends { category: string }>(
  entries: readonly T[],
  category: string,
): T | undefined {
  let best: T | undefined;
  let bestDepth = -1;
  for (const entry of entries) {
    const depth = categoryMatch(entry.category, category);
    // Strictly greater: among equally specific entries the first one listed wins.
    if (depth > bestDepth) {
      best = entry;
      bestDepth = depth;
    }
  }
  return best;
}

/**
 * Penalty points of one flag of `category` and `severity`: a matching
 * override's weight if there is one, else the severity multiplier times the
 * category's type weight (1 when none matches).
 */
export function flagPenalty(category: string, severity: Severity, preset: ScoringPreset): number {
  const override = mostSpecific(
    preset.categoryOverrides.filter((entry) => entry.severities.includes(severity)),
    category,
  );
  if (override) return override.weight;
  const typeWeight = mostSpecific(preset.categoryWeights, category)?.weight ?? 1;
  return preset.severityWeights[severity] * typeWeight;
}

/** Whether two category paths name the same category (whole parts, case ignored). */
export function sameCategory(x: string, y: string): boolean {
  return categoryMatch(x, y) >= 0 && categoryMatch(y, x) >= 0;
}
