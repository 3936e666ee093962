/**
 * `flag.add`, `flag.change` and `flag.delete`: the patch is applied to the
 * flag's JSON and the result must be a valid flag that keeps its identity.
 */
import type { Flag } from '../model/flag.ts';
import type { ReviewOp } from '../model/review-log.ts';
import { flagSchema } from '../model/review-schema.ts';
import { check, parseSubject, patchSubject, ReviewLogError } from './errors.ts';
import type { JsonObject } from './patch.ts';
import type { MutableState } from './state.ts';

/** Fields a flag keeps for life: only `flag.add` sets them. */
const IMMUTABLE_FIELDS = ['id', 'author', 'createdAt', 'origin'] as const;

/** Applies a `flag.add`, `flag.change` or `flag.delete` to `state`. */
export function applyFlagOp({ flags, removed }: MutableState, op: ReviewOp): void {
  const before = flags.get(op.subject);
  if (op.kind !== 'flag.add' && !before && removed.has(op.subject)) return;
  if (op.kind === 'flag.add' && before) {
    throw new ReviewLogError(
      'duplicate-subject',
      op.id,
      `Operation ${op.id} adds flag ${op.subject}, which already exists.`,
    );
  }
  if (op.kind !== 'flag.add' && !before) {
    throw new ReviewLogError(
      'unknown-subject',
      op.id,
      `Operation ${op.id} changes flag ${op.subject}, which does not exist.`,
    );
  }
  const what = `flag ${op.subject}`;
  const result = patchSubject((before ?? {}) as unknown as JsonObject, op, what);
  // Only the deletion that undoes an addition may remove a flag entirely.
  if (Object.keys(result).length === 0 && op.kind === 'flag.delete' && op.undoes !== undefined) {
    flags.delete(op.subject);
    removed.add(op.subject);
    return;
  }
  const flag: Flag = parseSubject(flagSchema, result, op, what);
  check(flag.id === op.subject, op, `is about flag ${op.subject} but produces flag ${flag.id}`);
  if (before) {
    for (const field of IMMUTABLE_FIELDS) {
      check(
        JSON.stringify(flag[field]) === JSON.stringify(before[field]),
        op,
        `rewrites the ${field} of flag ${op.subject}, which never changes`,
      );
    }
  }
  check(
    op.kind !== 'flag.delete' || flag.status === 'deleted',
    op,
    `is a deletion but leaves flag ${op.subject} ${flag.status}`,
  );
  flags.set(op.subject, flag);
  removed.delete(op.subject);
}
