/**
 * Length: a unit whose translation is far shorter or longer than this
 * document's translations usually are, for the length of its source, is a
 * likely omission or addition. "Usually" is learnt from the document:
 * the median of log(target length / source length) over its units, and
 * their median absolute deviation as the yardstick, both robust to the
 * outliers being looked for. A unit is reported when it lies beyond
 * `OUTLIER_Z` deviations *and* at least a factor of `MIN_FACTOR` from the
 * median, so that a document of very even units does not turn small
 * differences into findings.
 *
 * Units the aligner left with one side empty are reported as such: source
 * without translation (an omission) or translation without source (an
 * addition).
 */
import type { Check, DocumentView, Issue, UnitText } from './types.ts';

/** Sources shorter than this (non-space characters) vary too much in length to judge. */
const MIN_SOURCE = 12;
const OUTLIER_Z = 3.5;
/**
 * Chinese transliterates names in more characters than English spells
 * them (巴巴·坎贾尔, "Baba Kanjar") and English spells out what Chinese
 * abbreviates, so good translations run up to two and a half times shorter
 * or longer than usual (FLORES); the factor sits above that.
 */
const MIN_FACTOR = 3;
/** Below this many measurable units the document's own spread is not trusted. */
const MIN_UNITS = 8;
/** Spread assumed when the document is too small or too even to measure its own (in log units). */
const PRIOR_SPREAD = 0.25;

function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x20) n++;
  return n;
}

/** log(target / source), or `null` when the unit cannot be measured. */
function logRatio(unit: UnitText): number | null {
  if (unit.source === null || unit.target === null || unit.untranslatedUnit) return null;
  const source = visibleLength(unit.source);
  const target = visibleLength(unit.target);
  return source < MIN_SOURCE || target === 0 ? null : Math.log(target / source);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** The document's usual log ratio and spread. */
function study(view: DocumentView): { center: number; spread: number } {
  const ratios = view.units.map(logRatio).filter((r): r is number => r !== null);
  if (ratios.length < MIN_UNITS) return { center: Math.log(view.charRatio), spread: PRIOR_SPREAD };
  const center = median(ratios);
  // 1.4826 × MAD estimates a standard deviation; the floor keeps an even document from being twitchy.
  const spread = Math.max(
    1.4826 * median(ratios.map((r) => Math.abs(r - center))),
    PRIOR_SPREAD / 2,
  );
  return { center, spread };
}

function emptySide(view: DocumentView, unit: UnitText): Issue[] {
  if (!view.hasSource) return [];
  if (unit.target === null && unit.source !== null) {
    return [
      {
        target: null,
        source: { start: 0, end: unit.source.length },
        messageKey: 'length.noTranslation',
        params: {},
        category: 'Accuracy/Omission',
      },
    ];
  }
  if (unit.source === null && unit.target !== null && unit.target.trim() !== '') {
    return [
      {
        target: { start: 0, end: unit.target.length },
        source: null,
        messageKey: 'length.noSource',
        params: {},
        category: 'Accuracy/Addition',
      },
    ];
  }
  return [];
}

/** The length check. */
export const lengthCheck: Check = {
  id: 'length',
  category: 'Accuracy/Omission',
  severity: 'major',
  subsumes: [],
  prepare: (view) => {
    const { center, spread } = study(view);
    return (unit) => {
      const ratio = logRatio(unit);
      if (ratio === null) return emptySide(view, unit);
      const deviation = ratio - center;
      if (Math.abs(deviation) < OUTLIER_Z * spread || Math.abs(deviation) < Math.log(MIN_FACTOR))
        return [];
      const short = deviation < 0;
      return [
        {
          target: { start: 0, end: (unit.target as string).length },
          source: { start: 0, end: (unit.source as string).length },
          messageKey: short ? 'length.short' : 'length.long',
          params: { factor: Math.round(Math.exp(Math.abs(deviation)) * 10) / 10 },
          category: short ? 'Accuracy/Omission' : 'Accuracy/Addition',
          severity: 'minor',
        },
      ];
    };
  },
};
