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
import { diffJson, type JsonObject } from '../review/patch.ts';
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
