/**
 * Flag verdicts in lists: the panel's verdict filter, as a pure function.
 */
import type { Decision } from '../../core/model/revision.ts';

/** Which flags to list by the editor's verdict. */
export type VerdictFilter = 'any' | 'undecided' | 'approved' | 'rejected';

/** The verdict filters, in the order the panel lists them. */
export const VERDICT_FILTERS: readonly VerdictFilter[] = [
  'any',
  'undecided',
  'approved',
  'rejected',
];

/** Whether a flag whose decision is `decision` passes `filter`. */
export function matchesVerdict(decision: Decision | undefined, filter: VerdictFilter): boolean {
  if (filter === 'any') return true;
  if (filter === 'undecided') return decision === undefined;
  return decision?.verdict === filter;
}
