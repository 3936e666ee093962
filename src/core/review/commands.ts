/**
 * Commands: the functions that turn a user's intent into review operations.
 * They are pure (time and identifiers come from the injected context) and
 * never touch the state themselves; the caller appends the operation to the
 * log and applies it.
 */
import type { Flag, FlagAnchor, Severity } from '../model/flag.ts';
import type { ReviewContext, ReviewOp, ReviewOpKind, ReviewState } from '../model/review-log.ts';
import { applyOp } from './apply.ts';
import { inverseOfRecord } from './inverse.ts';
import { subjectViewOf } from './subject-json.ts';
import { diffJson, jsonEqual, type JsonObject } from './patch.ts';
import { suggestionDiff } from './text-diff.ts';

/** The fields of a flag that can change after it is created. */
export type EditableFlagField =
  'category' | 'severity' | 'comment' | 'suggestion' | 'status' | 'anchor';

/** The editable fields in a fixed order, for comparing and merging. */
export const EDITABLE_FLAG_FIELDS: readonly EditableFlagField[] = [
  'anchor',
  'category',
  'severity',
  'comment',
  'suggestion',
  'status',
];

/** A change to a flag: any subset of its editable fields. */
export type FlagChanges = Partial<Pick<Flag, EditableFlagField>>;

/** What the user chose when creating a flag; the rest comes from the context. */
export interface NewFlagInput {
  anchor: FlagAnchor;
  category: string;
  severity: Severity;
  comment?: string;
  suggestion?: string | null;
  /** Defaults to `"manual"`. */
  origin?: string;
}

/** A new open flag by the context's author, stamped with its time and a fresh id. */
export function createFlag(input: NewFlagInput, ctx: ReviewContext): Flag {
  const now = ctx.now();
  return {
    id: ctx.newId(),
    anchor: input.anchor,
    category: input.category,
    severity: input.severity,
    comment: input.comment ?? '',
    suggestion: input.suggestion ?? null,
    status: 'open',
    author: { ...ctx.author },
    createdAt: now,
    updatedAt: now,
    origin: input.origin ?? 'manual',
  };
}

/** The operation that adds `flag` to the review. */
export function flagAdded(flag: Flag, ctx: ReviewContext): ReviewOp {
  return makeOp('flag.add', flag.id, {}, flag, ctx);
}

/**
 * The operation that applies `changes` to `before`, or `null` when they
 * change nothing (so a dialog closed without edits leaves no trace in the
 * log). The flag's `updatedAt` becomes the operation's time.
 */
export function flagChanged(
  before: Flag,
  changes: FlagChanges,
  ctx: ReviewContext,
): ReviewOp | null {
  const changed = EDITABLE_FLAG_FIELDS.filter(
    (field) => field in changes && !jsonEqual(changes[field], before[field]),
  );
  if (changed.length === 0) return null;
  const after: Flag = { ...before };
  for (const field of changed) Object.assign(after, { [field]: changes[field] });
  const kind =
    after.status === 'deleted' && before.status !== 'deleted' ? 'flag.delete' : 'flag.change';
  return makeOp(kind, before.id, before, after, ctx);
}

/**
 * The operation that deletes `flag`. Deletion is soft: the flag's status
 * becomes `deleted`, so it stays in the log, can be restored, and a merge
 * can tell a deleted flag from one the other side never had.
 */
export function flagDeleted(flag: Flag, ctx: ReviewContext): ReviewOp {
  return makeOp('flag.delete', flag.id, flag, { ...flag, status: 'deleted' }, ctx);
}

/**
 * The operation that reverses `op`, given the state it was applied to. Undo
 * appends it; redo appends the inverse of the inverse. The inverse restores
 * the subject's JSON exactly as it was, `updatedAt` included, so
 * `applyOp(applyOp(s, op), inverseOf(op, s, ctx))` has the flags of `s`.
 *
 * The patch is computed against the state right after `op`; undoing in
 * reverse order (what an undo stack does) is what makes that the state it
 * meets. Undoing an addition removes the flag altogether: the log keeps both
 * operations, but the flag never existed as far as the state is concerned.
 */
export function inverseOf(op: ReviewOp, stateBefore: ReviewState, ctx: ReviewContext): ReviewOp {
  if (subjectViewOf(op.kind) !== 'flag') return inverseOfRecord(op, stateBefore, ctx);
  const before = stateBefore.flags.get(op.subject);
  const after = applyOp(stateBefore, op).flags.get(op.subject);
  const kind: ReviewOpKind = !before
    ? 'flag.delete'
    : !after
      ? 'flag.add'
      : before.status === 'deleted' && after.status !== 'deleted'
        ? 'flag.delete'
        : 'flag.change';
  return { ...makeOp(kind, op.subject, after ?? {}, before ?? {}, ctx, false), undoes: op.id };
}

/**
 * Builds an operation from the subject's JSON before and after. `stamp`
 * sets the flag's `updatedAt` to the operation's time (every command but
 * undo, which restores the old value).
 */
function makeOp(
  kind: ReviewOpKind,
  subject: string,
  before: Flag | Record<string, never>,
  after: Flag | Record<string, never>,
  ctx: ReviewContext,
  stamp = true,
): ReviewOp {
  const at = ctx.now();
  const target: JsonObject =
    stamp && 'id' in after && kind !== 'flag.add'
      ? { ...after, updatedAt: at }
      : (after as unknown as JsonObject);
  const op: ReviewOp = {
    id: ctx.newId(),
    kind,
    subject,
    at,
    author: { ...ctx.author },
    patch: diffJson(before as unknown as JsonObject, target),
  };
  const textDiff = 'id' in after ? suggestionDiff(before, after as Flag) : null;
  if (textDiff) op.textDiff = textDiff;
  return op;
}
