/**
 * Comparing numbers across languages: does 1244万 say what 12.44 million
 * says, is 98% the same as 98 percent, 2023年 the same as 2023?
 */
import type { NumberKind, NumberMention } from './types.ts';

/** Kinds that only ever match their own kind. The others are all counts of something. */
const STRICT_KINDS: ReadonlySet<NumberKind> = new Set(['percent', 'date', 'time']);

const HALF_DAY = 12 * 60;

function sameValue(a: number, b: number): boolean {
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
}

/**
 * Whether two values agree once the less precise one is taken as a rounding
 * of the other: 12.4 million (step 100000) matches 1244万, but 1244万
 * (step 10000) does not match 12.5 million.
 */
function withinRounding(a: NumberMention, b: NumberMention): boolean {
  const step = Math.max(a.precision, b.precision);
  return (
    sameValue(a.value, b.value) ||
    Math.abs(a.value - b.value) <= step / 2 + 1e-9 * Math.abs(a.value)
  );
}

/**
 * Whether two date values (yyyymmdd, 0 for a missing part) agree on every
 * part both name, sharing at least one. Translations move the year around
 * (2021年8月24日至9月5日 → "24 August to 5 September 2021"), so a part
 * named on one side only is not a disagreement.
 */
function datesAgree(a: number, b: number): boolean {
  const parts = (v: number) => [Math.floor(v / 10000), Math.floor(v / 100) % 100, v % 100];
  const pa = parts(a);
  const pb = parts(b);
  let shared = 0;
  for (let i = 0; i < 3; i++) {
    const x = pa[i] ?? 0;
    const y = pb[i] ?? 0;
    if (x === 0 || y === 0) continue;
    if (x !== y) return false;
    shared++;
  }
  return shared > 0;
}

/**
 * Whether a bare number names the hour of a time on the hour: 七点 is often
 * rendered "at seven", and "at 3" may stand for 下午3时.
 */
function clockHour(time: NumberMention, hour: number): boolean {
  if (time.value % 60 !== 0 || !Number.isInteger(hour)) return false;
  const h = time.value / 60;
  return h === hour || h === hour + 12;
}

/**
 * Whether two mentions, typically from the two sides of a translation, state
 * the same number.
 *
 * - Percentages, dates and times match only their own kind, except that a
 *   time on the hour matches a bare number naming that hour (七点, "seven"). Dates must name
 *   no part differently (see `datesAgree`). A time whose half
 *   of the day is unwritten (3点) matches either 3:00 or 15:00.
 * - Cardinals, ordinals, years and multiples match one another: languages
 *   mark these differently (十四届 is an ordinal without 第; 两次 may be
 *   "twice"; 2021—2025年 puts 年 only on the second year), so a difference
 *   in kind alone is not a translation error.
 * - Cardinals, multiples and percentages allow for rounding (see
 *   `NumberMention.precision`); ordinals, years, dates and times do not.
 */
export function numbersMatch(a: NumberMention, b: NumberMention): boolean {
  if (a.kind === 'time' && b.kind === 'cardinal') return clockHour(a, b.value);
  if (b.kind === 'time' && a.kind === 'cardinal') return clockHour(b, a.value);
  if (STRICT_KINDS.has(a.kind) || STRICT_KINDS.has(b.kind)) {
    if (a.kind !== b.kind) return false;
    if (a.kind === 'date') return datesAgree(a.value, b.value);
    if (a.kind === 'time') {
      if (a.value === b.value) return true;
      return (
        (a.ambiguous === true || b.ambiguous === true) &&
        Math.abs(a.value - b.value) % HALF_DAY === 0
      );
    }
    return withinRounding(a, b);
  }
  const exact =
    a.kind === 'ordinal' || a.kind === 'year' || b.kind === 'ordinal' || b.kind === 'year';
  return exact ? sameValue(a.value, b.value) : withinRounding(a, b);
}

/** The result of pairing the numbers of a source with those of its translation. */
export interface NumberComparison {
  /** Pairs `[source, target]` that state the same number, in source order. */
  matched: [NumberMention, NumberMention][];
  /** Source numbers with no counterpart in the target: dropped or mistranslated. */
  missing: NumberMention[];
  /** Target numbers with no counterpart in the source: added or mistranslated. */
  extra: NumberMention[];
}

/**
 * Pairs two bags of numbers one to one. Exact agreements are paired first
 * and roundings only then, so that a rounded 12 million cannot take the
 * partner of an exact 12,440,000 when both are present. Each pass is greedy
 * in text order, which is optimal in practice: a sentence rarely repeats
 * near-equal numbers.
 */
export function compareNumbers(
  source: readonly NumberMention[],
  target: readonly NumberMention[],
): NumberComparison {
  const partner = new Array<number>(source.length).fill(-1);
  const taken = new Array<boolean>(target.length).fill(false);
  const passes: ((a: NumberMention, b: NumberMention) => boolean)[] = [
    (a, b) => sameValue(a.value, b.value) && numbersMatch(a, b),
    numbersMatch,
  ];
  for (const agrees of passes) {
    source.forEach((s, i) => {
      if (partner[i] !== -1) return;
      const j = target.findIndex((t, k) => !taken[k] && agrees(s, t));
      if (j === -1) return;
      partner[i] = j;
      taken[j] = true;
    });
  }
  const matched: [NumberMention, NumberMention][] = [];
  const missing: NumberMention[] = [];
  source.forEach((s, i) => {
    const t = target[partner[i] ?? -1];
    if (t) matched.push([s, t]);
    else missing.push(s);
  });
  return { matched, missing, extra: target.filter((_, k) => !taken[k]) };
}

/**
 * How well two bags of numbers agree, in [0, 1]: twice the matched pairs
 * over the numbers on both sides (the Dice coefficient). 1 when neither side
 * has a number, since there is then nothing to disagree on.
 */
export function numberAgreement(comparison: NumberComparison): number {
  const pairs = comparison.matched.length;
  const total = 2 * pairs + comparison.missing.length + comparison.extra.length;
  return total === 0 ? 1 : (2 * pairs) / total;
}
