import { describe, expect, it } from 'vitest';
import type { NumberMention } from './types.ts';
import { extractChineseNumbers } from './zh.ts';

/** [text, kind, value] of each mention, after checking its offsets. */
function read(text: string): [string, string, number][] {
  const mentions = extractChineseNumbers(text);
  for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return mentions.map((m) => [m.text, m.kind, m.value]);
}

function only(text: string): NumberMention {
  const mentions = extractChineseNumbers(text);
  expect(mentions).toHaveLength(1);
  return mentions[0] as NumberMention;
}

describe('extractChineseNumbers: amounts', () => {
  it.each([
    ['9.7亿人', '9.7亿', 970_000_000],
    ['新增就业1244万人', '1244万', 12_440_000],
    ['超过3300万人', '3300万', 33_000_000],
    ['服务151亿人次', '151亿', 15_100_000_000],
    ['4530万', '4530万', 45_300_000],
    ['超过2亿人', '2亿', 200_000_000],
    ['举办招聘会3.2万场', '3.2万', 32_000],
    ['超过3000亿元', '3000亿', 300_000_000_000],
    ['1.5万亿元', '1.5万亿', 1_500_000_000_000],
    ['三千三百万', '三千三百万', 33_000_000],
    ['有400多万人', '400多万', 4_000_000],
    ['超过三百多万人口', '三百多万', 3_000_000],
    ['6000万人', '6000万', 60_000_000],
    ['3千万', '3千万', 30_000_000],
    ['三点五', '三点五', 3.5],
    ['三点五亿', '三点五亿', 350_000_000],
    ['三分之一', '三分之一', 1 / 3],
    ['1,000磅', '1,000', 1000],
  ])('%s → %s = %d', (text, span, value) => {
    expect(read(text)).toEqual([[span, 'cardinal', value]]);
  });

  it('records the measure word after the number', () => {
    expect(only('1244万人').unit).toBe('人');
    expect(only('151亿人次').unit).toBe('人次');
    expect(only('3000亿元').unit).toBe('元');
    expect(only('6900多家').unit).toBe('家');
    expect(only('2.6万辆（次）').unit).toBe('辆');
  });

  it('gives the precision the writer committed to', () => {
    expect(only('9.7亿').precision).toBe(10_000_000);
    expect(only('1244万').precision).toBe(10_000);
    expect(only('1244').precision).toBe(1);
  });

  it('reads full-width digits, keeping offsets into the original text', () => {
    expect(read('共１２３人')).toEqual([['１２３', 'cardinal', 123]]);
    expect(read('增长９．７％')).toEqual([['９．７％', 'percent', 9.7]]);
  });

  it('tolerates the spaces tokenised corpora put around digits', () => {
    expect(read('有 4500 万澳元')).toEqual([['4500 万', 'cardinal', 45_000_000]]);
    expect(read('34 % 的人')).toEqual([['34 %', 'percent', 34]]);
  });
});

describe('extractChineseNumbers: percentages, multiples, ordinals', () => {
  it.each([
    ['全国98%的人', '98%', 98],
    ['平均5.2%', '5.2%', 5.2],
    ['百分之五', '百分之五', 5],
    ['百分之二十点五', '百分之二十点五', 20.5],
    ['百分之百', '百分之百', 100],
    ['三成', '三成', 30],
    ['七成以上', '七成', 70],
    ['千分之三', '千分之三', 0.3],
  ])('%s → %s = %d%%', (text, span, value) => {
    expect(read(text)).toEqual([[span, 'percent', value]]);
  });

  it('reads 个百分点 as percentage points', () => {
    const m = only('下降0.5个百分点');
    expect([m.text, m.kind, m.value, m.unit]).toEqual(['0.5', 'percent', 0.5, '百分点']);
  });

  it.each([
    ['增长两倍', '两倍', 2],
    ['是去年的3倍', '3倍', 3],
    ['1.5倍', '1.5倍', 1.5],
  ])('%s is a multiple', (text, span, value) => {
    expect(read(text)).toEqual([[span, 'multiple', value]]);
  });

  it.each([
    ['第47届世界技能大赛', '第47', 47],
    ['第二届全国技能大赛', '第二', 2],
    ['第 1000 张', '第 1000', 1000],
    ['十四届全国人大', '十四', 14],
    ['二十届三中全会', '二十', 20],
    ['二次会议', '二', 2],
    ['20世纪', '20', 20],
    ['伊丽莎白二世', '二', 2],
    ['首次举办', '首', 1],
    ['首先，', '首先', 1],
    ['其次，', '其次', 2],
  ])('%s has the ordinal %s', (text, span, value) => {
    const [first] = read(text);
    expect(first).toEqual([span, 'ordinal', value]);
  });

  it('reads the list markers 一是, 二是 … as ordinals only where a clause starts', () => {
    expect(read('重点从五个方面发力：一是全力稳岗位。二是全力拓宽就业渠道。')).toEqual([
      ['五', 'cardinal', 5],
      ['一', 'ordinal', 1],
      ['二', 'ordinal', 2],
    ]);
    expect(read('唯一是')).toEqual([]);
  });

  it('reads 十四五 as the 14th Five-Year Plan', () => {
    expect(read('十四五规划')).toEqual([
      ['十四', 'ordinal', 14],
      ['五', 'cardinal', 5],
    ]);
  });
});

