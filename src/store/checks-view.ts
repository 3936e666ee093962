/**
 * What the checks panel and the highlights show of the findings: the open
 * ones (of checks switched on, neither dismissed nor accepted as a flag)
 * by unit, with counts by check and severity, and apart from them the ones
 * accepted as flags. Derived in one pass whenever the findings, the
 * settings or the flags change, so components only read.
 *
 * That pass runs after every re-check of the unit being typed in and every
 * change of the review, so a unit whose open findings did not change keeps
 * the very same array: the grid caches each cell's marks by that identity,
 * and rows elsewhere are then not redrawn (as `flag-index.ts` does for flags).
 */
import { SEVERITIES, type Severity } from '../core/model/flag.ts';
import type { ProjectChecks } from '../core/model/project-extras.ts';
import type { CheckedFinding } from '../workers/checks-protocol.ts';
import { isFlagged, NO_FLAGGED, type FlaggedIndex } from './checks-flagged.ts';
import { dismissalKey } from './checks-settings.ts';

/** How many findings are shown, in all, per check and per severity. */
export interface FindingCounts {
  total: number;
  byCheck: Readonly<Record<string, number>>;
  bySeverity: Readonly<Record<Severity, number>>;
}

/** The findings as shown. */
export interface FindingsView {
  /** The open findings, in unit order, then in the order the runner gave them. */
  visible: CheckedFinding[];
  /** The open findings by unit (underlined in the grid). */
  byUnit: ReadonlyMap<number, CheckedFinding[]>;
  /** Counts of the open findings. */
  counts: FindingCounts;
  /** Findings of checks switched on that a live flag was made from, in the same order. */
  flagged: CheckedFinding[];
}

/** Counts with nothing in them. */
export function emptyCounts(): FindingCounts {
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  return { total: 0, byCheck: {}, bySeverity };
}

function sameItems(a: readonly CheckedFinding[], b: readonly CheckedFinding[]): boolean {
  return a.length === b.length && a.every((f, i) => f === b[i]);
}

/**
 * The view of `raw` (findings by unit) under `settings`, with the flags from
 * checks in `flags`, reusing the arrays of `previous` (the last view's
 * `byUnit`) wherever a unit's open findings are unchanged.
 */
export function viewFindings(
  raw: ReadonlyMap<number, readonly CheckedFinding[]>,
  settings: ProjectChecks,
  flags: FlaggedIndex = NO_FLAGGED,
  previous: FindingsView['byUnit'] = new Map(),
): FindingsView {
  const disabled = new Set(settings.disabled);
  const dismissed = new Set(settings.dismissed.map(dismissalKey));
  const counts = emptyCounts();
  const byCheck: Record<string, number> = {};
  const bySeverity = { ...counts.bySeverity };
  const byUnit = new Map<number, CheckedFinding[]>();
  const visible: CheckedFinding[] = [];
  const flagged: CheckedFinding[] = [];
  const units = [...raw.keys()].sort((a, b) => a - b);
  for (const unit of units) {
    const shown: CheckedFinding[] = [];
    for (const f of raw.get(unit) ?? []) {
      if (disabled.has(f.check) || dismissed.has(dismissalKey(f))) continue;
      if (flags !== NO_FLAGGED && isFlagged(f, flags)) flagged.push(f);
      else shown.push(f);
    }
    if (shown.length === 0) continue;
    const before = previous.get(unit);
    byUnit.set(unit, before && sameItems(before, shown) ? before : shown);
    for (const f of shown) {
      visible.push(f);
      byCheck[f.check] = (byCheck[f.check] ?? 0) + 1;
      bySeverity[f.severity] += 1;
    }
  }
  return { visible, byUnit, counts: { total: visible.length, byCheck, bySeverity }, flagged };
}

/** Findings grouped by unit (`raw` for a store's state). */
export function groupByUnit(findings: readonly CheckedFinding[]): Map<number, CheckedFinding[]> {
  const groups = new Map<number, CheckedFinding[]>();
  for (const f of findings) {
    const list = groups.get(f.unit);
    if (list) list.push(f);
    else groups.set(f.unit, [f]);
  }
  return groups;
}
