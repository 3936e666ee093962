/**
 * The shape of a review store: the open project's flags, rebuilt from its
 * log, and the actions that append to the log. Kept apart from the
 * implementation (`review.ts`) so components read the contract alone.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { Author, Flag, FlagAnchor } from '../core/model/flag.ts';
import type { BilingualDocument } from '../core/model/document.ts';
import type { ProjectReview } from '../core/model/project.ts';
import type { FlagConflict, ReviewOp, ReviewState } from '../core/model/review-log.ts';
import type { UnitMarkStatus, Revision, VersionName } from '../core/model/revision.ts';
import type { FlagChanges, NewFlagInput } from '../core/review/commands.ts';
import type { DecisionInput, UnitText } from '../core/revision/index.ts';
import type { FlagIndex } from './flag-index.ts';
import type { ReviewHistory, ReviewRepository } from './review-repository.ts';
import type { StorageOperation } from './storage-error.ts';

/** What a review store needs from outside; tests pass fakes. */
export interface ReviewDeps {
  projectId: string;
  repository: ReviewRepository;
  /** Who is working now (the local profile), asked at each action. */
  author: () => Author;
  /** The typology of projects that have not chosen one. */
  defaultTypologyId: string;
  /** Where storage failures go (the projects store's banner). */
  report: (operation: StorageOperation, error: unknown) => void;
  /** Called after every change of the log or the typology, e.g. to keep the project in memory current. */
  onChange?: (review: ProjectReview) => void;
  now?: () => Date;
  newId?: () => string;
}

/** The review a project brings when it opens (see `ReviewStoreState.load`). */
export interface ReviewOpening {
  review: ProjectReview;
  fresh: boolean;
}

/** The outcome of merging another reviewer's operations into the project. */
export interface MergeOutcome {
  added: number;
  duplicates: number;
  conflicts: FlagConflict[];
}

/** State and actions of a review store. */
export interface ReviewStoreState {
  projectId: string;
  /** `loading` until the log has been read and replayed. */
  status: 'loading' | 'ready';
  typologyId: string;
  /** The whole log, oldest first. */
  ops: ReviewOp[];
  /** The flags the log leads to, deleted ones included. */
  review: ReviewState;
  /** The live (not deleted) flags by unit and side, for the rows. */
  byUnit: FlagIndex;
  history: ReviewHistory;
  /** The category most recently given to a flag, offered first for the next one. */
  lastCategory: string | null;

  /**
   * Replay the project's review: `opening.review` when the project brings
   * it (read with the project, or new), else the one in storage. A `fresh`
   * review (a new or imported project's) starts with no undo history and is
   * written to storage first thing; otherwise the stored history is read.
   * Storage failures are reported and leave a usable review.
   */
  load: (opening?: ReviewOpening) => Promise<void>;
  /** Add a flag by the current author; returns it. */
  addFlag: (input: NewFlagInput) => Flag;
  /** Change fields of a flag; a change that changes nothing is not logged. */
  changeFlag: (id: string, changes: FlagChanges) => void;
  /** Soft-delete a flag. */
  deleteFlag: (id: string) => void;
  /**
   * Save `text` as a revision of `unit`, whose text is now `current` (the
   * caller derives it with `unitVersions`, the store has no document).
   * Returns the new revision, or `null` when the text is unchanged or the
   * document is signed off (`canEdit`).
   */
  saveRevision: (
    unit: number,
    current: UnitText,
    text: string,
    comment?: string,
  ) => Revision | null;
  /** Approve or reject the revision `id`, as the current author (not while signed off). */
  decideRevision: (id: string, input: DecisionInput) => void;
  /** Approve or reject the flag `id` (rejecting rules it is not an error). */
  decideFlag: (id: string, input: DecisionInput) => void;
  /** Set `unit`'s status for its current text `version` (not while signed off). */
  markUnit: (
    unit: number,
    status: UnitMarkStatus,
    version: VersionName,
    decision?: Omit<DecisionInput, 'verdict'>,
  ) => void;
  /**
   * Approve each of `units` of `document` as its text stands (their pending
   * revisions, or the unit as it is), as one action: one undo takes all of
   * it back. Returns how many operations it logged (0: nothing to approve,
   * or the document is signed off).
   */
  approveAll: (
    document: BilingualDocument,
    units: Iterable<number>,
    decision?: Omit<DecisionInput, 'verdict'>,
  ) => number;
  /** Sign `document` off; throws unless every unit is approved (`canSignOff`). */
  signOff: (document: BilingualDocument, note?: string) => void;
  /** Reopen the signed-off document, saying why; throws when it is not signed off. */
  reopen: (note: string) => void;
  /** Reverse the latest action still on the undo stack; `false` when there is none. */
  undo: () => boolean;
  /** Redo the latest undone action; `false` when there is none. */
  redo: () => boolean;
  /** Use another typology for this project's categories. */
  setTypology: (typologyId: string) => void;
  /**
   * Append the operations of `theirs` that this log lacks (another reviewer's
   * work). Conflicting edits of one flag are reported; theirs hold until
   * `resolveConflict` says otherwise.
   */
  merge: (theirs: readonly ReviewOp[]) => MergeOutcome;
  /** Settle a conflict by keeping one side's version of the flag. */
  resolveConflict: (conflict: FlagConflict, keep: 'mine' | 'theirs') => void;
  /**
   * Move flags to new anchors after the document was realigned (see
   * `relocate-flags.ts`). Logged like any change, but not undoable, and the
   * undo history is cleared: its inverses would restore anchors into units
   * that no longer mean what they did.
   */
  relocate: (anchors: ReadonlyMap<string, FlagAnchor>) => void;
  /** Resolves once every change so far is written (or has failed and been reported). */
  flush: () => Promise<void>;
}

/** A review store; components read it through `useReview`. */
export type ReviewStore = StoreApi<ReviewStoreState>;
