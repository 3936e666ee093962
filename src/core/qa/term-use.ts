/**
 * Which termbase terms a unit uses: the Chinese terms in its source and the
 * accepted renderings in its target. The glossary check (is a rendering
 * missing?) and the consistency check (which rendering was used?) both need
 * it, so it is worked out once per unit and kept.
 */
import {
  findChineseTerms,
  findForm,
  type ChineseOccurrence,
  type EnglishOccurrence,
  type IndexedEntry,
  type TermIndex,
} from '../glossary/match.ts';
import type { UnitText } from './types.ts';
import { targetWords } from './unit-text.ts';

/** The terms of one unit. */
export interface TermUse {
  /** Chinese occurrences in the source, by entry, in source order. */
  chinese: Map<IndexedEntry, ChineseOccurrence[]>;
  /** Accepted renderings found in the target, by entry. */
  renderings: Map<IndexedEntry, EnglishOccurrence[]>;
  /** Indices of the target words those renderings take up. */
  claimed: ReadonlySet<number>;
}

const EMPTY: TermUse = { chinese: new Map(), renderings: new Map(), claimed: new Set() };

/**
 * The terms `unit` uses under `index`. Renderings are claimed longest first
 * across entries, so that "skilled talents" inside "high-skilled talents"
 * counts for 高技能人才 and not for 技能人才 too.
 */
export function termUse(unit: UnitText, index: TermIndex): TermUse {
  const cached = unit.derived.termUse;
  if (cached?.index === index) return cached.use;
  const use = compute(unit, index);
  unit.derived.termUse = { index, use };
  return use;
}

function compute(unit: UnitText, index: TermIndex): TermUse {
  if (unit.source === null || unit.target === null || unit.untranslatedUnit) return EMPTY;
  const chinese = new Map<IndexedEntry, ChineseOccurrence[]>();
  for (const occurrence of findChineseTerms(index, unit.source)) {
    const list = chinese.get(occurrence.entry);
    if (list) list.push(occurrence);
    else chinese.set(occurrence.entry, [occurrence]);
  }
  if (chinese.size === 0) return EMPTY;
  const words = targetWords(unit);
  const patterns = [...chinese.keys()].flatMap((entry) =>
    entry.accepted.map((pattern) => ({ entry, pattern })),
  );
  patterns.sort((a, b) => b.pattern.words.length - a.pattern.words.length);
  const claimed = new Set<number>();
  const renderings = new Map<IndexedEntry, EnglishOccurrence[]>();
  for (const { entry, pattern } of patterns) {
    for (const occurrence of findForm(words, pattern, claimed)) {
      const list = renderings.get(entry);
      if (list) list.push(occurrence);
      else renderings.set(entry, [occurrence]);
      for (let k = occurrence.first; k <= occurrence.last; k++) claimed.add(k);
    }
  }
  return { chinese, renderings, claimed };
}
