import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { roundStep, scaleDecimal } from './decimal.ts';

describe('scaleDecimal', () => {
  it('moves the decimal point instead of multiplying, so values are exact', () => {
    expect(9.7 * 1e8).not.toBe(970_000_000); // why this module exists
    expect(scaleDecimal('9.7', 8)).toEqual({ value: 970_000_000, precision: 10_000_000 });
    expect(scaleDecimal('12.44', 6)).toEqual({ value: 12_440_000, precision: 10_000 });
    expect(scaleDecimal('0.97', 9).value).toBe(970_000_000);
    expect(scaleDecimal('1244', 4)).toEqual({ value: 12_440_000, precision: 10_000 });
  });

  it('ignores thousands separators and reads plain decimals', () => {
    expect(scaleDecimal('970,000,000')).toEqual({ value: 970_000_000, precision: 1 });
    expect(scaleDecimal('5.2')).toEqual({ value: 5.2, precision: 0.1 });
  });

  it('handles negative exponents (千分之三 = 0.3 percent)', () => {
    expect(scaleDecimal('3', -1).value).toBe(0.3);
    expect(scaleDecimal('25', -3).value).toBe(0.025);
    expect(scaleDecimal('1.5', -1).value).toBe(0.15);
  });

  it('agrees with 12.44 million and 1244万 for any digits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 99_999 }),
        fc.integer({ min: 0, max: 3 }),
        (n, decimals) => {
          const digits = decimals === 0 ? String(n) : (n / 10 ** decimals).toFixed(decimals);
          // The same quantity written with the point elsewhere and a larger exponent.
          expect(scaleDecimal(digits, 6).value).toBe(scaleDecimal(String(n), 6 - decimals).value);
        },
      ),
    );
  });
});

describe('roundStep', () => {
  it('is the largest power of ten dividing a whole number', () => {
    expect(roundStep(33_000_000)).toBe(1_000_000);
    expect(roundStep(105)).toBe(1);
    expect(roundStep(0)).toBe(1);
    expect(roundStep(2.5)).toBe(1);
  });
});
