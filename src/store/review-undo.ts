/**
 * Undo entries of the review store. An entry is what one Ctrl+Z reverses:
 * usually one operation, but an action that appends several operations at
 * once (approve-all over a filtered selection) is one entry too, so one
 * undo takes all of it back.
 *
 * The undo and redo stacks are stored as lists of strings (`ReviewHistory`),
 * so a multi-operation entry is its operation ids joined by a space:
 * operation ids never contain one (`idSchema`), which keeps a single-op
 * entry exactly the op id stacks written before held.
 */
import type { ReviewContext, ReviewOp, ReviewState } from '../core/model/review-log.ts';
import { catchUp, inverseOf, replay } from '../core/review/index.ts';

const SEPARATOR = ' ';

/** The undo entry of operations `ops`, appended together as one action. */
export function undoEntry(ops: readonly ReviewOp[]): string {
  return ops.map((op) => op.id).join(SEPARATOR);
}

/** The operation ids of `entry`, in log order. */
export function entryIds(entry: string): string[] {
  return entry.split(SEPARATOR).filter(Boolean);
}

/**
 * The operations of `ops` before each of `indices`, grouped by subject: for
 * each index, the log up to it replayed for that operation's subject alone.
 * `inverseOf` reads nothing else, and one pass over the log serves a whole
 * entry (approve-all over 10,000 units would be quadratic with a pass per
 * operation).
 */
function subjectStatesBefore(ops: readonly ReviewOp[], indices: readonly number[]) {
  const wanted = new Map<string, number[]>();
  for (const index of indices) {
    const subject = ops[index]!.subject;
    wanted.set(subject, [...(wanted.get(subject) ?? []), index]);
  }
  const last = Math.max(...indices);
  const seen = new Map<string, ReviewOp[]>();
  const states = new Map<number, ReviewState>();
  for (let i = 0; i <= last; i++) {
    const op = ops[i]!;
    const targets = wanted.get(op.subject);
    if (!targets) continue;
    const before = seen.get(op.subject) ?? [];
    if (targets.includes(i)) states.set(i, replay(before));
    seen.set(op.subject, [...before, op]);
  }
  return states;
}

/**
 * The operations that reverse `entry` on top of `review` (the state of the
 * whole log `ops`), latest first, with the state they lead to (computed to
 * check they apply, and kept so the store need not apply them again);
 * `null` when any cannot be reversed (a merge changed its subject away), in
 * which case nothing of the entry is reversed.
 */
export function reverseEntry(
  ops: readonly ReviewOp[],
  review: ReviewState,
  entry: string,
  ctx: ReviewContext,
): { ops: ReviewOp[]; review: ReviewState } | null {
  const positions = new Map<string, number>();
  // The first operation with an id, as merging keeps ids unique.
  ops.forEach((op, index) => {
    if (!positions.has(op.id)) positions.set(op.id, index);
  });
  const indices = entryIds(entry).map((id) => positions.get(id));
  if (indices.length === 0 || indices.some((index) => index === undefined)) return null;
  const found = indices as number[];
  try {
    const before = subjectStatesBefore(ops, found);
    const inverses = [...found]
      .reverse()
      .map((index) => inverseOf(ops[index]!, before.get(index)!, ctx));
    // Applying checks the inverses still fit the state they will meet
    // (one batch: a per-operation apply copies the whole state each time).
    return { ops: inverses, review: catchUp(review, [...ops, ...inverses]) };
  } catch {
    return null;
  }
}
