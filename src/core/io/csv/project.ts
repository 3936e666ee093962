/**
 * A bilingual table as a project draft and a project as a table.
 *
 * Reading: one unit per row (each its own paragraph, see `segments.ts`); a
 * status cell that names a status a person sets becomes that unit's status
 * (a `unit.status` operation by the file, on the MT); a comment becomes
 * the unit's note for display; both cells are kept as written in the
 * project's CSV record (`record.ts`).
 *
 * Writing: source, the unit's current English (latest or approved), status
 * and comment. A unit whose status is still what its cell gave on import
 * gets the cell back as written; otherwise the status is written by its
 * name (nothing for an untouched unit). Comments are the table's own, or
 * the notes of another format's file.
 */
import type { Author } from '../../model/flag.ts';
import type { InterchangeNote } from '../../model/project-extras.ts';
import type { Project } from '../../model/project.ts';
import type { ReviewOp } from '../../model/review-log.ts';
import type { UnitMarkStatus } from '../../model/revision.ts';
import { replay } from '../../review/index.ts';
import { unitMarked, unitStatuses, unitTexts } from '../../revision/index.ts';
import { DEFAULT_TYPOLOGY_ID } from '../../typology/index.ts';
import { projectNameOf, type ReadOptions, type ReadResult, type WriteOptions } from '../format.ts';
import { ImportError, WarningLog } from '../import-error.ts';
import { buildSegmentDocument, segmentsFromDocument } from '../segments.ts';
import { csvToSegments, segmentsToCsv, type CsvExportRow } from './bilingual.ts';
import type { ColumnRole } from './columns.ts';
import { readCsvRecord, type CsvRecord, type CsvUnitCells } from './record.ts';
import { importedStatus, readUnitStatus } from './status.ts';

/** Who sets each status a person can set; the file stands in for the person. */
const ROLES: Record<UnitMarkStatus, Author['role']> = {
  confirmed: 'translator',
  reviewed: 'reviewer',
  approved: 'editor',
  rejected: 'editor',
};

/** Reads a bilingual table as one project draft. Throws `ImportError` only. */
export function readCsvDraft(text: string, options: ReadOptions): ReadResult {
  const file = options.fileName;
  const table = csvToSegments(text, { file });
  if (table.segments.length === 0)
    throw new ImportError('empty', 'the table has no rows', { file });
  options.onProgress?.(0.5);
  const warnings = new WarningLog();
  const { document, unitOfPair } = buildSegmentDocument(table.segments);
  if (document.alignment.units.length === 0) {
    throw new ImportError('empty', 'no row of the table has any text', { file });
  }
  const at = (options.now ?? new Date(0)).toISOString();
  const units: CsvUnitCells[] = document.alignment.units.map(() => ({}));
  const notes: Record<string, InterchangeNote[]> = {};
  const ops: ReviewOp[] = [];
  table.segments.forEach((row, k) => {
    const unit = unitOfPair[k];
    if (unit === null || unit === undefined) {
      if (row.status || row.comment) {
        warnings.add('blank-row', 'rows without text had a status or comment, which was left out', {
          file,
          line: row.line,
        });
      }
      return;
    }
    const cells: CsvUnitCells = units[unit] as CsvUnitCells;
    if (row.comment) {
      cells.comment = row.comment;
      // The note is for display, within the project schema's bound; the record keeps it whole.
      notes[String(unit)] = [{ text: row.comment.slice(0, 1_000_000) }];
    }
    if (!row.status) return;
    cells.status = row.status;
    const status = importedStatus(row.status);
    if (readUnitStatus(row.status) === null) {
      warnings.add(
        'unknown-status',
        `"${row.status}" is not a status Duizhao knows; it was kept for export`,
        { file, line: row.line },
        row.status,
      );
    }
    if (status === 'untouched' || status === 'edited') return;
    ops.push(
      unitMarked(unit, status, 'mt', undefined, {
        author: { name: file, role: ROLES[status] },
        now: () => at,
        newId: () => `csv-status-${unit}`,
      }),
    );
  });
  // Only the columns an export writes again: a blank source column makes an
  // MT-only project, and status and comment columns are written when used.
  const written: Record<ColumnRole, boolean> = {
    source: document.source !== null,
    target: true,
    status: units.some((cells) => cells.status !== undefined),
    comment: units.some((cells) => cells.comment !== undefined),
  };
  const header =
    table.header === null
      ? null
      : Object.fromEntries(
          (Object.entries(table.columns) as [ColumnRole, number][])
            .filter(([role]) => written[role])
            .map(([role, index]) => [role, table.header?.[index] ?? role]),
        );
  // A table written with one column holds no delimiter, so reading it again
  // could not tell which one it had: keep the writer's default then, and the
  // record says only what the file will show.
  const columns = Object.values(written).filter(Boolean).length;
  const record: CsvRecord = { delimiter: columns > 1 ? table.delimiter : ',', header, units };
  options.onProgress?.(1);
  return {
    drafts: [
      {
        name: projectNameOf(file),
        document,
        review: { typologyId: DEFAULT_TYPOLOGY_ID, ops },
        sourceFileName: file,
        targetFileName: file,
        interchange: {
          format: 'csv',
          codes: {},
          ...(Object.keys(notes).length > 0 ? { notes } : {}),
          data: record,
        },
      },
    ],
    warnings: [...table.warnings, ...warnings.list()],
  };
}

/** The table of `project` (see the module comment). */
export function writeProjectCsv(project: Project, options: WriteOptions = {}): string {
  const { document, interchange } = project;
  const state = replay(project.review.ops);
  const texts = unitTexts(document, state, { mode: options.texts ?? 'latest' });
  const statuses = unitStatuses(document, state);
  const record =
    interchange?.format === 'csv'
      ? readCsvRecord(interchange.data, document.alignment.units.length)
      : null;
  const rows = segmentsFromDocument(document).map((pair, unit): CsvExportRow => {
    const cells = record?.units[unit];
    const status = statuses[unit] ?? 'untouched';
    const statusCell =
      cells?.status !== undefined && importedStatus(cells.status) === status
        ? cells.status
        : status === 'untouched'
          ? ''
          : status;
    const comment = record
      ? (cells?.comment ?? '')
      : (interchange?.notes?.[String(unit)] ?? []).map((note) => note.text).join('\n');
    return { ...pair, target: texts[unit] ?? pair.target, status: statusCell, comment };
  });
  return segmentsToCsv(rows, {
    delimiter: record?.delimiter ?? ',',
    ...(record?.header ? { headerNames: record.header } : {}),
  });
}
