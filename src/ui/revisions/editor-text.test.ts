import { describe, expect, it } from 'vitest';
import { MAX_UNIT_LENGTH, oneLine, plannedPaste } from './editor-text.ts';

describe('unit editor text', () => {
  it('puts pasted lines on one line, each break (and its padding) one space', () => {
    expect(oneLine('firmly\nsafeguard  \r\n\r\n  the bottom line')).toBe(
      'firmly safeguard the bottom line',
    );
    expect(oneLine('no breaks, two  spaces')).toBe('no breaks, two  spaces');
  });

  it('keeps a paste that fits, counting the replaced selection as room', () => {
    expect(plannedPaste('abc', 5, 0, 10)).toEqual({ text: 'abc', capped: false });
    expect(plannedPaste('abcdef', 10, 6, 10)).toEqual({ text: 'abcdef', capped: false });
  });

  it('cuts a paste that would make the unit too long, never inside a surrogate pair', () => {
    expect(plannedPaste('abcdef', 6, 0, 10)).toEqual({ text: 'abcd', capped: true });
    expect(plannedPaste('a😀b', 8, 0, 10)).toEqual({ text: 'a', capped: true });
    expect(plannedPaste('x', 10, 0, 10)).toEqual({ text: '', capped: true });
    const huge = 'word '.repeat(MAX_UNIT_LENGTH);
    expect(plannedPaste(huge, 0, 0).text).toHaveLength(MAX_UNIT_LENGTH);
  });
});
