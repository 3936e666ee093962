/**
 * What counts as blank, in one place, so that paragraphs, sentences and the
 * tests that check them agree on it.
 *
 * The set is exactly JavaScript's `\s`, which already covers the spaces found
 * in Chinese and MT text: the ideographic space U+3000, NBSP, the U+2000
 * family, BOM and the line separators. Zero-width characters (U+200B–U+200D)
 * are not blank: they are invisible but can matter inside words, and treating
 * them as content keeps "every non-blank character is in a sentence" simple.
 */

/**
 * Whether a UTF-16 code unit is whitespace (same set as the regex `\s`).
 * Written as a switch rather than a regex test because segmentation calls it
 * for every character of documents with tens of thousands of sentences.
 */
export function isBlankCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  switch (code) {
    case 0xa0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202f:
    case 0x205f:
    case 0x3000:
    case 0xfeff:
      return true;
    default:
      return code >= 0x2000 && code <= 0x200a;
  }
}

/** Whether the code unit at `index` of `text` is whitespace; `false` past either end. */
export function isBlankAt(text: string, index: number): boolean {
  return index >= 0 && index < text.length && isBlankCode(text.charCodeAt(index));
}

/** Whether `text` has no non-whitespace character. */
export function isBlank(text: string): boolean {
  return !/\S/.test(text);
}

/**
 * Shrinks `[start, end)` of `text` so that it neither starts nor ends with
 * whitespace. An all-blank range collapses to the empty range `[end, end)`.
 */
export function trimRange(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let s = start;
  let e = end;
  while (s < e && isBlankAt(text, s)) s++;
  while (e > s && isBlankAt(text, e - 1)) e--;
  return s === e ? { start: end, end } : { start: s, end: e };
}
