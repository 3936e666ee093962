/**
 * The `<v>…</v>` marks of MQM TSV files: taking them out of a field to get
 * the text and the span, and putting them back.
 *
 * The files mark one span per row. Marks that do not pair up (a `<v>`
 * never closed, a stray `</v>`) are read as well as they can be: the span
 * runs from the first `<v>` to the last `</v>`, or to the end of the field,
 * and the caller is told so it can warn. The marks are not escaped in the
 * format, so a text that itself contains `<v>` cannot be written faithfully;
 * such text does not occur in translations.
 */
import type { TextRange } from '../../model/document.ts';

const OPEN = '<v>';
const CLOSE = '</v>';

/** A field without its marks. */
export interface UnmarkedField {
  text: string;
  /** The marked span in `text`, `null` when the field has no mark. */
  span: TextRange | null;
  /** Whether the marks were not exactly one `<v>` followed by one `</v>`. */
  irregular: boolean;
}

/** Removes the `<v>`/`</v>` marks of `field`. */
export function unmark(field: string): UnmarkedField {
  if (!field.includes('<v>') && !field.includes('</v>'))
    return { text: field, span: null, irregular: false };
  let text = '';
  let start = -1;
  let end = -1;
  let opens = 0;
  let closes = 0;
  let i = 0;
  while (i < field.length) {
    if (field.startsWith(OPEN, i)) {
      if (start === -1) start = text.length;
      opens++;
      i += OPEN.length;
    } else if (field.startsWith(CLOSE, i)) {
      end = text.length;
      closes++;
      i += CLOSE.length;
    } else {
      text += field[i];
      i++;
    }
  }
  const irregular = opens !== 1 || closes !== 1 || end < start;
  const from = start === -1 ? 0 : start;
  const to = end < from ? text.length : end;
  return { text, span: { start: from, end: to }, irregular };
}

/** `text` with `span` wrapped in `<v>…</v>`. */
export function mark(text: string, span: TextRange): string {
  return `${text.slice(0, span.start)}${OPEN}${text.slice(span.start, span.end)}${CLOSE}${text.slice(span.end)}`;
}
