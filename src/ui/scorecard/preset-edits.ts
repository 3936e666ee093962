/**
 * Edits of a scoring preset, as pure functions the editor calls: each
 * returns a new preset, or `null` when the result would not pass the schema
 * (then the editor keeps the old one). Validating every edit, not just the
 * saved result, means the scorecard never scores with a half-edited preset.
 */
import type { Severity } from '../../core/model/flag.ts';
import {
  builtinPreset,
  scoringPresetSchema,
  type Normalisation,
  type ScoringPreset,
} from '../../core/score/index.ts';

function valid(preset: ScoringPreset): ScoringPreset | null {
  return scoringPresetSchema.safeParse(preset).success ? preset : null;
}

/** `preset` with severity `severity` weighing `weight`. */
export function withSeverityWeight(
  preset: ScoringPreset,
  severity: Severity,
  weight: number,
): ScoringPreset | null {
  return valid({ ...preset, severityWeights: { ...preset.severityWeights, [severity]: weight } });
}

/** `preset` with the category weight at `index` replaced, or removed when `entry` is `null`. */
export function withCategoryWeight(
  preset: ScoringPreset,
  index: number,
  entry: { category: string; weight: number } | null,
): ScoringPreset | null {
  const categoryWeights = preset.categoryWeights.flatMap((old, i) =>
    i !== index ? [old] : entry ? [entry] : [],
  );
  return valid({ ...preset, categoryWeights });
}

/** `preset` with one more category weight; `null` if the category is blank or already weighted. */
export function withAddedCategoryWeight(
  preset: ScoringPreset,
  category: string,
  weight: number,
): ScoringPreset | null {
  const name = category.trim();
  const taken = preset.categoryWeights.some(
    (entry) => entry.category.toLowerCase() === name.toLowerCase(),
  );
  if (!name || taken) return null;
  return valid({
    ...preset,
    categoryWeights: [...preset.categoryWeights, { category: name, weight }],
  });
}

/** `preset` with the override at `index` weighing `weight`, or removed when `weight` is `null`. */
export function withOverrideWeight(
  preset: ScoringPreset,
  index: number,
  weight: number | null,
): ScoringPreset | null {
  const categoryOverrides = preset.categoryOverrides.flatMap((old, i) =>
    i !== index ? [old] : weight === null ? [] : [{ ...old, weight }],
  );
  return valid({ ...preset, categoryOverrides });
}

/** `preset` with a pass mark (`null`: none), a normalisation or a per-unit cap. */
export function withSettings(
  preset: ScoringPreset,
  settings: Partial<Pick<ScoringPreset, 'passThreshold' | 'maxErrorsPerUnit'>> & {
    normalisation?: Normalisation;
  },
): ScoringPreset | null {
  return valid({ ...preset, ...settings });
}

/** Whether `preset` differs from the shipped preset of the same id (or has none). */
export function isEdited(preset: ScoringPreset): boolean {
  const shipped = builtinPreset(preset.id);
  return !shipped || JSON.stringify(shipped) !== JSON.stringify(preset);
}
