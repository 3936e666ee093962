/**
 * Chinese numerals: 三千三百万, 十四, 一百零五, 二〇二四, 三万五.
 *
 * Two notations share the same characters. The structured one names each
 * power of ten (三千三百万); the positional one lists digits (二〇二四, used
 * for years). A run of three or more digits with no unit character, or one
 * holding 〇, is read positionally;
 * anything else must be well-formed structured notation, so that
 * approximations such as 三四 ("three or four") or 七八十 ("seventy or
 * eighty") are rejected rather than misread as one number.
 */
import { roundStep, type Quantity } from './decimal.ts';

// Financial numerals (壹贰叁…) are left out on purpose: they belong on
// cheques, and in prose 伍, 陆 and 肆 are far more often part of 队伍, 大陆
// and 肆意 than numbers.
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const SMALL_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

const BIG_UNITS: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** The characters of positional notation and of decimals after 点 (not 两). */
export const CHINESE_DIGIT_CHARS = '〇零一二三四五六七八九';

/** Every character a Chinese numeral is written with, for use inside a RegExp character class. */
export const CHINESE_NUMERAL_CHARS = `${Object.keys(DIGITS).join('')}${Object.keys(SMALL_UNITS).join('')}${Object.keys(BIG_UNITS).join('')}廿`;

/** The value of one Chinese digit character (〇 and 零 are 0, 两 is 2), or `undefined`. */
export function chineseDigit(char: string): number | undefined {
  return DIGITS[char];
}

/** The exponent of a Chinese magnitude word written after Arabic digits: 十 1 … 亿 8, 万亿 12. */
export function magnitudeExponent(word: string): number {
  let exponent = 0;
  for (const char of word) {
    const unit = SMALL_UNITS[char] ?? BIG_UNITS[char];
    if (unit !== undefined) exponent += Math.round(Math.log10(unit));
  }
  return exponent;
}

/**
 * Reads a digit-only run positionally (二〇二四 → "2024"), or returns `null`
 * when the run holds a unit character or 两, which positional notation never uses.
 */
export function chineseDigitString(numeral: string): string | null {
  let out = '';
  for (const char of numeral) {
    const digit = DIGITS[char];
    if (digit === undefined || char === '两' || char === '兩') return null;
    out += String(digit);
  }
  return out;
}

/**
 * The value of a Chinese numeral, or `null` if `numeral` is not one
 * well-formed number. Handles 十 without a leading 一 (十四), 零 as a
 * placeholder (一百零五), 廿 (廿三 = 23), 万亿, and the spoken elision of
 * a trailing unit (三万五 = 35000, 一千二 = 1200).
 */
export function parseChineseNumeral(numeral: string): Quantity | null {
  if (numeral.length === 0) return null;
  // Two digits side by side (三四) are an approximation; three or more, or
  // any 〇, are positional (一九九八, 二〇).
  const positional =
    numeral.length >= 3 || numeral.includes('〇') ? chineseDigitString(numeral) : null;
  if (positional !== null) return { value: Number(positional), precision: 1 };

  let total = 0; // completed part at and above 亿
  let wan = 0; // completed 万 part
  let section = 0; // below 万
  let digit: number | null = null; // pending digit
  let lastSmall = Infinity; // small units must descend within a section
  let previousUnit = 0; // unit just before the pending digit, for elision
  let afterZero = false;
  for (const char of numeral) {
    const d = DIGITS[char];
    if (d !== undefined) {
      if (d === 0) {
        afterZero = true;
        continue;
      }
      if (digit !== null) return null; // 三四: two digits, an approximation
      digit = d;
      continue;
    }
    const small = char === '廿' ? 20 : SMALL_UNITS[char];
    if (small !== undefined) {
      const place = char === '廿' ? 10 : small;
      if (place >= lastSmall) return null;
      if (char === '廿' && digit !== null) return null;
      section += char === '廿' ? 20 : (digit ?? 1) * small;
      lastSmall = place;
      previousUnit = place;
      digit = null;
      afterZero = false;
      continue;
    }
    const big = BIG_UNITS[char];
    if (big === undefined) return null;
    const group = section + (digit ?? 0);
    if (big === 1e8) {
      total = (total + wan + (group === 0 && wan === 0 && total === 0 ? 1 : group)) * big;
      wan = 0;
    } else {
      if (wan !== 0) return null; // 万 twice in one 亿 group
      wan = (group === 0 ? 1 : group) * big;
    }
    section = 0;
    digit = null;
    lastSmall = Infinity;
    previousUnit = big;
    afterZero = false;
  }
  let tail = digit ?? 0;
  // 三万五: a bare digit right after a unit stands for the next lower place.
  if (digit !== null && !afterZero && previousUnit >= 100) tail = digit * (previousUnit / 10);
  const value = total + wan + section + tail;
  return { value, precision: roundStep(value) };
}
