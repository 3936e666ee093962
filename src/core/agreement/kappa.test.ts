import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohenKappa, observedAgreement, weightedKappa } from './kappa.ts';

/** `count` copies of the pair `[x, y]`. */
const times = <T>(count: number, x: T, y: T) =>
  Array.from({ length: count }, () => [x, y] as const);

describe('cohenKappa', () => {
  it('gives 0.4 on the textbook 50-item example (pₒ 0.7, pₑ 0.5)', () => {
    const pairs = [
      ...times(20, 'yes', 'yes'),
      ...times(5, 'yes', 'no'),
      ...times(10, 'no', 'yes'),
      ...times(15, 'no', 'no'),
    ];
    expect(observedAgreement(pairs)).toBeCloseTo(0.7, 12);
    expect(cohenKappa(pairs)).toBeCloseTo(0.4, 12);
  });

  it('is 1 for perfect agreement over several labels and negative for systematic disagreement', () => {
    expect(cohenKappa([...times(3, 'a', 'a'), ...times(2, 'b', 'b')])).toBe(1);
    // pₒ 0, pₑ 0.5: κ = −1.
    expect(cohenKappa([...times(2, 'a', 'b'), ...times(2, 'b', 'a')])).toBeCloseTo(-1, 12);
  });

  it('is undefined without items or when chance agreement is total', () => {
    expect(cohenKappa([])).toBeNull();
    expect(observedAgreement([])).toBeNull();
    expect(cohenKappa(times(4, 'a', 'a'))).toBeNull();
  });
});

describe('weightedKappa', () => {
  it('gives 0.25 on a hand-computed 3-level example', () => {
    // Observed mean |i−j| = 4/6; marginals uniform, expected mean |i−j| = 8/9.
    const pairs: [number, number][] = [
      [0, 0],
      [1, 1],
      [2, 2],
      [0, 1],
      [1, 2],
      [2, 0],
    ];
    expect(weightedKappa(pairs, 3, 'linear')).toBeCloseTo(0.25, 12);
    // Quadratic: observed 6/6, expected 12/9.
    expect(weightedKappa(pairs, 3, 'quadratic')).toBeCloseTo(0.25, 12);
  });

  it('punishes distant disagreements more than near ones', () => {
    const near = weightedKappa([...times(5, 0, 0), ...times(5, 2, 2), [0, 1], [2, 1]], 3);
    const far = weightedKappa([...times(5, 0, 0), ...times(5, 2, 2), [0, 2], [2, 0]], 3);
    expect(near).not.toBeNull();
    expect(far).not.toBeNull();
    expect(near as number).toBeGreaterThan(far as number);
  });

  it('equals Cohen’s kappa for two levels', () => {
    const pair = fc.tuple(fc.integer({ min: 0, max: 1 }), fc.integer({ min: 0, max: 1 }));
    fc.assert(
      fc.property(fc.array(pair, { minLength: 1, maxLength: 40 }), (pairs) => {
        const nominal = cohenKappa(pairs.map(([x, y]) => [String(x), String(y)] as const));
        const ordinal = weightedKappa(pairs, 2);
        if (nominal === null) expect(ordinal).toBeNull();
        else expect(ordinal).toBeCloseTo(nominal, 9);
      }),
    );
  });

  it('is undefined without items or without expected disagreement', () => {
    expect(weightedKappa([], 4)).toBeNull();
    expect(weightedKappa(times(3, 1, 1), 4)).toBeNull();
  });
});
