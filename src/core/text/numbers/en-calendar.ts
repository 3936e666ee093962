/**
 * English calendar and clock expressions: March 5, 2024; 5 March 2024; the
 * 4th of July; March 2024; March; 3 p.m.; 10:30 a.m.; 15:00; three o'clock.
 * Month names must be capitalised, since "march" and "may" are verbs.
 */
import { dateDraft, draft, sticky, type Draft, type Reading } from './reading.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTH_NUMBERS = new Map<string, number>([
  ...MONTHS.map((name, i) => [name, i + 1] as [string, number]),
  ...MONTHS.map((name, i) => [name.slice(0, 3), i + 1] as [string, number]),
  ['Sept', 9],
]);

/** Month names and abbreviations as a RegExp alternation, longest first. */
export const MONTH_PATTERN = [...MONTH_NUMBERS.keys()]
  .sort((a, b) => b.length - a.length)
  .join('|');

const DAY_MONTH = new RegExp(
  `\\s+(?:of\\s+)?(${MONTH_PATTERN})\\b\\.?(?:,?\\s+(\\d{4})(?!\\d))?`,
  'y',
);
const MONTH_DAY = /\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:,?\s+(\d{4})(?!\d))?/y;
const MONTH_YEAR = /\.?,?\s+(\d{4})(?!\d)/y;
const CLOCK_12 = /(?::([0-5]\d))?\s?(a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?![A-Za-z])/iy;
const CLOCK_24 = /:([0-5]\d)(?!\d)/y;
const O_CLOCK = /\s+o['’]clock\b/iy;

/** The number (1–12) of a capitalised month name or abbreviation, or `undefined`. */
export function monthNumber(name: string): number | undefined {
  return MONTH_NUMBERS.get(name);
}

/** A date opened by a month name at `start`: March 5, 2024 / March 2024 / March. */
export function readMonthFirst(text: string, start: number, name: string): Reading {
  const month = MONTH_NUMBERS.get(name);
  const end = start + name.length;
  if (month === undefined) return { mentions: [], end };
  const md = sticky(MONTH_DAY, text, end);
  if (md?.[1] !== undefined) {
    const d = dateDraft(
      start,
      end + md[0].length,
      md[2] === undefined ? undefined : Number(md[2]),
      month,
      Number(md[1]),
    );
    if (d) return { mentions: [d], end: d.end };
  }
  const my = sticky(MONTH_YEAR, text, end);
  const withYear =
    my?.[1] === undefined ? null : dateDraft(start, end + my[0].length, Number(my[1]), month);
  if (withYear) return { mentions: [withYear], end: withYear.end };
  // "May" alone is the verb; three-letter abbreviations alone are too short to trust.
  const alone = name === 'May' || name.length < 4 ? null : dateDraft(start, end, undefined, month);
  return { mentions: alone ? [alone] : [], end };
}

/** A date opened by a day number (5 March 2024, 4th of July); `at` is just past the day and any suffix. */
export function readDayFirst(text: string, start: number, day: number, at: number): Draft | null {
  const dm = sticky(DAY_MONTH, text, at);
  const month = dm?.[1] === undefined ? undefined : MONTH_NUMBERS.get(dm[1]);
  if (!dm || month === undefined || (dm[1]?.length ?? 0) < 3) return null;
  return dateDraft(
    start,
    at + dm[0].length,
    dm[2] === undefined ? undefined : Number(dm[2]),
    month,
    day,
  );
}

/**
 * A clock time after an hour (3 p.m., 10:30 a.m., 15:00, three o'clock).
 * Colon times are read only after digits; `hourText` tells 09:00 (which
 * says morning) from 9:00 (which does not).
 */
export function readClock(
  text: string,
  start: number,
  hour: number,
  at: number,
  hourText: string | null,
): Draft | null {
  if (hour > 24 || !Number.isInteger(hour)) return null;
  const twelve = hour >= 1 && hour <= 12 ? sticky(CLOCK_12, text, at) : null;
  if (twelve?.[2] !== undefined) {
    const pm = twelve[2].toLowerCase().startsWith('p');
    const value = ((hour % 12) + (pm ? 12 : 0)) * 60 + Number(twelve[1] ?? 0);
    return draft(start, at + twelve[0].length, 'time', { value, precision: 0 });
  }
  const colon = hourText !== null ? sticky(CLOCK_24, text, at) : null;
  if (colon?.[1] !== undefined) {
    const mention = draft(start, at + colon[0].length, 'time', {
      value: hour * 60 + Number(colon[1]),
      precision: 0,
    });
    if (hour >= 1 && hour <= 12 && !hourText?.startsWith('0')) mention.ambiguous = true;
    return mention;
  }
  const oclock = hour >= 1 && hour <= 12 ? sticky(O_CLOCK, text, at) : null;
  if (!oclock) return null;
  return {
    ...draft(start, at + oclock[0].length, 'time', { value: hour * 60, precision: 0 }),
    ambiguous: true,
  };
}
