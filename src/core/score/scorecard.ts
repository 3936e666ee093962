/**
 * The scorecard: one review's flags on one document, scored under one
 * preset. Everything the scorecard view and `duizhao score --format json`
 * show comes from here, as plain JSON-ready data.
 */
import type { BilingualDocument } from '../model/document.ts';
import type { Flag } from '../model/flag.ts';
import { breakdown, type Breakdown } from './breakdown.ts';
import { measureOf, normalise, unitSizes, type Measure } from './measure.ts';
import { unitParagraphs } from './paragraphs.ts';
import type { Normalisation, ScoringPreset } from './preset.ts';
import { isScored } from './status.ts';
import { scoreUnits, type UnitScore } from './unit-scores.ts';

/** The score of one target paragraph. */
export interface ParagraphScore {
  /** 0-based index of the paragraph in the MT. */
  paragraph: number;
  /** Indices of its units, ascending. */
  units: number[];
  penalty: number;
  /** Its size in the scorecard's measure. */
  size: number;
  /** `penalty` normalised like the whole document; `null` when `size` is 0. */
  normalised: number | null;
}

/** How many flags went where. */
export interface FlagCounts {
  /** Flags in the totals. */
  counted: number;
  /** Open or resolved flags left out by the per-unit cap. */
  capped: number;
  /** Rejected or deleted flags, which never count. */
  excluded: number;
  /** Ids of flags that point at no unit of the document. */
  unplaced: string[];
}

/** A review's score. Penalties: lower is better. */
export interface Scorecard extends Breakdown {
  presetId: string;
  normalisation: Normalisation;
  measure: Measure;
  /** The document's size in `measure`: English words, Han characters or units. */
  size: number;
  /** Sum of the counted flags' penalty points, before normalisation. */
  rawPenalty: number;
  /** `rawPenalty` per 1,000 words or characters, or per unit; `null` when `size` is 0. */
  normalised: number | null;
  passThreshold: number | null;
  /** `normalised ≤ passThreshold`; `null` when there is no threshold or no score. */
  pass: boolean | null;
  flags: FlagCounts;
  /** Every unit of the document, in order. */
  units: UnitScore[];
  /** Every paragraph of the MT, in order. */
  paragraphs: ParagraphScore[];
  /** The units with the highest penalty, worst first (ties in document order); clean units never. */
  worstUnits: UnitScore[];
}

/**
 * Slack on the pass test: penalties such as 0.1 are not exact in binary, so a
 * sum that is 10 on paper can come out a hair above a threshold of 10.
 */
const PASS_TOLERANCE = 1e-9;

/** Options of `scoreFlags`. */
export interface ScoreOptions {
  /** How many units `worstUnits` lists at most (default 10). */
  worstUnits?: number;
}

function paragraphScores(
  doc: BilingualDocument,
  units: readonly UnitScore[],
  sizes: readonly number[],
  normalisation: Normalisation,
): ParagraphScore[] {
  const paragraphs: ParagraphScore[] = doc.target.segmentation.paragraphs.map((_, paragraph) => ({
    paragraph,
    units: [],
    penalty: 0,
    size: 0,
    normalised: null,
  }));
  unitParagraphs(doc).forEach((paragraph, unit) => {
    const entry = paragraphs[paragraph];
    if (!entry) return;
    entry.units.push(unit);
    entry.penalty += (units[unit] as UnitScore).penalty;
    entry.size += sizes[unit] as number;
  });
  for (const entry of paragraphs) {
    entry.normalised = normalise(entry.penalty, entry.size, normalisation);
  }
  return paragraphs;
}

/**
 * Scores `flags` on `doc` under `preset`. Only open and resolved flags count
 * (see `status.ts`); the per-unit cap keeps each unit's heaviest flags.
 */
export function scoreFlags(
  flags: readonly Flag[],
  doc: BilingualDocument,
  preset: ScoringPreset,
  options: ScoreOptions = {},
): Scorecard {
  const scored = flags.filter(isScored);
  const { units, unplaced } = scoreUnits(scored, doc.alignment.units.length, preset);
  const measure = measureOf(preset.normalisation);
  const sizes = unitSizes(doc, measure);
  const size = sizes.reduce((sum, s) => sum + s, 0);
  const rawPenalty = units.reduce((sum, unit) => sum + unit.penalty, 0);
  const normalised = normalise(rawPenalty, size, preset.normalisation);
  const counted = units.reduce((n, unit) => n + unit.flags.filter((f) => f.counted).length, 0);
  const worstUnits = units
    .filter((unit) => unit.penalty > 0)
    .sort((x, y) => y.penalty - x.penalty || x.unit - y.unit)
    .slice(0, options.worstUnits ?? 10);
  return {
    presetId: preset.id,
    normalisation: preset.normalisation,
    measure,
    size,
    rawPenalty,
    normalised,
    passThreshold: preset.passThreshold,
    pass:
      preset.passThreshold === null || normalised === null
        ? null
        : normalised <= preset.passThreshold + PASS_TOLERANCE,
    flags: {
      counted,
      capped: scored.length - unplaced.length - counted,
      excluded: flags.length - scored.length,
      unplaced,
    },
    ...breakdown(units),
    units,
    paragraphs: paragraphScores(doc, units, sizes, preset.normalisation),
    worstUnits,
  };
}
