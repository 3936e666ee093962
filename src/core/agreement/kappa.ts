/**
 * Chance-corrected agreement between two raters on the same items.
 * Both functions return `null` where kappa is undefined — no items, or
 * agreement expected by chance already total (both raters always chose the
 * same single label) — rather than 0 or 1, which would read as a finding.
 */

/** The share of items on which the two labels are equal; `null` for no items. */
export function observedAgreement<T>(pairs: readonly (readonly [T, T])[]): number | null {
  if (pairs.length === 0) return null;
  return pairs.filter(([x, y]) => x === y).length / pairs.length;
}

/** Cohen's kappa, κ = (pₒ − pₑ) / (1 − pₑ), for nominal labels (e.g. MQM categories). */
export function cohenKappa(pairs: readonly (readonly [string, string])[]): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const first = new Map<string, number>();
  const second = new Map<string, number>();
  let same = 0;
  for (const [x, y] of pairs) {
    first.set(x, (first.get(x) ?? 0) + 1);
    second.set(y, (second.get(y) ?? 0) + 1);
    if (x === y) same++;
  }
  let expected = 0;
  for (const [label, count] of first) expected += (count / n) * ((second.get(label) ?? 0) / n);
  if (expected >= 1) return null;
  return (same / n - expected) / (1 - expected);
}

/** How disagreement between ordinal levels i and j is weighted: |i − j| or (i − j)². */
export type KappaWeighting = 'linear' | 'quadratic';

/**
 * Weighted kappa for ordinal labels 0 … levels − 1 (e.g. severities, where
 * Minor against Major is a smaller disagreement than Minor against
 * Critical): κw = 1 − Σ wᵢⱼ Oᵢⱼ / Σ wᵢⱼ Eᵢⱼ, with Oᵢⱼ the observed and Eᵢⱼ
 * the chance-expected share of items rated i by the first rater and j by the
 * second.
 */
export function weightedKappa(
  pairs: readonly (readonly [number, number])[],
  levels: number,
  weighting: KappaWeighting = 'linear',
): number | null {
  const n = pairs.length;
  if (n === 0) return null;
  const weight = (i: number, j: number) =>
    weighting === 'linear' ? Math.abs(i - j) : (i - j) * (i - j);
  const first = new Array<number>(levels).fill(0);
  const second = new Array<number>(levels).fill(0);
  let observed = 0;
  for (const [i, j] of pairs) {
    first[i] = (first[i] ?? 0) + 1;
    second[j] = (second[j] ?? 0) + 1;
    observed += weight(i, j) / n;
  }
  let expected = 0;
  for (let i = 0; i < levels; i++) {
    for (let j = 0; j < levels; j++) {
      expected += weight(i, j) * ((first[i] ?? 0) / n) * ((second[j] ?? 0) / n);
    }
  }
  if (expected === 0) return null;
  return 1 - observed / expected;
}
