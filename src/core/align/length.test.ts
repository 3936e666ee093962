import { describe, expect, it } from 'vitest';
import { LENGTH_VARIANCE, lengthCost, lengthDeviation } from './length.ts';

describe('lengthCost', () => {
  it('is about zero for a perfect fit and grows with the misfit', () => {
    expect(lengthCost(100, 100, LENGTH_VARIANCE)).toBeCloseTo(0, 5);
    const costs = [100, 110, 130, 160, 220, 400].map((observed) =>
      lengthCost(100, observed, LENGTH_VARIANCE),
    );
    for (let k = 1; k < costs.length; k++) expect(costs[k]).toBeGreaterThan(costs[k - 1] as number);
  });

  it('is −ln of the two-sided normal tail of the deviation', () => {
    // The observed length that lies δ standard deviations above `predicted`.
    const observedAt = (predicted: number, delta: number) => {
      const a = (delta * delta * LENGTH_VARIANCE) / 2;
      return (
        predicted + (a + Math.sqrt(a * a + 4 * delta * delta * LENGTH_VARIANCE * predicted)) / 2
      );
    };
    // P(|Z| ≥ 1) = 0.3173105, P(|Z| ≥ 2) = 0.0455003, P(|Z| ≥ 3) = 0.0026998.
    const tails: [number, number][] = [
      [1, 0.3173105],
      [2, 0.0455003],
      [3, 0.0026998],
    ];
    for (const [delta, tail] of tails) {
      const observed = observedAt(120, delta);
      expect(lengthDeviation(120, observed, LENGTH_VARIANCE)).toBeCloseTo(delta, 9);
      expect(lengthCost(120, observed, LENGTH_VARIANCE)).toBeCloseTo(-Math.log(tail), 4);
    }
  });

  it('stays finite and ordered far in the tail', () => {
    const far = lengthCost(10, 5000, LENGTH_VARIANCE);
    const farther = lengthCost(10, 50_000, LENGTH_VARIANCE);
    expect(Number.isFinite(farther)).toBe(true);
    expect(farther).toBeGreaterThan(far);
  });

  it('scales the deviation by the square root of the length', () => {
    // The same relative misfit is stronger evidence on a longer passage.
    expect(Math.abs(lengthDeviation(400, 480, 3))).toBeCloseTo(
      2 * Math.abs(lengthDeviation(100, 120, 3)),
      9,
    );
  });
});
