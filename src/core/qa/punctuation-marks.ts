/**
 * Which punctuation marks are foreign to English text and what English
 * writes instead. Curly quotes, the em dash and the ellipsis are good
 * English typography and are not listed.
 */

/** Chinese punctuation outside the full-width block, with its English counterpart. */
const CJK_MARKS: ReadonlyMap<string, string> = new Map([
  ['、', ','],
  ['。', '.'],
  ['〈', '<'],
  ['〉', '>'],
  ['《', '"'],
  ['》', '"'],
  ['「', '"'],
  ['」', '"'],
  ['『', '"'],
  ['』', '"'],
  ['【', '['],
  ['】', ']'],
  ['〔', '['],
  ['〕', ']'],
  ['〖', '['],
  ['〗', ']'],
  ['・', '·'],
]);

/** Marks after which English puts a space before the next word. */
const SPACED_AFTER = new Set([',', '.', ';', ':', '!', '?']);

/**
 * The English replacement for a full-width or Chinese mark, `undefined`
 * when `char` is not one. Full-width forms (U+FF01–U+FF5E) map to their
 * ASCII twins.
 */
export function englishMark(char: string): string | undefined {
  const code = char.charCodeAt(0);
  if (char.length === 1 && code >= 0xff01 && code <= 0xff5e) {
    return String.fromCharCode(code - 0xfee0);
  }
  return CJK_MARKS.get(char);
}

/** Whether English wants a space after `mark` when a word follows. */
export function spacedAfter(mark: string): boolean {
  return SPACED_AFTER.has(mark);
}

/** The marks whose replacement is a guess (book-title brackets may become quotes or italics). */
export function replacementIsCertain(char: string): boolean {
  return !'《》「」『』〈〉'.includes(char);
}
