import { describe, expect, it } from 'vitest';
import { extractEnglishNumbers } from './en.ts';
import { compareNumbers, numberAgreement, numbersMatch } from './match.ts';
import type { NumberMention } from './types.ts';
import { extractChineseNumbers } from './zh.ts';

function zh(text: string): NumberMention {
  const [m] = extractChineseNumbers(text);
  if (!m) throw new Error(`no number in ${text}`);
  return m;
}

function en(text: string): NumberMention {
  const [m] = extractEnglishNumbers(text);
  if (!m) throw new Error(`no number in ${text}`);
  return m;
}

describe('numbersMatch', () => {
  it.each([
    ['1244万', '12.44 million'],
    ['9.7亿', '970 million'],
    ['9.7亿', '0.97 billion'],
    ['3300万', '33 million'],
    ['3000亿', '300 billion'],
    ['151亿', '15.1 billion'],
    ['3.2万', '32,000'],
    ['98%', '98 percent'],
    ['百分之五', '5%'],
    ['三成', '30 per cent'],
    ['0.5个百分点', '0.5 percentage points'],
    ['2023年', '2023'],
    ['第47届', '47th'],
    ['十四届', 'Fourteenth'],
    ['一是', 'First'],
    ['两倍', 'twice'],
    ['2024年3月5日', 'March 5, 2024'],
    ['下午3时', '3 p.m.'],
    ['3点', '15:00'],
    ['七点', 'seven'],
    ['三分之二', 'two-thirds'],
    ['三千三百万', 'thirty-three million'],
  ])('%s matches %s', (a, b) => {
    expect(numbersMatch(zh(a), en(b))).toBe(true);
    expect(numbersMatch(en(b), zh(a))).toBe(true);
  });

  it.each([
    ['1244万', '1.244 million'],
    ['151亿', '151 billion'],
    ['98%', '98'],
    ['98%', '89%'],
    ['3000亿', '3,000 billion'],
    ['2024年3月5日', 'March 6, 2024'],
    ['下午3时', '3 a.m.'],
    ['5.2%', '5.3%'],
    ['第47届', '46th'],
    ['两万', 'two thousand'],
    ['3月5日', '5 April'],
  ])('%s does not match %s', (a, b) => {
    expect(numbersMatch(zh(a), en(b))).toBe(false);
  });

  it('accepts a rounding in either direction, but only within half a step', () => {
    expect(numbersMatch(zh('1244万'), en('12.4 million'))).toBe(true);
    expect(numbersMatch(zh('1244万'), en('12 million'))).toBe(true);
    expect(numbersMatch(zh('1244万'), en('12.5 million'))).toBe(false);
    expect(numbersMatch(zh('3300万'), en('33.2 million'))).toBe(false);
  });

  it('lets dates agree on the parts both sides name', () => {
    expect(numbersMatch(zh('2021年8月24日'), en('24 August'))).toBe(true);
    expect(numbersMatch(zh('3月'), en('March 2024'))).toBe(true);
    expect(numbersMatch(zh('3月'), en('5 March'))).toBe(true);
    expect(numbersMatch(zh('5日'), en('March 2024'))).toBe(false);
  });
});

describe('compareNumbers', () => {
  it('pairs numbers one to one and reports what is missing and extra', () => {
    const source = extractChineseNumbers(
      '全年城镇新增就业1244万人，城镇调查失业率平均5.2%，脱贫人口务工规模超过3300万人',
    );
    const target = extractEnglishNumbers(
      '12.44 million new urban jobs, an unemployment rate of 5.2%, and 3.3 million people',
    );
    const c = compareNumbers(source, target);
    expect(c.matched.map(([s, t]) => [s.text, t.text])).toEqual([
      ['1244万', '12.44 million'],
      ['5.2%', '5.2%'],
    ]);
    expect(c.missing.map((m) => m.text)).toEqual(['3300万']);
    expect(c.extra.map((m) => m.text)).toEqual(['3.3 million']);
    expect(numberAgreement(c)).toBeCloseTo(4 / 6);
  });

  it('pairs exact values before roundings, whatever the order', () => {
    const source = extractEnglishNumbers('12 million and 12,440,000');
    const target = extractChineseNumbers('1244万和1200万');
    const c = compareNumbers(source, target);
    expect(c.matched.map(([s, t]) => [s.text, t.text])).toEqual([
      ['12 million', '1200万'],
      ['12,440,000', '1244万'],
    ]);
  });

  it('counts repeats: one 3 does not answer two', () => {
    const c = compareNumbers(extractChineseNumbers('3人和3人'), extractEnglishNumbers('3 people'));
    expect(c.matched).toHaveLength(1);
    expect(c.missing).toHaveLength(1);
  });

  it('agrees fully when neither side has a number', () => {
    expect(numberAgreement(compareNumbers([], []))).toBe(1);
  });
});
