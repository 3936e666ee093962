import { describe, expect, it } from 'vitest';
import { englishWords } from './words.ts';

describe('englishWords', () => {
  it('gives the same lower case and form on the plain-ASCII path as on the general one', () => {
    const words = englishWords("deputies People’s ÉCOLE café iPhone talents' 3rd x");
    expect(words.map((w) => [w.lower, w.form, w.capitalized])).toEqual([
      ['deputies', 'deputy', false],
      ["people's", 'people', true],
      ['école', 'école', true],
      ['café', 'café', false],
      ['iphone', 'iphone', false],
      ['talents', 'talent', false],
      ['3rd', '3rd', false],
      ['x', 'x', false],
    ]);
  });

  it('splits words with inner apostrophes, digits and Han runs, keeping offsets', () => {
    const text = "The people's 14th Congress — don’t stop, 高技能 𠀀x'.";
    const words = englishWords(text);
    expect(words.map((w) => w.text)).toEqual([
      'The',
      "people's",
      '14th',
      'Congress',
      'don’t',
      'stop',
      '高技能',
      '𠀀x',
    ]);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
    expect(words.map((w) => w.lower)).toContain("don't");
    expect(words.map((w) => w.capitalized)).toEqual([
      true,
      false,
      false,
      true,
      false,
      false,
      false,
      false,
    ]);
  });

  it('records how each word joins the previous one', () => {
    const words = englishWords('high-skilled  talents, odd "job" + market');
    expect(words.map((w) => [w.text, w.joint, w.joined])).toEqual([
      ['high', 'start', false],
      ['skilled', 'hyphen', false],
      ['talents', 'space', false],
      ['odd', 'break', false],
      ['job', 'other', false],
      ['market', 'other', false],
    ]);
    expect(englishWords('a b').map((w) => w.joined)).toEqual([false, true]);
  });
});
