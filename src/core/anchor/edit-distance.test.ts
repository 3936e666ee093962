import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, leadingDistance, trailingDistance } from './edit-distance.ts';

describe('edit distances', () => {
  it('computes Levenshtein distance', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('税率', '税率')).toBe(0);
  });

  it('pins the pattern at the start of the text and lets it end anywhere', () => {
    expect(leadingDistance(' would rise', ' would rise by 3%')).toBe(0);
    expect(leadingDistance(' would rise', 'X would rise by 3%')).toBe(1);
    expect(leadingDistance(' would rise', ' wuold rise')).toBe(2);
    expect(leadingDistance('', 'anything')).toBe(0);
  });

  it('pins the pattern at the end of the text and lets it start anywhere', () => {
    expect(trailingDistance('said the ', 'The spokesman said the ')).toBe(0);
    expect(trailingDistance('said the ', 'The spokesman said the X')).toBe(1);
  });

  it('never exceeds the full distance, and is zero for a prefix', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 20 }), (pattern, text) => {
        expect(leadingDistance(pattern, text)).toBeLessThanOrEqual(editDistance(pattern, text));
        expect(leadingDistance(pattern, pattern + text)).toBe(0);
        expect(trailingDistance(pattern, text + pattern)).toBe(0);
      }),
    );
  });
});
