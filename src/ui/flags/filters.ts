/**
 * Filtering, ordering and counting flags for the flags panel and the header.
 * Pure functions over plain flags, so the panel's behaviour is tested
 * without rendering it.
 */
import { SEVERITIES } from '../../core/model/flag.ts';
import type { Flag, FlagStatus, Severity } from '../../core/model/flag.ts';

/**
 * Which statuses the panel shows. `current` (the default) is everything but
 * soft-deleted flags: a deleted flag is kept in the log for undo and for
 * other reviewers' merges, not for reading.
 */
export type StatusFilter = 'current' | 'all' | FlagStatus;

/** The panel's filters; an empty string means "any". */
export interface FlagFilter {
  /** A category path or a top-level category: `Accuracy` matches `Accuracy/Omission`. */
  category: string;
  severity: Severity | '';
  status: StatusFilter;
  /** An author's name, exactly. */
  author: string;
  /** Words to find in the quote, comment, suggestion, category or author (any case). */
  text: string;
}

/** No filtering beyond hiding deleted flags. */
export const NO_FILTER: FlagFilter = {
  category: '',
  severity: '',
  status: 'current',
  author: '',
  text: '',
};

function matchesCategory(category: string, wanted: string): boolean {
  return wanted === '' || category === wanted || category.startsWith(`${wanted}/`);
}

function matchesStatus(status: FlagStatus, wanted: StatusFilter): boolean {
  if (wanted === 'all') return true;
  if (wanted === 'current') return status !== 'deleted';
  return status === wanted;
}

/** The text a search looks in, lower-cased once per flag. */
function haystack(flag: Flag): string {
  return [
    flag.anchor.quote.exact,
    flag.comment,
    flag.suggestion ?? '',
    flag.category,
    flag.author.name,
  ]
    .join('\n')
    .toLocaleLowerCase();
}

/**
 * Whether `flag` passes `filter`. The text search is split on spaces and
 * every word must occur, so "wage migrant" finds a comment about migrant
 * workers' wages.
 */
export function matchesFilter(flag: Flag, filter: FlagFilter): boolean {
  if (!matchesCategory(flag.category, filter.category)) return false;
  if (filter.severity !== '' && flag.severity !== filter.severity) return false;
  if (!matchesStatus(flag.status, filter.status)) return false;
  if (filter.author !== '' && flag.author.name !== filter.author) return false;
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const text = haystack(flag);
  return words.every((word) => text.includes(word));
}

/**
 * Document order: by unit, the English before the Chinese of a unit (most
 * flags are on the translation), then by position, then by creation.
 */
export function compareFlags(a: Flag, b: Flag): number {
  return (
    a.anchor.unit - b.anchor.unit ||
    (a.anchor.side === b.anchor.side ? 0 : a.anchor.side === 'target' ? -1 : 1) ||
    a.anchor.position.start - b.anchor.position.start ||
    a.createdAt.localeCompare(b.createdAt) ||
    a.id.localeCompare(b.id)
  );
}

/** The flags passing `filter`, in document order. */
export function filterFlags(flags: Iterable<Flag>, filter: FlagFilter): Flag[] {
  const kept: Flag[] = [];
  for (const flag of flags) if (matchesFilter(flag, filter)) kept.push(flag);
  return kept.sort(compareFlags);
}

/** Flag counts by severity. */
export type SeverityCounts = Record<Severity, number>;

/**
 * How many flags of each severity stand against the translation: every
 * flag but the deleted and the rejected ones. Resolved flags still count,
 * since the machine translation did have the error.
 */
export function severityCounts(flags: Iterable<Flag>): SeverityCounts {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as SeverityCounts;
  for (const flag of flags) {
    if (flag.status === 'deleted' || flag.status === 'rejected') continue;
    counts[flag.severity] += 1;
  }
  return counts;
}

/** The distinct author names among `flags`, sorted, for the author filter. */
export function authorsOf(flags: Iterable<Flag>): string[] {
  const names = new Set<string>();
  for (const flag of flags) names.add(flag.author.name);
  return [...names].sort((a, b) => a.localeCompare(b));
}
