import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellRuns, flagPieces } from './highlights.ts';
import type { FlagSpan } from './highlights.ts';

const major: FlagSpan = { id: 'a', start: 2, end: 10, severity: 'major' };
const minor: FlagSpan = { id: 'b', start: 6, end: 14, severity: 'minor' };
const critical: FlagSpan = { id: 'c', start: 8, end: 9, severity: 'critical' };

describe('flagPieces', () => {
  it('cuts at every boundary and carries the union, worst first', () => {
    expect(flagPieces(0, 16, [minor, major])).toEqual([
      { start: 0, end: 2, flags: [], severity: null },
      { start: 2, end: 6, flags: ['a'], severity: 'major' },
      { start: 6, end: 10, flags: ['a', 'b'], severity: 'major' },
      { start: 10, end: 14, flags: ['b'], severity: 'minor' },
      { start: 14, end: 16, flags: [], severity: null },
    ]);
  });

  it('shows a nested worse flag in its own colour', () => {
    const pieces = flagPieces(0, 16, [major, minor, critical]);
    expect(pieces.find((p) => p.start === 8)).toEqual({
      start: 8,
      end: 9,
      flags: ['c', 'a', 'b'],
      severity: 'critical',
    });
    // Pieces tile the range without gaps.
    expect(pieces.map((p) => [p.start, p.end]).flat()).toEqual([
      0, 2, 2, 6, 6, 8, 8, 9, 9, 10, 10, 14, 14, 16,
    ]);
  });

  it('clamps to the range and drops empty flags', () => {
    expect(flagPieces(4, 8, [major, { id: 'z', start: 5, end: 5, severity: 'minor' }])).toEqual([
      { start: 4, end: 8, flags: ['a'], severity: 'major' },
    ]);
    expect(flagPieces(0, 4, [])).toEqual([{ start: 0, end: 4, flags: [], severity: null }]);
  });
});

describe('cellRuns', () => {
  it('keeps untranslated runs whole and cuts flags inside them', () => {
    const runs = cellRuns(
      16,
      [major],
      [
        { start: 0, end: 4 },
        { start: 4, end: 5 },
      ],
    );
    expect(runs.map((r) => [r.start, r.end, r.untranslated])).toEqual([
      [0, 5, true],
      [5, 16, false],
    ]);
    expect(runs[0]!.pieces.map((p) => [p.start, p.end, p.severity])).toEqual([
      [0, 2, null],
      [2, 5, 'major'],
    ]);
    expect(runs[1]!.pieces.map((p) => [p.start, p.end, p.severity])).toEqual([
      [5, 10, 'major'],
      [10, 16, null],
    ]);
  });

  it('gives one plain run for text without marks and nothing for empty text', () => {
    expect(cellRuns(5, [])).toEqual([
      {
        start: 0,
        end: 5,
        untranslated: false,
        pieces: [{ start: 0, end: 5, flags: [], severity: null }],
      },
    ]);
    expect(cellRuns(0, [major])).toEqual([]);
  });
});

describe('cellRuns, for any flags and marks', () => {
  const range = fc.record({
    start: fc.integer({ min: -5, max: 50 }),
    end: fc.integer({ min: -5, max: 50 }),
  });
  const span = fc.record({
    id: fc.string({ minLength: 1, maxLength: 3 }),
    start: fc.integer({ min: -5, max: 50 }),
    end: fc.integer({ min: -5, max: 50 }),
    severity: fc.constantFrom('critical', 'major', 'minor', 'neutral' as const),
  });

  it('tiles the text exactly once, in order, with no empty piece', () => {
    fc.assert(
      fc.property(fc.nat(40), fc.array(span), fc.array(range), (length, flags, marks) => {
        const runs = cellRuns(length, flags, marks);
        const pieces = runs.flatMap((r) => r.pieces);
        let cursor = 0;
        for (const piece of pieces) {
          expect(piece.start).toBe(cursor);
          expect(piece.end).toBeGreaterThan(piece.start);
          cursor = piece.end;
        }
        expect(cursor).toBe(length);
        // Touching untranslated marks are merged: runs alternate.
        for (let i = 1; i < runs.length; i++) {
          expect(runs[i]!.untranslated).not.toBe(runs[i - 1]!.untranslated);
        }
        // Each piece is covered by exactly the flags it lists.
        for (const piece of pieces) {
          const covering = flags.filter((f) => f.start <= piece.start && f.end >= piece.end);
          expect(new Set(piece.flags)).toEqual(new Set(covering.map((f) => f.id)));
        }
      }),
    );
  });
});
