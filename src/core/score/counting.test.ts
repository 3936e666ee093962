import { describe, expect, it } from 'vitest';
import { countEnglishWords, countHanCharacters } from './counting.ts';

describe('countEnglishWords', () => {
  it('counts runs of letters and digits, keeping inner apostrophes, hyphens and separators', () => {
    expect(countEnglishWords('')).toBe(0);
    expect(countEnglishWords('  ,;  ')).toBe(0);
    expect(countEnglishWords('The well-known minister didn’t say.')).toBe(5);
    expect(countEnglishWords('9.7 billion people, 98% of 1,000 — U.S. data')).toBe(8);
    expect(countEnglishWords('"quoted" (bracketed) end.')).toBe(3);
  });

  it('counts every Han character as one word, next to English words', () => {
    expect(countEnglishWords('王晓萍 said')).toBe(4);
    expect(countEnglishWords('9.7亿人')).toBe(3);
  });

  it('counts accented and non-Latin letters', () => {
    expect(countEnglishWords('café naïve Zürich Москва')).toBe(4);
  });
});

describe('countHanCharacters', () => {
  it('counts ideographs only: not punctuation, digits or Latin letters', () => {
    expect(countHanCharacters('今天下午3时,十四届全国人大二次会议举行记者会。')).toBe(21);
    expect(countHanCharacters('“一卡通”APP 2023年')).toBe(4);
    expect(countHanCharacters('no Chinese here')).toBe(0);
  });
});
