/**
 * Why a number can be on one side only without a translation error. Human
 * translations are full of these (FLORES, for one): English writes "a",
 * "both" or "next" for 一, 两, 其次; "the 1960s" for 20世纪60年代; "1200
 * GMT" for 12时; "in his 20s" for 20多岁; a source may give a date twice,
 * in Chinese and in the English it quotes. The number check reports a
 * number missing or added only when none of these explains it.
 */
import type { NumberMention } from '../text/numbers/index.ts';

/** Roman numerals (`Lealofi III`) are names, read inconsistently by the extractors. */
const ROMAN = /^[IVXLC]+$/;

/** Whether a mention is written without digits ("seven", "first", 三, 第一). */
function spelledOut(m: NumberMention): boolean {
  return !/[0-9\uff10-\uff19]/.test(m.text);
}

/** Whether the mention is one end of a range (`4.2-3.9 million`, `420万至390万`, `5 to 7`). */
export function inRange(text: string, m: NumberMention): boolean {
  const after = text.slice(m.end, m.end + 5);
  const before = text.slice(Math.max(0, m.start - 5), m.start);
  return (
    /^\s*(?:[-–—~～至到]|to\b)\s*[\d\uff10-\uff19一二三四五六七八九十两]/.test(after) ||
    /[\d\uff10-\uff19一二三四五六七八九十两百千万亿]\s*(?:[-–—~～至到]|to)\s*$/.test(before)
  );
}

/** The digits a mention was written with, if it was written with digits only (`20` of `20多岁`). */
function digitsOf(m: NumberMention): string | null {
  const digits = m.text.replace(/[\uff10-\uff19]/g, (d) =>
    String.fromCharCode(d.charCodeAt(0) - 0xfee0),
  );
  return /^\d+(?:\.\d+)?$/.test(digits.trim()) ? digits.trim() : null;
}

/** Whether `target` holds the digits `digits` as a number of its own ("20s" holds 20, "120" does not). */
function holdsDigits(target: string, digits: string): boolean {
  for (let at = target.indexOf(digits); at >= 0; at = target.indexOf(digits, at + 1)) {
    const before = target.charAt(at - 1);
    const after = target.charAt(at + digits.length);
    if (
      !/[\d.,]/.test(before) &&
      !/\d/.test(after) &&
      !/[.,]\d/.test(target.slice(at + digits.length, at + digits.length + 2))
    )
      return true;
  }
  return false;
}

/** Whether a century (20世纪) is named in the target by one of its years or decades ("the 1960s"). */
function centuryInTarget(m: NumberMention, target: string): boolean {
  if (m.unit !== '世纪' || !Number.isInteger(m.value) || m.value < 2) return false;
  return new RegExp(`\\b${m.value - 1}\\d\\d(?:s|\\b)|\\b${m.value}(?:st|nd|rd|th)\\b`).test(
    target,
  );
}

/**
 * Whether a source number and a target number the extractors read as
 * different kinds state the same thing: a time and an English military
 * time (12时, `1200 GMT`), a time and its hour written as a bare number
 * (14时40分, "14: 40"), a day of the month and an ordinal (25日, "the
 * 25th").
 */
export function looselyEqual(s: NumberMention, t: NumberMention): boolean {
  if (t.kind !== 'cardinal' && t.kind !== 'ordinal') return false;
  if (s.kind === 'date') return s.value > 0 && s.value < 32 && t.value === s.value;
  if (s.kind !== 'time') return false;
  if (/^\d{4}$/.test(t.text) && t.value % 100 < 60) {
    const minutes = Math.floor(t.value / 100) * 60 + (t.value % 100);
    return minutes === s.value || Math.abs(minutes - s.value) === 720;
  }
  const hour = Math.floor(s.value / 60);
  return t.value === hour || t.value === hour - 12 || t.value === hour + 12;
}

/** Whether `t` is the minutes of time `s`, written apart from its hour ("14: 40"). */
export function minutesOf(s: NumberMention, t: NumberMention): boolean {
  return (
    s.kind === 'time' && t.kind === 'cardinal' && s.value % 60 !== 0 && t.value === s.value % 60
  );
}

/**
 * Whether a source number the target lacks is explained: a small number
 * in words, a number in a range, one whose digits the target holds, a
 * century named by its decades, a number the source repeats (a date given
 * in Chinese and in quoted English), or a Roman numeral.
 */
export function missingExplained(
  m: NumberMention,
  source: string,
  target: string,
  matchedSource: readonly NumberMention[],
): boolean {
  if (spelledOut(m) && m.value <= 10) return true;
  if (ROMAN.test(m.text) || inRange(source, m) || centuryInTarget(m, target)) return true;
  const digits = digitsOf(m);
  if (digits !== null && holdsDigits(target, digits)) return true;
  return matchedSource.some((other) => other.kind === m.kind && other.value === m.value);
}

/**
 * Whether a target number the source lacks is explained: a number in words
 * ("first aid", "a thousand lakes"), a year (the source said 今年), a
 * Roman numeral, or a number in a range.
 */
export function extraExplained(m: NumberMention, target: string): boolean {
  return spelledOut(m) || m.kind === 'year' || ROMAN.test(m.text) || inRange(target, m);
}
