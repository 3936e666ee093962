/**
 * Bands: which cells of the alignment lattice are worth visiting. A true
 * alignment stays near a predictable path (the length diagonal for
 * paragraphs, the paragraph alignment for sentences), so visiting a band of
 * fixed width around that path keeps the work linear in the document's size.
 * A band too narrow shows itself by the best path running along its edge;
 * callers then widen it and try again.
 */
import type { Band } from './lattice.ts';

/** A block of the lattice known to belong together: source items `[s0, s1)` with target items `[t0, t1)`. */
export interface Block {
  s0: number;
  s1: number;
  t0: number;
  t1: number;
}

/**
 * Make any per-row ranges a valid band for an n × m lattice: clipped to the
 * grid, pinned to both corners, with non-decreasing bounds and overlapping
 * consecutive rows, so that every row is reachable from the previous one.
 * Ranges are only ever widened.
 */
function settle(lo: Int32Array, hi: Int32Array, m: number): Band {
  const n = lo.length - 1;
  lo[0] = 0;
  hi[n] = m;
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.min(lo[i] as number, m));
    hi[i] = Math.max(0, Math.min(hi[i] as number, m));
  }
  for (let i = n - 1; i >= 0; i--) lo[i] = Math.min(lo[i] as number, lo[i + 1] as number);
  for (let i = 1; i <= n; i++) hi[i] = Math.max(hi[i] as number, hi[i - 1] as number);
  for (let i = 0; i <= n; i++) if ((hi[i] as number) < (lo[i] as number)) hi[i] = lo[i] as number;
  // A row must reach back to where the previous row ends.
  for (let i = n; i >= 1; i--)
    if ((lo[i] as number) > (hi[i - 1] as number)) lo[i] = hi[i - 1] as number;
  return { lo, hi };
}

/**
 * A band of `width` columns either side of the length diagonal: row i is
 * centred on the target item at which the target has covered the same share
 * of its total length as the source has after i items. `sourcePrefix` and
 * `targetPrefix` are prefix sums of item lengths (n + 1 and m + 1 entries).
 */
export function diagonalBand(
  sourcePrefix: Float64Array,
  targetPrefix: Float64Array,
  width: number,
): Band {
  const n = sourcePrefix.length - 1;
  const m = targetPrefix.length - 1;
  const sourceTotal = (sourcePrefix[n] as number) || 1;
  const targetTotal = (targetPrefix[m] as number) || 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i <= n; i++) {
    const share = (sourcePrefix[i] as number) / sourceTotal;
    while (j < m && (targetPrefix[j + 1] as number) / targetTotal <= share) j++;
    lo[i] = j - width;
    hi[i] = j + 1 + width;
  }
  return settle(lo, hi, m);
}

/**
 * A band covering each block, plus `margin` columns either side of it, so
 * that beads may reach a little across block boundaries (a sentence the
 * paragraph alignment put on the wrong side of a paragraph break).
 */
export function blockBand(n: number, m: number, blocks: readonly Block[], margin: number): Band {
  const lo = new Int32Array(n + 1).fill(m);
  const hi = new Int32Array(n + 1).fill(0);
  for (const b of blocks) {
    for (let i = b.s0; i <= b.s1; i++) {
      lo[i] = Math.min(lo[i] as number, b.t0 - margin);
      hi[i] = Math.max(hi[i] as number, b.t1 + margin);
    }
  }
  // Margin rows too: a bead may start a little above the block.
  for (const b of blocks) {
    for (let i = Math.max(0, b.s0 - margin); i < b.s0; i++)
      hi[i] = Math.max(hi[i] as number, b.t0 + margin);
    for (let i = b.s1 + 1; i <= Math.min(n, b.s1 + margin); i++)
      lo[i] = Math.min(lo[i] as number, b.t1 - margin);
  }
  return settle(lo, hi, m);
}

/** The whole lattice: for documents small enough that banding would save nothing. */
export function fullBand(n: number, m: number): Band {
  return { lo: new Int32Array(n + 1), hi: new Int32Array(n + 1).fill(m) };
}

/** Whether a band already spans the whole lattice, so widening it cannot help. */
export function isFull(band: Band, m: number): boolean {
  for (let i = 0; i < band.lo.length; i++)
    if ((band.lo[i] as number) > 0 || (band.hi[i] as number) < m) return false;
  return true;
}
