/**
 * Untranslated text: Chinese left in the English, either a whole unit the
 * MT gave up on or a clause it kept before switching to English. The spans
 * come from `findUntranslatedSpans`, which already takes in the full-width
 * punctuation and numbers around the Han characters, so the punctuation
 * and number checks defer to this one inside them.
 */
import type { TextRange } from '../model/document.ts';
import { excerpt } from './messages.ts';
import type { Check, Issue, UnitText } from './types.ts';
import { coversWholeUnit } from './unit-text.ts';

/** The same Chinese in the source, so the reviewer sees what was left; `null` if it was altered. */
function sourceSpan(unit: UnitText, text: string): TextRange | null {
  const at = unit.source?.indexOf(text) ?? -1;
  return at < 0 ? null : { start: at, end: at + text.length };
}

function check(unit: UnitText): Issue[] {
  const target = unit.target;
  if (target === null) return [];
  return unit.untranslated.map((span) => {
    const text = target.slice(span.start, span.end);
    const whole = coversWholeUnit(target, [span]);
    return {
      target: span,
      source: sourceSpan(unit, text),
      messageKey: whole ? 'untranslated.whole' : 'untranslated.partial',
      params: { text: excerpt(text) },
      // MQM keeps "Non-translation" for a segment left wholly untranslated.
      ...(whole ? { category: 'Non-translation', severity: 'critical' as const } : {}),
    };
  });
}

/** The untranslated-text check. */
export const untranslatedCheck: Check = {
  id: 'untranslated',
  category: 'Accuracy/Untranslated text',
  severity: 'major',
  subsumes: [
    'repetition',
    'number',
    'glossary',
    'consistency',
    'punctuation',
    'capitalization',
    'article',
    'spacing',
    'length',
  ],
  prepare: () => check,
};
