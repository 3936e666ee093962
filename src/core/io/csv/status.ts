/**
 * The status column of a bilingual table, read as a unit status.
 *
 * Spreadsheets and CAT tools spell statuses their own way, in English and
 * in Chinese. A cell that names one of the statuses a person sets
 * (confirmed, reviewed, approved, rejected) becomes that unit's status on
 * import; one that names an untouched or edited unit sets nothing (edited
 * follows from revisions, which a table does not carry); anything else is
 * kept as written for export. Matching is on the trimmed, lower-cased cell
 * with `_`, `-` and runs of spaces read as one space.
 */
import type { UnitStatus } from '../../model/revision.ts';

const NAMES: Record<UnitStatus, readonly string[]> = {
  untouched: [
    'untouched',
    'new',
    'draft',
    'not translated',
    'untranslated',
    '未处理',
    '新建',
    '草稿',
  ],
  edited: ['edited', 'modified', '已编辑', '已修改'],
  confirmed: ['confirmed', 'translated', '已确认', '确认', '已翻译'],
  reviewed: ['reviewed', 'proofread', '已审校', '审校', '已审阅', '已校对'],
  approved: ['approved', 'signed off', 'final', 'accepted', '已批准', '批准', '已通过', '通过'],
  rejected: ['rejected', 'declined', '已拒绝', '拒绝', '驳回', '已驳回'],
};

const BY_NAME = new Map<string, UnitStatus>(
  (Object.entries(NAMES) as [UnitStatus, readonly string[]][]).flatMap(([status, names]) =>
    names.map((name) => [name, status] as const),
  ),
);

/** The unit status a status cell names, or `null` when it names none. */
export function readUnitStatus(cell: string): UnitStatus | null {
  return (
    BY_NAME.get(
      cell
        .trim()
        .toLowerCase()
        .replace(/[\s_-]+/g, ' '),
    ) ?? null
  );
}

/** The status a unit has right after importing a row with this status cell. */
export function importedStatus(cell: string | undefined): UnitStatus {
  const status = cell === undefined ? null : readUnitStatus(cell);
  return status === null || status === 'edited' ? 'untouched' : status;
}
