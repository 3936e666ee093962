/**
 * The `sbd` sentence splitter, returning offsets instead of strings.
 *
 * `sbd` returns sentence strings rebuilt from whitespace-separated tokens: it
 * collapses whitespace and, when it splits a glued `end.Start`, drops the
 * period. Searching each returned sentence in the text would fail on both,
 * so the mapping walks the text and the output in step, matching non-blank
 * characters one by one and letting an output character that cannot be found
 * nearby be skipped. It never throws and always yields offsets inside the
 * text, whatever `sbd` returns.
 */
import { sentences as sbdSentences } from 'sbd';
import { KNOWN_ABBREVIATIONS } from './abbreviations.ts';
import { isCloser } from './punctuation.ts';
import { isBlankCode } from './whitespace.ts';

/** `sbd` compares abbreviations with their periods removed (`e.g.` → `eg`). */
const SBD_ABBREVIATIONS = [...new Set(KNOWN_ABBREVIATIONS.map((word) => word.replaceAll('.', '')))];

/** How far ahead an output character is looked for before it is taken as invented. */
const LOOKAHEAD = 4;

/**
 * Where `sbd` would end sentences in `[start, end)` of `text`: the offsets
 * just after the last character of each sentence but the last.
 */
export function sbdBreaks(text: string, start: number, end: number): Set<number> {
  const pieces = sbdSentences(text.slice(start, end), { abbreviations: SBD_ABBREVIATIONS });
  const breaks = new Set<number>();
  let position = start;
  for (let k = 0; k < pieces.length - 1; k++) {
    const piece = pieces[k] ?? '';
    for (let c = 0; c < piece.length; c++) {
      if (isBlankCode(piece.charCodeAt(c))) continue;
      position = advancePast(text, position, end, piece.charAt(c));
    }
    breaks.add(snapPastMarks(text, position, end));
  }
  return breaks;
}

/**
 * Moves a break over sentence-final marks and closers it stopped short of,
 * the period `sbd` dropped from `yuan.Then` for instance, so that breaks can be
 * compared with those found by scanning for marks.
 */
function snapPastMarks(text: string, position: number, end: number): number {
  let p = position;
  while (p < end && /[.!?\u2026]/.test(text.charAt(p))) p++;
  while (p < end && isCloser(text.charAt(p))) p++;
  return p;
}

/** The offset after the next occurrence of `char` near `position`, or `position` if none. */
function advancePast(text: string, position: number, end: number, char: string): number {
  let found = 0;
  for (let p = position; p < end && found <= LOOKAHEAD; p++) {
    if (isBlankCode(text.charCodeAt(p))) continue;
    if (text.charAt(p) === char) return p + 1;
    found++;
  }
  return position;
}
