/**
 * Bilingual tables: one segment pair per row, in CSV or TSV, with optional
 * status and comment columns. This is what reviewers exchange with
 * spreadsheets and what many CAT tools export.
 *
 * Reading finds the columns by a header row (English or Chinese names, or
 * language codes; see `columns.ts`); without one, the first two columns are
 * source and target, and a single column is the MT alone. Each row becomes a
 * pair of its own paragraph; `documentFromSegments` turns the pairs into a
 * document. Status and comment are kept as written, for the caller to map
 * onto the review.
 */
import {
  checkSize,
  ImportError,
  WarningLog,
  type ImportLocation,
  type ImportWarning,
} from '../import-error.ts';
import type { SegmentPair } from '../segments.ts';
import {
  columnsFromHeader,
  columnsWithoutHeader,
  HEADER_NAMES,
  type ColumnMap,
  type ColumnRole,
} from './columns.ts';
import {
  detectDelimiter,
  readDelimited,
  writeDelimited,
  type Delimiter,
  type DelimitedRecord,
} from './delimited.ts';

/** Largest table read, in characters: the project's 50 M character bound on a text. */
export const MAX_CSV_CHARS = 50_000_000;

/** A row of a bilingual table. */
export interface CsvSegment extends SegmentPair {
  /** The status cell, trimmed; absent when the table has no status column or the cell is blank. */
  status?: string;
  /** The comment cell, trimmed; absent when blank. */
  comment?: string;
  /** 1-based line of the row in the file. */
  line: number;
}

/** What reading a table gives. */
export interface CsvImport {
  segments: CsvSegment[];
  delimiter: Delimiter;
  /** The header row as written, `null` when the table has none. */
  header: string[] | null;
  columns: ColumnMap;
  warnings: ImportWarning[];
}

/** How to read a table. */
export interface CsvReadOptions {
  /**
   * Default: from the file name's extension (`.tsv`, `.tab`, `.csv`; a `.csv`
   * whose first line has more semicolons than commas is read with `;`), else
   * guessed from the first line.
   */
  delimiter?: Delimiter;
  /** File name, for the delimiter guess and for locations. */
  file?: string;
}

/** Reads a bilingual CSV or TSV table. Throws `ImportError` when it cannot. */
export function csvToSegments(text: string, options: CsvReadOptions = {}): CsvImport {
  const { file } = options;
  checkSize(text.length, MAX_CSV_CHARS, 'characters', file);
  const warnings = new WarningLog();
  const guessed = detectDelimiter(text);
  // Spreadsheets in locales with a decimal comma write `.csv` with semicolons.
  const named = delimiterOfFile(file);
  const delimiter =
    options.delimiter ?? (named === ',' && guessed === ';' ? ';' : (named ?? guessed));
  const records = readRecords(text, delimiter, file, warnings).filter((record) =>
    record.fields.some((field) => field.trim() !== ''),
  );
  const first = records[0];
  if (!first) throw new ImportError('empty', 'the table has no rows', locate(file));

  const fromHeader = columnsFromHeader(first.fields);
  if (fromHeader && fromHeader.target === undefined) {
    throw new ImportError(
      'invalid',
      'the header names no target column (expected a column named target, translation, MT, 译文 or 英文)',
      { ...locate(file), line: first.line },
    );
  }
  const width = Math.max(...records.map((record) => record.fields.length));
  const columns = fromHeader ?? columnsWithoutHeader(width);
  const rows = fromHeader ? records.slice(1) : records;
  if (!fromHeader && width > 2) {
    warnings.add(
      'ignored-columns',
      `the table has no header row, so only its first two columns (source and target) were read; ${width - 2} more were left out`,
      { ...locate(file), line: first.line },
    );
  }
  return {
    segments: rows.map((record) => toSegment(record, columns)),
    delimiter,
    header: fromHeader ? first.fields : null,
    columns,
    warnings: warnings.list(),
  };
}

function toSegment(record: DelimitedRecord, columns: ColumnMap): CsvSegment {
  const cell = (role: ColumnRole): string | undefined => {
    const index = columns[role];
    return index === undefined ? undefined : (record.fields[index] ?? '');
  };
  const segment: CsvSegment = {
    source: cell('source') ?? null,
    target: cell('target') ?? '',
    line: record.line,
  };
  const status = cell('status')?.trim();
  const comment = cell('comment')?.trim();
  if (status) segment.status = status;
  if (comment) segment.comment = comment;
  return segment;
}

/**
 * Records of the table. A TSV is read with RFC 4180 quoting first; if that
 * fails (tools that write TSV rarely quote, and a field may begin with a
 * quotation mark), it is read again literally, with a warning.
 */
function readRecords(
  text: string,
  delimiter: Delimiter,
  file: string | undefined,
  warnings: WarningLog,
): DelimitedRecord[] {
  const options = { delimiter, ...(file === undefined ? {} : { file }) };
  if (delimiter !== '\t') return readDelimited(text, options);
  try {
    return readDelimited(text, options);
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    warnings.add(
      'unquoted-tsv',
      `the file is not quoted TSV (${error.problem}), so quotes were read as ordinary characters`,
      error.location,
    );
    return readDelimited(text, { ...options, quoting: false });
  }
}

function delimiterOfFile(file: string | undefined): Delimiter | null {
  const extension = /\.([a-z]+)$/i.exec(file ?? '')?.[1]?.toLowerCase();
  if (extension === 'tsv' || extension === 'tab') return '\t';
  if (extension === 'csv') return ',';
  return null;
}

function locate(file: string | undefined): ImportLocation {
  return file === undefined ? {} : { file };
}

/** A row to write: a pair with optional status and comment. */
export interface CsvExportRow extends SegmentPair {
  status?: string | null;
  comment?: string | null;
}

/** How to write a table. */
export interface CsvWriteOptions {
  /** Default `,`. */
  delimiter?: Delimiter;
  /** Default: CRLF for CSV, LF for TSV. */
  lineEnding?: '\r\n' | '\n';
  /**
   * Start with a byte-order mark. Excel reads a UTF-8 CSV without one in the
   * system's legacy code page, which garbles Chinese. Default `false`.
   */
  bom?: boolean;
  /** Header cells to write instead of the English names, by role (a table's own, read back). */
  headerNames?: Partial<Record<ColumnRole, string>>;
}

/**
 * Writes rows as a table with an English header. The source column is
 * written when some row has a source, status and comment columns when some
 * row has one, so that reading the table back gives the same rows.
 */
export function segmentsToCsv(
  rows: readonly CsvExportRow[],
  options: CsvWriteOptions = {},
): string {
  const roles: ColumnRole[] = [
    ...(rows.some((row) => row.source !== null) ? (['source'] as const) : []),
    'target',
    ...(rows.some((row) => row.status) ? (['status'] as const) : []),
    ...(rows.some((row) => row.comment) ? (['comment'] as const) : []),
  ];
  const value = (row: CsvExportRow, role: ColumnRole): string =>
    role === 'source' ? (row.source ?? '') : role === 'target' ? row.target : (row[role] ?? '');
  const records = [
    roles.map((role) => options.headerNames?.[role] ?? HEADER_NAMES[role]),
    ...rows.map((row) => roles.map((role) => value(row, role))),
  ];
  const text = writeDelimited(records, {
    delimiter: options.delimiter ?? ',',
    ...(options.lineEnding ? { lineEnding: options.lineEnding } : {}),
  });
  return options.bom ? `\ufeff${text}` : text;
}
