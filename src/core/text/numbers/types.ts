/**
 * The shape of a number found in text, shared by the Chinese and the English
 * extractors and by the matcher that compares them across languages.
 */

/**
 * What a number means, as far as the surrounding words tell.
 *
 * - `cardinal`: a count or amount (`3300万`, `12.44 million`, `三分之一`).
 * - `percent`: `value` is in percent (`98%`, `百分之五`, `三成` = 30); percentage
 *   points carry `unit` `百分点` / `percentage point`.
 * - `ordinal`: a position (`第47届`, `十四届`, `一是`, `47th`, `first`).
 * - `date`: a calendar date, possibly partial, see {@link NumberMention.year}.
 * - `year`: a calendar year on its own (`2023年`, `in 2023`).
 * - `time`: a time of day; `value` is minutes since midnight.
 * - `multiple`: a factor (`3倍`, `twice`, `1.5 times`, `threefold`).
 */
export type NumberKind = 'cardinal' | 'percent' | 'ordinal' | 'date' | 'year' | 'time' | 'multiple';

/** The languages the extractors read. */
export type NumberLanguage = 'zh' | 'en';

/**
 * One number mentioned in a text. Offsets are UTF-16 code units into the text
 * given to the extractor, half-open `[start, end)`; `text` is exactly
 * `text.slice(start, end)`. Values are never negative: signs and words like
 * 下降 / "fell" are left to whoever reads the mention.
 */
export interface NumberMention {
  start: number;
  end: number;
  /**
   * The number's value with magnitudes applied (`9.7亿` → 970000000).
   * For `date`: `year * 10000 + month * 100 + day`, a missing part counting
   * as 0 (`3月5日` → 305, `March 2024` → 20240300), so two dates have the
   * same value exactly when they name the same parts. For `time`: minutes
   * since midnight (`下午3时` → 900).
   */
  value: number;
  kind: NumberKind;
  /**
   * Place value of the last digit the writer committed to: 1 for `1244`,
   * 10000 for `1244万`, 1000000 for `33 million`, 0 when exact by nature
   * (fractions, dates, times, ordinals). The matcher accepts a rounded
   * number against a more precise one within half of this step.
   */
  precision: number;
  /** Measure word or unit written after the number, in the text's language (`人次`, `元`, `yuan`). */
  unit?: string;
  /** Date parts, set on `date` mentions only, for display. */
  year?: number;
  month?: number;
  day?: number;
  /**
   * Set on `time` mentions whose half of the day is not written (`3点`,
   * `3:00`): the value may be 12 hours off.
   */
  ambiguous?: boolean;
  text: string;
}
