/**
 * Deterministic contexts and flags for the review tests: commands take
 * their clock and their identifiers from the context, so a test can predict
 * every field of every operation.
 */
import { describeSpan } from '../anchor/index.ts';
import type { Author, Flag } from '../model/flag.ts';
import type { ReviewContext } from '../model/review-log.ts';
import { createFlag, type NewFlagInput } from './commands.ts';

/** The unit text the test flags are made on. */
export const UNIT_TEXT =
  'The spokesman said the tarrif rate on imported steel would rise by 3% next year.';

/**
 * A context whose clock ticks one second per call from 2024-03-09 08:00 and
 * whose ids are `<prefix>-1`, `<prefix>-2`, …
 */
export function testContext(prefix: string, author?: Partial<Author>): ReviewContext {
  let seconds = 0;
  let ids = 0;
  return {
    author: { name: 'Li Wei', role: 'reviewer', ...author },
    now: () => new Date(Date.UTC(2024, 2, 9, 8, 0, seconds++)).toISOString(),
    newId: () => `${prefix}-${++ids}`,
  };
}

/** A new open flag on `words` of `UNIT_TEXT`. */
export function flagOn(words: string, ctx: ReviewContext, suggestion: string | null = null): Flag {
  return flagOnText(UNIT_TEXT, 2, words, ctx, {
    category: 'Accuracy/Mistranslation',
    severity: 'major',
    comment: `About "${words}".`,
    suggestion,
  });
}

/** A new open flag on `words` of `text`, the MT of target unit `unit`. */
export function flagOnText(
  text: string,
  unit: number,
  words: string,
  ctx: ReviewContext,
  fields: Omit<NewFlagInput, 'anchor'>,
): Flag {
  const start = text.indexOf(words);
  const anchor = describeSpan(text, start, start + words.length, {
    side: 'target',
    unit,
    version: 'mt',
  });
  return createFlag({ anchor, ...fields }, ctx);
}
