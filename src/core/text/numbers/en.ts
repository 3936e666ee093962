/**
 * Numbers in English text: digits with separators and scale words
 * (970,000,000, 12.44 million, 300bn), numbers in words (two hundred
 * million, forty-seventh, two-thirds), percentages (5.2%, 20 percent, 75 per
 * cent, percentage points), ordinals (47th, first, Elizabeth II), multiples
 * (twice, 1.5 times, three-fold), years (2023), and the calendar and clock
 * expressions of `en-calendar.ts`.
 *
 * As in the Chinese reader, one global RegExp finds candidates and sticky
 * RegExps read what follows. A bare "one" or "zero" is not reported: it is a
 * pronoun or part of a name ("one of the", "one card", "zero tolerance") far
 * more often than a count, just as the Chinese reader skips a bare 一.
 */
import { scaleDecimal, type Quantity } from './decimal.ts';
import {
  MONTH_PATTERN,
  monthNumber,
  readClock,
  readDayFirst,
  readMonthFirst,
} from './en-calendar.ts';
import { NUMBER_WORD_STARTS, readNumberWords } from './en-words.ts';
import { draft, finish, sticky, type Draft, type Reading } from './reading.ts';
import type { NumberMention } from './types.ts';

const SCALE_WORDS = 'hundred|thousand|million|billion|trillion';
const FOLD: Readonly<Record<string, number>> = {
  twice: 2,
  thrice: 3,
  twofold: 2,
  threefold: 3,
  fourfold: 4,
  fivefold: 5,
  tenfold: 10,
};
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;
const WORDS = [...Object.keys(FOLD), ...NUMBER_WORD_STARTS].join('|');
const ARTICLE = `a(?=\\s+(?:${SCALE_WORDS}|half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)\\b)`;
// Case-insensitive for number words; month names and Roman numerals are
// checked for capitals after the match.
const SCAN = new RegExp(
  `\\b(${MONTH_PATTERN})\\b|([$¥€£])?(${DIGITS})|\\b(${WORDS}|${ARTICLE})\\b|\\b([IVX]{2,7})\\b`,
  'gi',
);

const ORDINAL_SUFFIX = /(st|nd|rd|th)(?![A-Za-z])/iy;
const PERCENT = /\s?(?:%|percent\b|per\s+cent\b|pct\b)|\s+(percentage\s+points?)\b/iy;
const MAGNITUDE = /\s?(hundred|thousand|million|billion|trillion)\b(?!s)|(bn|mn|tn)\b/iy;
const MAGNITUDE_EXPONENTS: Readonly<Record<string, number>> = {
  hundred: 2,
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
  mn: 6,
  bn: 9,
  tn: 12,
};
const TIMES = /\s+times\b|\s?-\s?fold\b/iy;
const CURRENCY = /\s+(yuan|RMB|US dollars|dollars|euros|pounds)\b/y;
/** Units written glued to digits (35mm, 70km); any other letter makes an identifier (5G, 3D). */
const GLUED_UNIT = /(mm|cm|km|kg|mg|ml|kWh|kW|MW|GW|mph|m|g|lbs|lb|ft|ha)(?![A-Za-z])/y;
const ROMAN = /^X{0,3}(?:IX|IV|V?I{0,3})$/;
const ROMAN_VALUES: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** What follows any cardinal, digits or words: percent, multiple, clock, currency. */
function readSuffix(
  text: string,
  start: number,
  at: number,
  q: Quantity,
  hourText: string | null,
): Draft {
  const percent = sticky(PERCENT, text, at);
  if (percent)
    return draft(
      start,
      at + percent[0].length,
      'percent',
      q,
      percent[1] === undefined ? undefined : 'percentage point',
    );
  const times = sticky(TIMES, text, at);
  if (times) return draft(start, at + times[0].length, 'multiple', q);
  const clock = readClock(text, start, q.value, at, hourText);
  if (clock) return clock;
  return draft(start, at, 'cardinal', q, sticky(CURRENCY, text, at)?.[1]);
}

