/**
 * Reading MQM TSV files (see `model.ts` for the layouts).
 *
 * The WMT and Anthea layouts are read with quoting off, one record per
 * line: their fields hold raw, unbalanced `"`, and a CSV reader would glue
 * lines together. Columns are found by their header names. A row with fewer
 * fields than the header names (the WMT 2020 file has a 9-column header over
 * 8-field rows) is read from its severity backwards, since severity,
 * category, target and source always end the record, and the leading
 * columns are filled in order; the first such row is reported in one
 * warning with the count. The QE-spans layout has its own reader.
 */
import { checkSize, ImportError, WarningLog, type ImportLocation } from '../import-error.ts';
import type { MqmFile, MqmRow } from './model.ts';
import { readQeSpans } from './qe-spans.ts';
import { isSeverityName } from './vocabulary.ts';

/**
 * Largest file read, in characters. The Anthea exports carry kilobytes of
 * JSON per row; a whole WMT test set runs to about a hundred megabytes.
 */
export const MAX_MQM_CHARS = 128_000_000;

/** Options of `readMqmTsv`. */
export interface MqmReadOptions {
  /** File name, for locations. */
  file?: string;
}

type Field = Exclude<keyof MqmRow, 'line'>;

/** Header names of each field, lower-cased; the first name is the WMT one. */
const COLUMN_NAMES: Readonly<Record<Field, readonly string[]>> = {
  system: ['system', 'mt_system'],
  doc: ['doc'],
  docSegId: ['doc_id', 'docsegid'],
  globalSegId: ['seg_id', 'globalsegid'],
  rater: ['rater', 'annotator_id', 'annotator'],
  source: ['source'],
  target: ['target'],
  category: ['category'],
  severity: ['severity'],
  metadata: ['metadata'],
};

const REQUIRED: readonly Field[] = ['system', 'doc', 'source', 'target', 'category', 'severity'];

/**
 * Whether `text` starts with the header of an MQM TSV file (any layout),
 * for telling MQM files from bilingual TSV tables, which share the `.tsv`
 * extension.
 */
export function isMqmTsv(text: string): boolean {
  const firstLine = /^\ufeff?\s*([^\n]*)/.exec(text)?.[1] ?? '';
  const header = firstLine.split('\t').map((name) => name.trim().toLowerCase());
  const has = (names: readonly string[]) => names.some((name) => header.includes(name));
  const qeSpans = ['start_ids', 'end_ids', 'errors'].every((name) => header.includes(name));
  return qeSpans || REQUIRED.every((field) => has(COLUMN_NAMES[field]));
}

/** Reads an MQM TSV file. Throws `ImportError` when it is not one. */
export function readMqmTsv(text: string, options: MqmReadOptions = {}): MqmFile {
  const { file } = options;
  checkSize(text.length, MAX_MQM_CHARS, 'characters', file);
  const where = (line: number): ImportLocation => ({
    ...(file === undefined ? {} : { file }),
    line,
  });
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines = body.split(/\r?\n|\r/);
  const headerIndex = lines.findIndex((line) => line.trim() !== '');
  if (headerIndex === -1) throw new ImportError('empty', 'the file is empty', where(1));
  const header = (lines[headerIndex] as string)
    .split('\t')
    .map((name) => name.trim().toLowerCase())
    // Anthea ends its header with a `# Documentation: …` cell that heads no column.
    .filter(
      (name, i, all) => !(name.startsWith('#') && all.slice(i).every((n) => n.startsWith('#'))),
    );
  if (['start_ids', 'end_ids', 'errors'].every((name) => header.includes(name))) {
    return readQeSpans(body, options);
  }
  const columns = findColumns(header, where(headerIndex + 1));
  const warnings = new WarningLog();
  const rows: MqmRow[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i] as string;
    if (line.trim() === '') continue;
    const fields = line.split('\t');
    if (fields.length >= header.length) {
      rows.push(rowByColumns(fields, columns, i + 1));
      continue;
    }
    const recovered = rowBySeverity(fields, header, columns, i + 1);
    if (recovered) {
      warnings.add(
        'short-rows',
        `the header names ${header.length} columns (${header.join(', ')}) but rows like this one have ${fields.length} fields; they were read from their severity backwards and ${recovered.unfilled.join(', ')} left empty`,
        where(i + 1),
        recovered.unfilled.join(),
      );
      rows.push(recovered.row);
    } else {
      warnings.add(
        'unreadable-row',
        `a row has ${fields.length} fields where the header names ${header.length} and no severity to read it by; it was left out`,
        where(i + 1),
      );
    }
  }
  const unique = (values: string[]): string[] => [...new Set(values)];
  return {
    dialect: columns.metadata === undefined ? 'wmt' : 'anthea',
    rows,
    systems: unique(rows.map((row) => row.system)),
    docs: unique(rows.map((row) => row.doc)),
    warnings: warnings.list(),
  };
}

