/**
 * Locating the words that render a term when the termbase's rendering is
 * not there: "Minister of Human Resources and social protection" for
 * `Ministry of Human Resources and Social Security`, "urban surveyed
 * unemployment rate" for `surveyed urban unemployment rate`. A finding that
 * highlights those words tells the reviewer what to replace; one that only
 * names the Chinese term leaves the search to them.
 *
 * The rendering is the shortest stretch of one clause holding the most
 * content words of the term (compared by stem, in any order), widened by as
 * many words as the term has before its first and after its last matched
 * word ("structural contradictions" for `structural imbalances`). When too
 * few words match, nothing is located: a wrong highlight is worse than none.
 */
import type { FormPattern } from './match.ts';
import { isStopword, wordStem, type Word } from './words.ts';

/** A stretch of the text taken to render a term. */
export interface LocatedRendering {
  start: number;
  end: number;
  /** Word indices of the stretch, inclusive. */
  first: number;
  last: number;
  /** The term form it was matched against. */
  pattern: FormPattern;
}

interface Window {
  first: number;
  last: number;
  /**
   * Matched content words, those out of the term's order counting half:
   * "urban surveyed unemployment rate" is still a good match for `surveyed
   * urban unemployment rate`, but "employment and structural" is a poor one
   * for `structural employment imbalances`.
   */
  score: number;
  /** Lowest and highest index of a matched word of the pattern. */
  kFirst: number;
  kLast: number;
}

/** Whether the text between two words ends a clause (a comma does not). */
function hardBreak(text: string, before: Word, after: Word): boolean {
  return /[.;:!?。；：！？\n]/.test(text.slice(before.end, after.start));
}

/**
 * Whether two words are joined by nothing but spaces, a hyphen or a
 * connecting symbol (`big data + legwork`), so a widening may cross.
 */
function plainJoin(text: string, before: Word, after: Word): boolean {
  return /^(?:\s*[+&/]\s*|\s+|[-‐‑])$/.test(text.slice(before.end, after.start));
}

/** Length of the longest increasing run (not necessarily contiguous) in `ks`. */
function longestIncreasing(ks: readonly number[]): number {
  const tails: number[] = [];
  for (const k of ks) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tails[mid] as number) < k) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = k;
  }
  return tails.length;
}

interface ContentStems {
  stems: Map<string, number[]>;
  count: number;
}

/** `contentStems` already worked out, by pattern: a termbase's patterns are few and reused for every unit. */
const contentCache = new WeakMap<FormPattern, ContentStems>();

/** The content words of a pattern by stem, with their positions in it, and how many there are. */
function contentStems(pattern: FormPattern): ContentStems {
  let content = contentCache.get(pattern);
  if (!content) {
    content = computeContentStems(pattern);
    contentCache.set(pattern, content);
  }
  return content;
}

function computeContentStems(pattern: FormPattern): ContentStems {
  const stems = new Map<string, number[]>();
  const words = pattern.words;
  const content = words.some((w) => !isStopword(w.form));
  let count = 0;
  words.forEach((w, k) => {
    if (content && isStopword(w.form)) return;
    const stem = wordStem(w.form);
    stems.set(stem, [...(stems.get(stem) ?? []), k]);
    count++;
  });
  return { stems, count };
}

/** Whether a window matches enough of a pattern with `count` content words. */
function believable(window: Window | null, count: number): window is Window {
  return window !== null && window.score >= needed(count) && window.score / count >= 0.5;
}

/** How many content words must match for a located stretch to be believed. */
function needed(contentCount: number): number {
  return contentCount <= 2 ? 1 : Math.max(2, Math.ceil(contentCount / 2));
}

/** The best window of `words` for `pattern`, avoiding `used` words. */
function bestWindow(
  text: string,
  words: readonly Word[],
  textStems: readonly string[],
  pattern: FormPattern,
  stems: Map<string, number[]>,
  used: ReadonlySet<number>,
): Window | null {
  const maxSpan = Math.max(pattern.words.length * 2, pattern.words.length + 2);
  let best: Window | null = null;
  for (let a = 0; a < words.length; a++) {
    if (used.has(a) || !stems.has(textStems[a] as string)) continue;
    const matched: number[] = [];
    for (let b = a; b < words.length && b - a < maxSpan; b++) {
      if (used.has(b)) break;
      if (b > a && hardBreak(text, words[b - 1] as Word, words[b] as Word)) break;
      const ks = stems.get(textStems[b] as string);
      const k = ks?.find((x) => !matched.includes(x));
      if (k === undefined) continue;
      matched.push(k);
      const inOrder = longestIncreasing(matched);
      const score = inOrder + (matched.length - inOrder) / 2;
      const better =
        !best || score > best.score || (score === best.score && b - a < best.last - best.first);
      if (better) {
        best = {
          first: a,
          last: b,
          score,
          kFirst: Math.min(...matched),
          kLast: Math.max(...matched),
        };
      }
    }
  }
  return best;
}

/** Widens a window by the words of the pattern outside its matched part. */
function widen(
  text: string,
  words: readonly Word[],
  window: Window,
  patternLength: number,
  used: ReadonlySet<number>,
): { first: number; last: number } {
  let { first, last } = window;
  for (let k = 0; k < window.kFirst && first > 0; k++) {
    if (used.has(first - 1) || !plainJoin(text, words[first - 1] as Word, words[first] as Word))
      break;
    first--;
  }
  for (let k = window.kLast + 1; k < patternLength && last + 1 < words.length; k++) {
    if (used.has(last + 1) || !plainJoin(text, words[last] as Word, words[last + 1] as Word)) break;
    last++;
  }
  return { first, last };
}

/**
 * Up to `count` stretches of `text` (whose words are `words`) that most
 * likely render a term given by `patterns`, none touching a `claimed` word,
 * in text order. Empty when no stretch matches enough of any pattern.
 * `textStems` are the words' stems, for callers that locate several terms
 * in one text.
 */
export function locateRenderings(
  text: string,
  words: readonly Word[],
  patterns: readonly FormPattern[],
  claimed: ReadonlySet<number>,
  count: number,
  textStems: readonly string[] = words.map((w) => wordStem(w.form)),
): LocatedRendering[] {
  let best: { pattern: FormPattern; ratio: number; window: Window } | null = null;
  for (const pattern of patterns) {
    const content = contentStems(pattern);
    // Most missing terms share no content word with the sentence at all.
    if (![...content.stems.keys()].some((stem) => textStems.includes(stem))) continue;
    const window = bestWindow(text, words, textStems, pattern, content.stems, claimed);
    if (!believable(window, content.count)) continue;
    const ratio = window.score / content.count;
    if (!best || ratio > best.ratio) best = { pattern, ratio, window };
  }
  if (!best) return [];
  const { pattern } = best;
  const content = contentStems(pattern);
  const used = new Set(claimed);
  const found: LocatedRendering[] = [];
  let window: Window | null = best.window;
  while (found.length < count && believable(window, content.count)) {
    const { first, last } = widen(text, words, window, pattern.words.length, used);
    for (let i = first; i <= last; i++) used.add(i);
    found.push({
      start: (words[first] as Word).start,
      end: (words[last] as Word).end,
      first,
      last,
      pattern,
    });
    if (found.length < count)
      window = bestWindow(text, words, textStems, pattern, content.stems, used);
  }
  return found.sort((a, b) => a.start - b.start);
}
