/**
 * The review store of the open project: its review log, the flags the log
 * leads to, and the undo history.
 *
 * The log is replayed once when the project opens; after that each action
 * builds one operation (`core/review`), applies it to the current state and
 * appends it to storage, so an action costs one small write however long
 * the review is. As in the projects store, memory leads and storage follows:
 * a failed write is reported to the banner and the flags stay on screen.
 * Writes are chained so they reach IndexedDB in the order they were made.
 *
 * Undo never rewrites the log: it appends the inverse of the action on top
 * of the undo stack and moves that inverse's id to the redo stack; redo
 * appends the inverse of the inverse. Both stacks hold operation ids (an
 * action of several operations is one entry, `review-undo.ts`) and are
 * stored with each write, so Ctrl+Z still works after a reload. The
 * corrections and editorial actions are in `review-editorial.ts`.
 */
import { createStore } from 'zustand/vanilla';
import type { Flag } from '../core/model/flag.ts';
import type {
  FlagConflict,
  ReviewContext,
  ReviewOp,
  ReviewState,
} from '../core/model/review-log.ts';
import {
  catchUp,
  createFlag,
  emptyReviewState,
  flagAdded,
  flagChanged,
  flagDeleted,
  mergeReviewLogs,
  replay,
  resolveConflict,
} from '../core/review/index.ts';
import { EMPTY_FLAG_INDEX, indexFlags } from './flag-index.ts';
import { newProjectId } from './new-project.ts';
import type { ReviewDeps, ReviewStore, ReviewStoreState } from './review-api.ts';
import { editorialActions } from './review-editorial.ts';
import { EMPTY_HISTORY } from './review-repository.ts';
import type { ReviewHistory, StoredReview } from './review-repository.ts';
import { reverseEntry, undoEntry } from './review-undo.ts';

export type { MergeOutcome, ReviewDeps, ReviewStore, ReviewStoreState } from './review-api.ts';

/** How many actions the undo stack remembers; older ones drop off the bottom. */
export const UNDO_LIMIT = 500;

/**
 * The category most recently set on a flag in `ops`: the last `flag.add` or
 * `flag.change` whose patch writes `/category`. Derived from the log so it
 * survives reloads without a setting of its own.
 */
export function lastCategoryOf(ops: readonly ReviewOp[]): string | null {
  for (let i = ops.length - 1; i >= 0; i--) {
    const op = ops[i];
    if (!op || op.undoes !== undefined) continue;
    for (const p of op.patch) {
      if ((p.op === 'add' || p.op === 'replace') && p.path === '/category') {
        if (typeof p.value === 'string') return p.value;
      }
    }
  }
  return null;
}

