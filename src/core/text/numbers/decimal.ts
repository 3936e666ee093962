/**
 * Exact arithmetic on written decimals. `9.7 * 1e8` is 969999999.9999999 in
 * binary floating point; moving the decimal point in the string instead
 * gives 970000000, so `9.7亿` and `970 million` compare equal without any
 * epsilon.
 */

/** A value together with the place of its last committed digit (see `NumberMention.precision`). */
export interface Quantity {
  value: number;
  precision: number;
}

/**
 * The value of a plain decimal string (`"1244"`, `"9.7"`, `"12,440.5"`;
 * thousands commas are ignored) times `10 ** exponent`, computed by shifting
 * the decimal point, and its precision: the place of the last written digit
 * times the same power of ten (`"9.7"`, 8 → 970000000, precision 10000000).
 */
export function scaleDecimal(digits: string, exponent = 0): Quantity {
  const plain = digits.replace(/,/g, '');
  const dot = plain.indexOf('.');
  const whole = dot < 0 ? plain : plain.slice(0, dot);
  const fraction = dot < 0 ? '' : plain.slice(dot + 1);
  const all = whole + fraction;
  const point = whole.length + exponent; // where the decimal point lands in `all`
  let shifted: string;
  if (point <= 0) shifted = `0.${'0'.repeat(-point)}${all}`;
  else if (point >= all.length) shifted = all + '0'.repeat(point - all.length);
  else shifted = `${all.slice(0, point)}.${all.slice(point)}`;
  // `Number('1e-2')` parses the literal, which is the closest double to 0.01,
  // the same one the matcher's arithmetic produces.
  return { value: Number(shifted), precision: Number(`1e${exponent - fraction.length}`) };
}

/**
 * The largest power of ten that divides a whole number: the precision of a
 * number written in words or Chinese numerals, where no trailing zero is
 * ever written out (`三千三百万` → 1000000). 1 for zero and non-integers.
 */
export function roundStep(value: number): number {
  if (value === 0 || !Number.isInteger(value)) return 1;
  let step = 1;
  while (value % (step * 10) === 0) step *= 10;
  return step;
}

/** `10 ** exponent` for the exponents of Chinese and English magnitudes, as an exact literal. */
export function powerOfTen(exponent: number): number {
  return Number(`1e${exponent}`);
}
