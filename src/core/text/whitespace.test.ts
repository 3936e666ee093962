import { describe, expect, it } from 'vitest';
import { isBlank, isBlankAt, isBlankCode, trimRange } from './whitespace.ts';

describe('isBlankCode', () => {
  it('agrees with the regex \\s on every BMP code unit', () => {
    const disagreements: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isBlankCode(code) !== /\s/.test(String.fromCharCode(code)))
        disagreements.push(code.toString(16));
    }
    expect(disagreements).toEqual([]);
  });
});

describe('isBlankAt / isBlank', () => {
  it('is false outside the text', () => {
    expect(isBlankAt(' ', -1)).toBe(false);
    expect(isBlankAt(' ', 1)).toBe(false);
    expect(isBlankAt(' ', 0)).toBe(true);
  });

  it('treats full-width space and NBSP as blank, zero-width space as content', () => {
    expect(isBlank('\u3000\u00a0\n')).toBe(true);
    expect(isBlank('\u200b')).toBe(false);
  });
});

describe('trimRange', () => {
  it('trims both ends within the range', () => {
    expect(trimRange('  ab\u3000 ', 0, 6)).toEqual({ start: 2, end: 4 });
    expect(trimRange('x ab y', 1, 5)).toEqual({ start: 2, end: 4 });
  });

  it('collapses an all-blank range to an empty range at its end', () => {
    expect(trimRange('a   b', 1, 4)).toEqual({ start: 4, end: 4 });
  });
});
