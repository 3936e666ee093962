import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseDigitString, magnitudeExponent, parseChineseNumeral } from './chinese-numerals.ts';

const value = (numeral: string) => parseChineseNumeral(numeral)?.value ?? null;

/** Writes n (< 10^12) in structured Chinese numerals, the way a style guide would. */
function toChinese(n: number): string {
  const digits = '零一二三四五六七八九';
  const section = (s: number): string => {
    let out = '';
    let zero = false;
    for (const [unit, name] of [
      [1000, '千'],
      [100, '百'],
      [10, '十'],
      [1, ''],
    ] as const) {
      const d = Math.floor(s / unit) % 10;
      if (d === 0) {
        zero = out !== '';
        continue;
      }
      if (zero) out += '零';
      zero = false;
      out += (digits[d] ?? '') + name;
    }
    return out;
  };
  if (n === 0) return '零';
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor(n / 1e4) % 1e4;
  const rest = n % 1e4;
  let out = '';
  if (yi) out += section(yi) + '亿';
  if (wan) out += (yi && wan < 1000 ? '零' : '') + section(wan) + '万';
  if (rest) out += ((yi || wan) && rest < 1000 ? '零' : '') + section(rest);
  return out;
}

describe('parseChineseNumeral', () => {
  it.each([
    ['十', 10],
    ['十四', 14],
    ['二十', 20],
    ['四十七', 47],
    ['一百零五', 105],
    ['一千零五十', 1050],
    ['三千三百万', 33_000_000],
    ['一亿二千万', 120_000_000],
    ['十二亿三千四百万', 1_234_000_000],
    ['万亿', 1e12],
    ['三万亿', 3e12],
    ['两百', 200],
    ['两千', 2000],
    ['廿三', 23],
    ['零', 0],
    ['亿', 1e8],
  ])('reads %s as %d', (numeral, expected) => {
    expect(value(numeral)).toBe(expected);
  });

  it.each([
    ['三万五', 35_000],
    ['一千二', 1200],
    ['两百五', 250],
    ['一亿五', 150_000_000],
  ])('reads the spoken elision %s as %d', (numeral, expected) =>
    expect(value(numeral)).toBe(expected),
  );

  it.each([
    ['二〇二四', 2024],
    ['一九九八', 1998],
    ['二〇', 20],
  ])('reads positional %s as %d', (numeral, expected) => {
    expect(value(numeral)).toBe(expected);
  });

  it.each(['三四', '七八', '十四五', '百千', '三百四千', '万万'])(
    'rejects %s, which is not one number',
    (numeral) => {
      expect(parseChineseNumeral(numeral)).toBeNull();
    },
  );

  it('gives the place of the last non-zero digit as precision', () => {
    expect(parseChineseNumeral('三千三百万')?.precision).toBe(1_000_000);
    expect(parseChineseNumeral('一百零五')?.precision).toBe(1);
    expect(parseChineseNumeral('三十')?.precision).toBe(10);
  });

  it('reads back every number written out in structured numerals', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
        expect(value(toChinese(n))).toBe(n);
      }),
      { numRuns: 500 },
    );
  });
});

describe('chineseDigitString', () => {
  it('lists digits positionally and refuses units and 两', () => {
    expect(chineseDigitString('二〇二四')).toBe('2024');
    expect(chineseDigitString('一九四九')).toBe('1949');
    expect(chineseDigitString('二十')).toBeNull();
    expect(chineseDigitString('两')).toBeNull();
  });
});

describe('magnitudeExponent', () => {
  it('adds up the powers of ten of a magnitude word', () => {
    expect(magnitudeExponent('万')).toBe(4);
    expect(magnitudeExponent('亿')).toBe(8);
    expect(magnitudeExponent('万亿')).toBe(12);
    expect(magnitudeExponent('千万')).toBe(7);
    expect(magnitudeExponent(' 多万')).toBe(4);
  });
});
