/**
 * Unit statuses: untouched MT → edited → confirmed (translator) → reviewed
 * → approved or rejected (editor), derived per unit from its revisions and
 * the last status a person set on it.
 *
 * A status a person sets holds for the text they saw (`UnitMark.version`):
 * saving a revision afterwards makes the unit `edited` again without
 * anyone having to reset it, and undoing that revision brings the mark back.
 */
import type { BilingualDocument } from '../model/document.ts';
import {
  unitSubject,
  type ReviewContext,
  type ReviewOp,
  type ReviewState,
} from '../model/review-log.ts';
import type { UnitMark, UnitMarkStatus, UnitStatus, VersionName } from '../model/revision.ts';
import { diffJson, type JsonObject } from '../review/patch.ts';
import { revisionsByUnit, unitChain, type UnitChain } from './chain.ts';
import type { DecisionInput } from './decide.ts';
import { mtText } from './texts.ts';

/**
 * The status of a unit with version chain `chain` (`null`: no revisions)
 * and last mark `mark`. An editor's approval or rejection of the current
 * text wins; then a current text whose every revision is approved is
 * approved; then the person's mark on the current text; else edited if
 * revised at all.
 */
export function deriveUnitStatus(chain: UnitChain | null, mark: UnitMark | undefined): UnitStatus {
  const current = chain?.latest.version ?? 'mt';
  const valid = mark && mark.version === current ? mark : undefined;
  if (valid && (valid.status === 'approved' || valid.status === 'rejected')) return valid.status;
  if (chain && current !== 'mt' && chain.approved.version === current) return 'approved';
  if (valid) return valid.status;
  return current === 'mt' ? 'untouched' : 'edited';
}

/** Every unit's status, in unit order. Linear in units plus revisions. */
export function unitStatuses(document: BilingualDocument, state: ReviewState): UnitStatus[] {
  const byUnit = revisionsByUnit(state.revisions.values());
  return document.alignment.units.map((_, index) => {
    const revisions = byUnit.get(index);
    const chain = revisions ? unitChain(mtText(document, index), revisions) : null;
    return deriveUnitStatus(chain, state.unitMarks.get(index));
  });
}

/**
 * The `unit.status` that sets `unit`'s status to `status` for its current
 * text `version`. A reason and note matter for approved and rejected.
 */
export function unitMarked(
  unit: number,
  status: UnitMarkStatus,
  version: VersionName,
  previous: UnitMark | undefined,
  ctx: ReviewContext,
  decision: Omit<DecisionInput, 'verdict'> = {},
): ReviewOp {
  const at = ctx.now();
  const mark: UnitMark = {
    unit,
    status,
    version,
    by: { ...ctx.author },
    at,
    reason: decision.reason ?? null,
    note: decision.note ?? '',
  };
  return {
    id: ctx.newId(),
    kind: 'unit.status',
    subject: unitSubject(unit),
    at,
    author: { ...ctx.author },
    patch: diffJson((previous ?? {}) as unknown as JsonObject, mark as unknown as JsonObject),
  };
}
