import { describe, expect, it } from 'vitest';
import {
  expectedLength,
  mergeProfiles,
  paragraphRuns,
  prefixLengths,
  profileSentence,
} from './profile.ts';

describe('profileSentence', () => {
  it('counts Han characters apart from the other non-space characters', () => {
    const p = profileSentence('2023年 电子社保卡服务151亿人次。', 'zh');
    expect(p.han).toBe(11);
    expect(p.other).toBe(8); // 2023, 151, 。
  });

  it('counts a Han character outside the BMP once', () => {
    expect(profileSentence('𠀀𠀁a', 'zh')).toMatchObject({ han: 2, other: 1 });
  });

  it('predicts target length with the document ratio', () => {
    const p = profileSentence('就业 98%', 'zh');
    expect(expectedLength(p, 3)).toBe(2 * 3 + 3);
    expect(prefixLengths([p, p], 3)).toEqual(Float64Array.from([0, 9, 18]));
  });
});

describe('mergeProfiles and paragraphRuns', () => {
  it('merges runs of sentences and groups sentences by paragraph', () => {
    const a = profileSentence('一是稳岗位。', 'zh');
    const b = profileSentence('稳岗位是基础？', 'zh');
    const merged = mergeProfiles([a, b]);
    expect([merged.han, merged.other, merged.anchors.questions, merged.anchors.ordinal]).toEqual([
      11, 2, 1, 1,
    ]);
    const runs = paragraphRuns([0, 0, 2]);
    expect(runs).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 3 },
    ]);
  });
});
