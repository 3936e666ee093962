/**
 * Saving an edit of a unit's English as a revision.
 */
import type { ReviewContext, ReviewOp } from '../model/review-log.ts';
import type { Revision } from '../model/revision.ts';
import { diffJson } from '../review/patch.ts';
import { textChanges } from '../review/text-diff.ts';
import { revisionJson } from '../review/subject-json.ts';
import type { UnitText } from './chain.ts';

/**
 * The change list a revision stores: the same word-level diff as every text
 * diff in the review log (`textChanges`), named for this use.
 */
export const revisionChanges = textChanges;

/**
 * The `revision.save` that turns `unit`'s `current` text into `text`, or
 * `null` when they are equal. The revision's id is the operation's subject;
 * its changes travel in `textDiff`, not in the patch.
 */
export function revisionSaved(
  unit: number,
  current: UnitText,
  text: string,
  ctx: ReviewContext,
  comment?: string,
): ReviewOp | null {
  if (text === current.text) return null;
  const revision: Revision = {
    id: ctx.newId(),
    unit,
    side: 'target',
    baseVersion: current.version,
    changes: revisionChanges(current.text, text),
    author: { ...ctx.author },
    at: ctx.now(),
    status: 'pending',
  };
  if (comment) revision.comment = comment;
  return {
    id: ctx.newId(),
    kind: 'revision.save',
    subject: revision.id,
    at: revision.at,
    author: { ...ctx.author },
    patch: diffJson({}, revisionJson(revision)),
    textDiff: revision.changes,
  };
}
