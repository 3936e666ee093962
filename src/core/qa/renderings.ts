/**
 * Spelling variants of a rendering, found without a termbase: two units
 * whose sources share a Chinese phrase and whose translations write the
 * same English phrase two ways ("high-skilled talents" / "highly skilled
 * talents" for 高技能人才, "labour market" / "labor market"). The rarer
 * spelling in the document is reported as the inconsistent one.
 *
 * Only variants of the same words are compared, detected by a *skeleton*
 * of each word: its stem (`glossary/words.ts`) with British and American
 * spellings folded together and doubled letters single ("highly" and
 * "high" → `high`, "labour" and "labor" → `labor`, "modelling" and
 * "modeling" → `model`). Phrases that use different words for the same source
 * ("regular matter" / "dark matter", "detailed" / "accurate information")
 * are left alone: on human translations they are almost always deliberate,
 * and a termbase catches the ones that are not. Keyed by skeleton in a hash
 * map, the study is linear in the document.
 */
import { isStopword, wordStem, type Word } from '../glossary/words.ts';
import { sharedChinese } from './shared-chinese.ts';
import type { UnitText } from './types.ts';
import { targetWords } from './unit-text.ts';

/** An inconsistent spelling to report in a unit. */
export interface VariantRendering {
  /** Word forms of the phrase used in this unit. */
  forms: string[];
  /** The more usual spelling, as written in another unit. */
  usual: string;
  /** The Chinese both sources share. */
  zh: string;
}

interface Phrase {
  unit: number;
  forms: string[];
  exact: string;
  text: string;
  /** Whether each word is written in lower case: only those may vary (not "Trump" / "Trumps"). */
  lower: boolean[];
}

/** How many units with the usual spelling are searched for Chinese shared with an odd one. */
const MAX_TRIED = 3;

/** A word's spelling skeleton (see the module comment). */
export function skeleton(form: string): string {
  return wordStem(form)
    .replace(/z/g, 's')
    .replace(/our/g, 'or')
    .replace(/tre$/, 'ter')
    .replace(/mme$/, 'm')
    .replace(/gement$/, 'gment')
    .replace(/(.)\1+/g, '$1');
}

/** Whether a word is a Latin content word (not a function word, a number or Chinese). */
function contentWord(word: Word): boolean {
  const code = word.text.charCodeAt(0);
  return code < 0x2e80 && !(code >= 0x30 && code <= 0x39) && !isStopword(word.form);
}

/**
 * The word forms of the document that share their skeleton with another
 * form (not a mere inflection of it): the only words a spelling variant can
 * involve. Finding them first spares building phrases for every other word.
 */
function variableForms(
  units: readonly UnitText[],
  skeletonOf: (form: string) => string,
): Set<string> {
  // One set insertion per word; skeletons are then worked out per distinct form.
  const vocabulary = new Set<string>();
  for (const unit of units) {
    if (unit.source === null || unit.target === null || unit.untranslatedUnit) continue;
    for (const word of targetWords(unit)) {
      if (!word.capitalized && word.text.length >= 3) vocabulary.add(word.form);
    }
  }
  const formsBySkeleton = new Map<string, string[]>();
  for (const form of vocabulary) {
    if (isStopword(form) || !/^[a-z]/.test(form)) continue;
    const key = skeletonOf(form);
    const forms = formsBySkeleton.get(key);
    if (forms) forms.push(form);
    else formsBySkeleton.set(key, [form]);
  }
  const variable = new Set<string>();
  for (const forms of formsBySkeleton.values()) {
    if (forms.length < 2) continue;
    const stems = new Set(forms.map(uninflected));
    if (stems.size > 1) for (const form of forms) variable.add(form);
  }
  return variable;
}

/**
 * The phrases of a target that hold a variable word: two and three
 * consecutive content words not split by punctuation.
 */
function phrasesOf(
  unit: number,
  text: string,
  words: readonly Word[],
  variable: ReadonlySet<string>,
): Phrase[] {
  const phrases: Phrase[] = [];
  let run: Word[] = [];
  for (const word of words) {
    const content = contentWord(word);
    const joined = word.joint === 'space' || word.joint === 'hyphen';
    if (!content || (run.length > 0 && !joined)) {
      addPhrases(phrases, run, unit, text, variable);
      run = [];
    }
    if (content) run.push(word);
  }
  addPhrases(phrases, run, unit, text, variable);
  return phrases;
}

/** Adds the two- and three-word phrases of a run of content words that hold a variable word. */
function addPhrases(
  phrases: Phrase[],
  run: readonly Word[],
  unit: number,
  text: string,
  variable: ReadonlySet<string>,
): void {
  // Longer phrases first, so a unit is reported for the fuller phrase.
  for (let n = 3; n >= 2; n--) {
    for (let at = 0; at + n <= run.length; at++) {
      // Most windows hold no variable word: test before slicing.
      let holds = false;
      for (let k = at; k < at + n && !holds; k++) holds = variable.has((run[k] as Word).form);
      if (!holds) continue;
      const part = run.slice(at, at + n);
      const forms = part.map((w) => w.form);
      phrases.push({
        unit,
        forms,
        exact: forms.join(' '),
        text: text.slice((part[0] as Word).start, (part[n - 1] as Word).end),
        lower: part.map((w) => w.text === w.lower),
      });
    }
  }
}

/**
 * A form without its inflection or a derivational ending, so that
 * "stabilize" and "stabilizing", "phenomenon" and "phenomena", "protect"
 * and "protection" compare equal: those are other words, not other
 * spellings. "-ly" is kept: "highly skilled" / "high-skilled" is the kind
 * of variant looked for.
 */
