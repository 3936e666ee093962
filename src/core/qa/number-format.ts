/**
 * How English writes numbers, for the number check's suggestions: digit
 * grouping (`6900` → `6,900`) and magnitudes in words (`45.3 million`), the
 * forms English-language news style guides ask for.
 */
import type { TextRange } from '../model/document.ts';
import type { NumberMention } from '../text/numbers/index.ts';

const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** `value` as English news writes it: `970 million`, `15.1 billion`, `45,300`. */
export function englishAmount(value: number): string {
  const scales: [number, string][] = [
    [1e12, 'trillion'],
    [1e9, 'billion'],
    [1e6, 'million'],
  ];
  for (const [scale, word] of scales) {
    if (value >= scale)
      return `${GROUPED.format(Math.round((value / scale) * 1000) / 1000)} ${word}`;
  }
  return GROUPED.format(value);
}

/** Digits written with no grouping: `6900`, `12000.5`. */
const UNGROUPED = /^\d{4,}(?:\.\d+)?$/;

/** Characters next to a number that make it a code, not a quantity (`COVID-19`, `A320`, `#1234`, `10:30`). */
const CODE_NEIGHBOUR = /[\p{L}\-/#:_.@]/u;

/**
 * Whether an English cardinal lacks the thousands separators English style
 * wants. Four-digit numbers up to 2100 are left alone: they are far more
 * often years than amounts. So are numbers glued to letters or symbols.
 */
export function needsGrouping(text: string, mention: NumberMention): boolean {
  if (mention.kind !== 'cardinal' || !UNGROUPED.test(mention.text)) return false;
  const whole = mention.text.split('.')[0] ?? '';
  if (whole.length === 4 && Number(whole) <= 2100) return false;
  const before = text.charAt(mention.start - 1);
  const after = text.charAt(mention.end);
  // "5000 BC" is a year.
  if (/^\s*(?:BC|AD|BCE|CE)\b/.test(text.slice(mention.end, mention.end + 5))) return false;
  return !CODE_NEIGHBOUR.test(before) && !(CODE_NEIGHBOUR.test(after) && after !== '.');
}

/** The edit that groups a number's digits: `6900` → `6,900`. */
export function groupingEdit(mention: NumberMention): TextRange & { replacement: string } {
  const [whole = '', fraction] = mention.text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return {
    start: mention.start,
    end: mention.end,
    replacement: fraction === undefined ? grouped : `${grouped}.${fraction}`,
  };
}
