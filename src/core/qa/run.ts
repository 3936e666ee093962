/**
 * Running the checks: once over a document (`checkDocument`), or unit by
 * unit against a prepared context (`prepareChecks` then `checkUnit`), which
 * is what an editor does while the reviewer types: the document-wide study
 * (length statistics, name spellings, term renderings) happens once, and
 * re-checking the edited unit costs only that unit.
 */
import type { BilingualDocument, Side, TextRange } from '../model/document.ts';
import { indexTermbase } from '../glossary/match.ts';
import type { Termbase } from '../glossary/model.ts';
import { dropSubsumed } from './dedupe.ts';
import { messageOf, type MessageCatalogue } from './messages.ts';
import { CHECKS, checkById } from './registry.ts';
import type { Check, CheckId, DocumentView, Finding, UnitChecker, UnitText } from './types.ts';
import { documentUnits, unitText } from './unit-text.ts';

/** What to check, per project. */
export interface QaOptions {
  /** The checks to run; all of them when absent. Unknown ids are ignored. */
  checks?: readonly CheckId[];
  /** The project's termbase; the glossary check needs one, consistency uses it. */
  glossary?: Termbase | null;
  /**
   * The catalogue (the `qa` namespace of a locale) to write `Finding.message`
   * in, for the CLI and logs; without it `message` is empty and readers
   * render `messageKey` themselves, as the UI does.
   */
  messages?: MessageCatalogue;
  /**
   * Each unit's current English (revisions applied), by unit index, to check
   * in place of the MT; `null` or a missing entry keeps the unit's MT. A unit
   * whose text differs from its MT is segmented afresh, as `checkUnit` does
   * for edited text; the others keep the aligner's sentences.
   */
  texts?: readonly (string | null)[];
}

/** A document studied by the enabled checks, ready to check units. */
export interface QaContext {
  document: BilingualDocument;
  units: readonly UnitText[];
  checkers: readonly { check: Check; run: UnitChecker }[];
  messages: MessageCatalogue | null;
}

/** `units` with the targets of `texts` where they differ from the MT (see `QaOptions.texts`). */
function withTexts(
  document: BilingualDocument,
  units: UnitText[],
  texts: QaOptions['texts'],
): UnitText[] {
  if (!texts) return units;
  return units.map((unit, index) => {
    const text = texts[index];
    if (text === undefined || text === null || unit.target === null || text === unit.target)
      return unit;
    return unitText(document, index, text);
  });
}

/** Studies `document` once for every enabled check. */
export function prepareChecks(document: BilingualDocument, options: QaOptions = {}): QaContext {
  const enabled = options.checks ? new Set(options.checks) : null;
  const units = withTexts(document, documentUnits(document), options.texts);
  const view: DocumentView = {
    units,
    termIndex: options.glossary ? indexTermbase(options.glossary) : null,
    hasSource: document.source !== null,
    charRatio: document.alignment.charRatio,
  };
  const checkers = CHECKS.filter((check) => !enabled || enabled.has(check.id)).map((check) => ({
    check,
    run: check.prepare(view),
  }));
  return { document, units, checkers, messages: options.messages ?? null };
}

const subsumedBy = (id: CheckId) => checkById(id).subsumes;

/** Runs every enabled check on one unit's texts. */
function runUnit(context: QaContext, unit: UnitText): Finding[] {
  const findings: Finding[] = [];
  for (const { check, run } of context.checkers) {
    for (const issue of run(unit)) {
      const finding: Finding = {
        check: check.id,
        unit: unit.index,
        severity: issue.severity ?? check.severity,
        category: issue.category ?? check.category,
        messageKey: issue.messageKey,
        params: issue.params,
        message: context.messages
          ? messageOf(context.messages, issue.messageKey, issue.params)
          : '',
        target: issue.target,
        source: issue.source,
      };
      if (issue.fix) finding.fix = issue.fix;
      findings.push(finding);
    }
  }
  return dropSubsumed(findings, subsumedBy).sort(
    (a, b) =>
      (a.target?.start ?? -1) - (b.target?.start ?? -1) ||
      (a.source?.start ?? -1) - (b.source?.start ?? -1),
  );
}

/**
 * The findings of unit `index`. With `targetText`, the unit's target is
 * that text (the unit as it is being edited); document-wide statistics
 * still come from the document the context was prepared on.
 */
export function checkUnit(context: QaContext, index: number, targetText?: string): Finding[] {
  const unit =
    targetText === undefined ? context.units[index] : unitText(context.document, index, targetText);
  if (!unit) throw new RangeError(`no unit ${index} in a document of ${context.units.length}`);
  return runUnit(context, unit);
}

/** Every finding in `document`, unit by unit. */
export function checkDocument(document: BilingualDocument, options: QaOptions = {}): Finding[] {
  const context = prepareChecks(document, options);
  return context.units.flatMap((unit) => runUnit(context, unit));
}

/**
 * A finding's span on `side` as offsets into that side's whole text
 * (the file after decoding and normalisation), `null` when it has none.
 */
export function toDocumentRange(
  document: BilingualDocument,
  finding: Finding,
  side: Side,
): TextRange | null {
  const range = finding[side];
  const unitSide = document.alignment.units[finding.unit]?.[side];
  if (!range || !unitSide) return null;
  return { start: unitSide.start + range.start, end: unitSide.start + range.end };
}
