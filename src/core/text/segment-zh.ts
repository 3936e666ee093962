/**
 * Chinese sentence boundaries.
 *
 * The rules follow the break rules that SRX segmenters ship for Chinese: a
 * sentence ends after `。！？` (and their variants), after an ellipsis, or
 * after an ASCII `!`/`?` that is followed by Chinese, together with any
 * closing quotes and brackets right after the mark (`。”`, `！）`). `；` does
 * not end a sentence: in Chinese it joins clauses the English usually keeps
 * in one sentence.
 *
 * Like SRX "no break" exception rules, two cases keep the sentence going:
 * - the next character is `，`, `、`, `；` or `：` (`“好！”，他说`);
 * - a quotation opened in the middle of the sentence ends with a stop and the
 *   text runs straight on (`他说：“好。”然后走了`). The quoted sentence is
 *   part of the larger one; GB/T 15834 puts its `。` inside the quotes, which
 *   is what makes the naive rule split there. A quotation that opens the
 *   sentence (`“我们走吧。”他说`) does break: telling an attribution from a
 *   new sentence would need a parser, and a wrong split there costs the
 *   aligner one 2:1 unit, the same as a wrong merge.
 * Sentence-final marks inside a quotation that continues (`“我来了。我走了。”`)
 * do break, as in SRX: each sentence of a long quotation is its own sentence.
 */
import {
  findQuoteOpening,
  isCjkStop,
  isCloser,
  isContinuation,
  isEllipsis,
} from './punctuation.ts';
import { isBlankCode } from './whitespace.ts';

/** Which marks count, depending on the script around them. */
export interface ChineseBreakOptions {
  /**
   * Also break at ASCII `!`/`?` before Chinese, at a single `…` and at `...`.
   * True for Chinese text; false in English text, where those marks belong to
   * the English rules and only the Chinese marks (`。！？`, `……`) are left to
   * these.
   */
  latinMarks: boolean;
}

const HAN_OR_CJK_OPENER = /[\p{Script=Han}\u201c\u2018\u300c\u300e\uff08\u300a\u3008\u3010\u3014]/u;
const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * Characters that may start a run of marks, to jump from one to the next
 * instead of testing every character. `scanMarks` has the final word.
 */
const NEXT_MARK_ANY =
  /[\u3002\uff01\uff1f\uff61\ufe12\ufe52\ufe56\ufe57\u203c\u2047-\u2049\u2026\u22ef!?.]/g;
const NEXT_MARK_CJK =
  /[\u3002\uff01\uff1f\uff61\ufe12\ufe52\ufe56\ufe57\u203c\u2047-\u2049\u2026\u22ef]/g;

/**
 * Offsets in `[start, end)` of `text` where a sentence ends, ascending, each
 * just after the final mark and its closing quotes or brackets.
 */
export function findChineseBreaks(
  text: string,
  start: number,
  end: number,
  options: ChineseBreakOptions = { latinMarks: true },
): number[] {
  const breaks: number[] = [];
  let sentenceStart = start;
  let i = start;
  const nextMark = options.latinMarks ? NEXT_MARK_ANY : NEXT_MARK_CJK;
  // Searching a view that ends at `end` stops a paragraph without marks
  // from sending the search through the rest of the document.
  const bounded = end === text.length ? text : text.slice(0, end);
  while (i < end) {
    nextMark.lastIndex = i;
    const found = nextMark.exec(bounded);
    if (!found) break;
    i = found.index;
    const markEnd = scanMarks(text, i, end, options);
    if (markEnd === i) {
      i++;
      continue;
    }
    const marks = text.slice(i, markEnd);
    let after = markEnd;
    while (after < end && isCloser(text.charAt(after))) after++;
    let next = after;
    while (next < end && isBlankCode(text.charCodeAt(next))) next++;
    if (next < end && breaksHere(text, { marks, markStart: i, after, next, sentenceStart })) {
      breaks.push(after);
      sentenceStart = next;
    }
    i = after;
  }
  return breaks;
}

/**
 * The end of the run of sentence-final marks starting at `i`, or `i` when
 * there is none. Runs mix freely (`？！`, `。。。`, `……`, `?!`).
 */
function scanMarks(text: string, i: number, end: number, options: ChineseBreakOptions): number {
  let j = i;
  while (j < end) {
    const char = text.charAt(j);
    if (isCjkStop(char)) j++;
    else if (char === '\u2026' && (options.latinMarks || text.charAt(j + 1) === '\u2026' || j > i))
      j++;
    else if (char === '\u22ef') j++;
    else if (options.latinMarks && (char === '!' || char === '?')) j++;
    else if (options.latinMarks && char === '.' && (j > i || text.startsWith('...', j))) j++;
    else break;
  }
  return j;
}

interface Candidate {
  /** The marks, e.g. `。`, `？！`, `……`, `?`. */
  marks: string;
  markStart: number;
  /** Just after the marks and their closing quotes and brackets. */
  after: number;
  /** The first non-blank character after `after`. */
  next: number;
  sentenceStart: number;
}

function breaksHere(text: string, c: Candidate): boolean {
  const nextChar = text.charAt(c.next);
  if (isContinuation(nextChar)) return false;
  const hasStop = [...c.marks].some(isCjkStop);
  const hasEllipsis = [...c.marks].some((char) => isEllipsis(char) || char === '.');
  // ASCII !/? alone are only Chinese marks when Chinese follows; before
  // Latin they are part of an English name or phrase (`Yahoo!`).
  if (!hasStop && !hasEllipsis && !HAN_OR_CJK_OPENER.test(nextChar)) return false;
  return !continuesAfterQuote(text, c);
}

/** The `他说：“好。”然后走了` exception; see the module comment. */
function continuesAfterQuote(text: string, c: Candidate): boolean {
  const markEnd = c.markStart + c.marks.length;
  if (c.after === markEnd || c.next !== c.after) return false;
  if (!WORD_CHAR.test(text.charAt(c.next))) return false;
  // The outermost quotation closed here is the last quote mark in the closers.
  for (let p = c.after - 1; p >= markEnd; p--) {
    const opening = findQuoteOpening(text, p, c.sentenceStart);
    if (opening < 0) continue;
    return /\S/.test(text.slice(c.sentenceStart, opening));
  }
  return false;
}
