/**
 * A or an: "a" before a vowel sound or "an" before a consonant sound ("a
 * interesting", 'a "overpass"', "an useful", "a hour"), with the sound
 * decided by `article-sound.ts`. The fix swaps the article, keeping its
 * case.
 */
import { isStopword, type Word } from '../glossary/words.ts';
import { startsWithVowelSound } from './article-sound.ts';
import type { Check, Issue, UnitText } from './types.ts';
import { inUntranslated, targetWords } from './unit-text.ts';

/** What may stand between an article and its word: spaces and opening quotes or brackets. */
const BETWEEN = /^\s+["“‘'(*]*$/;

/**
 * The word after an article as it is read, with what hyphens, dots and
 * separators attach to it ("8,000", "U.S", "one-off", "u-turn").
 */
function spokenWord(text: string, next: Word): string {
  const run = /^[\p{L}\p{N}][\p{L}\p{N}\-,.]*/u.exec(text.slice(next.start, next.start + 32))?.[0];
  return run ? run.replace(/[-,.]+$/, '') : next.text;
}

/** Whether the article at `word` opens a sentence (only then may it be capitalised). */
function opensSentence(text: string, word: Word): boolean {
  let k = word.start - 1;
  while (k >= 0 && /\s/.test(text.charAt(k))) k--;
  return k < 0 || /[.!?:"“‘(\u2014]/.test(text.charAt(k));
}

function check(unit: UnitText): Issue[] {
  const text = unit.target;
  if (text === null || unit.untranslatedUnit) return [];
  const words = targetWords(unit);
  const issues: Issue[] = [];
  words.forEach((word, i) => {
    const article = word.text;
    if (word.lower !== 'a' && word.lower !== 'an') return;
    const next = words[i + 1];
    // The article stands alone: not the "a" of "a.m.", "Grade-a" or "Ka'a".
    if (!next || !BETWEEN.test(text.slice(word.end, next.start))) return;
    if (/[-'’.]/.test(text.charAt(word.start - 1))) return;
    // A capital "A" inside a sentence is a label ("Grade A eggs"), not an article.
    if (word.capitalized && !opensSentence(text, word)) return;
    // Before a function word ("option a is", "a and b") the letter is a label.
    if (isStopword(next.lower)) return;
    const spoken = spokenWord(text, next);
    // "An Weixing": a capitalised "An" before a capitalised word may be the Chinese surname.
    if (article === 'An' && next.capitalized && !/^\p{Lu}{2,}/u.test(spoken)) return;
    if (inUntranslated(unit, word.start, next.end)) return;
    const vowel = startsWithVowelSound(spoken);
    const isAn = article.length === 2;
    if (vowel === null || vowel === isAn) return;
    const end = next.start + spoken.length;
    issues.push({
      target: { start: word.start, end },
      source: null,
      messageKey: isAn ? 'article.useA' : 'article.useAn',
      params: { text: text.slice(word.start, end), word: spoken },
      fix: {
        start: word.start,
        end: word.end,
        replacement: isAn ? article.charAt(0) : `${article}n`,
      },
    });
  });
  return issues;
}

/** The a/an check. */
export const articleCheck: Check = {
  id: 'article',
  category: 'Fluency/Grammar',
  severity: 'minor',
  subsumes: [],
  prepare: () => check,
};
