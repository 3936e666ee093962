/**
 * Scoring presets: how flags turn into penalty points and points into a
 * verdict. A preset is data (the built-in ones are JSON files in
 * `presets/`), so a project can carry an edited copy and the CLI can read one
 * from disk; everything that arrives that way goes through
 * `scoringPresetSchema`.
 *
 * The penalty of one flag follows the MQM scoring model — a severity
 * multiplier times an error-type weight — with one addition the WMT scheme
 * needs: an override that sets the penalty of a category at given severities
 * outright (Minor Fluency/Punctuation is 0.1, not 1 × some type weight).
 */
import { z } from 'zod';
import type { Severity } from '../model/flag.ts';

/**
 * What the raw penalty is divided by:
 * - `per-1000-en-words`: English words of the MT (see `counting.ts`), × 1,000;
 * - `per-1000-zh-chars`: Han characters of the Chinese source, × 1,000
 *   (ISO 5060 allows character counts for languages written without spaces);
 * - `per-unit`: the number of units, i.e. the mean penalty per unit — what
 *   WMT reports as a system's MQM score (segments without errors count as 0).
 */
export type Normalisation = 'per-1000-en-words' | 'per-1000-zh-chars' | 'per-unit';

/** The normalisations, for menus and CLI flags. */
export const NORMALISATIONS: readonly Normalisation[] = [
  'per-1000-en-words',
  'per-1000-zh-chars',
  'per-unit',
];

/**
 * A weight for the categories under `category`: the path itself and every
 * path below it ("Accuracy" covers "Accuracy/Omission"). Matching is by whole
 * path parts and ignores case; when several entries match, the longest
 * `category` wins, so a specific entry refines a general one whatever the
 * order in the file.
 */
export interface CategoryWeight {
  category: string;
  /** Multiplies the severity weight (MQM's "error type weight"); 1 when no entry matches. */
  weight: number;
}

/** A fixed penalty for a category at some severities, replacing multiplier × type weight. */
export interface CategoryOverride {
  category: string;
  severities: Severity[];
  /** Penalty points of one such flag. */
  weight: number;
}

/** A scoring scheme. Penalties only: a lower normalised score is always better. */
export interface ScoringPreset {
  /** Short stable identifier, e.g. `wmt` (what `--preset` takes). */
  id: string;
  name: string;
  /** Where the numbers come from, shown beside the scorecard. */
  description: string;
  /** MQM severity multipliers: penalty points of one flag of that severity. */
  severityWeights: Record<Severity, number>;
  categoryWeights: CategoryWeight[];
  categoryOverrides: CategoryOverride[];
  /**
   * At most this many flags of a unit are scored, the heaviest first (WMT
   * asked raters to mark only the five most severe errors of a segment);
   * `null` for no limit.
   */
  maxErrorsPerUnit: number | null;
  normalisation: Normalisation;
  /**
   * Highest normalised penalty that still passes; `null` when the scheme
   * defines no pass mark (WMT ranks systems, it does not accept or reject).
   */
  passThreshold: number | null;
}

const SEVERITY = z.enum(['critical', 'major', 'minor', 'neutral']);
const WEIGHT = z.number().finite().nonnegative();
const CATEGORY = z.string().trim().min(1).max(200);

/** The schema every preset passes before use: built-in, stored in a project, or read by the CLI. */
export const scoringPresetSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
    .max(64),
  name: z.string().min(1).max(200),
  description: z.string().max(2_000),
  severityWeights: z.object({
    critical: WEIGHT,
    major: WEIGHT,
    minor: WEIGHT,
    neutral: WEIGHT,
  }),
  categoryWeights: z.array(z.object({ category: CATEGORY, weight: WEIGHT })).max(500),
  categoryOverrides: z
    .array(z.object({ category: CATEGORY, severities: z.array(SEVERITY).min(1), weight: WEIGHT }))
    .max(500),
  maxErrorsPerUnit: z.number().int().positive().nullable(),
  normalisation: z.enum(['per-1000-en-words', 'per-1000-zh-chars', 'per-unit']),
  passThreshold: WEIGHT.nullable(),
}) satisfies z.ZodType<ScoringPreset>;

/** Validates `value` as a preset; throws zod's error, whose issues carry paths, when it is not one. */
export function parsePreset(value: unknown): ScoringPreset {
  return scoringPresetSchema.parse(value);
}
