/**
 * CSV as RFC 4180 writes it: comma-separated, CRLF line ends, a field quoted
 * when it holds a comma, a quote or a line break, quotes doubled inside.
 *
 * Reports are opened in spreadsheets, which run a cell starting with `=`,
 * `+`, `-`, `@` or a tab as a formula; a reviewer's comment must not become
 * one ("CSV injection"). Such text fields get a leading apostrophe, which
 * spreadsheets hide and other readers keep: a visible change to the text is
 * the price of never executing it. Numbers are never prefixed, so negative
 * values stay numbers.
 */

/** A value of a CSV cell; `null` is an empty cell. */
export type CsvValue = string | number | boolean | null;

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell, quoted and defused as needed. */
export function csvField(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A CSV document: the header row, then `rows`, each ending in CRLF. It
 * starts with a byte order mark so that Excel reads the Chinese as UTF-8
 * rather than as the system's legacy code page.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
