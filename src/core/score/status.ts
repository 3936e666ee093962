/**
 * Which flags count against the MT. "Open or accepted": an open flag is an
 * error nobody has ruled on yet, a resolved one an error that was real and
 * has since been fixed (the fix does not make the machine translation any
 * better). A rejected flag was ruled not to be an error and a deleted one
 * was withdrawn by its author: neither counts, in scores or in agreement.
 */
import type { Flag, FlagStatus } from '../model/flag.ts';

/** The statuses that count. */
export const SCORED_STATUSES: readonly FlagStatus[] = ['open', 'resolved'];

/** Whether `flag` counts against the MT. */
export function isScored(flag: Flag): boolean {
  return SCORED_STATUSES.includes(flag.status);
}
