/**
 * The review state while a batch of operations is applied to it: the same
 * collections as `ReviewState`, mutable, so a replay of thousands of
 * operations copies each collection once rather than once per operation.
 *
 * Copy on write: a collection is copied from the state before only when an
 * operation first reaches for it, and `freeze` hands the untouched ones on
 * as they were. Adding a flag then costs a copy of the flags alone, and the
 * revisions and unit marks keep their identity, which is what the views
 * derived from them (each unit's text and status, a whole-document pass)
 * use to know they need no recomputing.
 */
import type { Flag } from '../model/flag.ts';
import type { ReviewState } from '../model/review-log.ts';
import type { Decision, DocumentSignoff, Revision, UnitMark } from '../model/revision.ts';

/** `ReviewState` under construction; collections are copied on first access. */
export class MutableState {
  readonly #base: ReviewState;
  #flags: Map<string, Flag> | null = null;
  #revisions: Map<string, Revision> | null = null;
  #flagDecisions: Map<string, Decision> | null = null;
  #unitMarks: Map<number, UnitMark> | null = null;
  #removed: Set<string> | null = null;
  signoff: DocumentSignoff | null;

  constructor(base: ReviewState) {
    this.#base = base;
    this.signoff = base.signoff;
  }

  get flags(): Map<string, Flag> {
    return (this.#flags ??= new Map(this.#base.flags));
  }

  get revisions(): Map<string, Revision> {
    return (this.#revisions ??= new Map(this.#base.revisions));
  }

  get flagDecisions(): Map<string, Decision> {
    return (this.#flagDecisions ??= new Map(this.#base.flagDecisions));
  }

  get unitMarks(): Map<number, UnitMark> {
    return (this.#unitMarks ??= new Map(this.#base.unitMarks));
  }

  get removed(): Set<string> {
    return (this.#removed ??= new Set(this.#base.removed));
  }

  /** The state this describes, reflecting `opCount` operations; untouched collections are the base's. */
  freeze(opCount: number): ReviewState {
    const base = this.#base;
    return {
      flags: this.#flags ?? base.flags,
      revisions: this.#revisions ?? base.revisions,
      flagDecisions: this.#flagDecisions ?? base.flagDecisions,
      unitMarks: this.#unitMarks ?? base.unitMarks,
      signoff: this.signoff,
      opCount,
      removed: this.#removed ?? base.removed,
    };
  }
}

/** A state to apply operations to, starting from `state` (which is never modified). */
export function thaw(state: ReviewState): MutableState {
  return new MutableState(state);
}

/** The state `target` describes, reflecting `opCount` operations. */
export function freeze(target: MutableState, opCount: number): ReviewState {
  return target.freeze(opCount);
}
