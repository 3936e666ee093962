/**
 * English words as term matching compares them. A termbase term matches
 * whatever inflection the sentence needs ("deputy" in "deputies to the
 * NPC", "People's" for "People"), so words are compared by a *form*: lower
 * case, possessive dropped, plural folded to singular. Locating a mangled
 * rendering is looser still and compares *stems* (`wordStem`), which also
 * drop -ing, -ed, -ion and -ly ("integrating" ~ "integration", "highly" ~
 * "high").
 *
 * Both reductions are deliberately crude and symmetric: they only ever
 * compare a word of the term with a word of the text reduced the same way,
 * so a wrong stem ("sery" for "series") costs nothing as long as both sides
 * get it.
 */

/**
 * How a word is joined to the word before it: `break` when the text between
 * holds a clause or sentence break (`,` `.` `:` `;` `!` `?` or a bracket;
 * quotes do not count), `other` for any other mark (`"`, `+`, `/`).
 */
export type Joint = 'start' | 'space' | 'hyphen' | 'other' | 'break';

/** A word of English text with its offsets (UTF-16, half-open). */
export interface Word {
  start: number;
  end: number;
  text: string;
  /** `text` in lower case, curly apostrophes made straight. */
  lower: string;
  /** Whether the word starts with a capital letter. */
  capitalized: boolean;
  /** Lower case, possessive dropped, plural folded: what term matching compares. */
  form: string;
  /** What separates the word from the previous one; `start` for the first word. */
  joint: Joint;
  /** Exactly one space separates the word from the previous one. */
  joined: boolean;
  /**
   * The word opens a sentence, so its capital says nothing. Set by callers
   * that know the sentences (`qa/unit-text.ts`); `false` otherwise.
   */
  initial: boolean;
}

/**
 * Function words: what a term may contain without them counting as evidence
 * that a sentence renders it.
 */
const STOPWORDS = new Set(
  (
    'a an the of to in on at by for with from into and or but nor as is are was were be been being ' +
    'that this these those which who whom whose it its their our we they he she his her you your ' +
    'not no so than then there here such also very will would shall should can could may might must ' +
    'do does did has have had'
  ).split(' '),
);

/** Whether `form` is a function word, not evidence of meaning. */
export function isStopword(form: string): boolean {
  return STOPWORDS.has(form);
}

/** The comparison form of one word: lower case, no possessive, singular. */
export function wordForm(word: string): string {
  const lower = word.toLowerCase();
  return formOfLower(lower.includes('’') ? lower.replace(/’/g, "'") : lower);
}

/** `wordForm` of a word already in lower case with straight apostrophes. */
function formOfLower(lower: string): string {
  // Plain string tests rather than regexes: this runs for every word of every unit.
  let w = lower;
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) return w.slice(0, -3) + 'y';
  if (
    n > 4 &&
    w.endsWith('es') &&
    (w.endsWith('sses') || w.endsWith('xes') || w.endsWith('ches') || w.endsWith('shes'))
  )
    return w.slice(0, -2);
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is'))
    return w.slice(0, -1);
  return w;
}

const STEM_SUFFIXES = ['ion', 'ing', 'ed', 'ly'];

/** The looser stem of a form, for locating a rendering that is not the term. */
export function wordStem(form: string): string {
  // Every suffix ends in n, g, d or y: most words are done after one test.
  const last = form.charCodeAt(form.length - 1);
  if (last !== 110 && last !== 103 && last !== 100 && last !== 121) return form;
  for (const suffix of STEM_SUFFIXES) {
    if (form.length - suffix.length >= 4 && form.endsWith(suffix))
      return form.slice(0, -suffix.length);
  }
  return form;
}

/** Whether a code unit is a hyphen (ASCII, Unicode hyphen, non-breaking hyphen). */
function isHyphen(c: number): boolean {
  return c === 45 || c === 0x2010 || c === 0x2011;
}

/** Whether a code unit breaks a clause: `,` `.` `:` `;` `!` `?`, a bracket, or their Chinese forms. */
function isBreak(c: number): boolean {
  return BREAK_CODES.has(c);
}

const BREAK_CODES = new Set([...'.,;:!?()[]{}（），。；：！？、'].map((c) => c.charCodeAt(0)));

/** How the text `[from, to)` between two words joins them. */
function jointOf(text: string, from: number, to: number): Joint {
  if (to - from === 1 && isHyphen(text.charCodeAt(from))) return 'hyphen';
  let joint: Joint = 'space';
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (isBreak(c)) return 'break';
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 0xa0 && c !== 0x3000) joint = 'other';
  }
  return joint;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const LETTER = /\p{L}/u;

/**
 * How many code units the letter or digit at `i` takes (2 for a surrogate
 * pair), 0 when there is none. ASCII is decided by code, the rest by regex.
 */
function wordCharAt(text: string, i: number, letterOnly: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128) {
    if (c >= 97 ? c <= 122 : c >= 65 ? c <= 90 : !letterOnly && c >= 48 && c <= 57) return 1;
    return 0;
  }
  if (c !== c) return 0;
  const wide = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
  return (letterOnly ? LETTER : LETTER_OR_DIGIT).test(text.slice(i, i + wide)) ? wide : 0;
}

/** End of the word starting at `start`: letters and digits, with inner apostrophes (`people's`). */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (;;) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits inline: the common case by far.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    const step = c < 128 ? 0 : wordCharAt(text, i, false);
    if (step === 0) break;
    i += step;
  }
  for (;;) {
    const c = text.charCodeAt(i);
    if ((c !== 39 && c !== 0x2019) || wordCharAt(text, i + 1, true) === 0) return i;
    i++;
    for (let step = wordCharAt(text, i, true); step > 0; step = wordCharAt(text, i, true))
      i += step;
  }
}

/**
 * The words of `text` in order, with their forms, stems and joints. Every
 * check that reads English words goes through here (once per unit, see
 * `qa/unit-text.ts`), so it is written for speed: a scan of character codes
 * rather than a Unicode regex, and no slicing for the common single space.
 */
export function englishWords(text: string): Word[] {
  const words: Word[] = [];
  let previousEnd = -1;
  const length = text.length;
  for (let i = 0; i < length;) {
    const c = text.charCodeAt(i);
    // Spaces and ASCII punctuation are by far the most common non-word characters.
    if (c < 48 || (c > 57 && c < 65) || (c > 90 && c < 97) || (c > 122 && c < 128)) {
      i++;
      continue;
    }
    if (c >= 128 && wordCharAt(text, i, false) === 0) {
      i++;
      continue;
    }
    const start = i;
    const end = wordEnd(text, start);
    const word = text.slice(start, end);
    const single = start === previousEnd + 1 && text.charCodeAt(previousEnd) === 32;
    // Most words are plain lower-case ASCII: then the word is its own lower case.
    const lower = plainLower(text, start, end) ? word : lowerOf(word);
    words.push({
      start,
      end,
      text: word,
      lower,
      capitalized:
        c >= 65 && c <= 90 ? true : c < 128 ? false : word.charCodeAt(0) !== lower.charCodeAt(0),
      form: formOfLower(lower),
      joint: previousEnd < 0 ? 'start' : single ? 'space' : jointOf(text, previousEnd, start),
      joined: single,
      initial: false,
    });
    previousEnd = end;
    i = end;
  }
  return words;
}

/** Whether `[start, end)` of `text` holds only lower-case ASCII letters, digits and `'`. */
function plainLower(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 39)) return false;
  }
  return true;
}

/** Lower case with straight apostrophes. */
function lowerOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}
