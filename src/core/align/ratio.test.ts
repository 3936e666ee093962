import { describe, expect, it } from 'vitest';
import { profileSentence } from './profile.ts';
import { DEFAULT_CHAR_RATIO, MAX_CHAR_RATIO, estimateCharRatio } from './ratio.ts';

const zh = (text: string) => profileSentence(text, 'zh');
const en = (text: string) => profileSentence(text, 'en');

describe('estimateCharRatio', () => {
  const source = [
    zh('王晓萍表示，我国是人口众多的发展中国家，就业关系千家万户生计，也关系经济社会发展全局。'),
    zh('过去一年，在党中央坚强领导下，经过各方面共同努力，我国就业局势持续改善、保持总体稳定。'),
  ];
  const target = [
    en(
      'Wang Xiaoping said that China is a developing country with a large population. Employment affects the lives of thousands of households and the overall economic and social development.',
    ),
    en(
      "In the past year, under the strong leadership of the Party Central Committee and through the joint efforts of all parties, China's employment situation has continued to improve.",
    ),
  ];

  it('measures English characters per translated Chinese character', () => {
    const ratio = estimateCharRatio(source, target);
    const han = source.reduce((n, p) => n + p.han, 0);
    const latin = target.reduce((n, p) => n + p.other, 0) - source.reduce((n, p) => n + p.other, 0);
    expect(ratio).toBeCloseTo(latin / han, 9);
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(5);
  });

  it('is not thrown off by Chinese the MT left untranslated', () => {
    const copied = zh(
      '人社部部长王晓萍表示，目前全国98%的人都有社保卡，9.7亿人还领用了电子社保卡。',
    );
    const withCopy = estimateCharRatio([...source, copied], [...target, en(copied.text)]);
    expect(withCopy).toBeCloseTo(estimateCharRatio(source, target), 9);
  });

  it('falls back to the default when there is too little translated text, and clamps', () => {
    expect(estimateCharRatio([zh('你好。')], [en('Hello.')])).toBe(DEFAULT_CHAR_RATIO);
    expect(estimateCharRatio([], [])).toBe(DEFAULT_CHAR_RATIO);
    const padded = en('x'.repeat(10_000));
    expect(estimateCharRatio(source, [padded])).toBe(MAX_CHAR_RATIO);
  });
});
