/**
 * Names across a document: which capitalised phrases it uses ("National
 * People's Congress", "Party Central Committee") and how each is normally
 * written, learnt from the termbase and from the document itself, plus how
 * often each word appears capitalised or in lower case inside sentences.
 * The capitalization check compares each unit against this study.
 */
import type { TermIndex } from '../glossary/match.ts';
import { englishWords, type Word } from '../glossary/words.ts';
import type { UnitText } from './types.ts';
import { targetWords } from './unit-text.ts';
import { NONE } from './none.ts';

/** A word as names are read: with its case, whether it opens a sentence, whether one space precedes it. */
export type NameToken = Word;

/** Lower-case words that may sit inside a name ("Ministry of Human Resources and Social Security"). */
export const CONNECTORS = new Set([
  'of',
  'and',
  'the',
  'for',
  'on',
  'in',
  'de',
  'du',
  'la',
  'von',
  'van',
  'der',
  'to',
]);

/** A name and how it is usually capitalised. */
export interface NameForm {
  /** The words as usually written. */
  words: string[];
  lower: string[];
}

/** What the document (and its termbase) say about names and capitals. */
export interface NameStudy {
  /** Usual forms of names, by the lower case of their first word. */
  names: Map<string, NameForm[]>;
  /**
   * Words capitalised somewhere after a comma or Chinese text (see
   * {@link strayCapital}) that the document otherwise writes in lower case
   * and never capitalises inside a sentence: ordinary words, not names.
   */
  ordinaryWords: Set<string>;
}

/**
 * Whether `tokens` are written in title case, as headlines are: at least
 * four words besides connectors and the first, nearly all capitalised.
 */
export function titleCase(tokens: readonly NameToken[]): boolean {
  return countTitleCase(tokens);
}

/** Whether the unit's target is a headline (`titleCase`), worked out once per unit. */
export function isHeadline(unit: UnitText): boolean {
  unit.derived.headline ??= titleCase(targetWords(unit));
  return unit.derived.headline;
}

function countTitleCase(tokens: readonly NameToken[]): boolean {
  if (tokens.length < 5) return false;
  let words = 0;
  let capitals = 0;
  // Words never outnumber tokens: past this many lower-case words, the
  // share of capitals cannot reach the bar, and ordinary prose stops early.
  const maxLower = 0.15 * tokens.length;
  let lower = 0;
  for (const t of tokens) {
    if (t.initial || CONNECTORS.has(t.lower)) continue;
    words++;
    if (t.capitalized) capitals++;
    else if (++lower > maxLower) return false;
  }
  return words >= 4 && capitals >= 0.85 * words;
}

/** Whether all but the first letter of `t` are already lower case (no slicing: this runs per capital). */
function restIsLower(t: NameToken): boolean {
  const { text, lower } = t;
  if (text.length !== lower.length) return false;
  for (let i = 1; i < text.length; i++)
    if (text.charCodeAt(i) !== lower.charCodeAt(i)) return false;
  return true;
}

/**
 * Whether token `k` looks like an ordinary word capitalised by mistake: a
 * capitalised word (not an acronym) inside a sentence, right after a comma,
 * a semicolon or Chinese text, between lower-case words ("…“一卡通”,
 * Vigorously promote").
 */
export function strayCapital(text: string, tokens: readonly NameToken[], k: number): boolean {
  const t = tokens[k] as NameToken;
  if (!t.capitalized || t.initial || t.text.length < 3 || !restIsLower(t)) return false;
  const next = tokens[k + 1];
  if (tokens[k - 1]?.capitalized || !next || next.capitalized || !next.joined) return false;
  let before = t.start - 1;
  while (before >= 0 && text.charCodeAt(before) === 32) before--;
  return before >= 0 && /[,;，；\p{Script=Han}”]/u.test(text.charAt(before));
}

/**
 * The capitalised runs of `tokens`: capitalised words joined by single
 * spaces, possibly with connectors between them, holding at least two
 * capitalised words not first in their sentence. Each run is also split at
 * its connectors, so "National People's Congress" is found inside "Second
 * Session of the 14th National People's Congress".
 */
export function capitalizedRuns(tokens: readonly NameToken[]): NameToken[][] {
  const runs: NameToken[][] = [];
  let run: NameToken[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as NameToken;
    const continues = run.length > 0 && t.joined;
    const next = tokens[k + 1];
    if (t.capitalized && (continues || run.length === 0)) run.push(t);
    else if (continues && CONNECTORS.has(t.lower) && next?.capitalized && next.joined) run.push(t);
    else if (run.length > 0) {
      splitRun(run, runs);
      // A new array only when a run ends: most words are lower case and start none.
      run = t.capitalized ? [t] : [];
    }
  }
  splitRun(run, runs);
  return runs;
}

/**
 * Adds `run` to `runs`, and its stretches between connectors ("National
 * People's Congress" of "Second Session of the 14th National People's
 * Congress"). Module-level rather than a closure: it runs for every unit,
 * and `tsx` wraps each named closure it creates in a costly `__name` call.
 */
function splitRun(run: readonly NameToken[], runs: NameToken[][]): void {
  if (run.length === 0) return;
  keepRun(run, runs);
  let chunk: NameToken[] = [];
  for (const t of run) {
    if (t.capitalized) chunk.push(t);
    else {
      if (chunk.length < run.length) keepRun(chunk, runs);
      chunk = [];
    }
  }
  if (chunk.length < run.length) keepRun(chunk, runs);
}

