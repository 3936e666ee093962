import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalizeRanges, segmentText } from './marks.ts';

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

describe('segmentText', () => {
  it('returns the whole text unmarked without ranges', () => {
    expect(segmentText('Hello.', [])).toEqual([{ text: 'Hello.', marked: false }]);
    expect(segmentText('', [])).toEqual([]);
  });

  it('marks a switch from Chinese to English mid-sentence', () => {
    const text = '持续深化省级“一卡通”, Vigorously promote regional';
    const end = text.indexOf(',');
    expect(segmentText(text, [{ start: 0, end }])).toEqual([
      { text: '持续深化省级“一卡通”', marked: true },
      { text: ', Vigorously promote regional', marked: false },
    ]);
  });

  it('marks inner and trailing runs', () => {
    expect(
      segmentText('a 中文 b 日', [
        { start: 2, end: 4 },
        { start: 7, end: 8 },
      ]),
    ).toEqual([
      { text: 'a ', marked: false },
      { text: '中文', marked: true },
      { text: ' b ', marked: false },
      { text: '日', marked: true },
    ]);
  });

  it('keeps every character exactly once, in order, with no empty segment', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.array(
          fc.record({
            start: fc.integer({ min: -5, max: 50 }),
            end: fc.integer({ min: -5, max: 50 }),
          }),
        ),
        (text, ranges) => {
          const segments = segmentText(text, ranges);
          expect(segments.map((s) => s.text).join('')).toBe(text);
          expect(segments.every((s) => s.text.length > 0)).toBe(true);
          // Adjacent segments alternate, since touching marks are merged.
          for (let i = 1; i < segments.length; i++) {
            expect(segments[i]!.marked).not.toBe(segments[i - 1]!.marked);
          }
        },
      ),
    );
  });
});
