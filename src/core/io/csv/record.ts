/**
 * What a project keeps of the bilingual table it was read from
 * (`project.interchange.data`), and its schema: the delimiter, the header
 * names of its columns, and each unit's status and comment cells as
 * written, so that an export writes them back (a status the app cannot
 * hold as a unit status included).
 */
import { z } from 'zod';
import type { ColumnRole } from './columns.ts';
import type { Delimiter } from './delimited.ts';

/** The cells of one row the project model has no exact place for. */
export interface CsvUnitCells {
  status?: string;
  comment?: string;
}

/** The CSV record of a project. */
export interface CsvRecord {
  delimiter: Delimiter;
  /** The header cell of each column read, as written; `null` for a table without header. */
  header: Partial<Record<ColumnRole, string>> | null;
  /** Per unit, in unit order. */
  units: CsvUnitCells[];
}

const role = z.string().max(10_000).optional();

/** The schema of `CsvRecord`. */
export const csvRecordSchema = z.object({
  delimiter: z.enum([',', '\t', ';']),
  header: z.object({ source: role, target: role, status: role, comment: role }).nullable(),
  units: z.array(z.object({ status: z.string().optional(), comment: z.string().optional() })),
});

/** The record in `data` when it is a valid one for a document of `unitCount` units, else `null`. */
export function readCsvRecord(data: unknown, unitCount: number): CsvRecord | null {
  const parsed = csvRecordSchema.safeParse(data);
  if (!parsed.success || parsed.data.units.length !== unitCount) return null;
  return parsed.data;
}
