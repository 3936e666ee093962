/**
 * Whole-unit flags (`u`): the span and the category a flag on a unit's
 * entire English gets. The most common whole-unit error in Chinese→English
 * MT is a paragraph left in Chinese, so a unit that is mostly Chinese gets
 * the typology's non-translation category up front.
 */
import type { TextRange } from '../../core/model/document.ts';
import { findUntranslatedSpans } from '../../core/text/script.ts';
import { normalizeCategory } from '../../core/typology/index.ts';
import type { Typology } from '../../core/typology/index.ts';
import { trimSpaces } from './snap.ts';

/** Share of non-space characters above which a unit counts as untranslated. */
export const MOSTLY_UNTRANSLATED = 0.5;

/** The whole of `text` but its leading and trailing spaces; `null` for blank text. */
export function wholeUnitSpan(text: string): TextRange | null {
  return trimSpaces(text, 0, text.length);
}

/** Whether more than half of `text`'s non-space characters lie in untranslated Chinese runs. */
export function isMostlyUntranslated(text: string): boolean {
  const visible = text.replace(/\s+/g, '').length;
  if (visible === 0) return false;
  let chinese = 0;
  for (const run of findUntranslatedSpans(text)) {
    chinese += text.slice(run.start, run.end).replace(/\s+/g, '').length;
  }
  return chinese / visible > MOSTLY_UNTRANSLATED;
}

/**
 * The category a whole-unit flag on `text` starts with: the typology's own
 * name for non-translation when the text is mostly Chinese (WMT's
 * `Non-translation`, MQM Core's `Accuracy/Untranslated`), else `fallback`.
 */
export function wholeUnitCategory(
  text: string,
  typology: Typology | undefined,
  fallback: string | null,
): string | null {
  if (!typology || !isMostlyUntranslated(text)) return fallback;
  return (
    normalizeCategory('Non-translation', typology) ??
    normalizeCategory('Accuracy/Untranslated', typology) ??
    fallback
  );
}