/** Create the review store of one project. Call `load()` before use. */
export function createReviewStore(deps: ReviewDeps): ReviewStore {
  const { projectId, repository, report } = deps;
  const now = deps.now ?? (() => new Date());
  const context = (): ReviewContext => ({
    author: deps.author(),
    now: () => now().toISOString(),
    newId: deps.newId ?? newProjectId,
  });
  let writing: Promise<void> = Promise.resolve();

  return createStore<ReviewStoreState>()((set, get) => {
    const notify = (): void => {
      const { typologyId, ops } = get();
      deps.onChange?.({ typologyId, ops });
    };

    /** Queue a write after the previous ones; failures go to the banner. */
    const write = (work: () => Promise<void>): void => {
      writing = writing.then(work).catch((error: unknown) => report('save', error));
    };

    /**
     * Apply and store `added` (already validated against the state), with the
     * new history. `applied` is the state after `added` when the caller has
     * already computed it to validate them (merge, undo): applying copies the
     * whole state, so it is not done twice.
     */
    const commit = (
      added: readonly ReviewOp[],
      history: ReviewHistory,
      applied?: ReviewState,
    ): void => {
      if (added.length === 0) return;
      const s = get();
      const ops = [...s.ops, ...added];
      const review = applied ?? catchUp(s.review, ops);
      set({
        ops,
        review,
        byUnit: indexFlags(review.flags.values(), s.byUnit),
        history,
        lastCategory: lastCategoryOf(added) ?? s.lastCategory,
      });
      write(() => repository.appendReviewOps(projectId, added, history));
      notify();
    };

    /** A new action (one or more operations, one undo entry); the redo stack is cleared. */
    const act = (ops: readonly ReviewOp[]): void => {
      if (ops.length === 0) return;
      const undo = [...get().history.undo, undoEntry(ops)].slice(-UNDO_LIMIT);
      commit(ops, { undo, redo: [] });
    };

    /** The inverses of the undo entry `entry` and the state after them; `null` when it cannot be reversed. */
    const reverse = (entry: string) => {
      const { ops, review } = get();
      return reverseEntry(ops, review, entry, context());
    };

    const flagOrThrow = (id: string): Flag => {
      const flag = get().review.flags.get(id);
      if (!flag) throw new Error(`There is no flag ${id} in this review.`);
      return flag;
    };

    return {
      projectId,
      status: 'loading',
      typologyId: deps.defaultTypologyId,
      ops: [],
      review: emptyReviewState(),
      byUnit: EMPTY_FLAG_INDEX,
      history: EMPTY_HISTORY,
      lastCategory: null,

      async load(opening) {
        let stored: StoredReview = { typologyId: null, ops: [], history: EMPTY_HISTORY };
        try {
          if (!opening) stored = await repository.loadReview(projectId);
          else {
            const { typologyId, ops } = opening.review;
            const history = opening.fresh
              ? EMPTY_HISTORY
              : await repository.loadReviewHistory(projectId);
            stored = { typologyId, ops, history };
          }
        } catch (error) {
          report('load', error);
          if (opening) stored = { ...stored, ...opening.review };
        }
        let review: ReviewState;
        try {
          review = replay(stored.ops);
        } catch (error) {
          // A log this build cannot replay must not take the project down
          // with it: the document stays reviewable, the failure is shown.
          report('load', error);
          stored = { ...stored, ops: [], history: EMPTY_HISTORY };
          review = emptyReviewState();
        }
        if (opening?.fresh) {
          const initial = stored;
          // First in the write queue, so later appends land after it.
          write(() => repository.replaceReview(projectId, initial));
        }
        set({
          status: 'ready',
          typologyId: stored.typologyId ?? deps.defaultTypologyId,
          ops: stored.ops,
          review,
          byUnit: indexFlags(review.flags.values()),
          history: stored.history,
          lastCategory: lastCategoryOf(stored.ops),
        });
      },

      addFlag(input) {
        const ctx = context();
        const flag = createFlag(input, ctx);
        act([flagAdded(flag, ctx)]);
        return flag;
      },

      changeFlag(id, changes) {
        const op = flagChanged(flagOrThrow(id), changes, context());
        act(op ? [op] : []);
      },

      deleteFlag(id) {
        const flag = flagOrThrow(id);
        if (flag.status !== 'deleted') act([flagDeleted(flag, context())]);
      },

      ...editorialActions({ get, context, act, flagOrThrow }),

      undo() {
        const { undo, redo } = get().history;
        const id = undo[undo.length - 1];
        if (id === undefined) return false;
        const inverse = reverse(id);
        const rest = undo.slice(0, -1);
        if (!inverse) {
          // Unreversible (its flag was changed away by a merge): drop it so
          // the next Ctrl+Z reaches the action before.
          set({ history: { undo: rest, redo } });
          write(() => repository.appendReviewOps(projectId, [], get().history));
          return false;
        }
        commit(
          inverse.ops,
          { undo: rest, redo: [...redo, undoEntry(inverse.ops)] },
          inverse.review,
        );
        return true;
      },

      redo() {
        const { undo, redo } = get().history;
        const id = redo[redo.length - 1];
        if (id === undefined) return false;
        const again = reverse(id);
        const rest = redo.slice(0, -1);
        if (!again) {
          set({ history: { undo, redo: rest } });
          write(() => repository.appendReviewOps(projectId, [], get().history));
          return false;
        }
        commit(again.ops, { undo: [...undo, undoEntry(again.ops)], redo: rest }, again.review);
        return true;
      },

      setTypology(typologyId) {
        if (get().typologyId === typologyId) return;
        set({ typologyId });
        write(() => repository.saveTypology(projectId, typologyId));
        notify();
      },

      merge(theirs) {
        const { ops, history } = get();
        const result = mergeReviewLogs(ops, theirs);
        const added = result.ops.slice(ops.length);
        // Replay before committing, so a log that does not apply is refused
        // whole (the caller reports it) instead of half-merged.
        const applied = catchUp(get().review, [...ops, ...added]);
        commit(added, history, applied);
        return { added: result.added, duplicates: result.duplicates, conflicts: result.conflicts };
      },

      resolveConflict(conflict: FlagConflict, keep) {
        const current = get().review.flags.get(conflict.flagId) ?? null;
        const op = resolveConflict(conflict, keep, current, context());
        act(op ? [op] : []);
      },

      relocate(anchors) {
        const ctx = context();
        const { flags } = get().review;
        const ops: ReviewOp[] = [];
        // One operation per flag (the map's keys are distinct), so each is
        // built against the flag as it stands; `commit` applies them at once.
        for (const [id, anchor] of anchors) {
          const flag = flags.get(id);
          const op = flag && flagChanged(flag, { anchor }, ctx);
          if (op) ops.push(op);
        }
        commit(ops, EMPTY_HISTORY);
      },

      flush: () => writing,
    };
  });
}
