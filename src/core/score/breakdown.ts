/**
 * Totals by severity and by category, for the scorecard's tables. Only
 * counted flags enter (those the per-unit cap kept), so every table adds up
 * to the raw penalty.
 */
import { SEVERITIES, type Severity } from '../model/flag.ts';
import type { UnitScore } from './unit-scores.ts';

/** How many flags and how many penalty points. */
export interface Tally {
  count: number;
  penalty: number;
}

/** One row of a category table: the totals and the count per severity. */
export interface CategoryTally extends Tally {
  /** The category path as the flags spell it, or its first part for dimensions. */
  category: string;
  severities: Record<Severity, number>;
}

/** The tables of a scorecard. */
export interface Breakdown {
  bySeverity: Record<Severity, Tally>;
  /** Full category paths, heaviest first. */
  byCategory: CategoryTally[];
  /** Top-level MQM dimensions (Accuracy, Fluency, …), heaviest first. */
  byDimension: CategoryTally[];
}

function perSeverity<T>(make: () => T): Record<Severity, T> {
  return Object.fromEntries(SEVERITIES.map((severity) => [severity, make()])) as Record<
    Severity,
    T
  >;
}

/** The first part of a category path: its MQM dimension. */
export function dimensionOf(category: string): string {
  return (category.split('/')[0] ?? '').trim();
}

/**
 * Heaviest first; then the most flags; then by name in code-unit order
 * (not `localeCompare`, whose order depends on the host's locale).
 */
function byWeight(x: CategoryTally, y: CategoryTally): number {
  const byName = x.category < y.category ? -1 : x.category > y.category ? 1 : 0;
  return y.penalty - x.penalty || y.count - x.count || byName;
}

/** The severity and category tables of `units`. */
export function breakdown(units: readonly UnitScore[]): Breakdown {
  const bySeverity = perSeverity<Tally>(() => ({ count: 0, penalty: 0 }));
  const categories = new Map<string, CategoryTally>();
  const dimensions = new Map<string, CategoryTally>();
  const add = (table: Map<string, CategoryTally>, key: string, severity: Severity, p: number) => {
    let row = table.get(key);
    if (!row) {
      row = { category: key, count: 0, penalty: 0, severities: perSeverity(() => 0) };
      table.set(key, row);
    }
    row.count++;
    row.penalty += p;
    row.severities[severity]++;
  };
  for (const unit of units) {
    for (const { flag, penalty, counted } of unit.flags) {
      if (!counted) continue;
      bySeverity[flag.severity].count++;
      bySeverity[flag.severity].penalty += penalty;
      add(categories, flag.category, flag.severity, penalty);
      add(dimensions, dimensionOf(flag.category), flag.severity, penalty);
    }
  }
  return {
    bySeverity,
    byCategory: [...categories.values()].sort(byWeight),
    byDimension: [...dimensions.values()].sort(byWeight),
  };
}
