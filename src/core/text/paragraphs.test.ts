import { describe, expect, it } from 'vitest';
import { splitParagraphs } from './paragraphs.ts';

const texts = (text: string): string[] =>
  splitParagraphs(text).map((p) => text.slice(p.start, p.end));

describe('splitParagraphs', () => {
  it('makes every non-blank line a paragraph, whether separated by one newline or several', () => {
    expect(texts('one\ntwo\n\nthree\n\n\n\nfour')).toEqual(['one', 'two', 'three', 'four']);
  });

  it('trims ASCII spaces, tabs, full-width spaces and NBSP', () => {
    const text = ' \t\u3000第一段。\u00a0 \n\u3000\u3000第二段。';
    expect(texts(text)).toEqual(['第一段。', '第二段。']);
    expect(splitParagraphs(text)[0]).toEqual({ start: 3, end: 7 });
  });

  it('skips lines holding only whitespace', () => {
    expect(texts('a\n \u3000\t\n\u00a0\nb')).toEqual(['a', 'b']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs('\n \n\u3000')).toEqual([]);
  });

  it('also breaks lines at CR and the Unicode separators, for text that was not normalised', () => {
    expect(texts('a\r\nb\rc\u2028d\u2029e')).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('keeps a paragraph without a trailing newline and uses UTF-16 offsets', () => {
    const text = '𠀋好\n  end';
    expect(splitParagraphs(text)).toEqual([
      { start: 0, end: 3 },
      { start: 6, end: 9 },
    ]);
  });
});
