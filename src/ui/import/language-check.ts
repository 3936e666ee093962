/**
 * Doubts about the language of an imported text: a "source" that is not
 * Chinese, or an "MT" that is still entirely Chinese. Both are warnings, not
 * errors: a reviewer may have good reasons (a mostly-English source with
 * Chinese quotations), and an entirely untranslated MT is exactly the kind
 * of output the tool exists to show.
 */
import { hanRatio } from '../../core/text/script.ts';
import type { Side } from '../../core/model/document.ts';

/**
 * Code units looked at. The language of a document is settled well within
 * its first pages, and this keeps the check instant on a 50 MB file.
 */
const SAMPLE = 100_000;

/** Below this share of Han reading units, a source is reported as not Chinese. */
export const SOURCE_MIN_HAN_RATIO = 0.5;
/** Above this, an MT is reported as entirely Chinese (names and acronyms keep real Chinese below 1). */
export const TARGET_MAX_HAN_RATIO = 0.9;

/** A doubt about the language of an imported text. */
export type LanguageWarning = 'source-not-chinese' | 'target-all-chinese';

/** How Chinese `text` is, judged on its beginning (see `hanRatio` in core). */
export function sampledHanRatio(text: string): number {
  return hanRatio(text.length > SAMPLE ? text.slice(0, SAMPLE) : text);
}

/**
 * The warning for `text` imported as `side`, if its letters say it is the
 * wrong language. A text without letters (numbers only, or blank) gets none:
 * there is nothing to judge.
 */
export function languageWarning(side: Side, text: string): LanguageWarning | null {
  if (!/\p{L}/u.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text)) return null;
  const ratio = sampledHanRatio(text);
  if (side === 'source' && ratio < SOURCE_MIN_HAN_RATIO) return 'source-not-chinese';
  if (side === 'target' && ratio > TARGET_MAX_HAN_RATIO) return 'target-all-chinese';
  return null;
}
