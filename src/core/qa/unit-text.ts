/**
 * The texts of a unit as the checks read them: both sides sliced out of the
 * document, the target's sentences, and the Chinese left in the target,
 * computed once and shared by every check.
 */
import { englishWords, type Word } from '../glossary/words.ts';
import type { BilingualDocument, TextRange } from '../model/document.ts';
import { findUntranslatedSpans } from '../text/script.ts';
import { segmentText } from '../text/segment.ts';
import { isBlankCode } from '../text/whitespace.ts';
import type { UnitText } from './types.ts';

/**
 * Share of a target's non-space characters that Chinese must cover for the
 * unit to count as untranslated as a whole. A unit that switches to English
 * halfway is not: its English part deserves every other check.
 */
export const WHOLE_UNIT_SHARE = 0.8;

function nonSpaceLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (!isBlankCode(text.charCodeAt(i))) n++;
  return n;
}

/** Whether `spans` of `text` cover nearly all of it (see {@link WHOLE_UNIT_SHARE}). */
export function coversWholeUnit(text: string, spans: readonly TextRange[]): boolean {
  const covered = spans.reduce((n, s) => n + nonSpaceLength(text.slice(s.start, s.end)), 0);
  return covered > 0 && covered >= WHOLE_UNIT_SHARE * nonSpaceLength(text);
}

/** Every code unit a Han character can start with (CJK blocks, compatibility, astral surrogates). */
const MAYBE_HAN =
  /[\u2e80-\u2fdf\u3005-\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ud840-\ud87f]/;

/** Builds a `UnitText` from a unit's texts and its target sentences. */
export function makeUnitText(
  index: number,
  source: string | null,
  target: string | null,
  targetSentences: TextRange[],
): UnitText {
  // Most English units hold no CJK at all; a plain range test spares the Han scan.
  const untranslated =
    target === null || !MAYBE_HAN.test(target) ? [] : findUntranslatedSpans(target);
  return {
    index,
    source,
    target,
    targetSentences,
    untranslated,
    untranslatedUnit: target !== null && coversWholeUnit(target, untranslated),
    derived: {},
  };
}

/**
 * The unit at `index` of `document`. With `targetText`, the target is that
 * text instead (the unit as it is being edited), segmented afresh.
 */
export function unitText(
  document: BilingualDocument,
  index: number,
  targetText?: string,
): UnitText {
  const unit = document.alignment.units[index];
  if (!unit)
    throw new RangeError(`no unit ${index} in a document of ${document.alignment.units.length}`);
  const source =
    document.source && unit.source
      ? document.source.text.slice(unit.source.start, unit.source.end)
      : null;
  if (targetText !== undefined) {
    const sentences = segmentText(targetText, 'en').sentences.map(({ start, end }) => ({
      start,
      end,
    }));
    return makeUnitText(index, source, targetText, sentences);
  }
  const side = unit.target;
  if (!side) return makeUnitText(index, source, null, []);
  const all = document.target.segmentation.sentences;
  const sentences = side.sentences.flatMap((k) => {
    const s = all[k];
    return s ? [{ start: s.start - side.start, end: s.end - side.start }] : [];
  });
  return makeUnitText(index, source, document.target.text.slice(side.start, side.end), sentences);
}

/** Every unit of `document`, in order. */
export function documentUnits(document: BilingualDocument): UnitText[] {
  return document.alignment.units.map((_, index) => unitText(document, index));
}

/** Whether `[start, end)` of the unit's target touches Chinese left untranslated. */
export function inUntranslated(unit: UnitText, start: number, end: number): boolean {
  return unit.untranslated.some((span) => start < span.end && span.start < end);
}

/**
 * The English words of the unit's target (`glossary/words.ts`), the first
 * word of each sentence marked `initial`, computed once per unit and
 * shared by the checks that read words.
 */
export function targetWords(unit: UnitText): Word[] {
  let words = unit.derived.words;
  if (!words) {
    words = unit.target === null ? [] : englishWords(unit.target);
    let k = 0;
    for (const sentence of unit.targetSentences) {
      while (k < words.length && (words[k] as Word).start < sentence.start) k++;
      const first = words[k];
      if (first && first.start < sentence.end) first.initial = true;
    }
    unit.derived.words = words;
  }
  return words;
}
