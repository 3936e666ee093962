/**
 * English numbers written in words: "twenty-five", "two hundred million",
 * "one hundred and five", "a thousand", "forty-seventh", "two-thirds".
 *
 * Words are read one at a time with a small state machine rather than one
 * RegExp, because validity depends on order: "two hundred" is a number,
 * "hundred two" is not, "twenty-one" is, "one twenty" is two numbers.
 */
import { roundStep, type Quantity } from './decimal.ts';

const ONES = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
/** Ordinal words by value: `ORDINAL_ONES[3]` is "third". */
export const ORDINAL_ONES = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
];
const ORDINAL_TENS = [
  '',
  '',
  'twentieth',
  'thirtieth',
  'fortieth',
  'fiftieth',
  'sixtieth',
  'seventieth',
  'eightieth',
  'ninetieth',
];
const SCALES: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
};
const ORDINAL_SCALES: Readonly<Record<string, number>> = {
  hundredth: 100,
  thousandth: 1e3,
  millionth: 1e6,
  billionth: 1e9,
};
/** Denominators of fractions, singular and plural ("third", "thirds"); "fourth" is left to "quarter". */
const DENOMINATORS = new Map<string, number>([
  ['half', 2],
  ['halves', 2],
  ['quarter', 4],
  ['quarters', 4],
]);
for (let n = 3; n <= 10; n++) {
  const word = ORDINAL_ONES[n] ?? '';
  if (n !== 4) DENOMINATORS.set(word, n);
  DENOMINATORS.set(`${word}s`, n);
}

const ONE_VALUES = new Map(ONES.map((w, i) => [w, i]));
const TEN_VALUES = new Map<string, number>();
TENS.forEach((w, i) => w && TEN_VALUES.set(w, i * 10));
const ORDINAL_VALUES = new Map<string, number>([
  ...ORDINAL_ONES.map((w, i) => [w, i] as [string, number]),
  ...ORDINAL_TENS.map((w, i) => [w, i * 10] as [string, number]).filter(([w]) => w !== ''),
  ...Object.entries(ORDINAL_SCALES),
]);

/** Words that can open a number, for the scanner's RegExp (longest first). */
export const NUMBER_WORD_STARTS: readonly string[] = [
  ...ONES,
  ...TENS.filter(Boolean),
  ...ORDINAL_VALUES.keys(),
]
  .filter((w) => w !== 'zeroth')
  .sort((a, b) => b.length - a.length);

/** A number read from words. */
export interface WordNumber extends Quantity {
  /** Offset just past the last word read. */
  end: number;
  kind: 'cardinal' | 'ordinal';
  /** Set for a fraction ("two-thirds"): the value is already divided. */
  fraction: boolean;
  /** How many words were read ("one" alone is 1; "a" counts). */
  words: number;
}

const WORD = /[A-Za-z]+/y;
const SEPARATOR = /\s+and\s+|-|\s+/y;

/**
 * Reads the number in words starting at `start` (which must be a word's
 * first letter), or `null` if no number starts there. Stops before the first
 * word that would make the sequence ill-formed, so "one twenty" yields 1.
 */
export function readNumberWords(text: string, start: number): WordNumber | null {
  let total = 0; // completed groups above a thousand
  let group = 0; // the group below the last scale word
  let lastScale = Infinity;
  let state: 'start' | 'article' | 'one' | 'ten' | 'teen' | 'hundred' | 'scale' = 'start';
  let end = start;
  let words = 0;
  let pos = start;
  let sawAnd = false;
  const result = (kind: WordNumber['kind'], value: number, fraction = false): WordNumber | null =>
    words === 0
      ? null
      : {
          value,
          precision: kind === 'ordinal' || fraction ? 0 : roundStep(value),
          end,
          kind,
          fraction,
          words,
        };
  for (;;) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m) break;
    const word = m[0].toLowerCase();
    const wordEnd = pos + m[0].length;
    const one = ONE_VALUES.get(word);
    const ten = TEN_VALUES.get(word);
    const scale = SCALES[word];
    const ordinal = ORDINAL_VALUES.get(word);
    const denominator = DENOMINATORS.get(word);
    const canTakeSmall: boolean = state === 'start' || state === 'hundred' || state === 'scale';
    const afterTens: boolean = state === 'ten';
    if (sawAnd && !(one !== undefined || ten !== undefined)) break;
    if (word === 'a' && state === 'start') {
      state = 'article';
      group = 1;
    } else if (one !== undefined && (canTakeSmall || (afterTens && one > 0 && one < 10))) {
      group += one;
      state = one < 10 && !afterTens ? 'one' : 'teen';
    } else if (ten !== undefined && canTakeSmall) {
      group += ten;
      state = 'ten';
    } else if (
      word === 'hundred' &&
      (state === 'one' || state === 'teen' || state === 'ten' || state === 'article') &&
      group < 100
    ) {
      group *= 100;
      state = 'hundred';
    } else if (
      scale !== undefined &&
      scale > 100 &&
      scale < lastScale &&
      state !== 'start' &&
      state !== 'scale'
    ) {
      total += group * scale;
      group = 0;
      lastScale = scale;
      state = 'scale';
    } else if (
      denominator !== undefined &&
      (state === 'one' || state === 'article') &&
      words === 1 &&
      group > 0
    ) {
      // "one-third", "two-thirds": plural exactly when the numerator is not 1.
      if (word.endsWith('s') !== group > 1 || (word === 'half' && group !== 1)) break;
      // "a third reason" is an ordinal; only "a third of" is a fraction.
      if (state === 'article' && !/^\s+of\b/.test(text.slice(wordEnd, wordEnd + 4))) break;
      end = wordEnd;
      words++;
      return result('cardinal', group / denominator, true);
    } else if (
      ordinal !== undefined &&
      (canTakeSmall ||
        (afterTens && ordinal > 0 && ordinal < 10) ||
        (ordinal >= 100 && state !== 'start'))
    ) {
      end = wordEnd;
      words++;
      const value =
        ordinal >= 100 ? (total + Math.max(group, 1)) * ordinal : total + group + ordinal;
      return result('ordinal', value);
    } else {
      break;
    }
    end = wordEnd;
    words++;
    SEPARATOR.lastIndex = end;
    const sep = SEPARATOR.exec(text);
    if (!sep) break;
    sawAnd = sep[0].trim() === 'and';
    if (sawAnd && state !== 'hundred' && state !== 'scale') break;
    pos = end + sep[0].length;
  }
  if (state === 'article') return null; // "a" not followed by a scale word
  return result('cardinal', total + group);
}
