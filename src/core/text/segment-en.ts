/**
 * English sentence boundaries, in text that may still hold Chinese.
 *
 * Every `.`, `!`, `?` or `…` followed by a space (or glued to a capital, as in
 * `yuan.The`) is a candidate; the candidate's mark and closing quotes or
 * brackets stay with the sentence they end (`"He left." She said`). Each
 * candidate is judged by the word before it and the word after it:
 * - a lower-case next word continues the sentence (`"Why?" he asked`,
 *   `apples, etc. were`);
 * - after an abbreviation, its class decides (see `abbreviations.ts`);
 * - after an ordinary word, a capital or a Han character starts a new
 *   sentence;
 * - what is left, mostly a number after the period (`in 2023. 12 million`),
 *   is what `sbd` decides.
 *
 * `sbd` is the baseline (Intl.Segmenter breaks after `Mr.`), but on its own
 * it guesses abbreviations from capitals, so it keeps
 * `… development. The Party Central Committee …` and `I saw Tom. He left.`
 * as one sentence each, and it misses `!"` before a capital. The rules above
 * settle the cases where it is known to go wrong and leave it the others.
 *
 * Decimals (`5.2%`, `12.44 million`) never produce a candidate, as no space
 * follows their period.
 *
 * MT output can keep whole Chinese sentences, or start a sentence in Chinese
 * and finish it in English. So the Chinese marks `。！？` (and `……`) also end
 * sentences here, by the Chinese rules, and no English candidate inside a
 * run of Chinese (`9.7亿`) counts.
 */
import { classifyAbbreviation, isSentenceStarter } from './abbreviations.ts';
import { LEADING_OPENERS, isCloser } from './punctuation.ts';
import { sbdBreaks } from './sbd-breaks.ts';
import { findUntranslatedSpans } from './script.ts';
import { findChineseBreaks } from './segment-zh.ts';
import { isBlankCode } from './whitespace.ts';

/** `unsure` hands the candidate to `sbd`. */
type Verdict = 'break' | 'no-break' | 'unsure';

/** Code units of context on each side of a candidate that `sbd` is shown. */
const SBD_CONTEXT = 300;

const MARK = /[.!?\u2026]/;
/** Jumps to the next mark: much faster than testing every character. */
const NEXT_MARK = /[.!?\u2026]/g;
const GLUED_MARK = /[.!?]/;
const LOWER = /^\p{Ll}/u;
const UPPER_OR_HAN = /^[\p{Lu}\p{Lt}\p{Script=Han}]/u;
const DIGIT = /^\p{N}/u;
/** The end of a word glued to the next sentence: `yuan.The`, not `U.S.A` or `e.g.The`. */
const GLUED_WORD_END = /(?:^|[^.\p{L}])\p{L}*\p{Ll}{2}$/u;
const GLUED_NEXT = /^(?:\p{Lu}\p{Ll}|\p{Script=Han})/u;
/** A list label that opens a paragraph or sentence: `1.`, `a.`, `iv.` */
const LIST_LABEL = /^(?:\p{N}{1,3}|[A-Za-z]|[ivxlcIVXLC]{1,5})$/u;

/**
 * Offsets in `[start, end)` of `text` where a sentence ends, ascending, each
 * just after the final mark and its closing quotes or brackets.
 */