function uninflected(form: string): string {
  return form.replace(
    /(?:ations?|ating|ated|ates?|ions?|ments?|ness|ity|ive|al|ing|ed|es|e|a|on|um|i|us)$/,
    '',
  );
}

/**
 * Whether two phrases with one skeleton are spelling variants: they differ
 * only in lower-case words, and not merely by inflection ("stabilize" /
 * "stabilizing employment" is grammar, not inconsistency).
 */
function variants(a: Phrase, b: Phrase): boolean {
  return a.forms.every((f, k) => {
    const g = b.forms[k] ?? '';
    return f === g || (a.lower[k] && b.lower[k] && uninflected(f) !== uninflected(g));
  });
}

/** What the study of one document keeps while judging phrases. */
interface Study {
  units: readonly UnitText[];
  /** The units using each phrase (by `exact`). */
  unitsOf: Map<string, Set<number>>;
  /** How many sources hold each shared Chinese string found so far. */
  frequency: Map<string, number>;
  /** Shared Chinese found for an odd phrase in a source, so repeated units are judged once. */
  shared: Map<string, string | null>;
}

const unitCount = (study: Study, p: Phrase) => study.unitsOf.get(p.exact)?.size ?? 0;

/** Studies every unit's target for inconsistent spellings; the result is keyed by unit index. */
export function studyRenderings(units: readonly UnitText[]): Map<number, VariantRendering[]> {
  const skeletons = new Map<string, string>();
  const skeletonOf = (form: string) => {
    let key = skeletons.get(form);
    if (key === undefined) skeletons.set(form, (key = skeleton(form)));
    return key;
  };
  const variable = variableForms(units, skeletonOf);
  if (variable.size === 0) return new Map();
  const study: Study = { units, unitsOf: new Map(), frequency: new Map(), shared: new Map() };
  const bySkeleton = new Map<string, Phrase[]>();
  for (const unit of units) {
    if (unit.source === null || unit.target === null || unit.untranslatedUnit) continue;
    const words = targetWords(unit);
    if (!words.some((w) => variable.has(w.form))) continue;
    for (const phrase of phrasesOf(unit.index, unit.target, words, variable)) {
      const used = study.unitsOf.get(phrase.exact);
      if (used) used.add(unit.index);
      else study.unitsOf.set(phrase.exact, new Set([unit.index]));
      const key = phrase.forms.map(skeletonOf).join(' ');
      const list = bySkeleton.get(key);
      if (list) list.push(phrase);
      else bySkeleton.set(key, [phrase]);
    }
  }
  const found = new Map<number, VariantRendering[]>();
  for (const list of bySkeleton.values()) {
    for (const [unit, entry] of oddSpellings(study, list)) {
      found.set(unit, [...(found.get(unit) ?? []), entry]);
    }
  }
  return found;
}

/** The phrases of one skeleton spelt otherwise than usual, each with what to report. */
function oddSpellings(study: Study, list: readonly Phrase[]): [number, VariantRendering][] {
  const spellings = new Map(list.map((p) => [p.exact, p]));
  if (spellings.size < 2) return [];
  // The usual spelling: the one most units use; on a tie, the first the reader met.
  const usual = [...spellings.values()].reduce((a, b) =>
    unitCount(study, b) > unitCount(study, a) ? b : a,
  );
  const reported = new Set<string>();
  const odd: [number, VariantRendering][] = [];
  for (const phrase of list) {
    const id = `${phrase.unit}:${phrase.exact}`;
    if (phrase.exact === usual.exact || reported.has(id) || !variants(phrase, usual)) continue;
    if (study.unitsOf.get(usual.exact)?.has(phrase.unit)) continue;
    const zh = sharedSource(study, phrase, list, usual);
    if (zh === null) continue;
    reported.add(id);
    odd.push([phrase.unit, { forms: phrase.forms, usual: usual.text, zh }]);
  }
  return odd;
}

/**
 * The Chinese that the odd phrase's source shares with the source of a
 * unit using the usual spelling, if it is about as rare as the phrases
 * (技能人才 in twenty units says nothing about phrases used twice).
 */
function sharedSource(
  study: Study,
  odd: Phrase,
  list: readonly Phrase[],
  usual: Phrase,
): string | null {
  const source = study.units[odd.unit]?.source;
  if (!source) return null;
  const key = `${odd.exact}\u0000${source}`;
  let zh = study.shared.get(key);
  if (zh === undefined) {
    zh = searchSharedSource(study, source, odd, list, usual);
    study.shared.set(key, zh);
  }
  return zh;
}

function searchSharedSource(
  study: Study,
  source: string,
  odd: Phrase,
  list: readonly Phrase[],
  usual: Phrase,
): string | null {
  // A few units with the usual spelling are evidence enough; more only cost time.
  let tried = 0;
  for (const other of list) {
    if (other.exact !== usual.exact) continue;
    if (tried++ === MAX_TRIED) break;
    const theirs = study.units[other.unit]?.source;
    const zh = theirs ? sharedChinese(source, theirs) : null;
    if (zh === null) continue;
    let frequency = study.frequency.get(zh);
    if (frequency === undefined) {
      frequency = study.units.filter((u) => u.source?.includes(zh)).length;
      study.frequency.set(zh, frequency);
    }
    if (frequency <= 2 * (unitCount(study, odd) + unitCount(study, usual))) return zh;
  }
  return null;
}
