/**
 * The punctuation that comes in pairs or mirrors the source: brackets and
 * quotation marks that open without closing (or close without opening),
 * and a sentence that is a question on one side only.
 *
 * A unit is a sentence or a few, and a quotation may run over several
 * sentences; so a unit's imbalance is reported only when its source is
 * balanced: if the source unit also opens a quotation it does not close,
 * the unit boundary cut the quotation, not the MT.
 */
import type { TextRange } from '../model/document.ts';
import { isCloser } from '../text/punctuation.ts';
import type { Issue, UnitText } from './types.ts';

const PAIRS: ReadonlyMap<string, string> = new Map([
  [')', '('],
  [']', '['],
  ['}', '{'],
  ['”', '“'],
]);
const OPENERS = new Set(PAIRS.values());

/** Whether a straight quote at `at` opens (space or an opener before it, a word after). */
function opensQuote(text: string, at: number): boolean {
  const before = text.charAt(at - 1);
  return (at === 0 || /[\s([{\u2014-]/.test(before)) && /\S/.test(text.charAt(at + 1));
}

/** A `)` after a lone letter or number at the start of a list item ("a)", "2)"). */
function listMarker(text: string, at: number): boolean {
  return (
    text.charAt(at) === ')' &&
    /(?:^|\s)[\p{L}\p{N}]{1,2}$/u.test(text.slice(Math.max(0, at - 3), at))
  );
}

const MARKS = /["“”()[\]{}]/g;

/** The positions of marks that have no partner in `text`. */
export function unpairedMarks(text: string): number[] {
  const stack: { char: string; at: number }[] = [];
  const unpaired: number[] = [];
  for (const match of text.matchAll(MARKS)) {
    const at = match.index;
    const char = match[0];
    if (char === '"') {
      const top = stack[stack.length - 1];
      if (top?.char === '"' && !opensQuote(text, at)) stack.pop();
      else stack.push({ char, at });
    } else if (OPENERS.has(char)) {
      stack.push({ char, at });
    } else {
      const opener = PAIRS.get(char);
      const k = stack.map((s) => s.char).lastIndexOf(opener ?? '');
      if (k >= 0) {
        // Marks opened inside the pair and never closed are unpaired too.
        unpaired.push(
          ...stack
            .splice(k)
            .slice(1)
            .map((s) => s.at),
        );
      } else if (!listMarker(text, at)) {
        unpaired.push(at);
      }
    }
  }
  return [...unpaired, ...stack.map((s) => s.at)].sort((a, b) => a - b);
}

const QUOTES = '“”"「」『』';

/** How many characters of `text` are among `chars`. */
function countOf(text: string, chars: string): number {
  let n = 0;
  for (const c of text) if (chars.includes(c)) n++;
  return n;
}

/** Whether the source's own quotes and brackets pair up (both widths). */
function sourceBalanced(source: string): boolean {
  return (
    countOf(source, '“') === countOf(source, '”') &&
    countOf(source, '(（') === countOf(source, ')）') &&
    countOf(source, '「') === countOf(source, '」') &&
    countOf(source, '"') % 2 === 0
  );
}

/**
 * Unmatched brackets and quotes in the target. A quotation mark is only
 * judged when the source quotes too: a translation that spreads a quotation
 * over several sentences (and units) leaves a lone mark in each, and a
 * source without quotes gives no sign that the MT broke one.
 */
export function balanceIssues(unit: UnitText): Issue[] {
  const { source, target } = unit;
  if (target === null || !/["“”()[\]{}]/.test(target)) return [];
  if (source !== null && !sourceBalanced(source)) return [];
  const sourceQuotes = source !== null && [...QUOTES].some((q) => source.includes(q));
  return unpairedMarks(target)
    .filter((at) => sourceQuotes || !QUOTES.includes(target.charAt(at)))
    .map((at) => ({
      target: { start: at, end: at + 1 },
      source: null,
      messageKey: 'punctuation.unpaired',
      params: { mark: target.charAt(at) },
    }));
}

/** The last mark of `text` before closing quotes and brackets, with its place. */
function finalMark(text: string): (TextRange & { mark: string }) | null {
  let end = text.trimEnd().length;
  while (end > 0 && isCloser(text.charAt(end - 1))) end--;
  if (end === 0) return null;
  return { start: end - 1, end, mark: text.charAt(end - 1) };
}

const isQuestion = (mark: string) => mark === '?' || mark === '？';

/**
 * A question in the source whose translation is not one, or the reverse.
 * Exclamation marks are not compared: English tones 。！ down to a full
 * stop as a matter of style.
 */
export function finalMarkIssue(unit: UnitText): Issue[] {
  const { source, target } = unit;
  if (source === null || target === null) return [];
  const s = finalMark(source);
  const t = finalMark(target);
  if (!s || !t || isQuestion(s.mark) === isQuestion(t.mark)) return [];
  return [
    {
      target: { start: t.start, end: t.end },
      source: { start: s.start, end: s.end },
      messageKey: 'punctuation.finalMark',
      params: { source: s.mark, target: t.mark },
    },
  ];
}
