import { describe, expect, it } from 'vitest';
import { extractEnglishNumbers } from './en.ts';
import type { NumberMention } from './types.ts';

function read(text: string): [string, string, number][] {
  const mentions = extractEnglishNumbers(text);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return mentions.map((m) => [m.text, m.kind, m.value]);
}

function only(text: string): NumberMention {
  const mentions = extractEnglishNumbers(text);
  expect(mentions).toHaveLength(1);
  return mentions[0] as NumberMention;
}

describe('extractEnglishNumbers: amounts', () => {
  it.each([
    ['12.44 million new urban jobs', '12.44 million', 12_440_000],
    ['970 million people', '970 million', 970_000_000],
    ['0.97 billion', '0.97 billion', 970_000_000],
    ['970,000,000 cards', '970,000,000', 970_000_000],
    ['exceeded 33 million.', '33 million', 33_000_000],
    ['3,000 jobs', '3,000', 3000],
    ['300bn', '300bn', 300_000_000_000],
    ['two hundred million', 'two hundred million', 200_000_000],
    ['six thousand', 'six thousand', 6000],
    ['twelve', 'twelve', 12],
    ['two-thirds of them', 'two-thirds', 2 / 3],
    ['more than 6900 odd job markets', '6900', 6900],
  ])('%s → %s = %d', (text, span, value) => {
    expect(read(text)).toEqual([[span, 'cardinal', value]]);
  });

  it('records currencies', () => {
    expect(only('300 billion yuan').unit).toBe('yuan');
    const dollars = only('an extra $45 million');
    expect([dollars.text, dollars.value, dollars.unit]).toEqual(['$45 million', 45_000_000, '$']);
    expect(only('the 35mm format').unit).toBe('mm');
  });

  it('gives the precision the writer committed to', () => {
    expect(only('12.44 million').precision).toBe(10_000);
    expect(only('33 million').precision).toBe(1_000_000);
    expect(only('970,000,000').precision).toBe(1);
  });
});

describe('extractEnglishNumbers: percentages, multiples, ordinals', () => {
  it.each([
    ['averaged 5.2%', '5.2%', 5.2],
    ['20 percent', '20 percent', 20],
    ['75 per cent of', '75 per cent', 75],
    ['twenty percent', 'twenty percent', 20],
    ['34 % of', '34 %', 34],
  ])('%s → %s = %d%%', (text, span, value) => {
    expect(read(text)).toEqual([[span, 'percent', value]]);
  });

  it('reads percentage points as percent with a unit', () => {
    const m = only('fell 0.5 percentage points');
    expect([m.text, m.kind, m.value, m.unit]).toEqual([
      '0.5 percentage points',
      'percent',
      0.5,
      'percentage point',
    ]);
  });

  it.each([
    ['twice as many', 'twice', 2],
    ['1.5 times the fare', '1.5 times', 1.5],
    ['four times', 'four times', 4],
    ['a three-fold rise', 'three-fold', 3],
    ['tenfold', 'tenfold', 10],
  ])('%s is a multiple', (text, span, value) =>
    expect(read(text)).toEqual([[span, 'multiple', value]]),
  );

  it.each([
    ['the first aspect', 'first', 1],
    ['1st', '1st', 1],
    ['2nd', '2nd', 2],
    ['the 47th World Skills Competition', '47th', 47],
    ['the twentieth', 'twentieth', 20],
    ['the Second Session of the', 'Second', 2],
    ['His 1,000th stamp', '1,000th', 1000],
    ['a third reason', 'third', 3],
    ['Queen Elizabeth II', 'II', 2],
    ['King Louis XVI', 'XVI', 16],
    ['World War II', 'II', 2],
  ])('%s has the ordinal %s', (text, span, value) => {
    expect(read(text)).toEqual([[span, 'ordinal', value]]);
  });
});

describe('extractEnglishNumbers: years, dates, times', () => {
  it('reads a lone four-digit number in the recent range as a year', () => {
    expect(read('In 2023, electronic cards')).toEqual([['2023', 'year', 2023]]);
    expect(read('6900 markets')).toEqual([['6900', 'cardinal', 6900]]);
    expect(read('2,023 people')).toEqual([['2,023', 'cardinal', 2023]]);
  });

  it.each([
    ['on March 5, 2024.', 'March 5, 2024', 20240305],
    ['on 5 March 2024', '5 March 2024', 20240305],
    ['in March 2024', 'March 2024', 20240300],
    ['in March', 'March', 300],
    ['on November 16, beginning', 'November 16', 1116],
    ['the 4th of July 1776', '4th of July 1776', 17760704],
    ['on Sept. 9', 'Sept. 9', 909],
  ])('%s is the date %s', (text, span, value) => {
    expect(read(text)).toEqual([[span, 'date', value]]);
  });

  it('does not read the verbs "may" and "march", nor May alone, as months', () => {
    expect(read('Today may be sunny; they march on. May I?')).toEqual([]);
    expect(read('on May 5')).toEqual([['May 5', 'date', 505]]);
  });

  it.each([
    ['at 3 p.m. today', '3 p.m.', 15 * 60, undefined],
    ['at 10:30 a.m.', '10:30 a.m.', 10 * 60 + 30, undefined],
    ['at 3pm', '3pm', 15 * 60, undefined],
    ['at 15:00', '15:00', 15 * 60, undefined],
    ['at 09:00', '09:00', 9 * 60, undefined],
    ['at 3:30', '3:30', 3 * 60 + 30, true],
    ["at three o'clock", "three o'clock", 3 * 60, true],
    ['at 12 p.m.', '12 p.m.', 12 * 60, undefined],
  ])('%s has the time %s', (text, span, minutes, ambiguous) => {
    const m = only(text);
    expect([m.text, m.kind, m.value, m.ambiguous]).toEqual([span, 'time', minutes, ambiguous]);
  });
});

describe('extractEnglishNumbers: what is not a number', () => {
  it.each([
    'one of the most important',
    'a number of workers',
    'hundreds of thousands of people',
    'millions of households',
    'thousands of households',
    'the "one card" service',
    'zero tolerance',
    'the 1990s',
    '5G networks',
    'the G20 summit',
    'COVID-19 cases',
    'I went there',
    'several years',
    'the vi editor',
  ])('finds nothing in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads "one" when it is part of a larger number', () => {
    expect(read('one million')).toEqual([['one million', 'cardinal', 1_000_000]]);
    expect(read('twenty-one')).toEqual([['twenty-one', 'cardinal', 21]]);
    expect(read('one-third')).toEqual([['one-third', 'cardinal', 1 / 3]]);
  });
});

describe('extractEnglishNumbers: offsets', () => {
  it('counts UTF-16 code units, so astral characters before a number shift it by two', () => {
    const text = '😀🎉 grew 5.2%';
    const [m] = extractEnglishNumbers(text);
    expect(m?.start).toBe(10);
    expect(m?.text).toBe('5.2%');
  });
});
