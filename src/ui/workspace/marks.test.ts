import { describe, expect, it } from 'vitest';
import { normalizeRanges } from './marks.ts';

describe('normalizeRanges', () => {
  it('clamps, drops empty ranges, sorts and merges overlapping or touching ones', () => {
    expect(
      normalizeRanges(
        [
          { start: 8, end: 12 },
          { start: 2, end: 4 },
          { start: 3, end: 5 },
          { start: 5, end: 6 },
          { start: 7, end: 7 },
          { start: -3, end: 1 },
        ],
        10,
      ),
    ).toEqual([
      { start: 0, end: 1 },
      { start: 2, end: 6 },
      { start: 8, end: 10 },
    ]);
  });

  it('does not mutate its input', () => {
    const input = [
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ];
    normalizeRanges(input, 5);
    expect(input).toEqual([
      { start: 0, end: 2 },
      { start: 1, end: 3 },
    ]);
  });
});
