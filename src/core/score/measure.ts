/**
 * The size of a document, or a part of it, in the measure a normalisation
 * divides by, and the division itself.
 */
import type { BilingualDocument, SideText, UnitSide } from '../model/document.ts';
import { countEnglishWords, countHanCharacters } from './counting.ts';
import type { Normalisation } from './preset.ts';

/** What a normalisation counts: English words of the MT, Han characters of the source, or units. */
export type Measure = 'en-words' | 'zh-chars' | 'units';

/** The measure `normalisation` divides by. */
export function measureOf(normalisation: Normalisation): Measure {
  switch (normalisation) {
    case 'per-1000-en-words':
      return 'en-words';
    case 'per-1000-zh-chars':
      return 'zh-chars';
    case 'per-unit':
      return 'units';
  }
}

function sliceOf(side: SideText | null, range: UnitSide | null): string {
  return side && range ? side.text.slice(range.start, range.end) : '';
}

/**
 * Sizes already counted, per document object. The scorecard is recomputed
 * on every flag change while the document stays the same, and counting the
 * words of a long document costs more than scoring its flags. Keyed by
 * identity: documents are replaced, never changed in place, when their text
 * or alignment changes.
 */
const cache = new WeakMap<BilingualDocument, Map<Measure, readonly number[]>>();

/**
 * The size of every unit of `doc` in `measure`. A unit with nothing on the
 * measured side has size 0 (an omission adds no English words), but still 1
 * in `units`: WMT averages over every segment, errors or not.
 */
export function unitSizes(doc: BilingualDocument, measure: Measure): readonly number[] {
  let sizes = cache.get(doc);
  if (!sizes) cache.set(doc, (sizes = new Map<Measure, readonly number[]>()));
  const known = sizes.get(measure);
  if (known) return known;
  const counted = countUnits(doc, measure);
  sizes.set(measure, counted);
  return counted;
}

function countUnits(doc: BilingualDocument, measure: Measure): number[] {
  return doc.alignment.units.map((unit) => {
    switch (measure) {
      case 'en-words':
        return countEnglishWords(sliceOf(doc.target, unit.target));
      case 'zh-chars':
        return countHanCharacters(sliceOf(doc.source, unit.source));
      case 'units':
        return 1;
    }
  });
}

/**
 * `penalty` normalised by `size`: per 1,000 words or characters, or per
 * unit. `null` when there is nothing to divide by (no source for a
 * per-character score, an empty paragraph), rather than 0 or Infinity,
 * either of which would pass for a real score.
 */
export function normalise(
  penalty: number,
  size: number,
  normalisation: Normalisation,
): number | null {
  if (size <= 0) return null;
  return normalisation === 'per-unit' ? penalty / size : (penalty * 1000) / size;
}
