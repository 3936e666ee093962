import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterEdge, nextWordEdge, previousWordEdge, snapToWords, trimSpaces } from './snap.ts';

const EN = "and ensure, ensure, and ensure the bottom line of people's livelihood.";

function snapped(text: string, start: number, end: number, lang: 'en' | 'zh' = 'en') {
  const range = snapToWords(text, start, end, lang);
  return range && text.slice(range.start, range.end);
}

describe('snapToWords', () => {
  it('widens a selection that starts and ends inside words', () => {
    const start = EN.indexOf('ensure') + 2;
    const end = EN.lastIndexOf('ensure') + 3;
    expect(snapped(EN, start, end)).toBe('ensure, ensure, and ensure');
  });

  it('trims surrounding spaces but keeps punctuation the reviewer chose', () => {
    const start = EN.indexOf(' ensure');
    expect(snapped(EN, start, start + 9)).toBe('ensure,');
    expect(snapped(EN, 3, 4)).toBeNull();
    expect(snapped(EN, EN.indexOf("people's") + 1, EN.indexOf("people's") + 2)).toBe("people's");
  });

  it('snaps Chinese to dictionary words', () => {
    const zh = '我们将联合相关部门进一步做实做细';
    // "合相" straddles 联合 and 相关: both words are taken whole.
    expect(snapped(zh, 4, 6, 'zh')).toBe('联合相关');
    expect(snapped(zh, zh.indexOf('部'), zh.indexOf('部') + 1, 'zh')).toBe('部门');
  });

  it('snaps Chinese inside an English cell (untranslated text)', () => {
    const mixed = '持续深化省级“一卡通”, Vigorously promote';
    expect(snapped(mixed, 3, 5)).toBe('深化省级');
    expect(snapped(mixed, mixed.indexOf('Vig') + 2, mixed.indexOf('Vig') + 4)).toBe('Vigorously');
  });

  it('is idempotent and never shrinks a selection beyond its spaces', () => {
    fc.assert(
      fc.property(fc.nat(EN.length), fc.nat(EN.length), (a, b) => {
        const range = snapToWords(EN, a, b, 'en');
        const trimmed = trimSpaces(EN, a, b);
        if (range === null) return trimmed === null;
        if (trimmed === null) return false;
        expect(range.start).toBeLessThanOrEqual(trimmed.start);
        expect(range.end).toBeGreaterThanOrEqual(trimmed.end);
        expect(snapToWords(EN, range.start, range.end, 'en')).toEqual(range);
        return true;
      }),
    );
  });
});

describe('word and character steps', () => {
  it('moves to the next word end and the previous word start', () => {
    expect(nextWordEdge(EN, 0, 'en')).toBe(3);
    expect(nextWordEdge(EN, 3, 'en')).toBe(10);
    expect(nextWordEdge(EN, EN.length - 1, 'en')).toBe(EN.length);
    expect(previousWordEdge(EN, 10, 'en')).toBe(4);
    expect(previousWordEdge(EN, 4, 'en')).toBe(0);
    expect(previousWordEdge(EN, 0, 'en')).toBe(0);
  });

  it('steps over whole code points', () => {
    const text = 'a😀b';
    expect(characterEdge(text, 1, 1)).toBe(3);
    expect(characterEdge(text, 3, -1)).toBe(1);
    expect(characterEdge(text, 4, 1)).toBe(4);
    expect(characterEdge(text, 0, -1)).toBe(0);
  });
});
