/**
 * Automatic checks of a translation: the public entry of this folder.
 *
 * ```ts
 * const context = prepareChecks(document, { glossary, checks: ['number', 'glossary'] });
 * const findings = context.units.flatMap((u) => checkUnit(context, u.index));
 * checkUnit(context, 12, editedText); // the unit being edited, in well under 10 ms
 * ```
 *
 * Findings carry unit-relative spans (`types.ts`); `toDocumentRange` turns
 * them into offsets into a side's whole text. Messages are keys of the `qa`
 * i18n namespace with parameters; given a catalogue (`QaOptions.messages`),
 * the runner also writes the text, as the CLI wants it.
 */
export type {
  Check,
  CheckId,
  DocumentView,
  Finding,
  Issue,
  TextEdit,
  UnitChecker,
  UnitText,
} from './types.ts';
export { CHECKS, CHECK_IDS, checkById, isCheckId } from './registry.ts';
export {
  checkDocument,
  checkUnit,
  prepareChecks,
  toDocumentRange,
  type QaContext,
  type QaOptions,
} from './run.ts';
export { fillTemplate, messageOf, templateOf, type MessageCatalogue } from './messages.ts';
export { evaluate, locateErrors, rate, type Evaluation, type MarkedError } from './evaluate.ts';
