/**
 * English abbreviations, sorted by what they say about a following boundary.
 *
 * A period after an abbreviation is the main source of wrong English
 * sentence splits. Listing abbreviations is not enough: `etc.` and `U.S.` end
 * sentences often, `Mr.` never does. So each class comes with its own test of
 * the word that follows, and the classes are the whole policy: a word not
 * listed here is an ordinary word and its period ends the sentence when a
 * capital follows.
 */

/** What the word before a period implies for a boundary after it. */
export type AbbreviationClass =
  /** Titles and Latin connectives (`Mr.`, `Dr.`, `e.g.`, `vs.`): never end a sentence. */
  | 'never-final'
  /** Labels before a number (`No. 5`, `Fig. 3`, `Jan. 12`): end a sentence only before a sentence-starting word. */
  | 'before-number'
  /**
   * Abbreviations that end a phrase and may end a sentence (`U.S.`, `p.m.`,
   * `Inc.`, `Ltd.`, initials like the `J.` of `J. K. Rowling`): end it only
   * before a word that almost always starts a sentence (`The`, `He`, `In`).
   */
  | 'maybe-final'
  /** `etc.`: ends a sentence before any capitalised word; mid-sentence it is followed by lower case. */
  | 'etc'
  /** Not an abbreviation. */
  | 'word';

const NEVER_FINAL = new Set(
  (
    'Mr Mrs Ms Mx Messrs Mmes Mme Mlle Dr Prof Rev Hon Gen Col Lt Sgt Capt Cmdr Adm Maj Gov Sen Rep ' +
    'Pres Supt Insp Mt Ft St vs v cf viz e.g i.e eg ie approx ca incl esp'
  ).split(' '),
);

const BEFORE_NUMBER = new Set(
  (
    'Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec No Nos no nos Nr Fig Figs fig figs Vol Vols vol ' +
    'Art Arts art Sec Secs sec Ch ch Chap Eq Eqs eq Ref Refs ref Para para pp Tel tel Ex ex'
  ).split(' '),
);

const MAYBE_FINAL = new Set(
  'Inc Ltd Co Corp Bros Plc plc LLC Jr Sr Esq al Ave Blvd Rd Univ Dept Assn Ph.D'.split(' '),
);

/** Initialisms with internal periods: `U.S`, `U.K`, `a.m`, `p.m`, `U.S.A`. */
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;
/** A single letter: an initial (`J.`) or a list label. */
const INITIAL = /^\p{L}$/u;

/**
 * Capitalised words that begin sentences and hardly ever follow a
 * mid-sentence abbreviation: after `U.S.` the word `The` starts a sentence,
 * `Army` does not.
 */
const SENTENCE_STARTERS = new Set(
  (
    'The This That These Those It Its He She They We I You There Here In On At But And Or Nor So Yet ' +
    'However Meanwhile Moreover Furthermore Also Besides Instead Thus Therefore Hence Nevertheless Still ' +
    'As After Before When While If Although Though Because Since Unless Until Once According For A An ' +
    'Our His Her Their My Your What Why How Who Whom Whose Where Which Then Now Today Yesterday Tomorrow ' +
    'Last Next Some Many Most Much All Both Each Every No Not One Such Other Another Further Please Let ' +
    'Is Are Was Were Do Does Did Can Could Will Would Should May Might Must Has Have Had To With From By ' +
    'Of During Under Over Among Through Despite Without Within Between Against Unlike Like Even Only Just'
  ).split(' '),
);

/**
 * The class of `word`, the text before a sentence-final period with leading
 * quotes and brackets removed and without the period itself (`U.S` for
 * `U.S.`, `Mr` for `Mr.`).
 */
export function classifyAbbreviation(word: string): AbbreviationClass {
  if (NEVER_FINAL.has(word)) return 'never-final';
  if (BEFORE_NUMBER.has(word)) return 'before-number';
  if (word === 'etc' || word === 'Etc') return 'etc';
  if (MAYBE_FINAL.has(word) || DOTTED.test(word) || INITIAL.test(word)) return 'maybe-final';
  return 'word';
}

/** Whether `word` (letters only, no punctuation) nearly always starts a sentence when capitalised. */
export function isSentenceStarter(word: string): boolean {
  return SENTENCE_STARTERS.has(word);
}

/** Every abbreviation listed here, without its period, for configuring `sbd`. */
export const KNOWN_ABBREVIATIONS: readonly string[] = [
  ...NEVER_FINAL,
  ...BEFORE_NUMBER,
  ...MAYBE_FINAL,
  'etc',
];
