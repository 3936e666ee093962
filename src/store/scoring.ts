/**
 * The scoring preset of each project, kept in the settings table under
 * `scoring:<projectId>` as preset JSON. A setting rather than a field of the
 * project: the preset is how this browser scores the project, not part of
 * the reviewed document, so it does not travel in project files and editing
 * it never marks the project modified.
 *
 * Reading goes through `parsePreset`: a value written by another build, or
 * edited by hand, that no longer fits the schema reads as "no preset" and
 * the project scores with the default, rather than failing the scorecard.
 */
import { parsePreset, type ScoringPreset } from '../core/score/index.ts';
import type { DuizhaoDatabase } from './db.ts';

/** The settings key of a project's preset. */
export function scoringKey(projectId: string): string {
  return `scoring:${projectId}`;
}

/** Reading and writing per-project presets. */
export interface ScoringStorage {
  /** The project's preset, or `null` when none is stored or the stored one is invalid. */
  load(projectId: string): Promise<ScoringPreset | null>;
  /** Store `preset` (validated first: an invalid preset is never written) for the project. */
  save(projectId: string, preset: ScoringPreset): Promise<void>;
}

/** `serialized` as a preset, or `null`. */
export function readStoredPreset(serialized: string | null | undefined): ScoringPreset | null {
  if (!serialized) return null;
  try {
    return parsePreset(JSON.parse(serialized));
  } catch {
    return null;
  }
}

/** Presets in `db`'s settings table. */
export function createScoringStorage(db: DuizhaoDatabase): ScoringStorage {
  return {
    async load(projectId) {
      const record = await db.settings.get(scoringKey(projectId));
      return readStoredPreset(record?.value);
    },
    async save(projectId, preset) {
      const value = JSON.stringify(parsePreset(preset));
      await db.settings.put({ key: scoringKey(projectId), value });
    },
  };
}
