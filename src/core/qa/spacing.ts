/**
 * Spacing: runs of spaces inside a line, spaces at the start or end of a
 * line, and the ideographic space U+3000 in English. All have an obvious
 * fix. Units hold trimmed sentences, so line-edge spaces show up where a
 * unit spans a line break or while a unit is being edited.
 */
import type { Check, Issue, UnitText } from './types.ts';
import { inUntranslated } from './unit-text.ts';

/** Two or more spaces or tabs (NBSP included) between two visible characters. */
const RUN = /(?<=\S)[ \t\u00a0]{2,}(?=\S)/g;
/** Spaces or tabs at the start of the text or of a line. */
const LEADING = /(?:^|(?<=\n))[ \t\u00a0\u3000]+/g;
/** Spaces or tabs at the end of the text or of a line. */
const TRAILING = /[ \t\u00a0\u3000]+(?=\n|$)/g;
const IDEOGRAPHIC = /\u3000+/g;

/** Whether `text` may hold any of the problems: most units hold none, and one scan tells. */
const SUSPECT =
  /[ \t\u00a0]{2}|^[ \t\u00a0\u3000]|[ \t\u00a0\u3000]$|[ \t\u00a0\u3000]\n|\n[ \t\u00a0\u3000]|\u3000/;

function check(unit: UnitText): Issue[] {
  const text = unit.target;
  if (text === null || unit.untranslatedUnit || !SUSPECT.test(text)) return [];
  const issues: Issue[] = [];
  report(unit, text, issues, LEADING, 'spacing.leading', '');
  report(unit, text, issues, TRAILING, 'spacing.trailing', '');
  report(unit, text, issues, RUN, 'spacing.double', ' ');
  report(unit, text, issues, IDEOGRAPHIC, 'spacing.ideographic', ' ');
  return issues.sort((a, b) => (a.target?.start ?? 0) - (b.target?.start ?? 0));
}

/** Adds an issue with the fix `replacement` for each match of `re` not already reported. */
function report(
  unit: UnitText,
  text: string,
  issues: Issue[],
  re: RegExp,
  messageKey: string,
  replacement: string,
): void {
  for (const match of text.matchAll(re)) {
    const start = match.index;
    const end = start + match[0].length;
    if (end === start || inUntranslated(unit, start - 1, end + 1)) continue;
    if (issues.some((i) => i.target && i.target.start < end && start < i.target.end)) continue;
    issues.push({
      target: { start, end },
      source: null,
      messageKey,
      params: {},
      fix: { start, end, replacement },
    });
  }
}

/** The spacing check. */
export const spacingCheck: Check = {
  id: 'spacing',
  category: 'Fluency/Punctuation',
  severity: 'minor',
  subsumes: [],
  prepare: () => check,
};
