/**
 * Editorial decisions on revisions and flags: approve or reject, with a
 * canned reason and a note. A decision can be changed by deciding again;
 * the history keeps every ruling.
 */
import type { Flag } from '../model/flag.ts';
import type { ReviewContext, ReviewOp } from '../model/review-log.ts';
import type { Decision, DecisionReason, Revision, Verdict } from '../model/revision.ts';
import { diffJson, type JsonObject } from '../review/patch.ts';
import { revisionJson } from '../review/subject-json.ts';

/** What the editor chose. */
export interface DecisionInput {
  verdict: Verdict;
  reason?: DecisionReason | null;
  note?: string;
}

/** The decision `input` makes, by the context's author, now. */
export function makeDecision(input: DecisionInput, ctx: ReviewContext): Decision {
  return {
    verdict: input.verdict,
    by: { ...ctx.author },
    at: ctx.now(),
    reason: input.reason ?? null,
    note: input.note ?? '',
  };
}

/**
 * The `revision.decision` approving or rejecting `revision`. Rejecting it
 * takes it out of the unit's text (the text falls back to its base, see
 * `chain.ts`); it stays in the history.
 */
export function revisionDecided(
  revision: Revision,
  input: DecisionInput,
  ctx: ReviewContext,
): ReviewOp {
  const decision = makeDecision(input, ctx);
  const after = { ...revision, status: decision.verdict, decision };
  return {
    id: ctx.newId(),
    kind: 'revision.decision',
    subject: revision.id,
    at: decision.at,
    author: { ...ctx.author },
    patch: diffJson(revisionJson(revision), revisionJson(after)),
  };
}

/**
 * The `flag.decision` approving or rejecting `flag`, whose current
 * decision is `current`. Approving confirms the error and keeps its status;
 * rejecting rules it is not one and sets the status to `rejected`.
 */
export function flagDecided(
  flag: Flag,
  current: Decision | undefined,
  input: DecisionInput,
  ctx: ReviewContext,
): ReviewOp {
  const decision = makeDecision(input, ctx);
  const before: JsonObject = current
    ? { status: flag.status, decision: current }
    : { status: flag.status };
  const status = decision.verdict === 'rejected' ? 'rejected' : flag.status;
  return {
    id: ctx.newId(),
    kind: 'flag.decision',
    subject: flag.id,
    at: decision.at,
    author: { ...ctx.author },
    patch: diffJson(before, { status, decision }),
  };
}
