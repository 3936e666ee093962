/**
 * Reading a termbase from CSV: RFC 4180 (fields quoted with `"`, quotes
 * doubled inside, line breaks allowed in quoted fields, CRLF or LF), with a
 * header naming the columns. `zh` and `en` are required; `note` and
 * `forbidden` are optional. Tab-separated files with the same header also
 * load, since spreadsheets export both.
 *
 * Notes are kept as text for the reviewer and never mined for rules: a note
 * like `保障 is "security", never "protection"` reads clearly to a person
 * but a parser guessing at it would misfire on the next termbase. Forbidden
 * renderings go in their own column, several separated by `;` or `|`.
 */
import {
  GlossaryError,
  type GlossaryProblem,
  type GlossaryReadResult,
  type TermEntry,
} from './model.ts';
import { expandTermForms } from './term-forms.ts';

/** A parsed record: its fields and the line it starts on. */
export interface CsvRecord {
  fields: string[];
  line: number;
}

/**
 * Splits CSV text into records. Throws `GlossaryError` on an unterminated
 * quoted field or text after a closing quote, which would otherwise shift
 * every later column silently. A quote inside an unquoted field is kept as
 * it is, as spreadsheets write it.
 */
export function parseCsv(text: string, separator = ','): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let i = 0;
  const endField = () => {
    fields.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    if (fields.length > 1 || fields[0] !== '') records.push({ fields, line: recordLine });
    fields = [];
    recordLine = line;
  };
  while (i < text.length) {
    const char = text.charAt(i);
    if (char === '"' && field === '') {
      const quoteLine = line;
      i++;
      for (;;) {
        if (i >= text.length) throw new GlossaryError('quoted field is never closed', quoteLine);
        const c = text.charAt(i);
        if (c === '"') {
          if (text.charAt(i + 1) === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = text.charAt(i);
      if (i < text.length && next !== separator && next !== '\n' && next !== '\r') {
        throw new GlossaryError(`unexpected ${JSON.stringify(next)} after a closing quote`, line);
      }
      continue;
    }
    if (char === separator) {
      endField();
      i++;
    } else if (char === '\r' || char === '\n') {
      i += char === '\r' && text.charAt(i + 1) === '\n' ? 2 : 1;
      line++;
      endRecord();
    } else {
      field += char;
      i++;
    }
  }
  if (field !== '' || fields.length > 0) endRecord();
  return records;
}

const COLUMN_NAMES: Record<'zh' | 'en' | 'note' | 'forbidden', readonly string[]> = {
  zh: ['zh', 'zh-cn', 'zh-hans', 'zh_cn', 'chinese', 'source'],
  en: ['en', 'en-us', 'en-gb', 'en_us', 'english', 'target'],
  note: ['note', 'notes', 'comment', 'comments', 'definition'],
  forbidden: ['forbidden', 'do not use', 'avoid', 'deprecated'],
};

/** The column index of each known column in a header, -1 when absent. */
function columnsOf(header: readonly string[]) {
  const names = header.map((h) => h.trim().toLowerCase());
  const find = (key: keyof typeof COLUMN_NAMES) =>
    names.findIndex((name) => COLUMN_NAMES[key].includes(name));
  return { zh: find('zh'), en: find('en'), note: find('note'), forbidden: find('forbidden') };
}

/** Builds an entry from the cells of one row. */
export function makeEntry(
  zh: string,
  en: string,
  forbidden: readonly string[],
  note: string,
  line: number,
): TermEntry {
  return {
    zh: zh.trim(),
    en: en.trim(),
    zhForms: expandTermForms(zh),
    enForms: expandTermForms(en),
    forbidden: [...new Set(forbidden.flatMap(expandTermForms))],
    note: note.trim(),
    line,
  };
}

/** Reads a CSV (or tab-separated) termbase. `text` may start with a byte order mark. */
export function readGlossaryCsv(text: string): GlossaryReadResult {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const separator = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const [header, ...rows] = parseCsv(body, separator);
  if (!header) throw new GlossaryError('the file is empty');
  const columns = columnsOf(header.fields);
  if (columns.zh < 0 || columns.en < 0) {
    throw new GlossaryError('the header must name a "zh" and an "en" column', header.line);
  }
  const entries: TermEntry[] = [];
  const problems: GlossaryProblem[] = [];
  const cell = (fields: string[], index: number) => (index < 0 ? '' : (fields[index] ?? ''));
  for (const { fields, line } of rows) {
    if (fields.every((f) => f.trim() === '')) continue;
    const zh = cell(fields, columns.zh);
    const en = cell(fields, columns.en);
    if (!zh.trim() || !en.trim()) {
      problems.push({ line, message: `no ${zh.trim() ? 'English' : 'Chinese'} term` });
      continue;
    }
    const forbidden = cell(fields, columns.forbidden)
      .split(/\s*[;|]\s*/)
      .filter((f) => f !== '');
    entries.push(makeEntry(zh, en, forbidden, cell(fields, columns.note), line));
  }
  return { termbase: { entries }, problems };
}
