/**
 * Character overlap for Chinese the MT left in its output. Such text is not a
 * translation of its source but a copy of it, so lengths and anchors are the
 * wrong witnesses: the right one is whether the target's Chinese occurs in
 * the source. Han character bigrams are compared rather than single
 * characters because single characters (的, 是) occur in every sentence,
 * while a run of bigrams occurs only where it was copied from; a bigram
 * common in the document (就业) is one among dozens and misleads little.
 *
 * The evidence scales with the amount of copied text: a whole paragraph left
 * in Chinese must land on its own source however the lengths around it look.
 * A sentence that starts in Chinese and switches to English gets the
 * evidence of its Chinese part, and the length model takes care of the rest.
 */
import type { Profile } from './profile.ts';

/** Nats per bigram found (bonus) or not found (penalty) in the source. */
const PER_BIGRAM = 0.5;

const HAN_RUN = /\p{Script=Han}{2,}/gu;

/** Distinct Han bigrams of a text, in order of first occurrence. */
function bigrams(text: string): string[] {
  const grams = new Set<string>();
  for (const run of text.match(HAN_RUN) ?? []) {
    // Han characters outside the BMP are two code units: iterate code points.
    const chars = Array.from(run);
    for (let k = 1; k < chars.length; k++)
      grams.add((chars[k - 1] as string) + (chars[k] as string));
  }
  return [...grams];
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Scores the Chinese of target items against source items. Which bigrams of
 * a target item a source item has is worked out once per pair and kept as a
 * bit set, so that a bead with several source items combines them with OR
 * instead of searching again: the dynamic programme asks about the same
 * pairs many times.
 */
export class HanOverlap {
  private readonly targetGrams: string[][];
  private readonly found = new Map<number, Uint32Array>();
  /** Whether any target item holds Chinese at all; when none does, every cost is 0. */
  readonly active: boolean;

  constructor(
    private readonly source: readonly Profile[],
    target: readonly Profile[],
  ) {
    this.targetGrams = target.map((t) => (t.han >= 2 ? bigrams(t.text) : []));
    this.active = this.targetGrams.some((grams) => grams.length > 0);
  }

  /**
   * Cost in nats of the Chinese in target items `[j, j + dj)` given source
   * items `[i, i + di)`: each distinct bigram of a target item counts for the
   * bead when some source item of the bead has it, against it otherwise.
   */
  cost(i: number, di: number, j: number, dj: number): number {
    let found = 0;
    let missing = 0;
    for (let l = j; l < j + dj; l++) {
      const grams = this.targetGrams[l] as string[];
      if (grams.length === 0) continue;
      const words = (grams.length + 31) >>> 5;
      let hits = 0;
      for (let w = 0; w < words; w++) {
        let bits = 0;
        for (let k = i; k < i + di; k++) bits |= this.bits(k, l)[w] as number;
        hits += popcount(bits);
      }
      found += hits;
      missing += grams.length - hits;
    }
    return (missing - found) * PER_BIGRAM;
  }

  /** Which bigrams of target item `l` source item `k` has. */
  private bits(k: number, l: number): Uint32Array {
    const key = l * this.source.length + k;
    const known = this.found.get(key);
    if (known) return known;
    const grams = this.targetGrams[l] as string[];
    const found = new Uint32Array((grams.length + 31) >>> 5);
    // A plain substring search: source items are short, and building a set
    // of their bigrams would cost more than it saves.
    const source = this.source[k] as Profile;
    if (source.han >= 2) {
      grams.forEach((gram, g) => {
        if (source.text.includes(gram))
          found[g >>> 5] = (found[g >>> 5] as number) | (1 << (g & 31));
      });
    }
    this.found.set(key, found);
    return found;
  }
}
