/**
 * Every automatic check, in the order their findings on one place are
 * listed. Adding a check: write its module, list it here, and add its
 * name, description and messages to the `qa` namespace in both languages.
 */
import { articleCheck } from './article.ts';
import { capitalizationCheck } from './capitalization.ts';
import { consistencyCheck } from './consistency.ts';
import { glossaryCheck } from './glossary.ts';
import { lengthCheck } from './length.ts';
import { numberCheck } from './number.ts';
import { punctuationCheck } from './punctuation.ts';
import { repetitionCheck } from './repetition.ts';
import { spacingCheck } from './spacing.ts';
import type { Check, CheckId } from './types.ts';
import { untranslatedCheck } from './untranslated.ts';

/** All checks. */
export const CHECKS: readonly Check[] = [
  untranslatedCheck,
  repetitionCheck,
  numberCheck,
  glossaryCheck,
  consistencyCheck,
  punctuationCheck,
  capitalizationCheck,
  articleCheck,
  spacingCheck,
  lengthCheck,
];

/** The ids of all checks, in order: a project's default selection. */
export const CHECK_IDS: readonly CheckId[] = CHECKS.map((check) => check.id);

/** Whether `id` names a check. */
export function isCheckId(id: string): id is CheckId {
  return (CHECK_IDS as readonly string[]).includes(id);
}

const BY_ID: ReadonlyMap<CheckId, Check> = new Map(CHECKS.map((check) => [check.id, check]));

/** The check with `id`. */
export function checkById(id: CheckId): Check {
  const check = BY_ID.get(id);
  if (!check) throw new RangeError(`no check "${id}"`);
  return check;
}
