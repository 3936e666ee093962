/**
 * The review log: an append-only list of operations from which the review's
 * current state (its flags; later its revisions and decisions) is rebuilt.
 *
 * Each operation says what it changes as a diff rather than as a new copy:
 * an RFC 6902 JSON Patch from the subject's previous JSON to its new JSON,
 * and, where text is involved, a jsdiff-style change list. Diffs keep the log
 * small, make every change reviewable on its own, and give undo a precise
 * inverse. The log is what a review file carries and what a sync server
 * would ship; nothing in it is ever rewritten, undo appends an inverse.
 *
 * The format of the log inside files is documented in `docs/review-format.md`.
 */
import type { Author, Flag } from './flag.ts';
import type { Decision, DocumentSignoff, Revision, UnitMark } from './revision.ts';

/**
 * What an operation does. The part before the dot names the type of its
 * subject: a flag, a revision (its id), a unit (`unit:<index>`) or the
 * document (`document`). `flag.decision` is about a flag but patches its
 * editorial view `{status, decision}` (`core/review/subject-json.ts`).
 */
export type ReviewOpKind =
  | 'flag.add'
  | 'flag.change'
  | 'flag.delete'
  | 'flag.decision'
  | 'revision.save'
  | 'revision.decision'
  | 'unit.status'
  | 'document.signoff'
  | 'document.reopen';

/** Every operation kind, in the order the file format documents them. */
export const REVIEW_OP_KINDS: readonly ReviewOpKind[] = [
  'flag.add',
  'flag.change',
  'flag.delete',
  'flag.decision',
  'revision.save',
  'revision.decision',
  'unit.status',
  'document.signoff',
  'document.reopen',
];

/** The kinds of thing a review operation can be about. */
export type ReviewSubjectType = 'flag' | 'revision' | 'unit' | 'document';

/** The subject id of the operations on a unit's status. */
export function unitSubject(unit: number): string {
  return `unit:${unit}`;
}

/** The subject id of sign-off and reopening: there is one document per review. */
export const DOCUMENT_SUBJECT = 'document';

/**
 * One RFC 6902 operation. Only the operations the review log writes are
 * allowed: add, remove and replace (no move/copy, whose `from` would let a
 * hostile patch read one part of a subject into another), and test.
 * Structurally a subset of fast-json-patch's `Operation`.
 */
export type PatchOperation =
  | { op: 'add'; path: string; value: unknown }
  | { op: 'remove'; path: string }
  | { op: 'replace'; path: string; value: unknown }
  | { op: 'test'; path: string; value: unknown };

/**
 * One change of a text diff, as jsdiff writes it (`diffWords`,
 * `diffChars`): `value` was kept when neither flag is set, inserted when
 * `added`, removed when `removed`. jsdiff's `count` is left out: it counts
 * tokens of whichever tokenizer produced the diff and is not needed to apply
 * it.
 */
export interface TextChange {
  value: string;
  added: boolean;
  removed: boolean;
}

/** One entry of the review log. */
export interface ReviewOp {
  /** Random, stable identifier (a UUID); merging deduplicates on it. */
  id: string;
  kind: ReviewOpKind;
  /** Id of the subject: for `flag.*` operations, the flag's id. */
  subject: string;
  /** ISO 8601 time the operation was made. */
  at: string;
  author: Author;
  /**
   * JSON Patch from the subject's previous JSON to its new JSON. A subject
   * that does not exist yet is `{}`, so `flag.add` adds every field; undoing
   * an add removes every field, which removes the subject.
   */
  patch: PatchOperation[];
  /**
   * Text diff that goes with the operation: for a flag with a suggestion,
   * the suggestion against the flagged words (informative). For a
   * `revision.save` that creates a revision it *is* the revision's change
   * list, which the patch leaves out so that the text is not stored twice.
   */
  textDiff?: TextChange[];
  /** Id of the operation this one reverses (set by undo and redo). */
  undoes?: string;
}

/** The review as rebuilt from its log. */
export interface ReviewState {
  /** Every flag the log has created and not undone, deleted ones included, by id in creation order. */
  flags: ReadonlyMap<string, Flag>;
  /** Every revision saved and not undone, rejected ones included, by id in log order. */
  revisions: ReadonlyMap<string, Revision>;
  /** The editor's decision on a flag, by flag id; absent while undecided. */
  flagDecisions: ReadonlyMap<string, Decision>;
  /** The last status a person set on each unit, by unit index. */
  unitMarks: ReadonlyMap<number, UnitMark>;
  /** The last sign-off or reopening; `null` when there was none. */
  signoff: DocumentSignoff | null;
  /** How many operations of the log this state reflects. */
  opCount: number;
  /**
   * Ids of flags and revisions whose addition was undone. Another reviewer may have
   * changed such a flag before receiving the undo; their change then has
   * nothing to apply to and is ignored rather than breaking the replay.
   */
  removed: ReadonlySet<string>;
}

/**
 * What a command needs from the world, injected so that commands stay pure
 * and tests deterministic.
 */
export interface ReviewContext {
  author: Author;
  /** The current time as an ISO 8601 string. */
  now: () => string;
  /** A fresh random identifier (a UUID in the app). */
  newId: () => string;
}

/**
 * A flag changed on both sides of a merge since their common history, in
 * ways that cannot both hold. All three versions are given so the UI can show
 * the difference and let the user choose (`resolveConflict`).
 */
export interface FlagConflict {
  flagId: string;
  /** The flag as both sides last agreed on it. */
  base: Flag;
  /** The flag after this project's own operations; `null` if they undid its addition. */
  mine: Flag | null;
  /** The flag after the imported operations; `null` if they undid its addition. */
  theirs: Flag | null;
  /**
   * The editable fields on which the two sides disagree; all of them when
   * one side undid the flag's addition.
   */
  fields: ('anchor' | 'category' | 'severity' | 'comment' | 'suggestion' | 'status')[];
}

/** The result of merging another reviewer's log into ours. */
export interface ReviewMerge {
  /** Our log followed by their operations we did not have, in their order. */
  ops: ReviewOp[];
  /** How many of their operations were new to us. */
  added: number;
  /** How many of their operations we already had. */
  duplicates: number;
  /**
   * Flags both sides changed incompatibly. In `ops` their operations come
   * last, so their version holds until the user chooses otherwise.
   */
  conflicts: FlagConflict[];
}
