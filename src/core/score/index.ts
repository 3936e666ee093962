/**
 * Quality scoring: MQM penalties from a review's flags, normalised per
 * 1,000 English words, per 1,000 Chinese characters or per unit, with a
 * pass/fail verdict and the tables of the scorecard view. Presets are data
 * (`presets/*.json`), validated by `scoringPresetSchema`.
 */
export type { Normalisation, ScoringPreset, CategoryWeight, CategoryOverride } from './preset.ts';
export { NORMALISATIONS, parsePreset, scoringPresetSchema } from './preset.ts';
export { BUILTIN_PRESETS, DEFAULT_PRESET_ID, builtinPreset, defaultPreset } from './presets.ts';
export { categoryMatch, flagPenalty, sameCategory } from './weights.ts';
export { countEnglishWords, countHanCharacters } from './counting.ts';
export { SCORED_STATUSES, isScored } from './status.ts';
export type { Measure } from './measure.ts';
export { measureOf, normalise } from './measure.ts';
export type { ScoredFlag, UnitScore } from './unit-scores.ts';
export type { Breakdown, CategoryTally, Tally } from './breakdown.ts';
export { dimensionOf } from './breakdown.ts';
export type { FlagCounts, ParagraphScore, Scorecard, ScoreOptions } from './scorecard.ts';
export { scoreFlags } from './scorecard.ts';
