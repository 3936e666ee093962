/**
 * Paragraphs: every line with a non-blank character is one paragraph.
 *
 * MT output arrives with paragraphs separated sometimes by a blank line and
 * sometimes by a single newline (the demo file mixes both), and Chinese
 * sources never wrap lines inside a paragraph, so "one line, one paragraph"
 * is the only rule that reads both the same way. Blank lines carry no
 * meaning and are skipped.
 */
import type { TextRange } from '../model/document.ts';
import { trimRange } from './whitespace.ts';

/**
 * Line breaks. Normalised text has only LF, but CR and the Unicode line and
 * paragraph separators are honoured too so that un-normalised input still
 * never yields a paragraph that spans two visual lines.
 */
const LINE_BREAK = /[\n\r\u2028\u2029]/g;

/**
 * The paragraphs of `text`, in order, each trimmed of surrounding whitespace
 * (including U+3000 and NBSP).
 */
export function splitParagraphs(text: string): TextRange[] {
  const paragraphs: TextRange[] = [];
  let lineStart = 0;
  const push = (end: number): void => {
    const range = trimRange(text, lineStart, end);
    if (range.start < range.end) paragraphs.push(range);
  };
  for (const match of text.matchAll(LINE_BREAK)) {
    push(match.index);
    lineStart = match.index + 1;
  }
  push(text.length);
  return paragraphs;
}
