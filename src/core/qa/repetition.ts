/**
 * Repetition: a word or phrase the MT repeated where the source said two
 * different things or said one thing emphatically. Three shapes:
 *
 * - a doubled word or phrase, "the the", "of the of the": a slip, fixed by
 *   deleting the second copy;
 * - "X and X" / "X or X", "confidence and confidence": two Chinese
 *   near-synonyms (有信心有底气) collapsed into one English word;
 * - a list of one word, "ensure, ensure, and ensure": a Chinese
 *   reduplication (兜牢兜实兜好) rendered word for word.
 *
 * English repeats on purpose too ("more and more", "bigger and bigger",
 * "thousands and thousands", "very, very"), so those patterns are left
 * alone; what remains is almost never intended.
 */
import { isStopword, type Word } from '../glossary/words.ts';
import { excerpt } from './messages.ts';
import type { Check, Issue, UnitText } from './types.ts';
import { targetWords } from './unit-text.ts';

/** Doubles English writes on purpose ("had had", "that that"). */
const DOUBLE_OK = new Set(
  'had that is was do very no yes bye ha knock well now tut there really far so many much'.split(
    ' ',
  ),
);

/** Words English repeats around "and" for intensity or continuation. */
const AND_OK = new Set(
  (
    'more less again over on round through by out back up down around away ever further on ' +
    'and neck such so this that here there now then round many much far long'
  ).split(' '),
);

/** Words English repeats in comma lists for emphasis or in speech. */
const LIST_OK = new Set(
  'very no yes well now oh ah hey please bye ha so okay ok come go wait stop help many really'.split(
    ' ',
  ),
);

/** Plural nouns of quantity or time that intensify when doubled ("years and years"). */
const QUANTITY =
  /^(?:hundreds|thousands|millions|billions|dozens|scores|years|months|weeks|days|hours|minutes|miles|ages|times|tons|rows|layers|piles)$/;

/** A comparative ("bigger and bigger", "longer and longer"). */
function isComparative(word: string): boolean {
  return word.length > 4 && /(?:er|ier)$/.test(word);
}

/** Whether tokens `[a, a+n)` and `[b, b+n)` hold the same words. */
function samePhrase(words: Word[], a: number, b: number, n: number): boolean {
  for (let k = 0; k < n; k++) if (words[a + k]?.lower !== words[b + k]?.lower) return false;
  return true;
}

const isConjunction = (word: string | undefined) => word === 'and' || word === 'or';
/** Phrase lengths tried at each word, longest first. */
const LENGTHS = [3, 2, 1] as const;

/**
 * Whether the words `[a, a+n)` exist, are joined by spaces only and neither
 * start nor end with "and"/"or" ("engineering and engineering and" is "X
 * and X", not a doubled "engineering and").
 */
function plainRun(text: string, words: Word[], a: number, n: number): boolean {
  if (a + n > words.length) return false;
  if (n > 1 && (isConjunction(words[a]?.lower) || isConjunction(words[a + n - 1]?.lower)))
    return false;
  for (let k = a + 1; k < a + n; k++) {
    if (!/^\s+$/.test(text.slice((words[k - 1] as Word).end, (words[k] as Word).start)))
      return false;
  }
  return true;
}

/** What separates a repeated phrase from its copy. */
type Separator = 'none' | 'and' | 'list' | null;

function separatorOf(gap: string): Separator {
  if (/^\s+$/.test(gap)) return 'none';
  if (/^\s+(?:and|or)\s+$/i.test(gap)) return 'and';
  if (/^\s*,\s*(?:(?:and|or)\s+)?$/i.test(gap)) return 'list';
  return null;
}

/**
 * Whether the last copy begins a longer phrase: "city or city-state",
 * "backcountry ski, ski touring". Then the words differ after all.
 */
function startsCompound(text: string, words: Word[], last: number): boolean {
  const end = (words[last] as Word).end;
  if (/^[-‐‑]\p{L}/u.test(text.slice(end, end + 2))) return true;
  const next = words[last + 1];
  return next !== undefined && text.slice(end, next.start) === ' ' && !isStopword(next.lower);
}

/** Whether a repetition of `phrase` joined by `separator` is one English makes on purpose. */
function intended(phrase: string, single: boolean, separator: Separator): boolean {
  if (separator === 'none') return single && DOUBLE_OK.has(phrase);
  if (/^\p{N}+$/u.test(phrase)) return true;
  if (!single) return false;
  // "who wrote it, it is known": function words repeat across a clause boundary.
  if (isStopword(phrase)) return true;
  if (separator === 'list') return LIST_OK.has(phrase);
  return AND_OK.has(phrase) || isComparative(phrase) || QUANTITY.test(phrase);
}

