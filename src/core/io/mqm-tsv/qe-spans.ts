/**
 * The WMT 2022 QE task's span annotations (`mt_system doc_id seg_id
 * annotator_id source target start_ids end_ids errors`), read into the
 * common row shape so that the rest of the importer has one input.
 *
 * This layout differs from the MQM releases in three ways that matter: its
 * fields are quoted as in RFC 4180 (`""` inside quoted fields; reading them
 * literally shifts every offset), its spans are offsets rather than marks
 * (space-separated lists, end exclusive, `-1` for none, counted in Unicode
 * code points by the Python that wrote them), and its errors have a
 * severity but no category. Each span becomes one row with the span marked
 * `<v>…</v>` and an empty category.
 *
 * Quotes are undone field by field within a line rather than by a CSV
 * reader: a few targets begin with a quotation mark the writer did not
 * quote, and a CSV reader would then swallow the following lines into that
 * field. A record never spans lines in this layout.
 */
import { ImportError, WarningLog, type ImportLocation } from '../import-error.ts';
import type { MqmFile, MqmRow } from './model.ts';
import { mark } from './spans.ts';

const COLUMNS = [
  'mt_system',
  'doc_id',
  'seg_id',
  'annotator_id',
  'source',
  'target',
  'start_ids',
  'end_ids',
  'errors',
] as const;

/** Reads a QE-spans file (the caller recognised its header). Throws `ImportError`. */
export function readQeSpans(text: string, options: { file?: string }): MqmFile {
  const { file } = options;
  const where = (line: number): ImportLocation => ({
    ...(file === undefined ? {} : { file }),
    line,
  });
  const warnings = new WarningLog();
  const unquote = (field: string, line: number): string => {
    if (!field.startsWith('"')) return field;
    const inner = field.slice(1, -1);
    if (field.length >= 2 && field.endsWith('"') && !inner.replace(/""/g, '').includes('"')) {
      return inner.replace(/""/g, '"');
    }
    warnings.add(
      'unquoted-field',
      'a field begins with a quotation mark that is not RFC 4180 quoting; it was read as written',
      where(line),
    );
    return field;
  };
  const records = text
    .split(/\r?\n|\r/)
    .map((line, i) => ({
      line: i + 1,
      fields: line.split('\t').map((field) => unquote(field, i + 1)),
    }))
    .filter((record) => record.fields.some((field) => field.trim() !== ''));
  const [header, ...body] = records;
  const names = (header?.fields ?? []).map((name) => name.trim().toLowerCase());
  const index = Object.fromEntries(COLUMNS.map((name) => [name, names.indexOf(name)])) as Record<
    (typeof COLUMNS)[number],
    number
  >;
  const missing = COLUMNS.filter((name) => index[name] === -1);
  if (missing.length > 0) {
    throw new ImportError(
      'invalid',
      `the QE span file has no ${missing.join(', ')} column`,
      where(header?.line ?? 1),
    );
  }
  const rows: MqmRow[] = [];
  for (const record of body) {
    const get = (name: (typeof COLUMNS)[number]): string => record.fields[index[name]] ?? '';
    const base = {
      line: record.line,
      system: get('mt_system').trim(),
      doc: get('doc_id').trim(),
      docSegId: get('seg_id').trim(),
      globalSegId: '',
      rater: get('annotator_id').trim(),
      source: get('source'),
      category: '',
    };
    const target = get('target');
    const starts = numbers(get('start_ids'));
    const ends = numbers(get('end_ids'));
    const severities = get('errors').trim().split(/\s+/).filter(Boolean);
    const errors = severities.filter((severity) => severity.toLowerCase() !== 'no-error');
    if (errors.length === 0) {
      rows.push({ ...base, target, severity: 'No-error' });
      continue;
    }
    if (starts.length !== errors.length || ends.length !== errors.length) {
      warnings.add(
        'span-count',
        `a row lists ${errors.length} errors but ${starts.length} starts and ${ends.length} ends; unmatched errors are left without a span`,
        where(record.line),
      );
    }
    const toUtf16 = codePointOffsets(target);
    const codePoints = [...target].length;
    errors.forEach((severity, k) => {
      const start = toUtf16(starts[k] ?? -1);
      const end = toUtf16(ends[k] ?? -1);
      const span = start !== null && end !== null && start <= end ? { start, end } : null;
      if (!span) {
        warnings.add(
          'bad-span',
          'an error has no usable span; it was put on the whole target',
          where(record.line),
        );
      } else if ((ends[k] ?? 0) > codePoints) {
        warnings.add(
          'bad-span',
          'a span runs past the end of its target; it was cut at the end',
          where(record.line),
        );
      }
      rows.push({ ...base, target: span ? mark(target, span) : target, severity });
    });
  }
  const unique = (values: string[]): string[] => [...new Set(values)];
  return {
    dialect: 'qe-spans',
    rows,
    systems: unique(rows.map((row) => row.system)),
    docs: unique(rows.map((row) => row.doc)),
    warnings: warnings.list(),
  };
}

function numbers(cell: string): number[] {
  return cell
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((n) => Number.isInteger(n) && n >= 0);
}

/**
 * Maps a code point offset of `text` to a UTF-16 offset, an offset past the
 * end to the end; `null` for a negative one (`-1` is "no span").
 */
function codePointOffsets(text: string): (offset: number) => number | null {
  const utf16: number[] = [];
  let i = 0;
  for (const char of text) {
    utf16.push(i);
    i += char.length;
  }
  utf16.push(i);
  return (offset) => (offset < 0 ? null : (utf16[Math.min(offset, utf16.length - 1)] ?? null));
}
