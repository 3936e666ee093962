/**
 * Anchors: features of a sentence that survive translation, so that a
 * Chinese sentence and its English translation tend to share them while
 * neighbouring sentences do not. Length says how much was said; anchors say
 * *what*, and they break the ties that lengths leave (two sentences of
 * similar length side by side, a short sentence that could join either
 * neighbour).
 *
 * Each anchor is weak alone and some are noisy (an MT may drop a colon or add
 * quotation marks), so `agreement.ts` weighs them by how reliably they carry
 * over: normalised numbers and Latin tokens most, punctuation least.
 */
import { parseChineseNumeral } from '../text/numbers/chinese-numerals.ts';
import { extractNumbers, type NumberMention } from '../text/numbers/index.ts';
import { ORDINAL_ONES } from '../text/numbers/en-words.ts';

/** The anchors of one sentence (or of several merged with `mergeAnchors`). */
export interface Anchors {
  /** The numbers mentioned, with their normalised values, in text order. */
  numbers: readonly NumberMention[];
  /**
   * Source side: the lower-cased Latin tokens of two or more characters in
   * the Chinese (acronyms, names, brands). Empty on the target side, where
   * nearly every word is one and `lower` is searched instead.
   */
  latin: readonly string[];
  /** Target side: the lower-cased text, searched for source tokens. Empty on the source side. */
  lower: string;
  /** Question marks, full- or half-width. */
  questions: number;
  /** Colons, full- or half-width. */
  colons: number;
  /** Quotation marks of any kind (open and close count separately). */
  quotes: number;
  /** Opening parentheses, full- or half-width. */
  parens: number;
  /** Position announced by a list marker opening the sentence (一是, 第二, "Third,", "(4)"), or 0. */
  ordinal: number;
}

// A list marker must open the sentence and be followed by what announces an
// item (是, a comma, a colon) so that 第二届 ("the second session") is not
// taken for "secondly".
const ZH_MARKER =
  /^[\s“"'‘「]*(?:([一二三四五六七八九十]{1,3})是|第([一二三四五六七八九十]{1,3})(?:是|[，,、：:])|其([一二三四五六七八九十]{1,3})[，,、：:是]|[（(]([一二三四五六七八九十]{1,3}|\d{1,2})[)）]|(\d{1,2})[.、．](?!\d)|(首先|其次))/;
/** "first" … "tenth", the list markers an English translation uses. */
const EN_ORDINALS = ORDINAL_ONES.slice(1, 11);
const EN_MARKER =
  /^[\s"'“‘]*(?:(?:the\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)(?:ly)?\b|\((\d{1,2})\)|(\d{1,2})[.)](?!\d))/i;

/** The list position a sentence announces at its start, or 0. */
export function listOrdinal(text: string, lang: 'zh' | 'en'): number {
  if (lang === 'zh') {
    const m = ZH_MARKER.exec(text);
    if (!m) return 0;
    if (m[6]) return m[6] === '首先' ? 1 : 2;
    const numeral = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '';
    return /^\d+$/.test(numeral) ? Number(numeral) : (parseChineseNumeral(numeral)?.value ?? 0);
  }
  const m = EN_MARKER.exec(text);
  if (!m) return 0;
  if (m[1]) return EN_ORDINALS.indexOf(m[1].toLowerCase()) + 1;
  return Number(m[2] ?? m[3]);
}

/**
 * Compute the anchors of a sentence meant to be in `lang` (`zh` for the
 * source, `en` for the MT). Numbers in the other script (Chinese the MT left
 * in place) are read by that script's rules, see `extractNumbers`.
 */
export function anchorsOf(text: string, lang: 'zh' | 'en'): Anchors {
  let questions = 0;
  let colons = 0;
  let quotes = 0;
  let parens = 0;
  // One pass over the code units: this runs for every sentence of both sides.
  for (let k = 0; k < text.length; k++) {
    const code = text.charCodeAt(k);
    if (code === 0x3f || code === 0xff1f) questions++;
    else if (code === 0xff1a || (code === 0x3a && !/\d/.test(text.charAt(k + 1)))) colons++;
    else if (
      code === 0x22 ||
      code === 0x201c ||
      code === 0x201d ||
      (code >= 0x300c && code <= 0x300f)
    )
      quotes++;
    else if (code === 0x28 || code === 0xff08) parens++;
  }
  const latin =
    lang === 'zh' && /[A-Za-z]/.test(text)
      ? [...new Set((text.match(/[A-Za-z][A-Za-z0-9]+/g) ?? []).map((t) => t.toLowerCase()))]
      : [];
  return {
    numbers: extractNumbers(text, lang),
    latin,
    lower: lang === 'en' ? text.toLowerCase() : '',
    questions,
    colons,
    quotes,
    parens,
    ordinal: listOrdinal(text, lang),
  };
}

/** Whether `lower` (lower-cased text) holds `token` as a whole word. */
export function hasToken(lower: string, token: string): boolean {
  const isWordCode = (code: number) =>
    (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  for (let at = lower.indexOf(token); at !== -1; at = lower.indexOf(token, at + 1)) {
    if (!isWordCode(lower.charCodeAt(at - 1)) && !isWordCode(lower.charCodeAt(at + token.length)))
      return true;
  }
  return false;
}

/** The anchors of several consecutive sentences taken together (a paragraph). */
export function mergeAnchors(parts: readonly Anchors[]): Anchors {
  const latin = new Set<string>();
  const numbers: NumberMention[] = [];
  let questions = 0;
  let colons = 0;
  let quotes = 0;
  let parens = 0;
  for (const part of parts) {
    for (const token of part.latin) latin.add(token);
    numbers.push(...part.numbers);
    questions += part.questions;
    colons += part.colons;
    quotes += part.quotes;
    parens += part.parens;
  }
  return {
    numbers,
    latin: [...latin],
    lower: parts.map((p) => p.lower).join('\n'),
    questions,
    colons,
    quotes,
    parens,
    ordinal: parts[0]?.ordinal ?? 0,
  };
}
