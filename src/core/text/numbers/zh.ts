/**
 * Numbers in Chinese text: Arabic digits with Chinese magnitudes (9.7亿,
 * 1244万, 400多万), Chinese numerals (三千三百万), percentages (98%,
 * 百分之五, 三成, 个百分点), multiples (倍), fractions (三分之一), ordinals
 * (第47届, 十四届, 二次会议, 20世纪, 伊丽莎白二世, 一是, 首次, 首先), and
 * the calendar and clock expressions of `zh-calendar.ts`.
 *
 * One global RegExp finds each candidate (a stop-listed word, or a numeral
 * with an optional 第/百分之/千分之 prefix); `readAt` then looks at what
 * follows with sticky RegExps and decides what the number is. Each decision
 * consumes its markers, so 个百分点 is never re-read as the number 百.
 */
import {
  CHINESE_DIGIT_CHARS,
  CHINESE_NUMERAL_CHARS,
  chineseDigitString,
  magnitudeExponent,
  parseChineseNumeral,
} from './chinese-numerals.ts';
import { scaleDecimal, type Quantity } from './decimal.ts';
import { draft, finish, sticky, type Draft, type Reading } from './reading.ts';
import type { NumberMention } from './types.ts';
import { readClock, readDay, readMonth, readYear } from './zh-calendar.ts';
import { ZH_STOP_PATTERN } from './zh-stoplist.ts';
import { ZH_UNIT_PATTERN } from './zh-units.ts';

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const ARABIC = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?`;
const SCAN = new RegExp(
  `(${ZH_STOP_PATTERN})|(?:(第|百分之|千分之) ?)?(?:(${ARABIC})|(${CN}+))|(首(?=[次届个批家位支])|首先|其次)`,
  'g',
);

// Sticky readers, applied where the number ends.
const MAGNITUDE = / ?[多余]?(?:[十百千](?![米克瓦伏])(?:万亿|万|亿)?|万亿|万|亿)/y;
// Decimals are positional digits; a following 十/百/千 or 分 makes it a clock (六点二十分).
const DECIMAL = new RegExp(
  `点([${CHINESE_DIGIT_CHARS}]+)(?![${CHINESE_DIGIT_CHARS}十百千]|分)`,
  'y',
);
const MORE_MAGNITUDE = /[多余](?:万亿|万|亿)/y;
const BIG_MAGNITUDE = /万亿|万|亿/y;
const PERCENT_MARK = /%|(?:个)?(百分点)/y;
const TENTHS_MARK = /成(?![为员本果功立长绩熟交就效品型都千年])/y;
const FRACTION = new RegExp(`分之 ?(\\d+(?:\\.\\d+)?|${CN}+)`, 'y');
const ORDINAL_MARK = /(届)|(次)(?=会议|全会|全体会议|代表大会)|(中全会)|(世纪)|(世)(?![界代人间])/y;
const UNIT = new RegExp(`[多余来]?(${ZH_UNIT_PATTERN})`, 'y');
const FIVE_YEAR_PLAN = /^十[一二三四五六七八九]五$/;
const LIST_START = /(?:^|[\s。；;，,：:！？!?“"（(])$/;
const WEEKDAY = /(?:周|星期|礼拜)$/;
const HAN_OR_PERCENT = /[\u3400-\u9fff%]/;

/** Single characters that alone are an article or an idiom far more often than a number. */
const BARE = new Set(['一', '零', '〇', '百', '千', '万', '亿']);

const FULL_WIDTH = /[０-９．％：]/g;
const HAS_FULL_WIDTH = /[０-９．％：]/;

/**
 * Full-width digits and signs (１２３, ％) to ASCII. Each is one UTF-16 unit
 * either way, so offsets into the result are offsets into the input.
 */
function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** A numeral read from the scan, before its construction is known. */
interface Candidate {
  /** Where the mention starts (the prefix, if any). */
  start: number;
  /** Where the numeral itself starts. */
  numStart: number;
  /** Just past the numeral, its decimals and magnitude. */
  at: number;
  /** Where markers (年, %, 倍 …) may start: `at`, or past one space before a Han character. */
  mark: number;
  q: Quantity;
  /** No decimal point, separator or magnitude: may be a year, month, day or hour. */
  integral: boolean;
  prefix: string | undefined;
  arabic: string | undefined;
  numeral: string | undefined;
}

function withUnit(text: string, mention: Draft, mark: number): Draft {
  const u = sticky(UNIT, text, mark);
  if (u?.[1] !== undefined) mention.unit = u[1];
  return mention;
}

/** The calendar and clock readings, open only to whole numbers without 第. */
function readCalendar(text: string, c: Candidate): Reading | null {
  const { start, mark, q } = c;
  if (text.startsWith('年代', mark)) return { mentions: [], end: mark + 2 }; // 60年代: a decade, like "the 1960s"
  const digits = c.arabic ?? (c.numeral === undefined ? null : chineseDigitString(c.numeral));
  if (digits !== null && digits.length === 4) {
    const year = readYear(text, start, q.value, mark);
    if (year) return year;
  }
  if (q.value >= 1 && q.value <= 12) {
    const month = readMonth(text, start, c.numStart, q.value, mark);
    if (month) return month;
  }
  // 一日 is "one day" more often than "the 1st"; 一点 ("a little") is kept
  // out by readClock, which wants 一点半 or a period word.
  if (q.value >= 1 && q.value <= 31 && c.numeral !== '一') {
    const day = readDay(text, start, q.value, mark);
    if (day) return day;
  }
  return readClock(text, start, q, mark, c.arabic !== undefined);
}

/** The constructions that give a number its kind; `null` leaves it a plain count. */
function readConstruction(text: string, c: Candidate): Reading | null {
  const { start, mark, q, prefix } = c;
  const one = (mention: Draft, end = mention.end): Reading => ({ mentions: [mention], end });
  if (prefix === '百分之') return one(draft(start, c.at, 'percent', q));
  if (prefix === '千分之')
    return one(
      draft(start, c.at, 'percent', {
        value: scaleDecimal(String(q.value), -1).value,
        precision: q.precision / 10,
      }),
    );
  if (c.integral && prefix !== '第') {
    const calendar = readCalendar(text, c);
    if (calendar) return calendar;
  }
  const percent = sticky(PERCENT_MARK, text, mark);
  if (percent) {
    const sign = percent[1] === undefined;
    return one(
      draft(start, sign ? mark + 1 : c.at, 'percent', q, percent[1]),
      mark + percent[0].length,
    );
  }
  if (c.integral && q.value <= 10 && sticky(TENTHS_MARK, text, mark)) {
    return one(
      draft(start, mark + 1, 'percent', { value: q.value * 10, precision: q.precision * 10 }),
    );
  }
  const fraction = c.integral && q.value > 0 ? sticky(FRACTION, text, mark) : null;
  const numerator =
    fraction?.[1] === undefined
      ? null
      : /^\d/.test(fraction[1])
        ? scaleDecimal(fraction[1])
        : parseChineseNumeral(fraction[1]);
  if (fraction && numerator) {
    return one(
      draft(start, mark + fraction[0].length, 'cardinal', {
        value: numerator.value / q.value,
        precision: 0,
      }),
    );
  }
  if (text[mark] === '倍') return one(draft(start, mark + 1, 'multiple', q));
  const ordinal = { value: q.value, precision: 0 };
  const marker = c.integral ? sticky(ORDINAL_MARK, text, mark) : null;
  if (marker) {
    const unit = marker[1] ?? marker[2] ?? marker[3] ?? marker[4] ?? marker[5];
    return one(draft(start, c.at, 'ordinal', ordinal, unit), mark + marker[0].length);
  }
  const listItem = c.numeral !== undefined && !prefix && q.value <= 10 && text[mark] === '是';
  if (listItem && LIST_START.test(text.slice(Math.max(0, start - 1), start))) {
    return one(draft(start, c.at, 'ordinal', ordinal), mark + 1);
  }
  return null;
}

/**
 * Reads the numeral matched by `SCAN` and what follows it. Returns no
 * mentions for skipped candidates (approximations, weekdays, identifiers
 * such as 5G, a bare 一), but still moves past them.
 */
function readAt(text: string, m: RegExpExecArray): Reading {
  const [whole, , prefix, arabic, numeral] = m;
  const start = m.index;
  let at = start + whole.length;
  const skip: Reading = { mentions: [], end: at };
  if (m[5] !== undefined) {
    // 首次, 首届: "the first"; 首先 / 其次 open the first and second items of a list.
    const position = { value: m[5] === '其次' ? 2 : 1, precision: 0 };
    return {
      mentions: [draft(start, at, 'ordinal', position, m[5] === '首' ? text[at] : undefined)],
      end: at,
    };
  }
  const numStart = at - (arabic ?? numeral ?? '').length;
  const before = text.slice(Math.max(0, numStart - 2), numStart);
  let q: Quantity | null;
  let integral = true;
  if (arabic !== undefined) {
    // G20, COVID-19, 5G: digits glued to Latin letters name things.
    if (/[A-Za-z]-?$/.test(before) || /[A-Za-z]/.test(text[at] ?? '')) return skip;
    const mag = sticky(MAGNITUDE, text, at);
    q = scaleDecimal(arabic, mag ? magnitudeExponent(mag[0]) : 0);
    if (mag) at += mag[0].length;
    integral = !mag && /^\d+$/.test(arabic);
  } else {
    if (numeral === undefined) return skip;
    if (
      !prefix &&
      WEEKDAY.test(before) &&
      /^[一二三四五六日天]$/.test(numeral) &&
      !/[次个天]/.test(text[at] ?? '')
    )
      return skip;
    if (FIVE_YEAR_PLAN.test(numeral) && !prefix) {
      // 十四五: the 14th Five-Year Plan, two numbers in three characters.
      const nth = parseChineseNumeral(numeral.slice(0, 2));
      const plan = [
        draft(start, start + 2, 'ordinal', { value: nth?.value ?? 0, precision: 0 }),
        draft(start + 2, at, 'cardinal', { value: 5, precision: 1 }),
      ];
      return { mentions: plan, end: at };
    }
    q = parseChineseNumeral(numeral);
    const more = q ? sticky(MORE_MAGNITUDE, text, at) : null;
    if (q && more) {
      // 三百多万: "more than three million".
      q = scaleDecimal(String(q.value), magnitudeExponent(more[0]));
      at += more[0].length;
      integral = false;
    }
    const dec = q && !more ? sticky(DECIMAL, text, at) : null;
    const digits = dec?.[1] === undefined ? null : chineseDigitString(dec[1]);
    if (q && dec && digits !== null) {
      const mag = sticky(BIG_MAGNITUDE, text, at + dec[0].length);
      q = scaleDecimal(`${q.value}.${digits}`, mag ? magnitudeExponent(mag[0]) : 0);
      at += dec[0].length + (mag?.[0].length ?? 0);
      integral = false;
    }
  }
  if (!q) return skip;
  // 数十万, 几百, 上千, 十几: vague amounts, like "hundreds of thousands".
  const vague =
    before.endsWith('数') ||
    before.endsWith('几') ||
    (before.endsWith('上') && /^[百千万亿]/.test(numeral ?? ''));
  if (!prefix && vague) return skip;
  if (text[at] === '几') return { mentions: [], end: at + 1 };
  const mark = text[at] === ' ' && HAN_OR_PERCENT.test(text[at + 1] ?? '') ? at + 1 : at;
  const c: Candidate = { start, numStart, at, mark, q, integral, prefix, arabic, numeral };
  const reading = readConstruction(text, c);
  if (reading) return reading;
  const lone = numeral !== undefined && at === numStart + numeral.length && BARE.has(numeral);
  if (!prefix && lone) return skip;
  const plain =
    prefix === '第'
      ? draft(start, at, 'ordinal', { value: q.value, precision: 0 })
      : draft(start, at, 'cardinal', q);
  return { mentions: [withUnit(text, plain, mark)], end: at };
}

/**
 * Every number in a Chinese text, in order. Offsets are UTF-16 code units
 * into `text`. Stop-listed words and a lone 一 / 零 / 百 / 千 / 万 / 亿
 * outside any construction are not numbers (see `zh-stoplist.ts`).
 */
export function extractChineseNumbers(text: string): NumberMention[] {
  const src = HAS_FULL_WIDTH.test(text) ? toHalfWidth(text) : text;
  // One shared RegExp: extraction is synchronous and never re-entered, and
  // compiling this alternation per call would cost more than the scan.
  const scan = SCAN;
  scan.lastIndex = 0;
  const out: NumberMention[] = [];
  for (let m = scan.exec(src); m; m = scan.exec(src)) {
    if (m[1] !== undefined) continue;
    const reading = readAt(src, m);
    finish(reading.mentions, text, out);
    scan.lastIndex = Math.max(reading.end, m.index + 1);
  }
  return out;
}
