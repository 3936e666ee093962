/**
 * Consistency: the same Chinese rendered in different ways across units.
 *
 * With a termbase, a term may have several accepted renderings ("high-skilled
 * talents" or "highly skilled workers") and may be written with different
 * capitals ("Government Work Report", "government work report"); the
 * glossary check accepts each, so this check reports the ones that differ
 * from the document's usual choice. Without a termbase, repeated source
 * phrases rendered by near-identical English phrases (`renderings.ts`)
 * are reported.
 */
import type { IndexedEntry, TermIndex } from '../glossary/match.ts';
import type { Word } from '../glossary/words.ts';
import { studyRenderings, type VariantRendering } from './renderings.ts';
import { termUse } from './term-use.ts';
import type { Check, DocumentView, Issue, UnitText } from './types.ts';
import { targetWords } from './unit-text.ts';
import { NONE } from './none.ts';

/** How a term was rendered: which accepted form, with which capitals (words `first..last`). */
function variantOf(words: readonly Word[], first: number, last: number, pattern: string): string {
  let capitals = '';
  for (let k = first; k <= last; k++) capitals += words[k]?.capitalized ? 'A' : 'a';
  return `${pattern.toLowerCase()}|${capitals}`;
}

interface Usual {
  variant: string;
  text: string;
}

interface TermRendering {
  entry: IndexedEntry;
  start: number;
  end: number;
  text: string;
  variant: string;
}

/** Each term's renderings in the unit, found where its Chinese occurs. */
function termRenderings(unit: UnitText, index: TermIndex): TermRendering[] {
  const target = unit.target ?? '';
  const words = targetWords(unit);
  const found: TermRendering[] = [];
  for (const [entry, occurrences] of termUse(unit, index).renderings) {
    for (const o of occurrences) {
      found.push({
        entry,
        start: o.start,
        end: o.end,
        text: target.slice(o.start, o.end),
        variant: variantOf(words, o.first, o.last, o.pattern.text),
      });
    }
  }
  return found;
}

/** The usual rendering of each term the document renders in more than one way. */
function studyTerms(
  view: DocumentView,
  renderings: (unit: UnitText) => TermRendering[],
): Map<IndexedEntry, Usual> {
  const counts = new Map<IndexedEntry, Map<string, { count: number; text: string }>>();
  for (const unit of view.units) {
    for (const r of renderings(unit)) {
      const variants = counts.get(r.entry) ?? new Map<string, { count: number; text: string }>();
      const seen = variants.get(r.variant) ?? { count: 0, text: r.text };
      seen.count++;
      variants.set(r.variant, seen);
      counts.set(r.entry, variants);
    }
  }
  const usual = new Map<IndexedEntry, Usual>();
  for (const [entry, variants] of counts) {
    if (variants.size < 2) continue;
    // The most frequent; on a tie, the first the reader met.
    const [variant, best] = [...variants].reduce((a, b) => (b[1].count > a[1].count ? b : a));
    usual.set(entry, { variant, text: best.text });
  }
  return usual;
}

/** The words `forms` occupy in `words`, as offsets, or `null`. */
function findForms(
  words: readonly Word[],
  forms: readonly string[],
): { start: number; end: number } | null {
  for (let i = 0; i + forms.length <= words.length; i++) {
    if (forms.every((f, k) => words[i + k]?.form === f)) {
      return { start: (words[i] as Word).start, end: (words[i + forms.length - 1] as Word).end };
    }
  }
  return null;
}

function checkUnit(
  unit: UnitText,
  index: TermIndex | null,
  renderings: (unit: UnitText) => TermRendering[],
  usualTerms: Map<IndexedEntry, Usual>,
  variants: Map<number, VariantRendering[]>,
): Issue[] {
  const { source, target } = unit;
  if (source === null || target === null || unit.untranslatedUnit) return [];
  const issues: Issue[] = [];
  if (index && usualTerms.size > 0) {
    for (const r of renderings(unit)) {
      const usual = usualTerms.get(r.entry);
      if (!usual || usual.variant === r.variant) continue;
      const zh = termUse(unit, index).chinese.get(r.entry)?.[0];
      issues.push({
        target: { start: r.start, end: r.end },
        source: zh ? { start: zh.start, end: zh.end } : null,
        messageKey: 'consistency.term',
        params: { term: r.entry.entry.zh, used: r.text, usual: usual.text },
      });
    }
  }
  const words = targetWords(unit);
  for (const variant of variants.get(unit.index) ?? NONE) {
    const at = findForms(words, variant.forms);
    if (!at || issues.some((i) => i.target && i.target.start < at.end && at.start < i.target.end))
      continue;
    const zhAt = source.indexOf(variant.zh);
    issues.push({
      target: at,
      source: zhAt < 0 ? null : { start: zhAt, end: zhAt + variant.zh.length },
      messageKey: 'consistency.rendering',
      params: { term: variant.zh, used: target.slice(at.start, at.end), usual: variant.usual },
    });
  }
  return issues;
}

/** The consistency check. */
export const consistencyCheck: Check = {
  id: 'consistency',
  category: 'Terminology/Inconsistent use of terminology',
  severity: 'minor',
  subsumes: [],
  prepare: (view) => {
    const index = view.termIndex;
    // The study and the check both read each unit's renderings: kept from the
    // first read, per unit object (an edited unit is a new object, read afresh).
    const seen = new Map<UnitText, TermRendering[]>();
    const renderings = (unit: UnitText) => {
      if (!index) return [];
      let found = seen.get(unit);
      if (!found) seen.set(unit, (found = termRenderings(unit, index)));
      return found;
    };
    const usualTerms = index ? studyTerms(view, renderings) : new Map<IndexedEntry, Usual>();
    const variants = studyRenderings(view.units);
    return (unit) => checkUnit(unit, index, renderings, usualTerms, variants);
  },
};
