import { describe, expect, it } from 'vitest';
import { runCheck } from './test-helpers.ts';

const keys = (zh: string, en: string) =>
  runCheck('number', zh, en).map((f) => [f.finding.messageKey, f.source, f.target]);

describe('number check: agreement after normalisation', () => {
  it('accepts Chinese magnitudes, numerals and English forms that agree', () => {
    const pairs: [string, string][] = [
      ['城镇新增就业1244万人。', 'There were 12.44 million new urban jobs.'],
      ['9.7亿人领用了电子社保卡。', 'Some 970 million people have one.'],
      ['9.7亿人领用了电子社保卡。', 'Some 0.97 billion people have one.'],
      ['共有九亿七千万人。', 'There are 970,000,000 people.'],
      ['预算为2万亿元。', 'The budget is 2 trillion yuan.'],
      ['增长百分之五。', 'It grew 5%.'],
      ['三成企业盈利。', '30 percent of firms made a profit.'],
      ['产量增长３倍。', 'Output grew three times.'],
      ['编号一二〇。', 'Number 120.'],
      ['会议于2024年3月5日开幕。', 'The session opened on March 5, 2024.'],
      ['第47届世界技能大赛。', 'The 47th WorldSkills Competition.'],
      ['失业率平均5.2%。', 'The unemployment rate averaged 5.2%.'],
      ['累计举办招聘会3.2万场。', 'A total of 32,000 job fairs were held.'],
    ];
    for (const [zh, en] of pairs) expect(keys(zh, en), `${zh} | ${en}`).toEqual([]);
  });

  it('reports a wrong magnitude, pointing at both numbers', () => {
    const [f] = runCheck('number', '脱贫人口务工规模超过4530万人。', 'It exceeded 4.53 million.');
    expect(f?.finding.messageKey).toBe('number.magnitude');
    expect(f?.source).toBe('4530万');
    expect(f?.target).toBe('4.53 million');
    expect(f?.finding.message).toBe('Wrong magnitude: 4530万 is 45.3 million, not 4.53 million.');
    expect(f?.finding.severity).toBe('major');
  });

  it('reports a mismatch, a missing and an extra number', () => {
    expect(keys('共有1800万人参加。', 'A total of 1,700 people took part.')).toEqual([
      ['number.mismatch', '1800万', '1,700'],
    ]);
    expect(keys('共有1800万人参加培训。', 'Many people took part in training.')).toEqual([
      ['number.missing', '1800万', null],
    ]);
    expect(keys('很多人参加培训。', 'Some 350 people took part in training.')).toEqual([
      ['number.extra', null, '350'],
    ]);
  });

  it('reports percentage points rendered as percent', () => {
    expect(keys('失业率下降两个百分点。', 'Unemployment fell 2%.')).toEqual([
      ['number.points', '两', '2%'],
    ]);
    expect(keys('失业率下降两个百分点。', 'Unemployment fell 2 percentage points.')).toEqual([]);
  });

  it('suggests thousands separators for English amounts, with a fix', () => {
    const [f] = runCheck('number', '发挥6900多家零工市场作用。', 'More than 6900 odd job markets.');
    expect(f?.finding.category).toBe('Locale convention/Number format');
    expect(f?.fixed).toBe('More than 6,900 odd job markets.');
    const formats = runCheck(
      'number',
      '2023年。',
      'In 2023, flight A320, COVID-19, 5000 BC, 10:30.',
    )
      .map((f) => f.finding.messageKey)
      .filter((key) => key === 'number.format');
    expect(formats).toEqual([]);
  });

  it('accepts what human translations legitimately change', () => {
    const pairs: [string, string][] = [
      ['一是全力稳岗位。', 'First, stabilize jobs.'],
      ['他有两个孩子。', 'He has a couple of children.'],
      ['20 世纪 60 年代，他在政府工作。', 'In the 1960s he worked for the government.'],
      ['他年仅 20 多岁。', 'He was in his 20s.'],
      ['约 12 时许，车辆被拖走。', 'The vehicle was towed at 1200 GMT.'],
      ['化石来自 420 万至 390 万年前。', 'Fossils from 4.2-3.9 million years ago.'],
      ['今年天气很好。', 'The weather in 2024 is fine, the first in years.'],
    ];
    for (const [zh, en] of pairs) expect(keys(zh, en), `${zh} | ${en}`).toEqual([]);
  });

  it('says nothing about a unit left in Chinese', () => {
    expect(keys('全年服务151亿人次。', '全年服务151亿人次。')).toEqual([]);
  });
});

describe('number check: kinds the extractors read differently', () => {
  it('pairs a day of the month with an ordinal and a time with its hour and minutes', () => {
    expect(
      keys('25日下午，一架小型飞机坠毁。', 'On the afternoon of the 25th, a small plane crashed.'),
    ).toEqual([]);
    expect(keys('当天14时40分左右。', 'At around 14: 40 that day.')).toEqual([]);
    expect(keys('当天14时40分左右。', 'At around 15: 40 that day.')).toEqual([
      ['number.mismatch', '14时40分', '15'],
    ]);
  });
});
