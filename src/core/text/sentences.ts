/**
 * From break positions to sentences: the step both languages share.
 *
 * The segmenters only decide where a paragraph may be cut; this module turns
 * the cuts into trimmed sentences and repairs what cutting cannot see, namely
 * pieces that are only punctuation or decoration.
 */
import type { Sentence, TextRange } from '../model/document.ts';
import { trimRange } from './whitespace.ts';

/** A letter (Han included) or a digit: what makes a piece worth a sentence. */
const CONTENT = /[\p{L}\p{N}]/u;

/**
 * Cuts `paragraph` of `text` at `breaks` (offsets into `text`, ascending; any
 * outside the paragraph are ignored) into trimmed sentences tagged with
 * `index`.
 *
 * A piece with no letter, Han character or digit (the trailing `**` of a
 * bolded Markdown line, a stray `。`, a lone `"`) is not a sentence a
 * reviewer can judge or an aligner can pair, so it joins the sentence before
 * it, or the one after it when it comes first. A paragraph with no content at
 * all stays one sentence so that every non-blank character is covered.
 */
export function sentencesOfParagraph(
  text: string,
  paragraph: TextRange,
  index: number,
  breaks: readonly number[],
): Sentence[] {
  const pieces: TextRange[] = [];
  let start = paragraph.start;
  for (const cut of breaks) {
    if (cut <= start || cut >= paragraph.end) continue;
    pushTrimmed(text, pieces, start, cut);
    start = cut;
  }
  pushTrimmed(text, pieces, start, paragraph.end);

  const sentences: Sentence[] = [];
  let pendingStart: number | null = null;
  for (const piece of pieces) {
    const hasContent = CONTENT.test(text.slice(piece.start, piece.end));
    const last = sentences[sentences.length - 1];
    if (!hasContent && last) {
      last.end = piece.end;
    } else if (!hasContent) {
      pendingStart ??= piece.start;
    } else {
      sentences.push({ start: pendingStart ?? piece.start, end: piece.end, paragraph: index });
      pendingStart = null;
    }
  }
  if (pendingStart !== null) {
    sentences.push({ start: pendingStart, end: paragraph.end, paragraph: index });
  }
  return sentences;
}

function pushTrimmed(text: string, pieces: TextRange[], start: number, end: number): void {
  const range = trimRange(text, start, end);
  if (range.start < range.end) pieces.push(range);
}
