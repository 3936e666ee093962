/**
 * Snapping a selection to whole words, and stepping word by word.
 *
 * Reviewers drag quickly and land mid-word; a flag on "nsure, ensu" helps
 * nobody. A selection is therefore widened to the words it touches and
 * trimmed of the spaces at its edges. Punctuation is left as selected: a
 * reviewer may flag a comma on purpose.
 *
 * Words come from `Intl.Segmenter` with word granularity. For Chinese that
 * is ICU's dictionary segmenter, which Chromium (and Node) ship built in:
 * jieba-wasm would segment a little better but costs a 2.8 MB download,
 * and snapping only needs plausible word edges, which the dictionary gives.
 * The segmenter handles mixed text too (an English cell with untranslated
 * Chinese), so the language only picks the locale's rules.
 */
import type { TextRange } from '../../core/model/document.ts';

/** The language of a cell's text, as far as word rules go. */
export type SnapLanguage = 'en' | 'zh';

const segmenters = new Map<SnapLanguage, Intl.Segmenter>();

function segmenter(lang: SnapLanguage): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'word' });
    segmenters.set(lang, s);
  }
  return s;
}

/** The word-like segments of `text` as ranges, in order. */
export function wordRanges(text: string, lang: SnapLanguage): TextRange[] {
  const words: TextRange[] = [];
  for (const seg of segmenter(lang).segment(text)) {
    if (seg.isWordLike) words.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  return words;
}

const SPACE = /\s/;

/**
 * `[start, end)` of `text` trimmed of whitespace and widened to whole words:
 * a start inside a word moves to the word's start, an end inside a word to
 * its end. `null` when nothing but whitespace is selected. Snapping a
 * snapped range changes nothing.
 */
export function snapToWords(
  text: string,
  start: number,
  end: number,
  lang: SnapLanguage,
): TextRange | null {
  const trimmed = trimSpaces(text, start, end);
  if (trimmed === null) return null;
  let { start: from, end: to } = trimmed;
  for (const word of wordRanges(text, lang)) {
    if (word.start < from && from < word.end) from = word.start;
    if (word.start < to && to < word.end) to = word.end;
  }
  return { start: from, end: to };
}

/** `[start, end)` clamped to `text` and trimmed of whitespace; `null` when it holds none but spaces. */
export function trimSpaces(text: string, start: number, end: number): TextRange | null {
  let from = Math.max(0, Math.min(start, end, text.length));
  let to = Math.min(text.length, Math.max(start, end, 0));
  while (from < to && SPACE.test(text[from] ?? '')) from++;
  while (to > from && SPACE.test(text[to - 1] ?? '')) to--;
  return from < to ? { start: from, end: to } : null;
}

/**
 * The next stop when moving word by word (Ctrl+→) from `offset`: the end of
 * the word at or after it, or the end of the text.
 */
export function nextWordEdge(text: string, offset: number, lang: SnapLanguage): number {
  for (const word of wordRanges(text, lang)) if (word.end > offset) return word.end;
  return text.length;
}

/**
 * The previous stop when moving word by word (Ctrl+←) from `offset`: the
 * start of the word at or before it, or 0.
 */
export function previousWordEdge(text: string, offset: number, lang: SnapLanguage): number {
  let edge = 0;
  for (const word of wordRanges(text, lang)) {
    if (word.start >= offset) break;
    edge = word.start;
  }
  return edge;
}

/** The next or previous stop of a character step: whole code points, never half a surrogate pair. */
export function characterEdge(text: string, offset: number, direction: 1 | -1): number {
  if (direction === 1) {
    if (offset >= text.length) return text.length;
    const code = text.codePointAt(offset) ?? 0;
    return Math.min(text.length, offset + (code > 0xffff ? 2 : 1));
  }
  if (offset <= 0) return 0;
  const low = text.charCodeAt(offset - 1);
  const high = text.charCodeAt(offset - 2);
  const pair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return Math.max(0, offset - (pair ? 2 : 1));
}
