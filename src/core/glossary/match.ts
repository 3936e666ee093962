/**
 * Finding termbase terms in text: Chinese terms in the source by exact
 * string, English renderings in the target by word form (case, plural and
 * possessive do not matter; hyphens do, since `odd-job market` and `odd job
 * market` say different things).
 */
import type { TextRange } from '../model/document.ts';
import type { TermEntry, Termbase } from './model.ts';
import { englishWords, type Word } from './words.ts';

/** An English term form compiled for matching. */
export interface FormPattern {
  /** The form as the termbase writes it. */
  text: string;
  /** Its words; a leading article is dropped, since the sentence decides the article. */
  words: Word[];
}

/** A termbase entry ready for matching. */
export interface IndexedEntry {
  entry: TermEntry;
  accepted: FormPattern[];
  forbidden: FormPattern[];
}

/** A termbase compiled for matching many sentences. */
export interface TermIndex {
  entries: IndexedEntry[];
  /** Chinese forms by the UTF-16 code of their first character, longest first. */
  byFirstChar: Map<number, { form: string; entry: IndexedEntry }[]>;
  /** 1 at the codes that start some Chinese form: a cheaper first test than the map. */
  starts: Uint8Array;
}

/** A Chinese term found in the source. */
export interface ChineseOccurrence extends TextRange {
  entry: IndexedEntry;
}

/** An English form found in the target: the words `first..last` and their offsets. */
export interface EnglishOccurrence extends TextRange {
  first: number;
  last: number;
  pattern: FormPattern;
}

/** Compiles one English form. */
export function compileForm(text: string): FormPattern {
  const words = englishWords(text);
  const lead = words[0];
  if (words.length > 1 && lead && ['the', 'a', 'an'].includes(lead.form)) words.shift();
  return { text, words };
}

/** Compiles a termbase for matching. */
export function indexTermbase(termbase: Termbase): TermIndex {
  const entries = termbase.entries.map((entry) => ({
    entry,
    accepted: entry.enForms.map(compileForm).filter((p) => p.words.length > 0),
    forbidden: entry.forbidden.map(compileForm).filter((p) => p.words.length > 0),
  }));
  const byFirstChar = new Map<number, { form: string; entry: IndexedEntry }[]>();
  for (const indexed of entries) {
    for (const form of indexed.entry.zhForms) {
      const first = form.charCodeAt(0);
      const list = byFirstChar.get(first) ?? [];
      list.push({ form, entry: indexed });
      byFirstChar.set(first, list);
    }
  }
  for (const list of byFirstChar.values()) list.sort((a, b) => b.form.length - a.form.length);
  const starts = new Uint8Array(0x10000);
  for (const code of byFirstChar.keys()) starts[code] = 1;
  return { entries, byFirstChar, starts };
}

/**
 * The termbase's Chinese terms in `text`, leftmost-longest and without
 * overlaps: in `高技能人才` the entry 高技能人才 wins over 技能人才, whose
 * rendering ("skilled talents") the longer one already contains.
 */
export function findChineseTerms(index: TermIndex, text: string): ChineseOccurrence[] {
  const found: ChineseOccurrence[] = [];
  const { starts } = index;
  for (let at = 0; at < text.length;) {
    const code = text.charCodeAt(at);
    // Most characters start no term: the typed array answers before the map is asked.
    const candidates = starts[code] === 1 ? index.byFirstChar.get(code) : undefined;
    const hit = candidates?.find((c) => text.startsWith(c.form, at));
    if (!hit) {
      at++;
      continue;
    }
    found.push({ start: at, end: at + hit.form.length, entry: hit.entry });
    at += hit.form.length;
  }
  return found;
}

/** Whether a text word may stand where the pattern has `pattern`, joint included. */
function wordMatches(text: Word, pattern: Word, isFirst: boolean): boolean {
  if (text.form !== pattern.form) return false;
  if (isFirst) return true;
  if (pattern.joint === 'hyphen') return text.joint === 'hyphen';
  return text.joint !== 'hyphen' && (text.joint !== 'break' || pattern.joint === 'break');
}

/**
 * Where `pattern` occurs in `words` (the words of one text), left to right
 * and without overlaps, skipping occurrences that touch a `claimed` word.
 */
export function findForm(
  words: readonly Word[],
  pattern: FormPattern,
  claimed: ReadonlySet<number> = new Set(),
): EnglishOccurrence[] {
  const n = pattern.words.length;
  const head = (pattern.words[0] as Word).form;
  const found: EnglishOccurrence[] = [];
  for (let i = 0; i + n <= words.length; i++) {
    // Most words differ from the pattern's first word: reject them first.
    if ((words[i] as Word).form !== head) continue;
    let ok = true;
    for (let k = 0; k < n && ok; k++) {
      ok =
        !claimed.has(i + k) && wordMatches(words[i + k] as Word, pattern.words[k] as Word, k === 0);
    }
    if (!ok) continue;
    const last = i + n - 1;
    found.push({
      start: (words[i] as Word).start,
      end: (words[last] as Word).end,
      first: i,
      last,
      pattern,
    });
    i = last;
  }
  return found;
}

/** Every occurrence of any of `patterns`, longest pattern first, without overlaps. */
export function findAnyForm(
  words: readonly Word[],
  patterns: readonly FormPattern[],
  claimed: ReadonlySet<number> = new Set(),
): EnglishOccurrence[] {
  if (patterns.length === 0) return [];
  if (patterns.length === 1) return findForm(words, patterns[0] as FormPattern, claimed);
  const taken = new Set(claimed);
  const found: EnglishOccurrence[] = [];
  const longestFirst = [...patterns].sort((a, b) => b.words.length - a.words.length);
  for (const pattern of longestFirst) {
    for (const occurrence of findForm(words, pattern, taken)) {
      found.push(occurrence);
      for (let k = occurrence.first; k <= occurrence.last; k++) taken.add(k);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
