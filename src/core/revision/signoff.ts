/**
 * Signing the document off, and reopening it. Sign-off freezes the text:
 * the store asks `canEdit` before saving a revision, and reopening (with a
 * reason) is recorded in the history like everything else.
 */
import type { BilingualDocument } from '../model/document.ts';
import {
  DOCUMENT_SUBJECT,
  type ReviewContext,
  type ReviewOp,
  type ReviewState,
} from '../model/review-log.ts';
import type { DocumentSignoff } from '../model/revision.ts';
import { applyJsonPatch, diffJson, type JsonObject } from '../review/patch.ts';
import { unitStatuses } from './status.ts';

/** Whether revisions may be saved: not while the document is signed off. */
export function canEdit(state: ReviewState): boolean {
  return !state.signoff?.signedOff;
}

/** Indices of the units not approved yet; sign-off needs none. */
export function unapprovedUnits(document: BilingualDocument, state: ReviewState): number[] {
  const pending: number[] = [];
  unitStatuses(document, state).forEach((status, index) => {
    if (status !== 'approved') pending.push(index);
  });
  return pending;
}

/** Whether the document can be signed off: every unit approved, and not signed off already. */
export function canSignOff(document: BilingualDocument, state: ReviewState): boolean {
  return canEdit(state) && unapprovedUnits(document, state).length === 0;
}

/** The `document.signoff`; throws unless `canSignOff`. */
export function signedOff(
  document: BilingualDocument,
  state: ReviewState,
  ctx: ReviewContext,
  note = '',
): ReviewOp {
  if (!canSignOff(document, state)) {
    throw new Error('The document can be signed off only when every unit is approved.');
  }
  return signoffOp('document.signoff', state, true, note, ctx);
}

/** The `document.reopen`, with why; throws unless the document is signed off. */
export function reopened(state: ReviewState, ctx: ReviewContext, note: string): ReviewOp {
  if (canEdit(state)) throw new Error('The document is not signed off.');
  return signoffOp('document.reopen', state, false, note, ctx);
}

/** One sign-off or reopening in the document's history. */
export interface SignoffEvent {
  /** The operation that made it. */
  id: string;
  kind: 'document.signoff' | 'document.reopen';
  by: ReviewOp['author'];
  at: string;
  note: string;
}

/**
 * The document's sign-offs and reopenings still in effect, oldest first:
 * the log's `document.*` operations minus those undone (and plus those
 * redone). Undo and redo operations are not events of their own.
 */
export function signoffHistory(ops: readonly ReviewOp[]): SignoffEvent[] {
  const events = new Map<string, SignoffEvent>();
  const active = new Map<string, boolean>();
  // What each undo or redo operation stands for: the original it reverses.
  const original = new Map<string, string>();
  // The sign-off record as the operations so far leave it (a patch may
  // leave out a note equal to the previous one).
  let record: JsonObject = {};
  for (const op of ops) {
    if (op.kind !== 'document.signoff' && op.kind !== 'document.reopen') continue;
    try {
      record = applyJsonPatch(record, op.patch);
    } catch {
      // `replay` refuses such a log; the history stays readable regardless.
    }
    if (op.undoes === undefined) {
      const note = typeof record.note === 'string' ? record.note : '';
      events.set(op.id, { id: op.id, kind: op.kind, by: op.author, at: op.at, note });
      active.set(op.id, true);
      continue;
    }
    const undone = original.get(op.undoes);
    if (undone === undefined) {
      // An undo of an original: it is no longer in effect.
      original.set(op.id, op.undoes);
      active.set(op.undoes, false);
    } else {
      // A redo: it undoes an undo, so the original is back.
      original.set(op.id, undone);
      active.set(undone, !active.get(undone));
    }
  }
  return [...events.values()].filter((event) => active.get(event.id));
}

function signoffOp(
  kind: 'document.signoff' | 'document.reopen',
  state: ReviewState,
  signedOff: boolean,
  note: string,
  ctx: ReviewContext,
): ReviewOp {
  const at = ctx.now();
  const after: DocumentSignoff = { signedOff, by: { ...ctx.author }, at, note };
  return {
    id: ctx.newId(),
    kind,
    subject: DOCUMENT_SUBJECT,
    at,
    author: { ...ctx.author },
    patch: diffJson((state.signoff ?? {}) as unknown as JsonObject, after as unknown as JsonObject),
  };
}
