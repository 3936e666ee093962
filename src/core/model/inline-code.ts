/**
 * Inline codes: the tags of an interchange format (XLIFF `<ph/>`, `<pc>`,
 * `<g>`, `<bx/>`, TMX `<bpt>`…) that sit inside a segment's text.
 *
 * Why placeholder characters. Every offset in the app (flags, findings,
 * revisions) is a UTF-16 index into plain text. A code therefore stands in
 * the text as exactly one character from the Private Use Area, and the unit
 * keeps a table saying which code each character is. Edits and diffs then
 * treat a code as one indivisible character, offsets stay plain string
 * indices, and the text of a project without codes is unchanged. The UI
 * draws each placeholder as a protected token; the writers of the format
 * put the original markup back in its place.
 *
 * Characters are allocated per unit (both sides share one numbering, so a
 * code that appears in source and target keeps the same character), from
 * U+E000 upwards; 6,400 codes per unit is far more than any real segment
 * holds. A Private Use character that the file itself contained and that is
 * not in the unit's table is ordinary text.
 */

/** First and last placeholder characters (the BMP Private Use Area). */
export const FIRST_CODE_POINT = 0xe000;
export const LAST_CODE_POINT = 0xf8ff;

/** What a code does in the text around it. */
export type InlineCodeRole = 'open' | 'close' | 'standalone';

/** One inline code of a unit. */
export interface InlineCode {
  /** The placeholder character standing for the code in the unit's text. */
  char: string;
  role: InlineCodeRole;
  /**
   * What the token shows: the code's id in the file (`1`, `/1`, `br`), or
   * its equivalent text when the file gives one. Short, plain text.
   */
  label: string;
  /** Longer description for a tooltip (the original markup, the `disp`/`equiv` text). */
  title: string;
  /**
   * What the format's writer needs to put the code back: the element name,
   * its attributes and any original data. Owned by the format's reader and
   * writer (`core/io/<format>/`), opaque to everything else.
   */
  data: unknown;
}

/** The codes of one unit, in order of first appearance; both sides share the characters. */
export type UnitCodes = InlineCode[];

/** The placeholder character with index `n` (0-based) of a unit. */
export function codeChar(n: number): string {
  const point = FIRST_CODE_POINT + n;
  if (!Number.isInteger(n) || n < 0 || point > LAST_CODE_POINT) {
    throw new RangeError(`No placeholder character for inline code ${n}.`);
  }
  return String.fromCharCode(point);
}

/** Whether the UTF-16 unit at `index` of `text` is in the placeholder range. */
export function isCodeCharAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  return unit >= FIRST_CODE_POINT && unit <= LAST_CODE_POINT;
}

/** The table entry for `char` in `codes`, or `undefined` when it is ordinary text. */
export function findCode(codes: UnitCodes | undefined, char: string): InlineCode | undefined {
  return codes?.find((code) => code.char === char);
}
