/**
 * Chinese two sources share, for telling whether two units render the same
 * source phrase: the longest term-like run of Han characters both hold.
 */

/** Chinese characters too common to make a shared trigram specific. */
const FUNCTION_CHARS = new Set(
  '的了是在和与将我们为对等中也要就把被从以及这其并而或之于到个一不有上下进行会年月日',
);

/** Whether `text` is a run of Han characters none of which is a very common function character. */
function termLike(text: string): boolean {
  return /^\p{Script=Han}+$/u.test(text) && ![...text].some((c) => FUNCTION_CHARS.has(c));
}

/**
 * The longest term-like Chinese of at least four characters both sources
 * hold (`高技能人才`, not `我们将` or `每个人都`); `null` if none.
 */
export function sharedChinese(a: string, b: string): string | null {
  let best: string | null = null;
  for (let i = 0; i + 4 <= a.length; i++) {
    const gram = a.slice(i, i + 4);
    if (!termLike(gram)) continue;
    const j = b.indexOf(gram);
    if (j < 0) continue;
    let end = 4;
    while (
      i + end < a.length &&
      j + end < b.length &&
      a.charAt(i + end) === b.charAt(j + end) &&
      termLike(a.charAt(i + end))
    )
      end++;
    if (!best || end > best.length) best = a.slice(i, i + end);
  }
  return best;
}
