/**
 * What accepting and fixing a finding produce, as pure functions: the new
 * flag's input (side, span, category, severity, comment, origin) and the
 * unit's text after a quick fix. The panel hands them to the review store.
 */
import { describeSpan } from '../../core/anchor/index.ts';
import type { Side, TextRange } from '../../core/model/document.ts';
import type { NewFlagInput } from '../../core/review/commands.ts';
import type { TextEdit } from '../../core/qa/index.ts';
import { checkOrigin } from '../../store/checks-flagged.ts';
import type { CheckedFinding } from '../../workers/checks-protocol.ts';

export { checkOrigin };

/** The texts of the finding's unit as shown now. */
export interface UnitTexts {
  /** The current English and its version (`"mt"` or `"rev:<id>"`). */
  target: string;
  version: string;
  source: string;
}

/**
 * A non-empty span inside `length` for `range`: a zero-width finding (a
 * missing space) takes the character before it, or after it at the start.
 */
export function flaggableSpan(range: TextRange, length: number): TextRange | null {
  if (length === 0) return null;
  const start = Math.max(0, Math.min(range.start, length));
  const end = Math.max(start, Math.min(range.end, length));
  if (end > start) return { start, end };
  return start > 0 ? { start: start - 1, end: start } : { start: 0, end: 1 };
}

/**
 * The flag a finding becomes: on the side it has a span on (the target
 * first), else on the whole English (or the whole Chinese when the unit has
 * no English), with the check's category and severity and `comment`.
 * `null` when the unit has no text to anchor on.
 */
export function acceptedFlag(
  finding: CheckedFinding,
  texts: UnitTexts,
  comment: string,
): NewFlagInput | null {
  const choices: [Side, TextRange | null][] = [
    ['target', finding.target],
    ['source', finding.source],
    ['target', { start: 0, end: texts.target.length }],
    ['source', { start: 0, end: texts.source.length }],
  ];
  for (const [side, range] of choices) {
    const text = side === 'target' ? texts.target : texts.source;
    const span = range && flaggableSpan(range, text.length);
    if (!span) continue;
    const version = side === 'target' ? texts.version : 'mt';
    return {
      anchor: describeSpan(text, span.start, span.end, { side, unit: finding.unit, version }),
      category: finding.category,
      severity: finding.severity,
      comment,
      origin: checkOrigin(finding.check),
    };
  }
  return null;
}

/** `text` with `fix` applied; `null` when the fix does not fit the text (it changed meanwhile). */
export function fixedText(text: string, fix: TextEdit): string | null {
  if (fix.start < 0 || fix.end < fix.start || fix.end > text.length) return null;
  return text.slice(0, fix.start) + fix.replacement + text.slice(fix.end);
}

/** What a fix does, for its label: remove, insert or replace, with the texts. */
export function describeFix(
  text: string,
  fix: TextEdit,
): { kind: 'remove' | 'insert' | 'replace'; from: string; to: string } {
  const from = text.slice(fix.start, fix.end);
  if (fix.replacement === '') return { kind: 'remove', from, to: '' };
  if (from === '') return { kind: 'insert', from, to: fix.replacement };
  return { kind: 'replace', from, to: fix.replacement };
}
