/**
 * Filtering and grouping the shown findings for the panel: by check and
 * severity, grouped by unit or by check, and flattened into the rows of
 * the virtualised list (each group's heading, then its findings). Pure, so
 * the panel's order is the order keyboard navigation walks.
 */
import type { Severity } from '../../core/model/flag.ts';
import { CHECK_IDS } from '../../core/qa/index.ts';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';

/** Which findings the panel lists: the open ones, or those accepted as flags. */
export type FindingStatus = 'open' | 'flagged';

/** The panel's filter; `''` lets everything through. */
export interface FindingFilter {
  status: FindingStatus;
  check: string;
  severity: Severity | '';
}

/** The open findings, unfiltered. */
export const NO_FINDING_FILTER: FindingFilter = { status: 'open', check: '', severity: '' };

/** How the list is grouped. */
export type Grouping = 'unit' | 'check';

/** A group of the list: a unit's findings or a check's. */
export interface FindingGroup {
  key: string;
  /** The unit index or check id the group is about. */
  unit: number | null;
  check: string | null;
  findings: CheckedFinding[];
}

/** The findings `filter` lets through. */
export function filterFindings(
  findings: readonly CheckedFinding[],
  filter: Pick<FindingFilter, 'check' | 'severity'>,
): CheckedFinding[] {
  return findings.filter(
    (f) =>
      (filter.check === '' || f.check === filter.check) &&
      (filter.severity === '' || f.severity === filter.severity),
  );
}

/**
 * `findings` (in unit order) in groups: by unit in document order, or by
 * check in the registry's order, units in order inside each.
 */
export function groupFindings(
  findings: readonly CheckedFinding[],
  grouping: Grouping,
): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = grouping === 'unit' ? `u${f.unit}` : `c${f.check}`;
    let group = groups.get(key);
    if (!group) {
      group = {
        key,
        unit: grouping === 'unit' ? f.unit : null,
        check: grouping === 'check' ? f.check : null,
        findings: [],
      };
      groups.set(key, group);
    }
    group.findings.push(f);
  }
  const list = [...groups.values()];
  if (grouping === 'check') {
    const rank = (id: string | null) => CHECK_IDS.indexOf((id ?? '') as never);
    list.sort((a, b) => rank(a.check) - rank(b.check));
  }
  return list;
}

/** The findings of `groups` in the order they are listed. */
export function listedOrder(groups: readonly FindingGroup[]): CheckedFinding[] {
  return groups.flatMap((g) => g.findings);
}

/** A row of the virtualised list: a group's heading, or one finding of the group. */
export type FindingRow =
  | { kind: 'group'; key: string; group: FindingGroup }
  | { kind: 'finding'; key: string; group: FindingGroup; finding: CheckedFinding };

/** The list's rows, with the findings in listed order and each finding's row by id. */
export interface ListRows {
  rows: FindingRow[];
  order: CheckedFinding[];
  rowOf: ReadonlyMap<string, number>;
}

/** The rows of `groups`: each group's heading followed by its findings. */
export function listRows(groups: readonly FindingGroup[]): ListRows {
  const rows: FindingRow[] = [];
  const order: CheckedFinding[] = [];
  const rowOf = new Map<string, number>();
  for (const group of groups) {
    rows.push({ kind: 'group', key: `g:${group.key}`, group });
    for (const finding of group.findings) {
      rowOf.set(finding.id, rows.length);
      order.push(finding);
      rows.push({ kind: 'finding', key: `f:${finding.id}`, group, finding });
    }
  }
  return { rows, order, rowOf };
}
