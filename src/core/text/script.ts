/**
 * Script detection: how Chinese a text is, and where Chinese was left
 * untranslated in English output.
 *
 * MT systems leave Chinese behind in two shapes: whole paragraphs or
 * sentences they failed to translate, and a sentence that starts in Chinese
 * and switches to English. Both show up as runs of Han characters, so
 * detection works on Han runs rather than on a statistical language
 * identifier: any Han character in English output is an error worth showing,
 * and a run's extent is what the reviewer needs to see highlighted.
 */
import type { TextRange } from '../model/document.ts';
import { trimRange } from './whitespace.ts';

const HAN_CHAR = /\p{Script=Han}/u;
const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * A Han character or a word of other letters. Reading units rather than
 * characters are compared because one Han character carries about as much as
 * one English word, so `iPhone手机` should count as mostly Chinese.
 */
const READING_UNIT = /\p{Script=Han}|(?:(?!\p{Script=Han})[\p{L}\p{M}])+/gu;

/**
 * Characters that belong to a Chinese run when they touch it: CJK symbols and
 * punctuation (U+3000–U+303F), half- and full-width forms (U+FF00–U+FFEF),
 * and the curly quotes, em dash, ellipsis and middle dot that Chinese text
 * shares with typeset English.
 */
const WIDE = /[\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]/u;

/** A number written against a Han character: `2023年`, `9.7亿`, `98%的`. */
const NUMBER_BEFORE = /[0-9\uff10-\uff19]+(?:[.,\uff0e][0-9\uff10-\uff19]+)*%?$/u;
const NUMBER_AFTER = /^[0-9\uff10-\uff19]+(?:[.,\uff0e][0-9\uff10-\uff19]+)*%?/u;

/**
 * English words that never occur inside a Chinese sentence. Latin between two
 * Han characters is usually a name or acronym the Chinese text itself uses
 * (`iPhone`, `GDP`, `Apple Watch`); a function word means the gap is English
 * and the two Han runs are separate leftovers.
 */
const ENGLISH_FUNCTION_WORDS = new Set(
  (
    'a an the and or but of to in on at by for with from as is are was were be been has have had ' +
    'will would this that these those it its he she they we you not'
  ).split(' '),
);

/** Longest gap, in code units, that can still join two Han runs. */
const MAX_GAP = 24;
/** Most Latin words a joining gap may hold (`Apple Watch`). */
const MAX_GAP_WORDS = 2;

/**
 * The share of Han characters among the reading units of `text` (Han
 * characters and words of other letters), in [0, 1]; 0 when it has neither.
 * Digits, punctuation and spaces do not count.
 */
export function hanRatio(text: string): number {
  let han = 0;
  let units = 0;
  for (const match of text.matchAll(READING_UNIT)) {
    units++;
    if (HAN_CHAR.test(match[0])) han++;
  }
  return units === 0 ? 0 : han / units;
}

/** Whether Han characters make up more than half of the reading units of `text`. */
export function isMostlyChinese(text: string): boolean {
  return hanRatio(text) > 0.5;
}

/** Whether `text` holds at least one Han character. */
export function hasHan(text: string): boolean {
  return HAN_CHAR.test(text);
}

/**
 * The maximal runs of Chinese in `text`, in order, trimmed: Han characters
 * joined with the punctuation, digits and short Latin names between them,
 * widened over the full-width punctuation and numbers that touch them (the
 * whole of `今天下午3时,…提问。`). Every Han character is reported, even a lone
 * one, since any is an error in English output. Runs never cross a line.
 */
export function findUntranslatedSpans(text: string): TextRange[] {
  const spans: TextRange[] = [];
  let current: TextRange | null = null;
  for (const match of text.matchAll(HAN_RUN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (current && joinsRuns(text.slice(current.end, start))) {
      current.end = end;
      continue;
    }
    if (current) spans.push(current);
    current = { start, end };
  }
  if (current) spans.push(current);
  const widened = spans.map((span) => widen(text, span));
  return mergeTouching(widened).map((span) => trimRange(text, span.start, span.end));
}

/** Whether the text between two Han runs belongs to the Chinese around it. */
function joinsRuns(gap: string): boolean {
  if (gap.length > MAX_GAP || /[\n\r\u2028\u2029]/.test(gap)) return false;
  const words = gap.match(/\p{Script=Latin}+/gu) ?? [];
  return (
    words.length <= MAX_GAP_WORDS &&
    words.every((word) => !ENGLISH_FUNCTION_WORDS.has(word.toLowerCase()))
  );
}

/** Grows a run over touching full-width punctuation and numbers, on both sides. */
function widen(text: string, span: TextRange): TextRange {
  let { start, end } = span;
  for (let grew = true; grew;) {
    grew = false;
    while (start > 0 && WIDE.test(text.charAt(start - 1))) {
      start--;
      grew = true;
    }
    const before = NUMBER_BEFORE.exec(text.slice(Math.max(0, start - 32), start));
    if (before) {
      start -= before[0].length;
      grew = true;
    }
  }
  for (let grew = true; grew;) {
    grew = false;
    while (end < text.length && WIDE.test(text.charAt(end))) {
      end++;
      grew = true;
    }
    const after = NUMBER_AFTER.exec(text.slice(end, end + 32));
    if (after) {
      end += after[0].length;
      grew = true;
    }
  }
  return { start, end };
}

/** Widening can make neighbours touch (`你好。“再见`); such runs are one. */
function mergeTouching(spans: TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}
