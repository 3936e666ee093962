/**
 * The unit status filter: which units it shows, and where "next" and
 * "previous" jump. Pure, so the navigation is tested without a grid.
 */
import type { UnitStatus } from '../../core/model/revision.ts';

/** Every unit status, in workflow order (untouched MT → … → approved or rejected). */
export const UNIT_STATUSES: readonly UnitStatus[] = [
  'untouched',
  'edited',
  'confirmed',
  'reviewed',
  'approved',
  'rejected',
];

/** A status to show, or `all`. */
export type UnitStatusFilter = UnitStatus | 'all';

/** Whether a unit with `status` passes `filter`. */
export function matchesStatus(status: UnitStatus, filter: UnitStatusFilter): boolean {
  return filter === 'all' || status === filter;
}

/** The indices of the units `filter` shows, in document order. */
export function filteredUnits(statuses: readonly UnitStatus[], filter: UnitStatusFilter): number[] {
  const units: number[] = [];
  statuses.forEach((status, index) => {
    if (matchesStatus(status, filter)) units.push(index);
  });
  return units;
}

/**
 * The unit `filter` shows next after `from` (`direction` 1) or before it
 * (-1), wrapping around the document; `null` when it shows no other unit.
 */
export function jumpTarget(
  statuses: readonly UnitStatus[],
  filter: UnitStatusFilter,
  from: number,
  direction: 1 | -1,
): number | null {
  const count = statuses.length;
  for (let step = 1; step < count; step++) {
    const index = (((from + direction * step) % count) + count) % count;
    if (matchesStatus(statuses[index]!, filter)) return index;
  }
  return null;
}