/** Adds `run` to `runs` trimmed to a name: no sentence-initial capital, no connector at either end. */
function keepRun(run: readonly NameToken[], runs: NameToken[][]): void {
  const trimmed = run[0]?.initial ? run.slice(1) : [...run];
  // "The Americans" is "Americans" after "the": articles and connectors never start or end a name.
  while (trimmed.length && CONNECTORS.has(trimmed[0]?.lower ?? '')) trimmed.shift();
  while (trimmed.length && !trimmed[trimmed.length - 1]?.capitalized) trimmed.pop();
  if (trimmed.filter((t) => t.capitalized).length >= 2) runs.push(trimmed);
}

/**
 * Studies names and capitals over every unit's target (its words given by
 * `tokensOf`) and the termbase's English.
 */
export function studyNames(
  units: readonly UnitText[],
  termIndex: TermIndex | null,
  tokensOf: (unit: UnitText) => NameToken[],
): NameStudy {
  const strays = new Set<string>();
  const candidates = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.target === null || unit.untranslatedUnit) continue;
    const tokens = tokensOf(unit);
    for (let k = 0; k < tokens.length; k++) {
      if (strayCapital(unit.target, tokens, k)) strays.add((tokens[k] as NameToken).lower);
    }
    // A headline capitalises every word: no evidence of how names are written.
    if (isHeadline(unit)) continue;
    for (const run of capitalizedRuns(tokens)) {
      const lower = run.map((t) => t.lower);
      candidates.set(lower.join(' '), lower);
    }
  }
  const names = new Map<string, NameForm[]>();
  const glossaryKeys = new Set<string>();
  for (const { accepted } of termIndex?.entries ?? []) {
    for (const pattern of accepted) {
      for (const run of capitalizedRuns(englishWords(pattern.text))) {
        const words = run.map((t) => t.text);
        const lower = run.map((t) => t.lower);
        if (!glossaryKeys.has(lower.join(' '))) addName(names, { words, lower });
        glossaryKeys.add(lower.join(' '));
      }
    }
  }
  for (const k of glossaryKeys) candidates.delete(k);
  for (const form of usualForms(units, tokensOf, [...candidates.values()])) addName(names, form);
  for (const list of names.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { names, ordinaryWords: ordinaryWords(units, tokensOf, strays) };
}

function addName(names: Map<string, NameForm[]>, form: NameForm): void {
  const first = form.lower[0] ?? '';
  names.set(first, [...(names.get(first) ?? []), form]);
}

/**
 * How the document usually writes each candidate name, counting every
 * occurrence of its words in any case (so "US dollar" thirty times beats
 * "US Dollar" twice). A usual form needs two occurrences and a strict
 * majority: once, a capitalisation may be the slip itself, and a tie says
 * nothing about which is right. Occurrences opening a sentence or in a
 * headline are not counted.
 */
function usualForms(
  units: readonly UnitText[],
  tokensOf: (unit: UnitText) => NameToken[],
  candidates: readonly string[][],
): NameForm[] {
  if (candidates.length === 0) return [];
  const byFirst = new Map<string, string[][]>();
  for (const lower of candidates)
    byFirst.set(lower[0] ?? '', [...(byFirst.get(lower[0] ?? '') ?? []), lower]);
  const casings = new Map<string, Map<string, number>>();
  for (const unit of units) {
    if (unit.target === null || unit.untranslatedUnit) continue;
    if (isHeadline(unit)) continue;
    const tokens = tokensOf(unit);
    tokens.forEach((t, i) => {
      if (t.initial) return;
      for (const lower of byFirst.get(t.lower) ?? NONE) {
        const span = tokens.slice(i, i + lower.length);
        if (span.length < lower.length) continue;
        if (!span.every((w, k) => w.lower === lower[k] && (k === 0 || w.joined))) continue;
        const counts = casings.get(lower.join(' ')) ?? new Map<string, number>();
        const written = span.map((w) => w.text).join(' ');
        counts.set(written, (counts.get(written) ?? 0) + 1);
        casings.set(lower.join(' '), counts);
      }
    });
  }
  const forms: NameForm[] = [];
  for (const counts of casings.values()) {
    const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
    if (!best || best[1] < 2 || (second && second[1] >= best[1])) continue;
    const words = best[0].split(' ');
    forms.push({ words, lower: words.map((w) => w.toLowerCase()) });
  }
  return forms;
}

/** Which `candidates` the document writes in lower case and capitalises at most once inside a sentence. */
function ordinaryWords(
  units: readonly UnitText[],
  tokensOf: (unit: UnitText) => NameToken[],
  candidates: ReadonlySet<string>,
): Set<string> {
  const ordinary = new Set<string>();
  if (candidates.size === 0) return ordinary;
  const lower = new Set<string>();
  const capitals = new Map<string, number>();
  for (const unit of units) {
    if (unit.target === null || unit.untranslatedUnit) continue;
    for (const t of tokensOf(unit)) {
      if (!candidates.has(t.lower)) continue;
      if (!t.capitalized) lower.add(t.lower);
      else if (!t.initial) capitals.set(t.lower, (capitals.get(t.lower) ?? 0) + 1);
    }
  }
  for (const word of candidates)
    if (lower.has(word) && (capitals.get(word) ?? 0) <= 1) ordinary.add(word);
  return ordinary;
}
