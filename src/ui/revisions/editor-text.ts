/**
 * The unit editor's text rules, apart from Tiptap so they can be tested
 * alone. A unit is one stretch of a transcript line: the exporter puts its
 * text back inside its MT paragraph (`core/export/layout.ts`), where a line
 * break would split the paragraph in two. So the editor holds one line, and
 * pasted line breaks become spaces.
 */

/**
 * Longest text a unit may hold, in UTF-16 code units. A unit is a sentence
 * or a paragraph; a paste beyond this is almost certainly the wrong
 * clipboard (a whole document), and would make every later diff of the unit
 * and every export slow. Ten thousand fits the longest paragraph of any real
 * transcript we have seen with room to spare.
 */
export const MAX_UNIT_LENGTH = 10_000;

/** `text` on one line: runs of line breaks (with the spaces around them) become one space. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n|\u2028|\u2029)+[ \t]*/g, ' ');
}

/** What a paste inserts, and whether it had to be cut. */
export interface PastePlan {
  text: string;
  capped: boolean;
}

/**
 * The text to insert for a paste of `clipboard` (plain text) into a unit
 * whose text is `length` long, replacing a selection `selected` long: on
 * one line and cut so that the unit stays within `max`. A cut never splits
 * a surrogate pair.
 */
export function plannedPaste(
  clipboard: string,
  length: number,
  selected: number,
  max = MAX_UNIT_LENGTH,
): PastePlan {
  const text = oneLine(clipboard);
  const room = Math.max(0, max - (length - selected));
  if (text.length <= room) return { text, capped: false };
  let end = room;
  const last = text.charCodeAt(end - 1);
  if (end > 0 && last >= 0xd800 && last <= 0xdbff) end--;
  return { text: text.slice(0, end), capped: true };
}

/** A piece of a unit's text for the editor: plain text, or one inline code's placeholder. */
export type EditorPiece = { text: string } | { char: string; label: string; title: string };

/** What the editor needs of a unit's inline codes (`core/model/inline-code.ts`). */
interface CodeLike {
  char: string;
  label: string;
  title: string;
}

/**
 * `text` cut into plain runs and the placeholders of `codes`, which the
 * editor shows as protected tokens. Without codes the text is one piece.
 */
export function editorPieces(text: string, codes: readonly CodeLike[] | undefined): EditorPiece[] {
  if (!codes?.length) return text ? [{ text }] : [];
  const byChar = new Map(codes.map((code) => [code.char, code]));
  const pieces: EditorPiece[] = [];
  let run = '';
  for (const char of text) {
    const code = byChar.get(char);
    if (!code) {
      run += char;
      continue;
    }
    if (run) pieces.push({ text: run });
    run = '';
    pieces.push({ char: code.char, label: code.label, title: code.title });
  }
  if (run) pieces.push({ text: run });
  return pieces;
}
