/**
 * `unit.status`, `document.signoff` and `document.reopen`: small records
 * that each operation replaces wholesale. Removing one (back to `{}`) is
 * only what undoing the first of them does.
 */
import type { ReviewOp } from '../model/review-log.ts';
import { signoffSchema, unitMarkSchema } from '../model/review-schema.ts';
import { check, parseSubject, patchSubject, ReviewLogError } from './errors.ts';
import type { JsonObject } from './patch.ts';
import type { MutableState } from './state.ts';
import { unitOfSubject } from './subject-json.ts';

/** Applies a `unit.status` to `state`. */
export function applyUnitStatus({ unitMarks }: MutableState, op: ReviewOp): void {
  const unit = unitOfSubject(op.subject);
  if (unit === null) {
    throw new ReviewLogError(
      'unknown-subject',
      op.id,
      `Operation ${op.id} sets the status of ${op.subject}, which is not a unit.`,
    );
  }
  const what = `the status of unit ${unit}`;
  const before = (unitMarks.get(unit) ?? {}) as unknown as JsonObject;
  const result = patchSubject(before, op, what);
  if (Object.keys(result).length === 0) {
    check(op.undoes !== undefined, op, `removes ${what} without undoing it`);
    unitMarks.delete(unit);
    return;
  }
  const mark = parseSubject(unitMarkSchema, result, op, what);
  check(mark.unit === unit, op, `is about unit ${unit} but sets the status of ${mark.unit}`);
  unitMarks.set(unit, mark);
}

/** Applies a `document.signoff` or `document.reopen` to `state`. */
export function applySignoff(state: MutableState, op: ReviewOp): void {
  if (op.subject !== 'document') {
    throw new ReviewLogError(
      'unknown-subject',
      op.id,
      `Operation ${op.id} signs off ${op.subject}, which is not the document.`,
    );
  }
  const what = 'the sign-off';
  const result = patchSubject((state.signoff ?? {}) as unknown as JsonObject, op, what);
  if (Object.keys(result).length === 0) {
    check(op.undoes !== undefined, op, `removes ${what} without undoing it`);
    state.signoff = null;
    return;
  }
  const signoff = parseSubject(signoffSchema, result, op, what);
  // An undo restores whatever was there; a new operation must do what it says.
  if (op.undoes === undefined) {
    const expected = op.kind === 'document.signoff';
    check(
      signoff.signedOff === expected,
      op,
      `is a ${op.kind} but leaves signedOff ${String(signoff.signedOff)}`,
    );
  }
  state.signoff = signoff;
}
