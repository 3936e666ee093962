/**
 * Punctuation: full-width marks in English, doubled marks, spaces before a
 * comma or full stop and missing after one, and (in `balance.ts`)
 * unbalanced quotes and brackets and a question that lost its question
 * mark. Marks inside Chinese the MT left untranslated belong to that
 * finding and are skipped here.
 */
import { classifyAbbreviation } from '../text/abbreviations.ts';
import { balanceIssues, finalMarkIssue } from './balance.ts';
import { englishMark, replacementIsCertain, spacedAfter } from './punctuation-marks.ts';
import type { Check, Issue, UnitText } from './types.ts';
import { inUntranslated } from './unit-text.ts';

/** A full-width ASCII twin or a Chinese mark (CJK symbols, vertical forms excluded). */
const FOREIGN = /[\uff01-\uff5e、。〈〉《》「」『』【】〔〕〖〗・]/g;

/** Two or more marks in a row: ".:", ",,", ";.". */
const DOUBLED = /[,.;:!?]{2,}/g;

/**
 * Spaces before a mark, not before a decimal (".5") or an ellipsis
 * ("..."); the character before the spaces must be visible, which is
 * tested apart (a lookbehind is slow).
 */
const SPACE_BEFORE = /[ \t]+([,.;:!?])(?![\d.])/g;

/**
 * A mark glued to the next word: ",Pressure", ':Pressure', ',"Operation'.
 * What comes before the mark (a word or a closing mark, not a space) is
 * tested separately: a lookbehind over Unicode classes is slow.
 */
const NO_SPACE_AFTER = /([,;:.!?])(?=["“‘(]?\p{L})/gu;
const BEFORE_MARK = /[\p{L}\p{N})\]"”’']/u;

/** Repetitions English writes on purpose. */
const DOUBLED_OK = /^(?:\.{3,}|[?!]{2,3}|!\?|\?!)$/;

/** The word before `index` (letters, digits and dots), e.g. `U.S` before the last dot of "U.S.". */
function wordBefore(text: string, index: number): string {
  return /[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, index - 24), index))?.[0] ?? '';
}

/** Abbreviated units of measure and time, which `core/text/abbreviations.ts` does not list. */
const UNIT_ABBREVIATIONS = new Set(
  'ft in lb lbs oz mi yd sq pt qt gal hr hrs min mins sec secs mo mos yr yrs wk wks approx est'.split(
    ' ',
  ),
);

/** Whether the period at `index` ends an abbreviation or an initial (`etc.`, `U.S.`, `J.`, `ft.`). */
function abbreviationPeriod(text: string, index: number): boolean {
  const word = wordBefore(text, index).replace(/\.$/, '');
  return (
    word.length === 1 ||
    word.includes('.') ||
    UNIT_ABBREVIATIONS.has(word.toLowerCase()) ||
    classifyAbbreviation(word) !== 'word'
  );
}

/** Whether position `at` lies in a URL, a domain or an e-mail address. */
function inAddress(text: string, at: number): boolean {
  const start = text.lastIndexOf(' ', at) + 1;
  const space = text.indexOf(' ', at);
  const token = text.slice(start, space < 0 ? text.length : space);
  return /:\/\/|^www\.|@/.test(token);
}

/** Whether `text` holds anything outside Latin and general punctuation, where foreign marks live. */
const WIDE_CHARS = /[\u3000-\uffff]/;

function fullWidth(text: string, unit: UnitText): Issue[] {
  if (!WIDE_CHARS.test(text)) return [];
  const issues: Issue[] = [];
  for (const match of text.matchAll(FOREIGN)) {
    const at = match.index;
    if (inUntranslated(unit, at, at + 1)) continue;
    const mark = match[0];
    const expected = englishMark(mark) ?? mark;
    const next = text.charAt(at + 1);
    const space = spacedAfter(expected) && /[\p{L}\p{N}"“(]/u.test(next) ? ' ' : '';
    issues.push({
      target: { start: at, end: at + 1 },
      source: null,
      messageKey: 'punctuation.fullWidth',
      params: { mark, expected },
      ...(replacementIsCertain(mark)
        ? { fix: { start: at, end: at + 1, replacement: expected + space } }
        : {}),
    });
  }
  return issues;
}

function doubled(text: string, unit: UnitText): Issue[] {
  const issues: Issue[] = [];
  for (const match of text.matchAll(DOUBLED)) {
    const marks = match[0];
    const at = match.index;
    if (DOUBLED_OK.test(marks) || inUntranslated(unit, at, at + marks.length)) continue;
    // "etc.," and "U.S.:" are a period of the abbreviation followed by a mark.
    if (marks.startsWith('.') && /^\.[^.]$/.test(marks) && abbreviationPeriod(text, at)) continue;
    const same = new Set(marks).size === 1;
    const strayPeriod = /^\.[,;:]$/.test(marks);
    issues.push({
      target: { start: at, end: at + marks.length },
      source: null,
      messageKey: 'punctuation.doubled',
      params: { text: marks },
      ...(same
        ? { fix: { start: at, end: at + marks.length, replacement: marks.charAt(0) } }
        : strayPeriod
          ? { fix: { start: at, end: at + 1, replacement: '' } }
          : {}),
    });
  }
  return issues;
}

function spaceBefore(text: string, unit: UnitText): Issue[] {
  const issues: Issue[] = [];
  for (const match of text.matchAll(SPACE_BEFORE)) {
    const at = match.index;
    if (at === 0 || /\s/.test(text.charAt(at - 1))) continue;
    const end = at + match[0].length;
    if (inUntranslated(unit, at, end)) continue;
    const mark = match[1] ?? '';
    issues.push({
      target: { start: at, end },
      source: null,
      messageKey: 'punctuation.spaceBefore',
      params: { mark },
      fix: { start: at, end: end - 1, replacement: '' },
    });
  }
  return issues;
}

function spaceAfter(text: string, unit: UnitText): Issue[] {
  const issues: Issue[] = [];
  for (const match of text.matchAll(NO_SPACE_AFTER)) {
    const at = match.index;
    const mark = match[1] ?? '';
    if (at === 0 || !BEFORE_MARK.test(text.charAt(at - 1))) continue;
    if (inUntranslated(unit, at - 1, at + 2)) continue;
    if (
      mark === '.' &&
      (abbreviationPeriod(text, at) || !/^["“‘(]?\p{Lu}\p{Ll}/u.test(text.slice(at + 1)))
    )
      continue;
    if (
      mark === ':' &&
      (/(?:https?|ftp|mailto|file|urn)$/i.test(wordBefore(text, at)) ||
        text.startsWith('//', at + 1))
    )
      continue;
    if ((mark === '!' || mark === '?') && !/^\p{Lu}\p{Ll}/u.test(text.slice(at + 1))) continue;
    if (inAddress(text, at)) continue;
    issues.push({
      target: { start: at, end: at + 2 },
      source: null,
      messageKey: 'punctuation.spaceAfter',
      params: { mark },
      fix: { start: at + 1, end: at + 1, replacement: ' ' },
    });
  }
  return issues;
}

function check(unit: UnitText): Issue[] {
  const text = unit.target;
  if (text === null || unit.untranslatedUnit) return [];
  return [
    ...fullWidth(text, unit),
    ...doubled(text, unit),
    ...spaceBefore(text, unit),
    ...spaceAfter(text, unit),
    ...balanceIssues(unit),
    ...finalMarkIssue(unit),
  ];
}

/** The punctuation check. */
export const punctuationCheck: Check = {
  id: 'punctuation',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  subsumes: ['spacing'],
  prepare: () => check,
};
