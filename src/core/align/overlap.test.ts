import { describe, expect, it } from 'vitest';
import { HanOverlap } from './overlap.ts';
import { profileSentence } from './profile.ts';

const zh = (text: string) => profileSentence(text, 'zh');
const en = (text: string) => profileSentence(text, 'en');

const source = [
  zh('人社部部长王晓萍表示，目前全国98%的人都有社保卡。'),
  zh('2023年电子社保卡全年服务151亿人次。'),
  zh('我们将持续深化省级“一卡通”，大力推进区域“一卡通”。'),
];

describe('HanOverlap', () => {
  it('is inactive, and free, when the target holds no Chinese', () => {
    const overlap = new HanOverlap(source, [en('Wang Xiaoping said 98% of people have a card.')]);
    expect(overlap.active).toBe(false);
    expect(overlap.cost(0, 1, 0, 1)).toBe(0);
  });

  it('ties Chinese left in the MT to the source it was copied from', () => {
    const target = [
      en('人社部部长王晓萍表示，目前全国98%的人都有社保卡。'),
      en('2023年电子社保卡全年服务151亿人次。'),
    ];
    const overlap = new HanOverlap(source, target);
    expect(overlap.active).toBe(true);
    expect(overlap.cost(0, 1, 0, 1)).toBeLessThan(-5);
    expect(overlap.cost(1, 1, 0, 1)).toBeGreaterThan(0);
    expect(overlap.cost(1, 1, 1, 1)).toBeLessThan(overlap.cost(0, 1, 1, 1));
  });

  it('credits the Chinese part of a sentence that switches to English', () => {
    const target = [en('我们将持续深化省级“一卡通”, Vigorously promote regional "one card".')];
    const overlap = new HanOverlap(source, target);
    expect(overlap.cost(2, 1, 0, 1)).toBeLessThan(0);
    expect(overlap.cost(0, 1, 0, 1)).toBeGreaterThan(0);
  });

  it('counts a bigram once however many source sentences of the bead hold it', () => {
    const target = [en('社保卡服务')];
    const overlap = new HanOverlap(source, target);
    // 社保 and 保卡 are in both source sentences, 服务 in the second only, 卡服 in neither.
    const single = overlap.cost(1, 1, 0, 1);
    const both = overlap.cost(0, 2, 0, 1);
    expect(both).toBe(single);
  });
});
