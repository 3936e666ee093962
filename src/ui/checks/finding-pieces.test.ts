import { describe, expect, it } from 'vitest';
import { findingPieces } from '../flags/highlights.ts';

const mark = (id: string, start: number, end: number) => ({ id, start, end, label: id });

describe('finding pieces', () => {
  it('cuts a stretch at finding boundaries, overlapping findings sharing a piece', () => {
    const pieces = findingPieces(0, 10, [mark('a', 2, 6), mark('b', 4, 8), mark('empty', 5, 5)]);
    expect(pieces.map((p) => [p.start, p.end, p.marks.map((m) => m.id)])).toEqual([
      [0, 2, []],
      [2, 4, ['a']],
      [4, 6, ['a', 'b']],
      [6, 8, ['b']],
      [8, 10, []],
    ]);
  });

  it('clamps findings to the stretch (a flag piece inside a finding)', () => {
    expect(
      findingPieces(3, 5, [mark('a', 0, 9)]).map((p) => [p.start, p.end, p.marks.length]),
    ).toEqual([[3, 5, 1]]);
    expect(findingPieces(3, 5, [mark('a', 6, 9)]).map((p) => p.marks.length)).toEqual([0]);
  });
});
