import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findUntranslatedSpans, hanRatio, hasHan, isMostlyChinese } from './script.ts';

const spans = (text: string): string[] =>
  findUntranslatedSpans(text).map((s) => text.slice(s.start, s.end));

describe('hanRatio / isMostlyChinese', () => {
  it('counts Han characters against words of other letters', () => {
    expect(hanRatio('中国 China')).toBeCloseTo(2 / 3);
    expect(hanRatio('我们使用iPhone和Android手机')).toBeCloseTo(7 / 9);
    expect(hanRatio('Wang Xiaoping (王晓萍) said that')).toBeCloseTo(3 / 7);
  });

  it('ignores digits, punctuation and spaces', () => {
    expect(hanRatio('2023。，! 98%')).toBe(0);
    expect(hanRatio('')).toBe(0);
    expect(hanRatio('好。123')).toBe(1);
  });

  it('counts astral Han characters once', () => {
    expect(hanRatio('𠀋 a')).toBe(0.5);
  });

  it('judges more than half as mostly Chinese', () => {
    expect(isMostlyChinese('今天下午3时,十四届全国人大二次会议举行记者会')).toBe(true);
    expect(isMostlyChinese('China Daily reporter asked Wang Xiaoping (王晓萍)')).toBe(false);
    expect(isMostlyChinese('中 a')).toBe(false);
  });

  it('hasHan finds any Han character', () => {
    expect(hasHan('abc 的')).toBe(true);
    expect(hasHan('abc，。')).toBe(false);
  });
});

describe('findUntranslatedSpans', () => {
  it('reports the whole untranslated sentence, with digits, ASCII commas and final 。, trimmed of the ** around it', () => {
    const text =
      '** 今天下午3时,十四届全国人大二次会议举行记者会,教育部部长怀进鹏就教育等相关问题回答中外记者提问。 **';
    expect(spans(text)).toEqual([text.slice(3, -3)]);
  });

  it('reports the Chinese start of a sentence that switches to English', () => {
    const text = '我们将持续深化省级“一卡通”, Vigorously promote regional "one card" and more.';
    expect(spans(text)).toEqual(['我们将持续深化省级“一卡通”']);
  });

  it('reports every Han run in English text, even a single character', () => {
    expect(spans('The 人 is here and 中国 there.')).toEqual(['人', '中国']);
  });

  it('keeps English with function words between two runs as two runs', () => {
    expect(spans('他说 and then 她说')).toEqual(['他说', '她说']);
    expect(spans('一卡通, Vigorously promote regional 一卡通')).toEqual(['一卡通', '一卡通']);
  });

  it('joins Han around short Latin names, acronyms and spaced numbers', () => {
    expect(spans('推广 iPhone 手机 and 发展 GDP 增长')).toEqual([
      '推广 iPhone 手机',
      '发展 GDP 增长',
    ]);
    expect(spans('有 4 个月大')).toEqual(['有 4 个月大']);
  });

  it('widens over touching numbers and full-width punctuation', () => {
    expect(spans('In 2023年电子社保卡服务151亿人次。 Then')).toEqual([
      '2023年电子社保卡服务151亿人次。',
    ]);
    expect(spans('about 9.7亿 people and 98%的 of them')).toEqual(['9.7亿', '98%的']);
    expect(spans('He said “你好！” loudly')).toEqual(['“你好！”']);
  });

  it('never crosses a line', () => {
    expect(spans('你好\n再见')).toEqual(['你好', '再见']);
  });

  it('returns nothing for English or for full-width punctuation alone', () => {
    expect(findUntranslatedSpans('Plain English, with “quotes”（and brackets）.')).toEqual([]);
    expect(findUntranslatedSpans('')).toEqual([]);
  });

  it('uses UTF-16 offsets for astral Han', () => {
    expect(findUntranslatedSpans('a 𠀋b')).toEqual([{ start: 2, end: 4 }]);
  });

  it('finds exactly the untranslated paragraph 1 and the Chinese half of paragraph 2 in the demo MT', () => {
    const text = readFileSync(
      new URL('../../../fixtures/press-conference.mt.en.txt', import.meta.url),
      'utf8',
    );
    const found = spans(text);
    expect(found).toHaveLength(2);
    expect(found[0]).toMatch(/^今天下午3时.*提问。$/);
    expect(found[1]).toMatch(/^人社部部长王晓萍表示.*持续深化省级“一卡通”$/);
  });
});
