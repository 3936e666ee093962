/**
 * Maximum-weight one-to-one assignment (the Hungarian method, Kuhn–Munkres,
 * in its O(n²m) potentials form). Used to pair the flags of two reviews
 * within a unit: a greedy pairing by largest overlap can leave flags
 * unpaired that an optimal pairing would match (A1 overlapping B1 a lot and
 * B2 a little, A2 overlapping only B1), and every such miss lowers the F1
 * for no reason but the order of evaluation. The matrices are per unit and
 * tiny, so exactness costs nothing.
 */

/**
 * The pairs `[row, column]` of a one-to-one assignment maximising the total
 * of `weights[row][column]`, leaving out pairs of weight 0 or less (rows and
 * columns that had nothing to pair with). `weights` is a rectangular
 * matrix of finite numbers; rows or columns may be fewer.
 */
export function maxWeightAssignment(weights: readonly (readonly number[])[]): [number, number][] {
  const rows = weights.length;
  const columns = weights[0]?.length ?? 0;
  if (rows === 0 || columns === 0) return [];
  // The method below needs rows ≤ columns; solve the transpose otherwise.
  if (rows > columns) {
    const transposed = Array.from({ length: columns }, (_, c) => weights.map((row) => row[c] ?? 0));
    return maxWeightAssignment(transposed).map(([c, r]) => [r, c]);
  }
  let top = 0;
  for (const row of weights) for (const w of row) top = Math.max(top, w);
  // Minimise cost = top − weight; arrays are 1-based with 0 as the sentinel.
  const cost = (r: number, c: number) => top - (weights[r - 1]?.[c - 1] ?? 0);
  const u = new Array<number>(rows + 1).fill(0);
  const v = new Array<number>(columns + 1).fill(0);
  const owner = new Array<number>(columns + 1).fill(0);
  const way = new Array<number>(columns + 1).fill(0);
  for (let r = 1; r <= rows; r++) {
    owner[0] = r;
    let c0 = 0;
    const minv = new Array<number>(columns + 1).fill(Infinity);
    const used = new Array<boolean>(columns + 1).fill(false);
    do {
      used[c0] = true;
      const r0 = owner[c0] as number;
      let delta = Infinity;
      let c1 = 0;
      for (let c = 1; c <= columns; c++) {
        if (used[c]) continue;
        const reduced = cost(r0, c) - (u[r0] as number) - (v[c] as number);
        if (reduced < (minv[c] as number)) {
          minv[c] = reduced;
          way[c] = c0;
        }
        if ((minv[c] as number) < delta) {
          delta = minv[c] as number;
          c1 = c;
        }
      }
      for (let c = 0; c <= columns; c++) {
        if (used[c]) {
          u[owner[c] as number] = (u[owner[c] as number] as number) + delta;
          v[c] = (v[c] as number) - delta;
        } else minv[c] = (minv[c] as number) - delta;
      }
      c0 = c1;
    } while (owner[c0] !== 0);
    do {
      const c1 = way[c0] as number;
      owner[c0] = owner[c1] as number;
      c0 = c1;
    } while (c0 !== 0);
  }
  const pairs: [number, number][] = [];
  for (let c = 1; c <= columns; c++) {
    const r = owner[c] as number;
    if (r !== 0 && (weights[r - 1]?.[c - 1] ?? 0) > 0) pairs.push([r - 1, c - 1]);
  }
  return pairs.sort((x, y) => x[0] - y[0]);
}
