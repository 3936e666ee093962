/**
 * Length agreement, after Gale & Church (1993): the difference between the
 * target length a source passage predicts and the target length observed is
 * roughly normal, with a variance proportional to the passage's length. The
 * cost of a pair is −ln of the two-sided tail probability of that
 * difference, so a perfect fit costs nothing and a bad one grows like δ²/2.
 *
 * Lengths are in target characters, spaces not counted, on both sides: the
 * source's Han characters are multiplied by the document's ratio beforehand
 * (see `profile.ts`).
 */

/**
 * Variance of the length difference per character of passage. Measured on
 * independent zh–en parallel text (Tatoeba and FLORES lie between 1.6 and
 * 3.2); MT output sits in the same range. Slightly generous, since an
 * overconfident length model is what makes aligners glue a missing sentence
 * onto its neighbour.
 */
export const LENGTH_VARIANCE = 3.5;

/**
 * ln erfc(x) for x ≥ 0, from the Chebyshev fit in Numerical Recipes
 * (fractional error below 1.2e-7), kept in the log domain so that far tails
 * stay finite and ordered instead of underflowing to −∞.
 */
function logErfc(x: number): number {
  const t = 1 / (1 + 0.5 * x);
  return (
    Math.log(t) -
    x * x -
    1.26551223 +
    t *
      (1.00002368 +
        t *
          (0.37409196 +
            t *
              (0.09678418 +
                t *
                  (-0.18628806 +
                    t *
                      (0.27886807 +
                        t *
                          (-1.13520398 + t * (1.48851526 + t * (-0.82215223 + t * 0.17087277))))))))
  );
}

/** How far, in standard deviations, the observed length is from the predicted one. */
export function lengthDeviation(predicted: number, observed: number, variance: number): number {
  const mean = Math.max(1, (predicted + observed) / 2);
  return (observed - predicted) / Math.sqrt(variance * mean);
}

/**
 * Cost in nats of a source passage predicting `predicted` target characters
 * being translated by a target passage of `observed` characters.
 */
export function lengthCost(predicted: number, observed: number, variance: number): number {
  const delta = Math.abs(lengthDeviation(predicted, observed, variance));
  // Two-sided tail: P(|Z| ≥ δ) = erfc(δ/√2).
  return -logErfc(delta / Math.SQRT2);
}
