import { describe, expect, it } from 'vitest';
import { startsWithVowelSound } from './article-sound.ts';
import { runCheck } from './test-helpers.ts';

const fixes = (en: string) => runCheck('article', '原文。', en).map((f) => f.fixed);

describe('a or an', () => {
  it('fixes "a" before a vowel sound and "an" before a consonant sound', () => {
    expect(fixes('It is a interesting idea.')).toEqual(['It is an interesting idea.']);
    expect(fixes('It is an useful tool.')).toEqual(['It is a useful tool.']);
    expect(fixes('Wait a hour.')).toEqual(['Wait an hour.']);
    expect(fixes('Build a "overpass" for them.')).toEqual(['Build an "overpass" for them.']);
    expect(fixes('An book lay there.')).toEqual(['A book lay there.']);
  });

  it('gets the exceptions to the vowel-letter rule right', () => {
    for (const en of [
      'He is a European.',
      'It was a one-off.',
      'She is an honest judge.',
      'He is an MP.',
      'She works an 8-hour shift.',
      'He is an 11-year-old boy.',
      'A university and a union met.',
      'It was a UNESCO site and an FBI case, an NGO and a NATO base.',
      'It took an hour and a half.',
      'An X-ray and a U-turn, a u-turn, an e-mail.',
      'It was a historic day, an historic day.',
    ]) {
      expect(fixes(en), en).toEqual([]);
    }
  });

  it('flags the exceptions misused', () => {
    expect(fixes('He is an European.')).toEqual(['He is a European.']);
    expect(fixes('He is a MP.')).toEqual(['He is an MP.']);
    expect(fixes('She works a 8-hour shift.')).toEqual(['She works an 8-hour shift.']);
    expect(fixes('A honest man.')).toEqual(['An honest man.']);
  });

  it('leaves letters, labels and the surname An alone', () => {
    for (const en of [
      'Grade A eggs and vitamin A are good.',
      'Minister An Weixing spoke at 9 a.m.',
      'Option a is fine.',
    ]) {
      expect(fixes(en), en).toEqual([]);
    }
  });

  it('reads numbers aloud', () => {
    expect(startsWithVowelSound('8,000')).toBe(true);
    expect(startsWithVowelSound('18')).toBe(true);
    expect(startsWithVowelSound('11,000')).toBe(true);
    expect(startsWithVowelSound('1800')).toBe(true);
    expect(startsWithVowelSound('110')).toBe(false);
    expect(startsWithVowelSound('1')).toBe(false);
    expect(startsWithVowelSound('80')).toBe(true);
  });
});
