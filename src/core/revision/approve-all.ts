/**
 * Approve-all for a selection of units (the ones a filter shows).
 */
import type { BilingualDocument } from '../model/document.ts';
import type { ReviewContext, ReviewOp, ReviewState } from '../model/review-log.ts';
import { revisionIdOf } from '../model/revision.ts';
import { revisionsByUnit, unitChain } from './chain.ts';
import { revisionDecided, type DecisionInput } from './decide.ts';
import { deriveUnitStatus, unitMarked } from './status.ts';
import { mtText } from './texts.ts';

/**
 * The operations that approve each of `units` as its current text stands:
 * every pending revision on the current chain is approved; a unit left
 * unrevised (or whose chain is all approved but not marked) is approved as
 * is with a `unit.status`. Units already approved get nothing, so running
 * it twice adds nothing. Revisions that are stale or rejected are left
 * alone: approving all must not resurrect an edit someone rejected.
 */
export function approveAll(
  document: BilingualDocument,
  state: ReviewState,
  units: Iterable<number>,
  ctx: ReviewContext,
  decision: Omit<DecisionInput, 'verdict'> = {},
): ReviewOp[] {
  const byUnit = revisionsByUnit(state.revisions.values());
  const ops: ReviewOp[] = [];
  for (const unit of units) {
    const revisions = byUnit.get(unit) ?? [];
    const chain = revisions.length ? unitChain(mtText(document, unit), revisions) : null;
    const mark = state.unitMarks.get(unit);
    if (deriveUnitStatus(chain, mark) === 'approved') continue;
    const byId = new Map(revisions.map((revision) => [revision.id, revision]));
    let id = revisionIdOf(chain?.latest.version ?? 'mt');
    const onChain: ReviewOp[] = [];
    while (id !== null) {
      const revision = byId.get(id);
      if (!revision) break;
      if (revision.status === 'pending') {
        onChain.push(revisionDecided(revision, { ...decision, verdict: 'approved' }, ctx));
      }
      id = revisionIdOf(revision.baseVersion);
    }
    ops.push(...onChain.reverse());
    const version = chain?.latest.version ?? 'mt';
    // An editor's rejection of this very text outranks approved revisions.
    const rejected = mark?.status === 'rejected' && mark.version === version;
    if (onChain.length === 0 || rejected) {
      ops.push(unitMarked(unit, 'approved', version, mark, ctx, decision));
    }
  }
  return ops;
}
