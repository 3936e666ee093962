/**
 * The sizes scores are normalised by. Both counts are deterministic regular
 * expressions rather than `Intl.Segmenter`, whose word boundaries follow the
 * ICU version of the host: the CLI, the browser and the tests must count the
 * same document the same way, or the same flags give different scores.
 */

/** One Han character (CJK ideographs of every block, including 〇). */
const HAN = /\p{Script=Han}/gu;

/**
 * A word for `countEnglishWords`: a Han character on its own, or a run of
 * letters, marks and digits with inner apostrophes, hyphens, periods and
 * commas ("don't", "well-known", "9.7", "1,000", "U.S" of "U.S."). "Letter,
 * mark or digit but not Han" is written as "not punctuation, symbol,
 * separator, other or Han" — the same set, since every character is in
 * exactly one general category — because a class cannot subtract without
 * the `v` flag, and a lookahead per character is markedly slower.
 */
const WORD =
  /\p{Script=Han}|[^\p{P}\p{S}\p{Z}\p{C}\p{Script=Han}]+(?:['’.,-][^\p{P}\p{S}\p{Z}\p{C}\p{Script=Han}]+)*/gu;

/** Matches of a global `pattern` in `text`, counted without building an array of them. */
function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/**
 * Words of English text, counted as CAT tools count them for billing and
 * quality sampling: runs of letters and digits, and every Han character as a
 * word of its own, so that Chinese the MT left untranslated still weighs in
 * the denominator roughly as much as its translation would.
 */
export function countEnglishWords(text: string): number {
  return countMatches(WORD, text);
}

/**
 * Han characters of Chinese text: ideographs only, not punctuation, digits
 * or Latin letters, so that a source full of figures and names is not
 * credited with more "characters" than it has Chinese.
 */
export function countHanCharacters(text: string): number {
  return countMatches(HAN, text);
}
