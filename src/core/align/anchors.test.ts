import { describe, expect, it } from 'vitest';
import { anchorsOf, hasToken, listOrdinal, mergeAnchors } from './anchors.ts';

describe('listOrdinal', () => {
  it('reads Chinese list markers at the start of a sentence', () => {
    expect(listOrdinal('一是全力稳岗位。', 'zh')).toBe(1);
    expect(listOrdinal('五是全力保障重点群体。', 'zh')).toBe(5);
    expect(listOrdinal('第二，我们将加强监管。', 'zh')).toBe(2);
    expect(listOrdinal('其三，完善制度。', 'zh')).toBe(3);
    expect(listOrdinal('（四）优化服务。', 'zh')).toBe(4);
    expect(listOrdinal('首先，要明确目标。', 'zh')).toBe(1);
  });

  it('does not take an ordinal inside a name for a list marker', () => {
    expect(listOrdinal('第二届全国技能大赛在天津举办。', 'zh')).toBe(0);
    expect(listOrdinal('今年，一是要稳就业。', 'zh')).toBe(0);
  });

  it('reads English list markers', () => {
    expect(listOrdinal('The first aspect is to make every effort.', 'en')).toBe(1);
    expect(listOrdinal('Secondly, we will expand channels.', 'en')).toBe(2);
    expect(listOrdinal('The fourth is to create a good environment.', 'en')).toBe(4);
    expect(listOrdinal('(3) Improve services.', 'en')).toBe(3);
    expect(listOrdinal('In 2023, 12.44 million jobs were created.', 'en')).toBe(0);
    expect(listOrdinal('5.2% was the average rate.', 'en')).toBe(0);
  });
});

describe('anchorsOf', () => {
  it('counts punctuation of both widths, but not the colon of a clock time', () => {
    const zh = anchorsOf('记者提问：“一卡通”如何推进？（见附表）', 'zh');
    expect([zh.questions, zh.colons, zh.quotes, zh.parens]).toEqual([1, 1, 2, 1]);
    const en = anchorsOf('At 15:00 he asked: "How (and when)?"', 'en');
    expect([en.questions, en.colons, en.quotes, en.parens]).toEqual([1, 1, 2, 1]);
  });

  it('keeps Latin tokens of the Chinese side, lower-cased, and the lower-cased text of the English side', () => {
    const zh = anchorsOf('人工智能（AI）和 GDP 数据，A股上涨。', 'zh');
    expect([...zh.latin].sort()).toEqual(['ai', 'gdp']);
    expect(zh.lower).toBe('');
    const en = anchorsOf('Artificial Intelligence (AI) and GDP data.', 'en');
    expect(en.latin).toEqual([]);
    expect(en.lower).toContain('(ai) and gdp');
  });

  it('extracts normalised numbers on either side', () => {
    const zh = anchorsOf('全年城镇新增就业1244万人。', 'zh');
    const en = anchorsOf('12.44 million new urban jobs were created.', 'en');
    expect(zh.numbers.map((n) => n.value)).toEqual([12_440_000]);
    expect(en.numbers.map((n) => n.value)).toEqual([12_440_000]);
  });

  it('merges the anchors of a run, keeping the first sentence’s list position', () => {
    const merged = mergeAnchors([
      anchorsOf('二是拓宽渠道。', 'zh'),
      anchorsOf('发挥6900多家零工市场作用？', 'zh'),
    ]);
    expect(merged.ordinal).toBe(2);
    expect(merged.questions).toBe(1);
    expect(merged.numbers.map((n) => n.value)).toContain(6900);
  });
});

describe('hasToken', () => {
  it('finds whole words only', () => {
    expect(hasToken('the gdp grew', 'gdp')).toBe(true);
    expect(hasToken('(ai) policy', 'ai')).toBe(true);
    expect(hasToken('the main aim', 'ai')).toBe(false);
    expect(hasToken('gdp2 and xgdp', 'gdp')).toBe(false);
  });
});
