/**
 * Display width of text in a terminal, in columns.
 *
 * Terminals draw CJK ideographs, kana, Hangul and full-width forms two columns
 * wide (Unicode East Asian Width W and F), combining marks and format
 * characters zero wide, and nearly everything else one wide. Counting UTF-16
 * code units instead would make a Chinese column half as wide as it looks and
 * every table border after it ragged.
 *
 * Trade-off: this is a short table of the wide blocks, not the full
 * EastAsianWidth.txt (a package such as `string-width` carries that). It is
 * exact for Chinese and English text, which is what this tool prints, and
 * treats ambiguous-width characters (e.g. `·`, `—`) as narrow, as terminals in
 * non-CJK locales do.
 */

/** Inclusive code point ranges of East Asian Wide and Fullwidth characters. */
const WIDE_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], // Hangul Jamo initial consonants
  [0x231a, 0x231b], // watch, hourglass (emoji presentation)
  [0x2e80, 0x303e], // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
  [0x3041, 0x33ff], // kana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed, compatibility
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7a3], // Hangul syllables
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe10, 0xfe19], // vertical forms
  [0xfe30, 0xfe6f], // CJK compatibility forms, small form variants
  [0xff00, 0xff60], // full-width ASCII and punctuation
  [0xffe0, 0xffe6], // full-width signs
  [0x1f300, 0x1f64f], // pictographs and emoticons
  [0x1f900, 0x1f9ff], // supplemental symbols and pictographs
  [0x20000, 0x3fffd], // CJK Extensions B–H, planes 2 and 3
];

const ZERO_WIDTH = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/** Columns one code point takes: 0, 1 or 2. Control characters count as 0. */
export function codePointWidth(codePoint: number): 0 | 1 | 2 {
  if (codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)) return 0;
  if (codePoint < 0x1100) return ZERO_WIDTH.test(String.fromCodePoint(codePoint)) ? 0 : 1;
  for (const [low, high] of WIDE_RANGES) {
    if (codePoint < low) break;
    if (codePoint <= high) return 2;
  }
  return ZERO_WIDTH.test(String.fromCodePoint(codePoint)) ? 0 : 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += codePointWidth(char.codePointAt(0) ?? 0);
  return width;
}
