/**
 * Reading and writing a project's review in the database: its log of
 * operations (`reviewOps`) and its typology and undo history
 * (`reviewMeta`). Like the project repository, every method does its work or
 * throws a `StorageError`.
 *
 * The log is append-only, so saving a flag writes one row however long the
 * review is; the undo and redo stacks change with every action, and are
 * written in the same transaction as the operation that changed them so a
 * crash cannot leave a stack naming an operation that was never stored.
 */
import type { ReviewOp } from '../core/model/review-log.ts';
import type { DuizhaoDatabase, ReviewMetaRecord } from './db.ts';
import { attempt } from './storage-error.ts';

/** The undo and redo stacks of a project (operation ids, most recent last). */
export interface ReviewHistory {
  undo: string[];
  redo: string[];
}

/** A project's review as stored. */
export interface StoredReview {
  /** `null` until the project's typology is chosen: the default applies. */
  typologyId: string | null;
  ops: ReviewOp[];
  history: ReviewHistory;
}

/** Persistence of reviews, as the review store needs it. */
export interface ReviewRepository {
  /** The project's review; an empty one when nothing is stored. */
  loadReview(projectId: string): Promise<StoredReview>;
  /** The project's undo and redo stacks alone (the log came with the project). */
  loadReviewHistory(projectId: string): Promise<ReviewHistory>;
  /** Append operations to the project's log and store the history they leave. */
  appendReviewOps(
    projectId: string,
    ops: readonly ReviewOp[],
    history: ReviewHistory,
  ): Promise<void>;
  /** Replace the project's whole review (a project imported with its review). */
  replaceReview(projectId: string, review: StoredReview): Promise<void>;
  /** Store the project's typology choice. */
  saveTypology(projectId: string, typologyId: string): Promise<void>;
}

/** Nothing stored yet. */
export const EMPTY_HISTORY: ReviewHistory = { undo: [], redo: [] };

/** One project's rows of `reviewOps`, in log order. */
function reviewLog(db: DuizhaoDatabase, projectId: string) {
  return db.reviewOps
    .where('[projectId+seq]')
    .between([projectId, -Infinity], [projectId, Infinity], true, true);
}

function meta(db: DuizhaoDatabase, projectId: string): Promise<ReviewMetaRecord> {
  return db.reviewMeta
    .get(projectId)
    .then((found) => found ?? { projectId, typologyId: null, ...EMPTY_HISTORY });
}

/** The review repository over a Dexie database (see `db.ts`). */
export function createReviewRepository(db: DuizhaoDatabase): ReviewRepository {
  const log = (projectId: string) => reviewLog(db, projectId);

  return {
    loadReview: (projectId) =>
      attempt('load', () =>
        db.transaction('r', db.reviewOps, db.reviewMeta, async () => {
          const [rows, record] = await Promise.all([log(projectId).toArray(), meta(db, projectId)]);
          return {
            typologyId: record.typologyId,
            ops: rows.map((row) => row.op),
            history: { undo: record.undo, redo: record.redo },
          };
        }),
      ),

    loadReviewHistory: (projectId) =>
      attempt('load', async () => {
        const record = await meta(db, projectId);
        return { undo: record.undo, redo: record.redo };
      }),

    appendReviewOps: (projectId, ops, history) =>
      attempt('save', () =>
        db.transaction('rw', db.reviewOps, db.reviewMeta, async () => {
          const last = await log(projectId).last();
          const first = last ? last.seq + 1 : 0;
          await db.reviewOps.bulkAdd(ops.map((op, i) => ({ projectId, seq: first + i, op })));
          await db.reviewMeta.put({ ...(await meta(db, projectId)), ...history });
        }),
      ),

    replaceReview: (projectId, review) =>
      attempt('save', () =>
        db.transaction('rw', db.reviewOps, db.reviewMeta, async () => {
          await log(projectId).delete();
          await db.reviewOps.bulkAdd(review.ops.map((op, seq) => ({ projectId, seq, op })));
          await db.reviewMeta.put({
            projectId,
            typologyId: review.typologyId,
            ...review.history,
          });
        }),
      ),

    saveTypology: (projectId, typologyId) =>
      attempt('save', () =>
        db.transaction('rw', db.reviewMeta, async () => {
          await db.reviewMeta.put({ ...(await meta(db, projectId)), typologyId });
        }),
      ),
  };
}

/** Delete a project's review; call inside a transaction covering both review tables. */
export async function deleteReview(db: DuizhaoDatabase, projectId: string): Promise<void> {
  await reviewLog(db, projectId).delete();
  await db.reviewMeta.delete(projectId);
}