describe('extractChineseNumbers: calendar and clock', () => {
  it.each([
    ['2024年3月5日', 20240305],
    ['2024年3月', 20240300],
    ['3月5日', 305],
    ['二〇二四年三月五日', 20240305],
    ['11 月 16 日上午', 1116],
    ['12月', 1200],
  ])('%s is the date %d', (text, value) => {
    const m = only(text);
    expect(m.kind).toBe('date');
    expect(m.value).toBe(value);
  });

  it('sets the date parts that are written', () => {
    expect(only('2024年3月5日')).toMatchObject({ year: 2024, month: 3, day: 5 });
    const m = only('3月');
    expect([m.year, m.month, m.day]).toEqual([undefined, 3, undefined]);
  });

  it('reads a day on its own after a range', () => {
    expect(read('3月5日至11日')).toEqual([
      ['3月5日', 'date', 305],
      ['11日', 'date', 11],
    ]);
  });

  it('reads 2023年 as a year, 3年 as a duration and 60年代 as nothing', () => {
    expect(read('2023年电子社保卡')).toEqual([['2023年', 'year', 2023]]);
    expect(only('工作了3年').unit).toBe('年');
    expect(read('20世纪60年代')).toEqual([['20', 'ordinal', 20]]);
  });

  it.each([
    ['今天下午3时', '下午3时', 15 * 60],
    ['下午3点半', '下午3点半', 15 * 60 + 30],
    ['晚上 10 点', '晚上 10 点', 22 * 60],
    ['早上7点19分', '早上7点19分', 7 * 60 + 19],
    ['六点二十分了', '六点二十分', 6 * 60 + 20],
    ['中午12点', '中午12点', 12 * 60],
    ['中午1点', '中午1点', 13 * 60],
    ['15:00开始', '15:00', 15 * 60],
    ['15：30', '15：30', 15 * 60 + 30],
    ['一点半', '一点半', 90],
  ])('%s has the time %s', (text, span, minutes) => {
    expect(read(text)).toEqual([[span, 'time', minutes]]);
  });

  it('marks a time without a period word as ambiguous', () => {
    expect(only('3点').ambiguous).toBe(true);
    expect(only('下午3点').ambiguous).toBeUndefined();
    expect(only('15:00').ambiguous).toBeUndefined();
  });

  it('does not take 点 for a clock without a period word or digits', () => {
    expect(read('提出三点建议')).toEqual([['三', 'cardinal', 3]]);
    expect(read('好一点')).toEqual([]);
  });
});

describe('extractChineseNumbers: what is not a number', () => {
  it.each([
    '千方百计稳就业',
    '就业关系千家万户生计',
    '持续深化省级“一卡通”',
    '实施了一系列稳就业政策',
    '面临一些困难',
    '一线技术工人',
    '统一部署',
    '十分重要',
    '四川省',
    '七上八下',
    '零工市场',
    '老百姓',
    '建设一支队伍',
    '学完一门课程',
    '技能人才队伍',
    '二氧化碳',
    '周三',
    '星期五',
    '万一',
    '千万不要',
    '数十万人',
    '几百人',
    '上千人',
    '十几个',
    '三四个',
    '七八十',
    '亿万富翁',
    '第二天早上',
  ])('finds nothing in %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('skips digits glued to Latin letters (5G, G20, COVID-19)', () => {
    expect(read('5G网络、G20峰会、COVID-19疫情')).toEqual([]);
  });

  it('still reads 十分之一 and 十分钟, which start like 十分 ("very")', () => {
    expect(read('十分之一')).toEqual([['十分之一', 'cardinal', 0.1]]);
    expect(read('十分钟')).toEqual([['十', 'cardinal', 10]]);
  });

  it('still reads 一 where a construction makes it a number', () => {
    expect(read('第一')).toEqual([['第一', 'ordinal', 1]]);
    expect(read('一倍')).toEqual([['一倍', 'multiple', 1]]);
    expect(read('一成')).toEqual([['一成', 'percent', 10]]);
    expect(read('一月')).toEqual([['一月', 'date', 100]]);
    expect(read('一万')).toEqual([['一万', 'cardinal', 10_000]]);
  });
});

describe('extractChineseNumbers: offsets', () => {
  it('counts UTF-16 code units, so astral characters before a number shift it by two', () => {
    const text = '𠀀𠀁😀共98%';
    const [m] = extractChineseNumbers(text);
    expect(m?.start).toBe(7);
    expect(text.slice(m?.start, m?.end)).toBe('98%');
  });

  it('reports mentions in text order without overlap', () => {
    const text =
      '今天下午3时,十四届全国人大二次会议举行记者会。全国98%的人都有社保卡,9.7亿人还领用了电子社保卡。';
    const mentions = extractChineseNumbers(text);
    expect(mentions.map((m) => m.text)).toEqual(['下午3时', '十四', '二', '98%', '9.7亿']);
    for (let i = 1; i < mentions.length; i++)
      expect(mentions[i]?.start).toBeGreaterThanOrEqual(mentions[i - 1]?.end ?? 0);
  });
});
