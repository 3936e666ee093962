/**
 * Chinese calendar and clock expressions after a number: 2024年3月5日,
 * 3月5日, 5日, 下午3时, 三点五分, 3点半, 15:00. Tolerates the single spaces
 * that tokenised corpora put around digits (11 月 16 日, 晚上 10 点).
 */
import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from './chinese-numerals.ts';
import { scaleDecimal, type Quantity } from './decimal.ts';
import { dateDraft, draft, sticky, type Reading } from './reading.ts';
import { hourOfDay, periodBefore } from './zh-units.ts';

const CN = `[${CHINESE_NUMERAL_CHARS}]`;
const PART = `(\\d{1,2}|${CN}{1,3})`;
const YEAR_MARK = / ?年(?!代|级|龄|薪|均|轻)/y;
const MONTH_DAY = new RegExp(` ?${PART} ?月份?(?: ?${PART} ?[日号])?`, 'y');
const MONTH_MARK = / ?月/y;
const DAY_MARK = / ?日(?!元)/y;
const CLOCK = new RegExp(
  `(?:时(?![期代候间刻节段空差速尚装髦])|点)(?: ?${PART} ?分|(半)|钟|整|许)?`,
  'y',
);
const COLON_TIME = /:(\d{2})(?!\d)/y;

function partValue(part: string): number | undefined {
  return (/^\d/.test(part) ? scaleDecimal(part) : parseChineseNumeral(part))?.value;
}

/** 年 after a four-digit year (`mark` is where 年 may start), with the month and day that may follow. */
export function readYear(text: string, start: number, year: number, mark: number): Reading | null {
  const nian = sticky(YEAR_MARK, text, mark);
  if (!nian) return null;
  const afterYear = mark + nian[0].length;
  const md = sticky(MONTH_DAY, text, afterYear);
  if (md?.[1] !== undefined) {
    const day = md[2] === undefined ? undefined : partValue(md[2]);
    const full = dateDraft(start, afterYear + md[0].length, year, partValue(md[1]), day);
    if (full) return { mentions: [full], end: full.end };
  }
  return {
    mentions: [draft(start, afterYear, 'year', { value: year, precision: 0 })],
    end: afterYear,
  };
}

/** A month with an optional day (3月, 3月5日) read from the month numeral at `numStart`. */
export function readMonth(
  text: string,
  start: number,
  numStart: number,
  month: number,
  mark: number,
): Reading | null {
  if (!sticky(MONTH_MARK, text, mark)) return null;
  const md = sticky(MONTH_DAY, text, numStart);
  if (!md) return null;
  const day = md[2] === undefined ? undefined : partValue(md[2]);
  const d = dateDraft(start, numStart + md[0].length, undefined, month, day);
  return d ? { mentions: [d], end: d.end } : null;
}

/** A day of the month on its own (5日), as in 3月5日至11日. */
export function readDay(text: string, start: number, day: number, mark: number): Reading | null {
  const ri = sticky(DAY_MARK, text, mark);
  const d = ri ? dateDraft(start, mark + ri[0].length, undefined, undefined, day) : null;
  return d ? { mentions: [d], end: d.end } : null;
}

/**
 * A time of day after an hour numeral: 3时, 下午3点半, 三点五分, 15:00.
 * 点 alone counts as a clock only after a period word (下午三点) or after
 * digits (3点); 三点建议 is "three points". The period word, when present,
 * is part of the mention.
 */
export function readClock(
  text: string,
  start: number,
  hour: Quantity,
  mark: number,
  arabic: boolean,
): Reading | null {
  if (!Number.isInteger(hour.value) || hour.value > 24) return null;
  const period = periodBefore(text, start);
  let minutes = 0;
  let end: number;
  const colon = arabic ? sticky(COLON_TIME, text, mark) : null;
  if (colon?.[1] !== undefined) {
    minutes = Number(colon[1]);
    end = mark + colon[0].length;
  } else {
    const clock = sticky(CLOCK, text, mark);
    if (!clock) return null;
    const detailed = clock[0].length > 1;
    if (clock[0].startsWith('点') && !detailed && !period && !arabic) return null;
    if (clock[1] !== undefined) {
      const m = partValue(clock[1]);
      if (m === undefined || m > 59) return null;
      minutes = m;
    } else if (clock[2] !== undefined) {
      minutes = 30;
    }
    end = mark + clock[0].length;
  }
  const value = hourOfDay(hour.value, period?.period ?? null) * 60 + minutes;
  const mention = draft(period?.start ?? start, end, 'time', { value, precision: 0 });
  if (hour.value <= 12 && !period) mention.ambiguous = true;
  return { mentions: [mention], end };
}
