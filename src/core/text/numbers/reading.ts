/**
 * Plumbing shared by the Chinese and English readers: a mention before its
 * `text` is sliced, what reading one candidate yields, and sticky matching.
 */
import type { Quantity } from './decimal.ts';
import type { NumberKind, NumberMention } from './types.ts';

/** A mention whose `text` is filled in last, from the caller's original string. */
export type Draft = Omit<NumberMention, 'text'>;

/** What reading one candidate produced (possibly nothing) and where scanning resumes. */
export interface Reading {
  mentions: Draft[];
  end: number;
}

/** Runs a sticky (`y`) RegExp at exactly `at`. */
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A draft mention; `unit` is set only when given, so mentions stay free of `unit: undefined`. */
export function draft(
  start: number,
  end: number,
  kind: NumberKind,
  q: Quantity,
  unit?: string,
): Draft {
  const mention: Draft = { start, end, value: q.value, kind, precision: q.precision };
  if (unit !== undefined) mention.unit = unit;
  return mention;
}

/**
 * A date mention from whichever parts are known (see `NumberMention.value`),
 * or `null` if the month or day is out of range (13月, 32日).
 */
export function dateDraft(
  start: number,
  end: number,
  year?: number,
  month?: number,
  day?: number,
): Draft | null {
  const valid = (n: number | undefined, max: number) =>
    n === undefined || (Number.isInteger(n) && n >= 1 && n <= max);
  if (!valid(month, 12) || !valid(day, 31)) return null;
  const mention: Draft = {
    start,
    end,
    value: (year ?? 0) * 10000 + (month ?? 0) * 100 + (day ?? 0),
    kind: 'date',
    precision: 0,
  };
  if (year !== undefined) mention.year = year;
  if (month !== undefined) mention.month = month;
  if (day !== undefined) mention.day = day;
  return mention;
}

/** Turns drafts into mentions in place (no copy: this runs once per number), their `text` sliced from the caller's string. */
export function finish(drafts: readonly Draft[], text: string, out: NumberMention[]): void {
  for (const d of drafts) {
    const mention = d as NumberMention;
    mention.text = text.slice(d.start, d.end);
    out.push(mention);
  }
}
