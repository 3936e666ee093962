/**
 * `flag.decision`: an editor approves or rejects a flag. The patch is a
 * diff of the flag's editorial view `{status, decision}`
 * (`subject-json.ts`): approving records the decision and leaves the status
 * as it was (open or resolved: the error stands), rejecting also sets the
 * status to `rejected` (not an error), and one undo restores both.
 */
import type { ReviewOp } from '../model/review-log.ts';
import { flagDecisionViewSchema } from '../model/review-schema.ts';
import { check, parseSubject, patchSubject, ReviewLogError } from './errors.ts';
import type { MutableState } from './state.ts';

/** Applies a `flag.decision` to `state`. */
export function applyFlagDecision(state: MutableState, op: ReviewOp): void {
  const { flags, flagDecisions, removed } = state;
  const flag = flags.get(op.subject);
  if (!flag && removed.has(op.subject)) return;
  if (!flag) {
    throw new ReviewLogError(
      'unknown-subject',
      op.id,
      `Operation ${op.id} decides on flag ${op.subject}, which does not exist.`,
    );
  }
  const what = `the decision on flag ${op.subject}`;
  const decision = flagDecisions.get(op.subject);
  const before = decision ? { status: flag.status, decision } : { status: flag.status };
  const view = parseSubject(flagDecisionViewSchema, patchSubject(before, op, what), op, what);
  check(
    view.decision !== undefined || op.undoes !== undefined,
    op,
    `removes ${what} without undoing it`,
  );
  if (view.status !== flag.status) flags.set(op.subject, { ...flag, status: view.status });
  if (view.decision) flagDecisions.set(op.subject, view.decision);
  else flagDecisions.delete(op.subject);
}
