/**
 * Delimited text: RFC 4180 CSV and its tab-separated cousin.
 *
 * The reader follows RFC 4180 where it is precise (a field in double quotes
 * may hold the delimiter, line breaks and doubled quotes) and is lenient
 * where real files are sloppy: LF and lone CR end records as well as CRLF, a
 * `"` inside an unquoted field is an ordinary character (Excel writes them
 * that way), and a leading BOM is skipped. What cannot be read without
 * guessing is an error with a location: a quote left open at the end of the
 * file, or text after a closing quote.
 *
 * `quoting: false` reads every character literally, fields split at the
 * delimiter and records at line breaks; the WMT MQM files need it, as their
 * fields hold unbalanced raw quotes.
 */
import { ImportError } from '../import-error.ts';

/** The delimiters we read and write. */
export type Delimiter = ',' | '\t' | ';';

/** One record and the 1-based line it starts on. */
export interface DelimitedRecord {
  fields: string[];
  line: number;
}

/** How to read. */
export interface ReadDelimitedOptions {
  delimiter: Delimiter;
  /** Whether double quotes quote fields (RFC 4180). Default `true`. */
  quoting?: boolean;
  /** File name for error locations. */
  file?: string;
}

/**
 * Splits `text` into records of fields. A final line break does not start an
 * empty record; a blank line inside the text is a record with one empty field.
 */
export function readDelimited(text: string, options: ReadDelimitedOptions): DelimitedRecord[] {
  const { delimiter, quoting = true, file } = options;
  const records: DelimitedRecord[] = [];
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let lineStart = start;
  let i = start;
  // Whether the record under way has any character yet: `""` alone at the
  // end of the file is a record, nothing at all is not.
  let open = false;
  const endRecord = (): void => {
    fields.push(field);
    records.push({ fields, line: recordLine });
    fields = [];
    field = '';
    open = false;
  };
  while (i < text.length) {
    const c = text[i] as string;
    if (c !== '\n' && c !== '\r') open = true;
    if (quoting && c === '"' && field === '' && atFieldStart(text, i, start, delimiter)) {
      const quoted = readQuoted(text, i, delimiter, { line, lineStart, file });
      field = quoted.value;
      line = quoted.line;
      lineStart = quoted.lineStart;
      i = quoted.end;
      continue;
    }
    if (c === delimiter) {
      fields.push(field);
      field = '';
      i++;
    } else if (c === '\n' || c === '\r') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
      lineStart = i;
      recordLine = line;
    } else {
      // Copy the run of ordinary characters at once: most of a file is this.
      let j = i + 1;
      while (j < text.length && !isSpecial(text.charCodeAt(j), delimiter)) j++;
      field += text.slice(i, j);
      i = j;
    }
  }
  if (open) endRecord();
  return records;
}

function isSpecial(code: number, delimiter: Delimiter): boolean {
  return code === 0x0a || code === 0x0d || code === delimiter.charCodeAt(0);
}

/** A quote opens a quoted field only as the first character of the field. */
function atFieldStart(text: string, i: number, start: number, delimiter: Delimiter): boolean {
  if (i === start) return true;
  const before = text[i - 1];
  return before === delimiter || before === '\n' || before === '\r';
}

interface Position {
  line: number;
  lineStart: number;
  file: string | undefined;
}

/** Reads the quoted field opening at `open`; returns its value and where reading resumes. */
function readQuoted(
  text: string,
  open: number,
  delimiter: Delimiter,
  at: Position,
): { value: string; end: number; line: number; lineStart: number } {
  let value = '';
  let { line, lineStart } = at;
  let i = open + 1;
  for (;;) {
    const close = text.indexOf('"', i);
    if (close === -1) {
      throw new ImportError('malformed', 'a quoted field is never closed (missing ")', {
        ...(at.file === undefined ? {} : { file: at.file }),
        line: at.line,
        column: open - at.lineStart + 1,
      });
    }
    const chunk = text.slice(i, close);
    value += chunk;
    for (let k = chunk.indexOf('\n'); k !== -1; k = chunk.indexOf('\n', k + 1)) {
      line++;
      lineStart = i + k + 1;
    }
    // Lone CRs break lines too, for the line count (CRLF was counted at its LF).
    for (let k = chunk.indexOf('\r'); k !== -1; k = chunk.indexOf('\r', k + 1)) {
      if (chunk[k + 1] !== '\n') {
        line++;
        lineStart = i + k + 1;
      }
    }
    if (text[close + 1] === '"') {
      value += '"';
      i = close + 2;
      continue;
    }
    const after = text[close + 1];
    if (after !== undefined && after !== delimiter && after !== '\n' && after !== '\r') {
      throw new ImportError('malformed', 'unexpected text after the closing quote of a field', {
        ...(at.file === undefined ? {} : { file: at.file }),
        line,
        column: close + 1 - lineStart + 1,
      });
    }
    return { value, end: close + 1, line, lineStart };
  }
}

/** How to write. */
export interface WriteDelimitedOptions {
  delimiter: Delimiter;
  /** Default: CRLF for commas and semicolons (RFC 4180), LF for tabs (what TSV tools expect). */
  lineEnding?: '\r\n' | '\n';
}

/**
 * Writes records, quoting a field exactly when reading it back needs the
 * quotes: it holds the delimiter, a quote or a line break, or starts with a
 * BOM (which the reader would skip). Every record, the last included, ends
 * with a line break.
 */
export function writeDelimited(
  records: readonly (readonly string[])[],
  options: WriteDelimitedOptions,
): string {
  const { delimiter } = options;
  const lineEnding = options.lineEnding ?? (delimiter === '\t' ? '\n' : '\r\n');
  const needsQuotes = (value: string): boolean =>
    value.includes(delimiter) || /["\r\n]/.test(value) || value.charCodeAt(0) === 0xfeff;
  const quote = (value: string): string =>
    needsQuotes(value) ? `"${value.replace(/"/g, '""')}"` : value;
  return records.map((fields) => fields.map(quote).join(delimiter) + lineEnding).join('');
}

/**
 * Guesses the delimiter from the first line (outside quotes): a tab if there
 * is one (prose has none), else whichever of comma and semicolon is more
 * frequent (semicolons are what Excel writes in locales whose decimal
 * separator is a comma), comma on a tie.
 */
export function detectDelimiter(text: string): Delimiter {
  let tabs = 0;
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (c === '\n' || c === '\r') break;
    else if (c === '\t') tabs++;
    else if (c === ',') commas++;
    else if (c === ';') semicolons++;
  }
  if (tabs > 0) return '\t';
  return semicolons > commas ? ';' : ',';
}
