/**
 * The punctuation sentence segmentation looks at, shared by the Chinese and
 * English rules so that a closing quote means the same thing on both sides.
 */

/**
 * Chinese full stops, question and exclamation marks (full-width, half-width
 * ideographic, small and vertical forms, and the doubled `‼ ⁇ ⁈ ⁉`). They end
 * a sentence in any script: English MT that kept a Chinese sentence also kept
 * its `。`.
 */
const CJK_STOPS = new Set(
  '\u3002\uff01\uff1f\uff61\ufe12\ufe52\ufe56\ufe57\u203c\u2047\u2048\u2049',
);

/** Ellipsis characters: `…` (two make the Chinese `……`) and the midline `⋯`. */
const ELLIPSES = new Set('\u2026\u22ef');

/**
 * Characters that close a sentence-final quotation or bracket and stay with
 * the sentence they close: `。”`, `！）`, `."`, `?)`, `…」`.
 */
const CLOSERS = new Set(
  '\u201d\u2019"\'\u300d\u300f\uff09)\u300b\u3009\u3011\u3015\u3017\u3019\u301b]}\u00bb\u203a\uff3d\uff5d\ufe42\ufe44\u301e\u301f\uff02\uff07',
);

/**
 * Punctuation after which a Chinese sentence goes on: a closing quote followed
 * by `，` or `：` is a quotation inside the sentence, not its end.
 */
const CONTINUATIONS = new Set('\uff0c\u3001\uff1b\uff1a,;:\ufe50\ufe51\ufe54\ufe55');

/**
 * Quotation marks, closing → opening. ASCII `"` and full-width `＂` close
 * themselves. The ASCII apostrophe is left out: in English it is far more
 * often an apostrophe than a quote.
 */
const QUOTE_OPENERS: ReadonlyMap<string, string> = new Map([
  ['\u201d', '\u201c'],
  ['\u2019', '\u2018'],
  ['\u300d', '\u300c'],
  ['\u300f', '\u300e'],
  ['"', '"'],
  ['\uff02', '\uff02'],
]);

/** Whether `char` is a Chinese sentence-final mark (`。！？` and variants). */
export function isCjkStop(char: string): boolean {
  return CJK_STOPS.has(char);
}

/** Whether `char` is an ellipsis character. */
export function isEllipsis(char: string): boolean {
  return ELLIPSES.has(char);
}

/** Whether `char` closes a quotation or bracket. */
export function isCloser(char: string): boolean {
  return CLOSERS.has(char);
}

/** Whether `char` continues a sentence after a closed quotation. */
export function isContinuation(char: string): boolean {
  return CONTINUATIONS.has(char);
}

/** The opening mark of the quotation that `closer` ends, if it is a quotation mark. */
export function quoteOpenerOf(closer: string): string | undefined {
  return QUOTE_OPENERS.get(closer);
}

/**
 * Where the quotation closed by `text[closeAt]` opened, searching back no
 * further than `from`; -1 if it opened before `from` or `text[closeAt]` is not
 * a quotation mark. Nested pairs of the same kind are skipped.
 */
export function findQuoteOpening(text: string, closeAt: number, from: number): number {
  const closer = text.charAt(closeAt);
  const opener = quoteOpenerOf(closer);
  if (opener === undefined) return -1;
  if (opener === closer) {
    // A self-closing mark closes iff an odd number of them precede it.
    let last = -1;
    let count = 0;
    for (let p = from; p < closeAt; p++) {
      if (text.charAt(p) === closer) {
        last = p;
        count++;
      }
    }
    return count % 2 === 1 ? last : -1;
  }
  let depth = 0;
  for (let p = closeAt - 1; p >= from; p--) {
    const char = text.charAt(p);
    if (char === closer) depth++;
    else if (char === opener) {
      if (depth === 0) return p;
      depth--;
    }
  }
  return -1;
}

/** Opening quotes and brackets that may precede the first word of a sentence. */
export const LEADING_OPENERS = /^[\p{Ps}\p{Pi}"'`\u00ab\u2039]+/u;
