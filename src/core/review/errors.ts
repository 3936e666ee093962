/**
 * The error every operation handler throws, and the two checks they all
 * share: applying the patch and validating what it produced.
 */
import type { z } from 'zod';
import type { ReviewOp } from '../model/review-log.ts';
import { applyJsonPatch, PatchApplicationError, type JsonObject } from './patch.ts';

/** Why an operation cannot be applied. */
export type ReviewLogErrorCode =
  'unknown-subject' | 'duplicate-subject' | 'bad-patch' | 'bad-result';

/** An operation that does not fit the state it was applied to. */
export class ReviewLogError extends Error {
  override readonly name = 'ReviewLogError';
  readonly code: ReviewLogErrorCode;
  /** Id of the offending operation. */
  readonly opId: string;
  /** Its index in the log, when it was applied as part of one. */
  opIndex: number | null = null;

  constructor(code: ReviewLogErrorCode, opId: string, message: string) {
    super(message);
    this.code = code;
    this.opId = opId;
  }
}

/**
 * `op`'s patch applied to `before`; `what` names the subject in the
 * message ("flag f-1", "revision r-2").
 */
export function patchSubject(before: JsonObject, op: ReviewOp, what: string): JsonObject {
  try {
    return applyJsonPatch(before, op.patch);
  } catch (error) {
    if (!(error instanceof PatchApplicationError)) throw error;
    throw new ReviewLogError(
      'bad-patch',
      op.id,
      `The patch of operation ${op.id} does not apply to ${what}: ${error.message}`,
    );
  }
}

/** `result` parsed by `schema`, or a `bad-result` error naming the first problem. */
export function parseSubject<T>(
  schema: z.ZodType<T>,
  result: unknown,
  op: ReviewOp,
  what: string,
): T {
  const parsed = schema.safeParse(result);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? ` at ${issue.path.join('.')}` : '';
  throw new ReviewLogError(
    'bad-result',
    op.id,
    `Operation ${op.id} leaves ${what} invalid${where}: ${issue?.message ?? 'invalid value'}.`,
  );
}

/** A `bad-result` error unless `condition` holds. */
export function check(condition: boolean, op: ReviewOp, message: string): void {
  if (!condition) throw new ReviewLogError('bad-result', op.id, `Operation ${op.id} ${message}.`);
}
