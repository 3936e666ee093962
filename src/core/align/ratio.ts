/**
 * The document's character ratio: how many English characters (spaces not
 * counted) the translation spends per Chinese character.
 *
 * It varies a lot between genres (dense official prose runs above 4, news
 * near 3), so it is estimated on the document rather than fixed. The estimate
 * uses the totals of both sides, which one misaligned sentence cannot bias
 * much, and models what MT actually produces: digits, Latin words and
 * punctuation carry over at about their own length, and Chinese the MT left
 * untranslated appears on both sides at its own length. So, summing over
 * the document,
 *
 *     targetOther ≈ ratio · (sourceHan − targetHan) + sourceOther
 *
 * which is solved for `ratio`. Too little translated text to say anything
 * (a few words, an MT that left everything in Chinese) yields the default.
 */
import type { Profile } from './profile.ts';

/** Used when the document says too little: a middle value for zh→en. */
export const DEFAULT_CHAR_RATIO = 3;
/** The estimate is clamped to this range; outside it the texts are hardly translations. */
export const MIN_CHAR_RATIO = 1.2;
export const MAX_CHAR_RATIO = 6;
/** Translated Han characters needed before the estimate is trusted over the default. */
const MIN_EVIDENCE = 40;

/** Estimate English characters per Chinese character from the profiles of both sides. */
export function estimateCharRatio(source: readonly Profile[], target: readonly Profile[]): number {
  let sourceHan = 0;
  let sourceOther = 0;
  let targetHan = 0;
  let targetOther = 0;
  for (const p of source) {
    sourceHan += p.han;
    sourceOther += p.other;
  }
  for (const p of target) {
    targetHan += p.han;
    targetOther += p.other;
  }
  const translatedHan = sourceHan - targetHan;
  const translatedOther = targetOther - sourceOther;
  if (translatedHan < MIN_EVIDENCE || translatedOther <= 0) return DEFAULT_CHAR_RATIO;
  return Math.min(MAX_CHAR_RATIO, Math.max(MIN_CHAR_RATIO, translatedOther / translatedHan));
}
