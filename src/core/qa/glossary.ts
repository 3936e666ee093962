/**
 * Glossary: for every termbase term in a unit's source, the target must
 * use one of the term's accepted renderings (compared by word form, so
 * plural, possessive and case do not matter) and none of its forbidden ones.
 *
 * When the rendering is missing the check tries to point at what the MT
 * wrote instead ("Operation Spring Breeze" for `Spring Breeze Campaign`,
 * see `glossary/locate.ts`); when nothing resembles the term, the finding
 * marks the Chinese term only. A Chinese term the MT copied into the target
 * is left to the untranslated check.
 */
import {
  findAnyForm,
  type ChineseOccurrence,
  type IndexedEntry,
  type TermIndex,
} from '../glossary/match.ts';
import { locateRenderings, type LocatedRendering } from '../glossary/locate.ts';
import { isStopword, wordStem, type Word } from '../glossary/words.ts';
import { excerpt } from './messages.ts';
import type { Check, Issue, UnitText } from './types.ts';
import { termUse } from './term-use.ts';
import { targetWords } from './unit-text.ts';
import { NONE } from './none.ts';

/** How many times any Chinese form of the entry occurs in `text` (Chinese the MT left in place). */
function copiesIn(text: string, entry: IndexedEntry): number {
  let count = 0;
  for (const form of entry.entry.zhForms) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) count++;
  }
  return count;
}

/**
 * The shorter terms inside the Chinese `text` whose renderings the target
 * has. Leftmost-longest matching reads 提高技能人才 as 提 + 高技能人才; when
 * the longer term's rendering is missing but the inner 技能人才's is there,
 * the text may well have meant the inner one.
 */
function renderedInnerTerms(
  index: TermIndex,
  words: readonly Word[],
  text: string,
  outer: IndexedEntry,
): IndexedEntry[] {
  const inner: IndexedEntry[] = [];
  for (let at = 0; at < text.length; at++) {
    for (const { form, entry } of index.byFirstChar.get(text.charCodeAt(at)) ?? NONE) {
      if (entry === outer || form.length >= text.length || !text.startsWith(form, at)) continue;
      if (findAnyForm(words, entry.accepted).length > 0) inner.push(entry);
    }
  }
  return inner;
}

/**
 * Whether a located rendering holds a word of the outer term that the
 * inner terms do not explain: "highly skilled talents" has "highly" for
 * 高技能人才 beyond 技能人才's "skilled talents"; "skilled talents" alone
 * is just the inner term.
 */
function beyondInner(
  words: readonly Word[],
  used: LocatedRendering,
  inner: readonly IndexedEntry[],
): boolean {
  const innerStems = new Set(
    inner.flatMap((e) => e.accepted.flatMap((p) => p.words.map((w) => wordStem(w.form)))),
  );
  const outerStems = new Set(
    used.pattern.words.filter((w) => !isStopword(w.form)).map((w) => wordStem(w.form)),
  );
  return words
    .slice(used.first, used.last + 1)
    .some((w) => outerStems.has(wordStem(w.form)) && !innerStems.has(wordStem(w.form)));
}

function checkUnit(index: TermIndex, unit: UnitText): Issue[] {
  const { source, target } = unit;
  if (source === null || target === null || unit.untranslatedUnit) return [];
  const use = termUse(unit, index);
  if (use.chinese.size === 0) return [];
  const words = targetWords(unit);
  // Copied only when a term needs looking into: most units render every term.
  let claimed: Set<number> | undefined;
  const issues: Issue[] = [];
  let stems: string[] | undefined;
  for (const [entry, occurrences] of use.chinese) {
    const params = { term: entry.entry.zh, expected: entry.entry.en };
    const forbidden =
      entry.forbidden.length === 0
        ? []
        : findAnyForm(words, entry.forbidden, (claimed ??= new Set(use.claimed)));
    forbidden.forEach((used, k) => {
      const zh = occurrences[Math.min(k, occurrences.length - 1)] as ChineseOccurrence;
      issues.push({
        target: { start: used.start, end: used.end },
        source: { start: zh.start, end: zh.end },
        messageKey: 'glossary.forbidden',
        params: { ...params, used: target.slice(used.start, used.end) },
        severity: 'major',
      });
    });
    if (use.renderings.has(entry) || forbidden.length > 0) continue;
    const needed = occurrences.length - copiesIn(target, entry);
    if (needed <= 0) continue;
    stems ??= words.map((w) => wordStem(w.form));
    claimed ??= new Set(use.claimed);
    const located = locateRenderings(target, words, entry.accepted, claimed, needed, stems);
    // MT gives up at the start of a unit and switches to English later, so
    // the copied occurrences are taken to be the first ones.
    occurrences.slice(occurrences.length - needed).forEach((zh, k) => {
      const used = located[k];
      const inner = renderedInnerTerms(index, words, source.slice(zh.start, zh.end), entry);
      if (inner.length > 0 && !(used && beyondInner(words, used, inner))) return;
      if (used) for (let w = used.first; w <= used.last; w++) claimed?.add(w);
      issues.push({
        target: used ? { start: used.start, end: used.end } : null,
        source: { start: zh.start, end: zh.end },
        messageKey: used ? 'glossary.wrong' : 'glossary.missing',
        params: used ? { ...params, used: excerpt(target.slice(used.start, used.end)) } : params,
      });
    });
  }
  return issues;
}

/** The glossary check. Without a termbase it finds nothing. */
export const glossaryCheck: Check = {
  id: 'glossary',
  category: 'Terminology/Inappropriate for context',
  severity: 'minor',
  subsumes: ['consistency'],
  prepare: (view) => {
    const index = view.termIndex;
    return index ? (unit) => checkUnit(index, unit) : () => [];
  },
};
