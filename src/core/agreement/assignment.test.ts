import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { maxWeightAssignment } from './assignment.ts';

/** Best total by trying every one-to-one assignment: the reference for small matrices. */
function bruteForce(weights: number[][]): number {
  const columns = weights[0]?.length ?? 0;
  const best = (row: number, used: Set<number>): number => {
    if (row === weights.length) return 0;
    let top = best(row + 1, used); // leave this row unassigned
    for (let c = 0; c < columns; c++) {
      if (used.has(c)) continue;
      used.add(c);
      top = Math.max(top, Math.max(0, weights[row]?.[c] ?? 0) + best(row + 1, used));
      used.delete(c);
    }
    return top;
  };
  return best(0, new Set());
}

const total = (weights: number[][], pairs: [number, number][]) =>
  pairs.reduce((sum, [r, c]) => sum + (weights[r]?.[c] ?? 0), 0);

describe('maxWeightAssignment', () => {
  it('finds the pairing a greedy largest-first choice misses', () => {
    // Greedy takes (0,0) = 9 and leaves row 1 unpaired: 9. Optimal: 2 + 8 = 10.
    const weights = [
      [9, 2],
      [8, 0],
    ];
    expect(maxWeightAssignment(weights)).toEqual([
      [0, 1],
      [1, 0],
    ]);
  });

  it('handles more rows than columns and leaves out zero-weight pairs', () => {
    expect(maxWeightAssignment([[0], [3], [5]])).toEqual([[2, 0]]);
    expect(maxWeightAssignment([[0, 0]])).toEqual([]);
    expect(maxWeightAssignment([])).toEqual([]);
    expect(maxWeightAssignment([[]])).toEqual([]);
  });

  it('is one-to-one and reaches the optimum on random matrices', () => {
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([rows, columns]) =>
        fc.array(
          fc.array(fc.integer({ min: 0, max: 20 }), { minLength: columns, maxLength: columns }),
          {
            minLength: rows,
            maxLength: rows,
          },
        ),
      );
    fc.assert(
      fc.property(matrix, (weights) => {
        const pairs = maxWeightAssignment(weights);
        expect(new Set(pairs.map(([r]) => r)).size).toBe(pairs.length);
        expect(new Set(pairs.map(([, c]) => c)).size).toBe(pairs.length);
        expect(total(weights, pairs)).toBe(bruteForce(weights));
      }),
      { numRuns: 300 },
    );
  });
});
