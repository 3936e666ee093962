/**
 * Flags grouped by unit and side, for the rows of the workspace.
 *
 * A row asks for its unit's flags on every render, so the grouping is built
 * once per change of the review rather than per row. Rebuilding is linear in
 * the number of flags (hundreds); what matters more is identity: a unit whose
 * flags did not change keeps the very same array, so its memoised row is not
 * re-rendered when a flag elsewhere changes.
 */
import type { Side } from '../core/model/document.ts';
import type { Flag } from '../core/model/flag.ts';

/** The flags drawn on one unit, per side, in creation order. Deleted flags are left out. */
export interface UnitFlags {
  source: readonly Flag[];
  target: readonly Flag[];
}

/** Flags by unit index; units without flags are absent. */
export type FlagIndex = ReadonlyMap<number, UnitFlags>;

/** No flags anywhere. */
export const EMPTY_FLAG_INDEX: FlagIndex = new Map();

/** Shared empty side, so rows without flags always get the same array. */
export const NO_FLAGS: readonly Flag[] = Object.freeze([]);

function sameItems(a: readonly Flag[], b: readonly Flag[]): boolean {
  return a.length === b.length && a.every((flag, i) => flag === b[i]);
}

/**
 * Group `flags` by unit and side, reusing `previous`'s arrays (and entries)
 * wherever their contents are unchanged.
 */
export function indexFlags(
  flags: Iterable<Flag>,
  previous: FlagIndex = EMPTY_FLAG_INDEX,
): FlagIndex {
  const grouped = new Map<number, Record<Side, Flag[]>>();
  for (const flag of flags) {
    if (flag.status === 'deleted') continue;
    const { unit, side } = flag.anchor;
    let entry = grouped.get(unit);
    if (!entry) {
      entry = { source: [], target: [] };
      grouped.set(unit, entry);
    }
    entry[side].push(flag);
  }
  const index = new Map<number, UnitFlags>();
  for (const [unit, entry] of grouped) {
    const old = previous.get(unit);
    const source = old && sameItems(old.source, entry.source) ? old.source : entry.source;
    const target = old && sameItems(old.target, entry.target) ? old.target : entry.target;
    index.set(
      unit,
      old && old.source === source && old.target === target
        ? old
        : {
            source: source.length ? source : NO_FLAGS,
            target: target.length ? target : NO_FLAGS,
          },
    );
  }
  return index;
}
