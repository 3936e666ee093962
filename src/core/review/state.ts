/**
 * The review state while a batch of operations is applied to it: the same
 * collections as `ReviewState`, mutable, so a replay of thousands of
 * operations copies each collection once rather than once per operation.
 */
import type { Flag } from '../model/flag.ts';
import type { ReviewState } from '../model/review-log.ts';
import type { Decision, DocumentSignoff, Revision, UnitMark } from '../model/revision.ts';

/** `ReviewState` under construction. */
export interface MutableState {
  flags: Map<string, Flag>;
  revisions: Map<string, Revision>;
  flagDecisions: Map<string, Decision>;
  unitMarks: Map<number, UnitMark>;
  signoff: DocumentSignoff | null;
  removed: Set<string>;
}

/** A mutable copy of `state`'s collections (their entries are shared, never mutated). */
export function thaw(state: ReviewState): MutableState {
  return {
    flags: new Map(state.flags),
    revisions: new Map(state.revisions),
    flagDecisions: new Map(state.flagDecisions),
    unitMarks: new Map(state.unitMarks),
    signoff: state.signoff,
    removed: new Set(state.removed),
  };
}

/** The state `target` describes, reflecting `opCount` operations. */
export function freeze(target: MutableState, opCount: number): ReviewState {
  return { ...target, opCount };
}
