import { describe, expect, it } from 'vitest';
import { blockBand, diagonalBand } from './band.ts';
import { bestPath, type Band, type Move } from './lattice.ts';

const MOVES: Move[] = [
  { di: 1, dj: 1, prior: 0.1 },
  { di: 1, dj: 0, prior: 3 },
  { di: 0, dj: 1, prior: 3 },
  { di: 2, dj: 1, prior: 2 },
  { di: 1, dj: 2, prior: 2 },
];

function full(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Exhaustive minimum over every path, to check the DP against. */
function bruteForce(
  n: number,
  m: number,
  cost: (i: number, di: number, j: number, dj: number) => number,
): number {
  if (n === 0 && m === 0) return 0;
  let best = Infinity;
  for (const mv of MOVES) {
    if (mv.di > n || mv.dj > m) continue;
    const rest = bruteForce(n - mv.di, m - mv.dj, cost);
    best = Math.min(best, rest + mv.prior + cost(n - mv.di, mv.di, m - mv.dj, mv.dj));
  }
  return best;
}

describe('bestPath', () => {
  it('finds the cheapest path, which tiles both sides', () => {
    // A deterministic but irregular cost surface.
    const cost = (i: number, di: number, j: number, dj: number) =>
      ((i * 7 + j * 13 + di * 5 + dj * 3) % 11) / 3;
    const { steps } = bestPath(5, 6, full(5, 6), MOVES, cost, null);
    const total = steps.reduce((sum, s) => sum + s.cost, 0);
    expect(total).toBeCloseTo(bruteForce(5, 6, cost), 9);
    let i = 0;
    let j = 0;
    for (const s of steps) {
      expect([s.i, s.j]).toEqual([i, j]);
      i += s.di;
      j += s.dj;
    }
    expect([i, j]).toEqual([5, 6]);
  });

  it('gives posteriors near 1 to an unambiguous path', () => {
    const cost = (i: number, di: number, j: number, dj: number) =>
      di === 1 && dj === 1 && i === j ? 0 : 20;
    const { steps } = bestPath(4, 4, full(4, 4), MOVES, cost, { temperature: 1 });
    expect(steps).toHaveLength(4);
    for (const s of steps) expect(s.posterior).toBeGreaterThan(0.99);
  });

  it('splits the posterior between two equally good alignments', () => {
    // 1:1 + 1:0 (0.1 + 3) against 2:1 (2 + 1.1); everything else is far worse.
    const cost = (i: number, di: number, j: number, dj: number) => {
      if (di === 2 && dj === 1) return 1.1;
      if (di === 1 && dj === 1) return i === 0 ? 0 : 30;
      return dj === 0 && i === 1 ? 0 : 30;
    };
    const { steps } = bestPath(2, 1, full(2, 1), MOVES, cost, { temperature: 1 });
    for (const s of steps) expect(s.posterior).toBeCloseTo(0.5, 6);
  });

  it('reports a path that runs along the band edge', () => {
    // The only cheap path goes far off the diagonal.
    const cost = (_i: number, di: number, _j: number, dj: number) =>
      di === 0 || dj === 0 ? -5 : 5;
    const prefix = (k: number) => Float64Array.from({ length: k + 1 }, (_, x) => x);
    const band = diagonalBand(prefix(20), prefix(20), 1);
    expect(bestPath(20, 20, band, MOVES, cost, null).touchesEdge).toBe(true);
    const calm = () => 0;
    expect(bestPath(20, 20, band, MOVES, calm, null).touchesEdge).toBe(false);
  });
});

describe('bands', () => {
  function valid(band: Band, n: number, m: number) {
    expect(band.lo[0]).toBe(0);
    expect(band.hi[n]).toBe(m);
    for (let i = 1; i <= n; i++) {
      expect(band.lo[i]).toBeGreaterThanOrEqual(band.lo[i - 1] as number);
      expect(band.hi[i]).toBeGreaterThanOrEqual(band.hi[i - 1] as number);
      expect(band.lo[i]).toBeLessThanOrEqual(band.hi[i - 1] as number);
    }
  }

  it('builds a connected diagonal band even over very uneven lengths', () => {
    const source = Float64Array.from([0, 1, 2, 100, 101]);
    const target = Float64Array.from([0, 50, 51, 52, 53, 54, 200]);
    valid(diagonalBand(source, target, 0), 4, 6);
  });

  it('builds a band around blocks, including empty ones', () => {
    const band = blockBand(
      6,
      5,
      [
        { s0: 0, s1: 2, t0: 0, t1: 2 },
        { s0: 2, s1: 3, t0: 2, t1: 2 },
        { s0: 3, s1: 6, t0: 2, t1: 5 },
      ],
      0,
    );
    valid(band, 6, 5);
    expect([band.lo[2], band.hi[2]]).toEqual([0, 2]);
    expect([band.lo[3], band.hi[3]]).toEqual([2, 5]);
  });
});