export function findEnglishBreaks(text: string, start: number, end: number): number[] {
  const chinese = findUntranslatedSpans(text.slice(start, end)).map((s) => ({
    start: s.start + start,
    end: s.end + start,
  }));
  // Candidates come in ascending order, so one forward cursor over the runs
  // keeps this linear on paragraphs with thousands of them.
  let run = 0;
  const insideChinese = (offset: number): boolean => {
    while (run < chinese.length && (chinese[run]?.end ?? 0) <= offset) run++;
    const span = chinese[run];
    return span !== undefined && span.start < offset;
  };
  const breaks = new Set<number>();
  let sentenceStart = start;
  let i = start;
  // See `findChineseBreaks` for why the search runs on a view ending at `end`.
  const bounded = end === text.length ? text : text.slice(0, end);
  while (i < end) {
    NEXT_MARK.lastIndex = i;
    const found = NEXT_MARK.exec(bounded);
    if (!found) break;
    i = found.index;
    let markEnd = i;
    while (markEnd < end && MARK.test(text.charAt(markEnd))) markEnd++;
    let after = markEnd;
    while (after < end && isCloser(text.charAt(after))) after++;
    let next = after;
    while (next < end && isBlankCode(text.charCodeAt(next))) next++;
    if (next < end && !insideChinese(after)) {
      let verdict = judge(text, { sentenceStart, markStart: i, markEnd, after, next, end });
      if (verdict === 'unsure') {
        const [from, to] = sbdWindow(text, start, end, i - SBD_CONTEXT, after + SBD_CONTEXT);
        verdict = sbdBreaks(text, from, to).has(after) ? 'break' : 'no-break';
      }
      if (verdict === 'break') {
        breaks.add(after);
        sentenceStart = next;
      }
    }
    i = after;
  }
  for (const cut of findChineseBreaks(text, start, end, { latinMarks: false })) breaks.add(cut);
  return [...breaks].sort((a, b) => a - b);
}

/** A possible boundary: offsets of its marks, of what follows, and of its context. */
interface Candidate {
  sentenceStart: number;
  markStart: number;
  markEnd: number;
  after: number;
  next: number;
  end: number;
}

function judge(text: string, c: Candidate): Verdict {
  const glued = c.next === c.after;
  // Most glued marks are decimals and initialisms (`5.2`, `U.S.`): settle
  // them before building any strings.
  if (glued && !UPPER_OR_HAN.test(text.charAt(c.next))) return 'no-break';
  const tokenStart = wordStart(text, c.markStart, c.sentenceStart);
  const word = text.slice(tokenStart, c.markStart).replace(LEADING_OPENERS, '');
  const nextToken = text.slice(c.next, wordEnd(text, c.next, c.end));
  const nextWord = nextToken.replace(LEADING_OPENERS, '');
  if (glued) {
    const single = c.markEnd - c.markStart === 1 && GLUED_MARK.test(text.charAt(c.markStart));
    return single && GLUED_WORD_END.test(word) && GLUED_NEXT.test(nextWord) ? 'break' : 'no-break';
  }
  if (LOWER.test(nextWord)) return 'no-break';
  if (tokenStart === c.sentenceStart && LIST_LABEL.test(word)) return 'no-break';
  const marks = text.slice(c.markStart, c.markEnd);
  if (marks !== '.') {
    // `!`, `?` or an ellipsis: nothing to mistake for an abbreviation.
    return UPPER_OR_HAN.test(nextWord) || DIGIT.test(nextWord) ? 'break' : 'unsure';
  }
  const starter = isSentenceStarter(/^\p{L}*/u.exec(nextWord)?.[0] ?? '');
  switch (classifyAbbreviation(word)) {
    case 'never-final':
      return 'no-break';
    case 'before-number':
    case 'maybe-final':
      return starter ? 'break' : 'no-break';
    case 'etc':
      return UPPER_OR_HAN.test(nextWord) ? 'break' : 'no-break';
    case 'word':
      return UPPER_OR_HAN.test(nextWord) ? 'break' : 'unsure';
  }
}

/**
 * `[from, to)` clipped to the paragraph `[start, end)` and widened to whole
 * tokens.
 * `sbd` only looks a few words around a period, so a window of text around
 * the candidate gives the same verdict as the whole paragraph at a cost that
 * does not grow with it.
 */
function sbdWindow(
  text: string,
  start: number,
  end: number,
  from: number,
  to: number,
): [number, number] {
  return [wordStart(text, Math.max(start, from), start), wordEnd(text, Math.min(to, end), end)];
}

/** Start of the whitespace-delimited token ending at `end`, not before `limit`. */
function wordStart(text: string, end: number, limit: number): number {
  let p = end;
  while (p > limit && !isBlankCode(text.charCodeAt(p - 1))) p--;
  return p;
}

/** End of the whitespace-delimited token starting at `start`. */
function wordEnd(text: string, start: number, limit: number): number {
  let p = start;
  while (p < limit && !isBlankCode(text.charCodeAt(p))) p++;
  return p;
}
