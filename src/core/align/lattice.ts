/**
 * The alignment lattice: dynamic programming over the grid of "source items
 * 0..i consumed, target items 0..j consumed" nodes, where each step (a bead)
 * consumes `di` source and `dj` target items. The cheapest path from (0, 0)
 * to (n, m) is the alignment (Viterbi); on request, forward–backward sums
 * over *all* paths give each bead of that path its posterior probability,
 * which is what makes a confidence out of costs that are only comparable to
 * each other.
 *
 * Only the cells inside a band are visited (see `band.ts`), so a document of
 * N items costs O(N · band width) rather than O(N²).
 */

/** A bead shape with the cost of choosing it, in nats (−ln of its prior). */
export interface Move {
  di: number;
  dj: number;
  prior: number;
}

/**
 * For every row i (0..n, source items consumed), the inclusive range of
 * columns (target items consumed) the lattice may visit. Both bounds are
 * non-decreasing, consecutive rows overlap, `lo[0]` is 0 and `hi[n]` is m.
 */
export interface Band {
  lo: Int32Array;
  hi: Int32Array;
}

/** A bead of the best path: source items `[i, i + di)` with target items `[j, j + dj)`. */
export interface Step {
  i: number;
  j: number;
  di: number;
  dj: number;
  /** The bead's cost, prior included. */
  cost: number;
  /** Probability that the bead is in the alignment, over all paths in the band; NaN unless asked for. */
  posterior: number;
}

/** The best path, and whether it touched the band's edge (the band may have cut off a better one). */
export interface LatticeResult {
  steps: Step[];
  touchesEdge: boolean;
}

/** Scores a bead, prior excluded. */
export type BeadCostFn = (i: number, di: number, j: number, dj: number) => number;

/**
 * ln Σ exp(terms[k]) over the first `count` terms, shifted by the largest so
 * that nothing overflows; −∞ when every term is. One logarithm per cell
 * rather than one per term, which is what the forward and backward passes
 * spend most of their time on.
 */
function logSumExp(terms: Float64Array, count: number): number {
  let max = -Infinity;
  for (let k = 0; k < count; k++) if ((terms[k] as number) > max) max = terms[k] as number;
  if (max === -Infinity) return max;
  let sum = 0;
  for (let k = 0; k < count; k++) sum += Math.exp((terms[k] as number) - max);
  return max + Math.log(sum);
}

/**
 * How to compute posteriors: path probabilities are taken proportional to
 * exp(−cost / temperature). A temperature above 1 flattens them, which
 * calibrates costs whose parts are not truly independent (lengths and
 * anchors both grow with a sentence, so their evidence is partly counted
 * twice).
 */
export interface PosteriorOptions {
  temperature: number;
}

/**
 * Find the cheapest path through the band. With `posteriors`, every bead's
 * cost is kept (cells × moves numbers) for the backward pass; without, only
 * one number and one move per cell are.
 */
export function bestPath(
  n: number,
  m: number,
  band: Band,
  moves: readonly Move[],
  beadCost: BeadCostFn,
  posteriors: PosteriorOptions | null,
): LatticeResult {
  const { lo, hi } = band;
  const rowStart = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++)
    rowStart[i + 1] = (rowStart[i] as number) + (hi[i] as number) - (lo[i] as number) + 1;
  const cells = rowStart[n + 1] as number;
  const cell = (i: number, j: number): number =>
    j < (lo[i] as number) || j > (hi[i] as number)
      ? -1
      : (rowStart[i] as number) + j - (lo[i] as number);

  const K = moves.length;
  const best = new Float64Array(cells).fill(Infinity);
  const back = new Uint8Array(cells);
  const costs = posteriors ? new Float64Array(cells * K).fill(Infinity) : null;
  const forward = posteriors ? new Float64Array(cells).fill(-Infinity) : null;
  const terms = new Float64Array(K);
  const inverseTemperature = posteriors ? 1 / posteriors.temperature : 1;
  best[0] = 0;

  for (let i = 0; i <= n; i++) {
    for (let j = lo[i] as number; j <= (hi[i] as number); j++) {
      const here = cell(i, j);
      let count = 0;
      for (let k = 0; k < K; k++) {
        const move = moves[k] as Move;
        const pi = i - move.di;
        const pj = j - move.dj;
        if (pi < 0 || pj < 0) continue;
        const prev = cell(pi, pj);
        if (prev < 0 || best[prev] === Infinity) continue;
        const c = move.prior + beadCost(pi, move.di, pj, move.dj);
        const total = (best[prev] as number) + c;
        if (total < (best[here] as number)) {
          best[here] = total;
          back[here] = k;
        }
        if (costs && forward) {
          costs[here * K + k] = c * inverseTemperature;
          terms[count++] = (forward[prev] as number) - c * inverseTemperature;
        }
      }
      if (forward) forward[here] = here === 0 ? 0 : logSumExp(terms, count);
    }
  }

  const backward = costs && forward ? backwardPass(n, m, band, moves, costs, cell) : null;
  const total = forward ? (forward[cell(n, m)] as number) : NaN;
  const steps: Step[] = [];
  let touchesEdge = false;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cell(i, j);
    const k = back[here] as number;
    const move = moves[k] as Move;
    const pi = i - move.di;
    const pj = j - move.dj;
    const prev = cell(pi, pj);
    const c = (best[here] as number) - (best[prev] as number);
    let posterior = NaN;
    if (costs && forward && backward) {
      // Paths through this bead, over all paths: α(start) · bead · β(end) / Z.
      const scaled = costs[here * K + k] as number;
      const log = (forward[prev] as number) - scaled + (backward[here] as number) - total;
      posterior = Math.min(1, Math.exp(log));
    }
    steps.push({ i: pi, j: pj, di: move.di, dj: move.dj, cost: c, posterior });
    if ((j === lo[i] && j > 0) || (j === hi[i] && j < m)) touchesEdge = true;
    i = pi;
    j = pj;
  }
  steps.reverse();
  return { steps, touchesEdge };
}

/** Log-sum of the costs of all paths from each cell to (n, m), negated. */
function backwardPass(
  n: number,
  m: number,
  band: Band,
  moves: readonly Move[],
  costs: Float64Array,
  cell: (i: number, j: number) => number,
): Float64Array {
  const K = moves.length;
  const backward = new Float64Array(costs.length / K).fill(-Infinity);
  const terms = new Float64Array(K);
  // Pulled rather than pushed: each cell gathers the beads that start at it,
  // whose costs are stored at the cells where they end.
  for (let i = n; i >= 0; i--) {
    for (let j = band.hi[i] as number; j >= (band.lo[i] as number); j--) {
      const here = cell(i, j);
      if (i === n && j === m) {
        backward[here] = 0;
        continue;
      }
      let count = 0;
      for (let k = 0; k < K; k++) {
        const move = moves[k] as Move;
        if (i + move.di > n || j + move.dj > m) continue;
        const end = cell(i + move.di, j + move.dj);
        if (end < 0) continue;
        const c = costs[end * K + k] as number;
        if (c !== Infinity) terms[count++] = (backward[end] as number) - c;
      }
      backward[here] = logSumExp(terms, count);
    }
  }
  return backward;
}
