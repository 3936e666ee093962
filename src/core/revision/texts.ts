/**
 * The current English text of every unit: its MT with its revisions
 * applied (`chain.ts`), for the workspace, the checks and the exporters.
 */
import type { BilingualDocument } from '../model/document.ts';
import type { ReviewState } from '../model/review-log.ts';
import { revisionsByUnit, unitChain, type TextMode, type UnitText } from './chain.ts';

/** Options of `unitTexts`. */
export interface UnitTextOptions {
  /** `latest`: every revision not rejected; `approved`: approved revisions only. */
  mode: TextMode;
}

/** The MT of unit `index`'s target side; `''` for a unit without one. */
export function mtText(document: BilingualDocument, index: number): string {
  const target = document.alignment.units[index]?.target;
  return target ? document.target.text.slice(target.start, target.end) : '';
}

/** The source text of unit `index`; `''` for a unit without one or a document without a source. */
export function sourceText(document: BilingualDocument, index: number): string {
  const source = document.alignment.units[index]?.source;
  return source && document.source ? document.source.text.slice(source.start, source.end) : '';
}

/**
 * Each unit's text and version in `mode`. Units without revisions (nearly
 * all of them, in a long document) cost one slice each; revised units cost
 * the size of their revisions.
 */
export function unitVersions(
  document: BilingualDocument,
  state: ReviewState,
  { mode }: UnitTextOptions,
): UnitText[] {
  const byUnit = revisionsByUnit(state.revisions.values());
  return document.alignment.units.map((_, index) => {
    const mt = mtText(document, index);
    const revisions = byUnit.get(index);
    return revisions ? unitChain(mt, revisions)[mode] : { text: mt, version: 'mt' };
  });
}

/** Each unit's target text in `mode`, in unit order. */
export function unitTexts(
  document: BilingualDocument,
  state: ReviewState,
  options: UnitTextOptions,
): string[] {
  return unitVersions(document, state, options).map((unit) => unit.text);
}
