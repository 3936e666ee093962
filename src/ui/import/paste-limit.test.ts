import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PASTE_BYTES, exceedsPasteLimit, utf8Length } from './paste-limit.ts';

describe('paste limit', () => {
  it('measures UTF-8 like TextEncoder, astral characters included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(utf8Length(text)).toBe(new TextEncoder().encode(text).length);
      }),
    );
  });

  it('counts bytes, not characters: Chinese reaches the limit three times sooner', () => {
    const han = '中'.repeat(Math.floor(MAX_PASTE_BYTES / 3));
    expect(exceedsPasteLimit(han)).toBe(false);
    expect(exceedsPasteLimit(han + '中')).toBe(true);
    expect(exceedsPasteLimit('a'.repeat(MAX_PASTE_BYTES))).toBe(false);
    expect(exceedsPasteLimit('a'.repeat(MAX_PASTE_BYTES + 1))).toBe(true);
  });
});
