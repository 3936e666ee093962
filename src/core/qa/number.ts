/**
 * Numbers: every number of the source must be in the target and the other
 * way round, compared by value after the Chinese and English forms are
 * normalised (`core/text/numbers/`: 万/亿 magnitudes, 百分之, 成, 倍, 两,
 * Chinese and full-width digits, dates, ordinals, "12.44 million").
 *
 * A source number and a target number that are both unpaired are reported
 * together rather than as one missing plus one extra: as a wrong magnitude
 * when they differ by a power of ten (4530万 as "4.53 million", the classic
 * 万 slip) and as a mismatch otherwise. Percentages stated as percentage
 * points, or the reverse, are flagged even though the figure agrees.
 * English amounts of four or more digits written without separators
 * (`6900`) are a locale finding of their own, with the grouping as a fix.
 */
import {
  compareNumbers,
  extractNumbers,
  type NumberKind,
  type NumberMention,
} from '../text/numbers/index.ts';
import {
  extraExplained,
  inRange,
  looselyEqual,
  minutesOf,
  missingExplained,
} from './number-excuses.ts';
import { englishAmount, groupingEdit, needsGrouping } from './number-format.ts';
import type { Check, Issue, UnitText } from './types.ts';

/** Kinds that state a count and may stand for one another across languages. */
const COUNTS: ReadonlySet<NumberKind> = new Set(['cardinal', 'ordinal', 'year', 'multiple']);

/** Whether two unpaired numbers are worth reporting as one mismatch (a time may be written as bare numbers). */
function comparable(a: NumberMention, b: NumberMention): boolean {
  if (a.kind === 'time' && b.kind === 'cardinal') return true;
  return a.kind === b.kind || (COUNTS.has(a.kind) && COUNTS.has(b.kind));
}

/** Whether `b` is `a` shifted by a power of ten (10 to 10⁸ either way). */
function shiftedMagnitude(a: NumberMention, b: NumberMention): boolean {
  if (a.value <= 0 || b.value <= 0 || a.kind !== 'cardinal' || b.kind !== 'cardinal') return false;
  const power = Math.round(Math.log10(b.value / a.value));
  if (power === 0 || Math.abs(power) > 8) return false;
  return Math.abs((a.value * 10 ** power) / b.value - 1) < 0.005;
}

/** Percentage points on one side only. */
function pointsDiffer(a: NumberMention, b: NumberMention): boolean {
  const points = (m: NumberMention) => /百分点|percentage point/.test(m.unit ?? '');
  return a.kind === 'percent' && b.kind === 'percent' && points(a) !== points(b);
}

const range = (m: NumberMention) => ({ start: m.start, end: m.end });

/** Removes and returns the first mention of `list` that `fits`, `null` if none does. */
function take(list: NumberMention[], fits: (t: NumberMention) => boolean): NumberMention | null {
  const k = list.findIndex(fits);
  return k < 0 ? null : (list.splice(k, 1)[0] ?? null);
}

/** Characters without which a Chinese text states no number the check would report. */
const CHINESE_NUMERAL = /[0-9０-９〇零一二两三四五六七八九十百千万亿]/;

function check(unit: UnitText): Issue[] {
  const { source, target } = unit;
  if (target === null || unit.untranslatedUnit) return [];
  // No digits in the target and no numerals in the source: nothing to compare
  // (numbers in words on the target side alone are never reported).
  if (!/\d/.test(target) && (source === null || !CHINESE_NUMERAL.test(source))) return [];
  const targetNumbers = extractNumbers(target, 'en');
  const issues: Issue[] = targetNumbers
    .filter((m) => needsGrouping(target, m))
    .map((m) => ({
      target: range(m),
      source: null,
      messageKey: 'number.format',
      params: { text: m.text, expected: groupingEdit(m).replacement },
      fix: groupingEdit(m),
      category: 'Locale convention/Number format',
      severity: 'minor' as const,
    }));
  if (source === null) return issues;
  const { matched, missing, extra } = compareNumbers(extractNumbers(source, 'zh'), targetNumbers);
  for (const [s, t] of matched) {
    if (!pointsDiffer(s, t)) continue;
    issues.push({
      target: range(t),
      source: range(s),
      messageKey: 'number.points',
      params: { source: s.text, target: t.text },
    });
  }
  // A number in a range is compared with the range, which the extractors do not read as one.
  const unpairedExtra = extra.filter((t) => !inRange(target, t));
  const matchedSource = matched.map(([s]) => s);
  for (const s of missing) {
    if (take(unpairedExtra, (t) => looselyEqual(s, t))) {
      take(unpairedExtra, (t) => minutesOf(s, t));
      continue;
    }
    const shifted = take(unpairedExtra, (t) => shiftedMagnitude(s, t));
    if (shifted) {
      issues.push({
        target: range(shifted),
        source: range(s),
        messageKey: 'number.magnitude',
        params: { source: s.text, target: shifted.text, expected: englishAmount(s.value) },
      });
      continue;
    }
    const other = take(unpairedExtra, (t) => comparable(s, t) && !extraExplained(t, target));
    if (other) {
      take(unpairedExtra, (t) => minutesOf(s, t));
      issues.push({
        target: range(other),
        source: range(s),
        messageKey: 'number.mismatch',
        params: { source: s.text, target: other.text },
      });
    } else if (!missingExplained(s, source, target, matchedSource)) {
      issues.push({
        target: null,
        source: range(s),
        messageKey: 'number.missing',
        params: { source: s.text },
        category: 'Accuracy/Omission',
      });
    }
  }
  for (const t of unpairedExtra) {
    if (extraExplained(t, target)) continue;
    issues.push({
      target: range(t),
      source: null,
      messageKey: 'number.extra',
      params: { target: t.text },
      category: 'Accuracy/Addition',
    });
  }
  return issues.sort((a, b) => (a.target?.start ?? -1) - (b.target?.start ?? -1));
}

/** The number check. */
export const numberCheck: Check = {
  id: 'number',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  subsumes: [],
  prepare: () => check,
};