function readDigits(
  text: string,
  start: number,
  currency: string | undefined,
  digits: string,
): Reading {
  const numStart = start + (currency?.length ?? 0);
  let at = numStart + digits.length;
  const one = (mention: Draft): Reading => ({ mentions: [mention], end: mention.end });
  // G20, COVID-19, H1N1: digits glued to letters name things.
  if (/[A-Za-z]-?$/.test(text.slice(Math.max(0, numStart - 2), numStart)))
    return { mentions: [], end: at };
  const whole = /^[\d,]+$/.test(digits);
  const value = Number(digits.replace(/,/g, ''));
  if (whole) {
    const clock = digits.includes(',') ? null : readClock(text, numStart, value, at, digits);
    if (clock) return one(clock);
    const suffix = sticky(ORDINAL_SUFFIX, text, at);
    if (suffix) at += suffix[0].length;
    const d = value >= 1 && value <= 31 ? readDayFirst(text, numStart, value, at) : null;
    if (d) return one(d);
    if (suffix) return one(draft(numStart, at, 'ordinal', { value, precision: 0 }));
  }
  const magnitude = sticky(MAGNITUDE, text, at);
  const exponent = magnitude
    ? (MAGNITUDE_EXPONENTS[(magnitude[1] ?? magnitude[2] ?? '').toLowerCase()] ?? 0)
    : 0;
  if (magnitude) at += magnitude[0].length;
  const q = scaleDecimal(digits, exponent);
  const glued = sticky(GLUED_UNIT, text, at);
  if (glued) return one(draft(start, at, 'cardinal', q, glued[1]));
  if (/[A-Za-z]/.test(text[at] ?? '')) return { mentions: [], end: at }; // 5G, 3D
  const mention = readSuffix(text, start, at, q, magnitude ? null : digits);
  if (mention.kind === 'cardinal' && currency !== undefined) mention.unit = currency;
  // A four-digit number without separators, in the range of recent years, is a year.
  const yearLike = /^\d{4}$/.test(digits) && value >= 1900 && value <= 2100;
  if (mention.kind === 'cardinal' && !magnitude && !currency && yearLike)
    return one({ ...mention, kind: 'year', precision: 0 });
  return one(mention);
}

function readWords(text: string, start: number, word: string): Reading {
  const end = start + word.length;
  const fold = FOLD[word.toLowerCase()];
  if (fold !== undefined)
    return { mentions: [draft(start, end, 'multiple', { value: fold, precision: 1 })], end };
  const read = readNumberWords(text, start);
  if (!read) return { mentions: [], end };
  if (read.kind === 'ordinal')
    return { mentions: [draft(start, read.end, 'ordinal', read)], end: read.end };
  if (read.fraction) return { mentions: [draft(start, read.end, 'cardinal', read)], end: read.end };
  const mention = readSuffix(text, start, read.end, read, null);
  // "one of the", "zero tolerance": see the module comment.
  if (mention.kind === 'cardinal' && read.words === 1 && read.value <= 1)
    return { mentions: [], end: read.end };
  return { mentions: [mention], end: mention.end };
}

/**
 * A regnal or series number after a capitalised word (Elizabeth II, World
 * War II, Louis XVI). A lone "I" is the pronoun and never read.
 */
function readRoman(text: string, start: number, numeral: string): Reading {
  const end = start + numeral.length;
  if (!ROMAN.test(numeral) || !/[A-Z][a-z]+ $/.test(text.slice(Math.max(0, start - 20), start)))
    return { mentions: [], end };
  let value = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_VALUES[numeral[i] ?? ''] ?? 0;
    const next = ROMAN_VALUES[numeral[i + 1] ?? ''] ?? 0;
    value += v < next ? -v : v;
  }
  return { mentions: [draft(start, end, 'ordinal', { value, precision: 0 })], end };
}

/**
 * Every number in an English text, in order. Offsets are UTF-16 code units
 * into `text`. Vague plurals ("hundreds of thousands", "millions") are not
 * numbers; neither are digits glued to letters (5G, G20, COVID-19) other
 * than units (35mm).
 */
export function extractEnglishNumbers(text: string): NumberMention[] {
  // One shared RegExp: extraction is synchronous and never re-entered, and
  // compiling this alternation per call would cost more than the scan.
  const scan = SCAN;
  scan.lastIndex = 0;
  const out: NumberMention[] = [];
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const [whole, month, currency, digits, word, roman] = m;
    let reading: Reading = { mentions: [], end: m.index + whole.length };
    if (month !== undefined) {
      if (monthNumber(month) !== undefined) reading = readMonthFirst(text, m.index, month);
    } else if (digits !== undefined) {
      reading = readDigits(text, m.index, currency, digits);
    } else if (word !== undefined) {
      reading = readWords(text, m.index, word);
    } else if (roman !== undefined && roman === roman.toUpperCase()) {
      reading = readRoman(text, m.index, roman);
    }
    finish(reading.mentions, text, out);
    scan.lastIndex = Math.max(reading.end, m.index + 1);
  }
  return out;
}