type Columns = Partial<Record<Field, number>>;

function findColumns(header: readonly string[], at: ImportLocation): Columns {
  const columns: Columns = {};
  for (const [field, names] of Object.entries(COLUMN_NAMES) as [Field, readonly string[]][]) {
    const index = header.findIndex((name) => names.includes(name));
    if (index !== -1) columns[field] = index;
  }
  const missing = REQUIRED.filter((field) => columns[field] === undefined);
  if (missing.length > 0) {
    throw new ImportError(
      'invalid',
      `not an MQM TSV file: the header has no ${missing.map((f) => COLUMN_NAMES[f][0]).join(', ')} column (expected system, doc, doc_id, seg_id, rater, source, target, category, severity)`,
      at,
    );
  }
  return columns;
}

function rowByColumns(fields: readonly string[], columns: Columns, line: number): MqmRow {
  const get = (field: Field): string | undefined => {
    const index = columns[field];
    return index === undefined ? undefined : fields[index];
  };
  const row: MqmRow = {
    line,
    system: (get('system') ?? '').trim(),
    doc: (get('doc') ?? '').trim(),
    docSegId: (get('docSegId') ?? '').trim(),
    globalSegId: (get('globalSegId') ?? '').trim(),
    rater: (get('rater') ?? '').trim(),
    source: get('source') ?? '',
    target: get('target') ?? '',
    category: (get('category') ?? '').trim(),
    severity: (get('severity') ?? '').trim(),
  };
  const metadata = get('metadata');
  if (metadata !== undefined && columns.metadata !== undefined) row.metadata = metadata;
  return row;
}

/**
 * A row shorter than the header: the last field that names a severity is
 * the severity; category, target and source precede it; the fields before
 * those fill the header's leading columns in order; metadata, if the header
 * has it, follows the severity.
 */
function rowBySeverity(
  fields: readonly string[],
  header: readonly string[],
  columns: Columns,
  line: number,
): { row: MqmRow; unfilled: string[] } | null {
  let severity = -1;
  for (let i = fields.length - 1; i >= 3; i--) {
    if (isSeverityName(fields[i] as string)) {
      severity = i;
      break;
    }
  }
  if (severity === -1) return null;
  const sourceColumn = columns.source as number;
  const remapped: string[] = new Array<string>(header.length).fill('');
  const filled = new Set<number>();
  fields.slice(0, Math.min(severity - 3, sourceColumn)).forEach((value, i) => {
    remapped[i] = value;
    filled.add(i);
  });
  const put = (field: Field, value: string | undefined): void => {
    const index = columns[field];
    if (index === undefined || value === undefined) return;
    remapped[index] = value;
    filled.add(index);
  };
  put('source', fields[severity - 3]);
  put('target', fields[severity - 2]);
  put('category', fields[severity - 1]);
  put('severity', fields[severity]);
  put('metadata', fields[severity + 1]);
  return {
    row: rowByColumns(remapped, columns, line),
    unfilled: header.filter((_, i) => !filled.has(i)),
  };
}
