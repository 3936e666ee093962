/**
 * The presets Duizhao ships. They live as JSON beside this file — the same
 * shape a project stores and the CLI reads — and pass the schema at load, so
 * a bad edit to a shipped file fails every test rather than one scorecard.
 */
import matecat from './presets/matecat.json';
import mqm from './presets/mqm.json';
import wmt from './presets/wmt.json';
import { parsePreset, type ScoringPreset } from './preset.ts';

/** The shipped presets, in the order a menu lists them. */
export const BUILTIN_PRESETS: readonly Readonly<ScoringPreset>[] = [mqm, wmt, matecat].map((data) =>
  parsePreset(data),
);

/**
 * The preset a new project scores with: per-word normalisation and a pass
 * mark suit a reviewed document; `wmt` has no pass mark and averages per
 * segment, which suits comparing systems.
 */
export const DEFAULT_PRESET_ID = 'mqm';

/**
 * A copy of the shipped preset with this id, or `undefined`. A copy, because
 * presets are edited per project and the shipped ones must stay as shipped.
 */
export function builtinPreset(id: string): ScoringPreset | undefined {
  const preset = BUILTIN_PRESETS.find((candidate) => candidate.id === id);
  return preset && structuredClone(preset);
}

/** The default preset. */
export function defaultPreset(): ScoringPreset {
  return builtinPreset(DEFAULT_PRESET_ID) as ScoringPreset;
}
