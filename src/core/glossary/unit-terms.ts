/**
 * The termbase terms of one unit, as the glossary panel shows them: each
 * Chinese term in the source, the English the termbase expects, whether the
 * target has it (compared as the glossary check compares: by word form, so
 * case, plural and possessive do not matter) and which forbidden
 * renderings it uses.
 */
import type { TextRange } from '../model/document.ts';
import { findAnyForm, findChineseTerms, type IndexedEntry, type TermIndex } from './match.ts';
import { englishWords } from './words.ts';

/** One termbase entry found in a unit's source. */
export interface UnitTerm {
  entry: IndexedEntry;
  /** Where the Chinese term occurs in the source, in order. */
  occurrences: TextRange[];
  /** Whether the target holds one of the entry's accepted renderings. */
  rendered: boolean;
  /** The forbidden renderings the target uses, as the target writes them. */
  forbiddenUsed: string[];
}

/**
 * The entries of `index` whose Chinese occurs in `source`, in the order of
 * their first occurrence, checked against `target` (the unit's current
 * English; `null` or empty when it has none).
 */
export function termsInUnit(index: TermIndex, source: string, target: string | null): UnitTerm[] {
  const byEntry = new Map<IndexedEntry, TextRange[]>();
  for (const { start, end, entry } of findChineseTerms(index, source)) {
    const list = byEntry.get(entry);
    if (list) list.push({ start, end });
    else byEntry.set(entry, [{ start, end }]);
  }
  if (byEntry.size === 0) return [];
  const words = target ? englishWords(target) : [];
  return [...byEntry].map(([entry, occurrences]) => ({
    entry,
    occurrences,
    rendered: findAnyForm(words, entry.accepted).length > 0,
    forbiddenUsed: [
      ...new Set(
        findAnyForm(words, entry.forbidden).map((used) =>
          (target ?? '').slice(used.start, used.end),
        ),
      ),
    ],
  }));
}
