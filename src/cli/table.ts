/**
 * Plain-text tables for the terminal: columns of wrapped text padded to equal
 * display width, so that Chinese and English cells line up in a monospace
 * font.
 */
import { codePointWidth, displayWidth } from './width.ts';

/** A table column: its heading, its width in terminal columns, and how to align cells. */
export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right';
}

/**
 * Characters that must not begin a line (they close what came before) and
 * that must not end one (they open what follows). Binding them to their
 * neighbour is the minimal line-breaking rule of Chinese typesetting
 * (禁则); the ASCII ones appear because MT and pasted Chinese often use
 * half-width punctuation.
 */
const CLOSING = new Set('，。、；：？！）》」』】〕〉”’…·,.;:?!)]}%');
const OPENING = new Set('（《「『【〔〈“‘([{');

/**
 * Splits text into unbreakable pieces: whitespace runs, words of narrow
 * characters, and single wide characters (Chinese may break between any two
 * characters), with punctuation bound to the piece it belongs to.
 */
function tokenize(text: string): string[] {
  const tokens: string[] = [];
  let lastSpace = false; // the last token is whitespace
  let lastNarrow = false; // the last character of the last token is narrow
  let openOnly = false; // the last token is only opening punctuation
  for (const char of text) {
    const space = /\s/.test(char);
    const narrow = codePointWidth(char.codePointAt(0) ?? 0) < 2;
    const bind: boolean =
      tokens.length > 0 &&
      (space
        ? lastSpace
        : !lastSpace &&
          (CLOSING.has(char) || openOnly || (narrow && lastNarrow && !OPENING.has(char))));
    if (bind) tokens[tokens.length - 1] += char;
    else tokens.push(char);
    openOnly = (bind ? openOnly : true) && OPENING.has(char);
    lastSpace = space;
    lastNarrow = narrow;
  }
  return tokens;
}

/** Cuts a piece wider than the line into line-sized chunks, by code point. */
function hardSplit(token: string, width: number): string[] {
  const chunks: string[] = [];
  let chunk = '';
  let used = 0;
  for (const char of token) {
    const w = codePointWidth(char.codePointAt(0) ?? 0);
    if (used + w > width && chunk) {
      chunks.push(chunk);
      chunk = '';
      used = 0;
    }
    chunk += char;
    used += w;
  }
  if (chunk) chunks.push(chunk);
  return chunks;
}

/**
 * Wraps text into lines of at most `width` display columns. Newlines in the
 * text are kept as line breaks; runs of spaces collapse to one. A piece
 * wider than a whole line (a long URL) is cut where it must be.
 */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = '';
    let used = 0;
    let pendingSpace = false;
    for (const token of tokenize(paragraph)) {
      if (/^\s+$/.test(token)) {
        pendingSpace = line !== '';
        continue;
      }
      const w = displayWidth(token);
      const gap = pendingSpace ? 1 : 0;
      pendingSpace = false;
      if (used + gap + w <= width) {
        line += (gap ? ' ' : '') + token;
        used += gap + w;
        continue;
      }
      if (line) lines.push(line);
      const chunks = w > width ? hardSplit(token, width) : [token];
      lines.push(...chunks.slice(0, -1));
      line = chunks[chunks.length - 1] ?? '';
      used = displayWidth(line);
    }
    lines.push(line);
  }
  return lines;
}

/** Pads `text` with spaces to `width` display columns. */
function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Renders a table: a header, a rule, then each row with its cells wrapped to
 * their column widths. Rows are separated by a blank line because a wrapped
 * row spans several lines and would otherwise run into the next. Trailing
 * spaces are trimmed.
 */
export function renderTable(
  columns: readonly Column[],
  rows: readonly (readonly string[])[],
  gap = 2,
): string {
  const spacer = ' '.repeat(gap);
  const line = (cells: readonly string[]) =>
    columns
      .map((column, i) => pad(cells[i] ?? '', column.width, column.align ?? 'left'))
      .join(spacer)
      .trimEnd();
  const out = [
    line(columns.map((c) => c.header)),
    columns.map((c) => '-'.repeat(c.width)).join(spacer),
  ];
  rows.forEach((row, r) => {
    if (r > 0) out.push('');
    const wrapped = columns.map((column, i) => wrapText(row[i] ?? '', column.width));
    const height = Math.max(...wrapped.map((cell) => cell.length));
    for (let k = 0; k < height; k++) out.push(line(wrapped.map((cell) => cell[k] ?? '')));
  });
  return out.join('\n') + '\n';
}
