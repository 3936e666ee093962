import { describe, expect, it } from 'vitest';
import { makeFlag } from '../../../tests/helpers/flags.ts';
import { characterF1 } from './characters.ts';
import { compareFlagSets } from './compare.ts';
import { matchFlags } from './match.ts';
import { agreementAmong } from './raters.ts';
import { spansOverlap } from './spans.ts';

// Two hand-made reviews. Matches: a1–b1 and a2–b2 (overlapping on the same
// text). a3/b3 only touch; a4/b4 sit on different sides; b5 is rejected.
const a1 = makeFlag({ unit: 0, span: [0, 5], severity: 'major' });
const a2 = makeFlag({ unit: 0, span: [10, 15], category: 'Fluency/Grammar' });
const a3 = makeFlag({ unit: 1, span: [0, 4], category: 'Style/Awkward' });
const a4 = makeFlag({ unit: 2, side: 'source', span: [0, 2], category: 'Accuracy/Omission' });
const b1 = makeFlag({ unit: 0, span: [3, 8], severity: 'major' });
const b2 = makeFlag({ unit: 0, span: [12, 20], category: 'Fluency/Spelling' });
const b3 = makeFlag({ unit: 1, span: [4, 8], category: 'Style/Awkward' });
const b4 = makeFlag({ unit: 2, span: [0, 2], category: 'Accuracy/Omission' });
const b5 = makeFlag({ unit: 3, span: [0, 3], status: 'rejected' });
const reviewA = [a1, a2, a3, a4];
const reviewB = [b1, b2, b3, b4, b5];

describe('spansOverlap', () => {
  const span = (start: number, end: number) => ({
    type: 'TextPositionSelector' as const,
    start,
    end,
  });
  it('needs shared characters, or an insertion point inside the other span', () => {
    expect(spansOverlap(span(0, 5), span(4, 9))).toBe(true);
    expect(spansOverlap(span(0, 5), span(5, 9))).toBe(false);
    expect(spansOverlap(span(5, 5), span(0, 5))).toBe(true);
    expect(spansOverlap(span(3, 3), span(3, 3))).toBe(true);
    expect(spansOverlap(span(3, 3), span(4, 4))).toBe(false);
  });
});

describe('matchFlags', () => {
  it('pairs overlapping flags on the same text only', () => {
    const { pairs, onlyA, onlyB } = matchFlags(reviewA, reviewB);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([
      [a1.id, b1.id],
      [a2.id, b2.id],
    ]);
    expect(onlyA).toEqual([a3, a4]);
    expect(onlyB).toEqual([b3, b4, b5]);
  });

  it('does not pair flags on different versions of the text', () => {
    const revised = { ...b1, anchor: { ...b1.anchor, version: 'rev:1' } };
    expect(matchFlags([a1], [revised]).pairs).toEqual([]);
  });

  it('pairs one-to-one, as many as possible, the best-overlapping among equals', () => {
    // x overlaps both y1 (a lot) and y2; z overlaps only y1. Best: x–y2, z–y1.
    const x = makeFlag({ span: [0, 10] });
    const z = makeFlag({ span: [9, 12] });
    const y1 = makeFlag({ span: [1, 10] });
    const y2 = makeFlag({ span: [0, 1] });
    const { pairs } = matchFlags([x, z], [y1, y2]);
    expect(pairs.map((pair) => [pair.a.id, pair.b.id])).toEqual([
      [x.id, y2.id],
      [z.id, y1.id],
    ]);
    // With a second candidate for x, x takes the closer span.
    const y3 = makeFlag({ span: [0, 9] });
    expect(matchFlags([x], [y2, y3]).pairs[0]?.b.id).toBe(y3.id);
  });
});

describe('compareFlagSets on hand-made reviews', () => {
  const result = compareFlagSets(reviewA, reviewB);

  it('counts open flags only and scores span F1 = 2·2 / (4 + 4)', () => {
    expect(result).toMatchObject({ flagsA: 4, flagsB: 4, matched: 2 });
    expect(result.precision).toBe(0.5);
    expect(result.recall).toBe(0.5);
    expect(result.f1).toBe(0.5);
  });

  it('scores character F1 = 2·5 / (16 + 19)', () => {
    expect(result.characterF1).toBeCloseTo(10 / 35, 12);
    expect(characterF1(reviewA, reviewB.slice(0, 4))).toBeCloseTo(10 / 35, 12);
  });

  it('scores category kappa 1/3 on full paths and 1 on dimensions', () => {
    // Pairs (Mistranslation, Mistranslation), (Grammar, Spelling): pₒ 0.5, pₑ 0.25.
    expect(result.category.agreement).toBe(0.5);
    expect(result.category.kappa).toBeCloseTo(1 / 3, 12);
    expect(result.dimension).toEqual({ agreement: 1, kappa: 1 });
  });

  it('scores severity agreement on the matched pairs', () => {
    expect(result.severity).toEqual({ agreement: 1, kappa: 1 });
    const harsher = compareFlagSets([a1, a2], [{ ...b1, severity: 'critical' }, b2]);
    expect(harsher.severity.agreement).toBe(0.5);
    expect(harsher.severity.kappa).not.toBeNull();
    expect(harsher.severity.kappa as number).toBeLessThan(1);
  });

  it('is symmetric in F1 and swaps precision and recall', () => {
    const reverse = compareFlagSets(reviewB, reviewA);
    expect(reverse.f1).toBe(result.f1);
    expect(reverse.characterF1).toBeCloseTo(result.characterF1 as number, 12);
    expect(compareFlagSets([a1, a2, a3], [b1]).precision).toBe(1);
    expect(compareFlagSets([a1, a2, a3], [b1]).recall).toBeCloseTo(1 / 3, 12);
  });

  it('has nothing to say about two empty reviews, and F1 0 against an empty one', () => {
    const empty = compareFlagSets([], []);
    expect([empty.f1, empty.precision, empty.recall, empty.characterF1]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    const one = compareFlagSets(reviewA, []);
    expect([one.f1, one.recall, one.precision, one.category.kappa]).toEqual([0, 0, null, null]);
  });
});

describe('agreementAmong', () => {
  it('compares every pair and averages each figure', () => {
    const copyOfA = reviewA.map((flag) => ({ ...flag, id: `${flag.id}-copy` }));
    const group = agreementAmong([
      { name: 'A', flags: reviewA },
      { name: 'B', flags: reviewB },
      { name: 'C', flags: copyOfA },
    ]);
    expect(group.pairs.map((pair) => [pair.a, pair.b, pair.f1])).toEqual([
      ['A', 'B', 0.5],
      ['A', 'C', 1],
      ['B', 'C', 0.5],
    ]);
    expect(group.mean.pairs).toBe(3);
    expect(group.mean.f1).toBeCloseTo(2 / 3, 12);
    expect(group.mean.category.kappa).toBeCloseTo((1 / 3 + 1 + 1 / 3) / 3, 12);
  });
});