function check(unit: UnitText): Issue[] {
  const text = unit.target;
  if (text === null || unit.untranslatedUnit) return [];
  const words = targetWords(unit);
  const issues: Issue[] = [];
  for (let i = 0; i < words.length; i++) {
    // A repetition needs the word again within four words ("X and X", "X Y and X Y"); most words fail here.
    const w = (words[i] as Word).lower;
    if (
      words[i + 1]?.lower !== w &&
      words[i + 2]?.lower !== w &&
      words[i + 3]?.lower !== w &&
      words[i + 4]?.lower !== w
    )
      continue;
    for (const n of LENGTHS) {
      const found = repetitionAt(text, words, i, n);
      if (!found) continue;
      if (!repeatedInSource(unit, found.issue)) issues.push(found.issue);
      i = found.lastWord;
      break;
    }
  }
  return issues;
}

/**
 * A Chinese phrase (two to eight characters, or a number with its unit)
 * listed twice in a row: "负120度，负120度", "再见，再见".
 */
const SOURCE_REPEAT =
  /(\p{Script=Han}[\p{Script=Han}\d.]{1,7}|[-−负]?\d[\d.]*\S{0,3})[\s、，,和与及或]*\1/u;

/**
 * Whether the source repeats itself where the target does: the same words
 * quoted in English ("go go go"), or a Chinese phrase listed twice
 * ("负120度，负120度" → "minus 120 degrees, minus 120 degrees"). Then the
 * repetition is faithful, not an error.
 */
function repeatedInSource(unit: UnitText, issue: Issue): boolean {
  if (!unit.source || !issue.target || !unit.target) return false;
  const repeated = unit.target.slice(issue.target.start, issue.target.end).toLowerCase();
  if (unit.source.toLowerCase().includes(repeated)) return true;
  return issue.messageKey !== 'repetition.doubled' && SOURCE_REPEAT.test(unit.source);
}

/** A repetition of the `n` words from `i`, and the last word it covers. */
function repetitionAt(
  text: string,
  words: Word[],
  i: number,
  n: number,
): { issue: Issue; lastWord: number } | null {
  // Most positions fail here: the word after the phrase (or after "and") is not its first word.
  const first = words[i]?.lower;
  const after = words[i + n]?.lower;
  if (after !== first && !(isConjunction(after) && words[i + n + 1]?.lower === first)) return null;
  if (!plainRun(text, words, i, n)) return null;
  let copies = 1;
  let separator: Separator = null;
  let at = i;
  for (;;) {
    let next = at + n;
    const last = words[at + n - 1];
    // "X, and X": the conjunction is a word, but belongs to the separator.
    if (isConjunction(words[next]?.lower) && !samePhrase(words, i, next, n)) next++;
    const copy = words[next];
    if (!last || !copy || !samePhrase(words, i, next, n) || !plainRun(text, words, next, n)) break;
    const kind = separatorOf(text.slice(last.end, copy.start));
    if (kind === null || (separator !== null && kind === 'none') || (copies > 1 && kind === 'none'))
      break;
    // A capitalised copy after a plain space is a name ("Bora Bora"), not a slip.
    if (kind === 'none' && copy.capitalized) break;
    if (separator !== 'list') separator = kind;
    copies++;
    at = next;
  }
  if (copies < 2 || separator === null) return null;
  const phrase = words
    .slice(i, i + n)
    .map((w) => w.lower)
    .join(' ');
  if (intended(phrase, n === 1, separator)) return null;
  const start = (words[i] as Word).start;
  const lastWord = at + n - 1;
  const end = (words[lastWord] as Word).end;
  if (separator !== 'none' && startsCompound(text, words, lastWord)) return null;
  const span = { start, end };
  const issue: Issue =
    separator === 'none'
      ? {
          target: span,
          source: null,
          messageKey: 'repetition.doubled',
          params: { text: excerpt(text.slice(start, end)) },
          // Deleting the copy, with the space before it, is the whole fix.
          fix: { start: (words[i + n - 1] as Word).end, end, replacement: '' },
          category: 'Fluency/Grammar',
          severity: 'minor',
        }
      : {
          target: span,
          source: null,
          messageKey: 'repetition.repeated',
          params: { text: excerpt(text.slice(start, end)), phrase },
        };
  return { issue, lastWord };
}

/** The repetition check. */
export const repetitionCheck: Check = {
  id: 'repetition',
  category: 'Accuracy/Mistranslation',
  severity: 'major',
  subsumes: ['article', 'capitalization'],
  prepare: () => check,
};
