/**
 * The severity and category names of MQM files, mapped onto the project's.
 *
 * Category names drift between releases (`Non-translation!`,
 * `Non_translation`, `Terminology/Inappropriate`, Anthea's
 * `Style/Unnatural or awkward`); the typology module knows the aliases
 * (`normalizeCategory`). The WMT 2021 release also shortens the locale
 * convention categories (`Locale_convention/Name` for `Locale
 * convention/Name format`), which is tried here as a second reading.
 * A name that still maps to nothing becomes `Other` and is reported, and
 * the name as written is kept by the importer so an export writes it back.
 */
import type { Severity } from '../../model/flag.ts';
import { normalizeCategory, type Typology } from '../../typology/index.ts';

/** What a severity cell means. */
export type SeverityReading =
  | { kind: 'error'; severity: Severity }
  /** `No-error`: the rater found nothing in the segment. */
  | { kind: 'no-error' }
  /** `HOTW-test`: an injected attention check, not a judgement of the translation. */
  | { kind: 'attention-check' }
  | { kind: 'unknown' };

const SEVERITIES: Readonly<Record<string, SeverityReading>> = {
  critical: { kind: 'error', severity: 'critical' },
  major: { kind: 'error', severity: 'major' },
  minor: { kind: 'error', severity: 'minor' },
  neutral: { kind: 'error', severity: 'neutral' },
  'no error': { kind: 'no-error' },
  'hotw test': { kind: 'attention-check' },
};

/** Reads a severity cell, without regard to case, `-`, `_` or spaces. */
export function readSeverity(cell: string): SeverityReading {
  const key = cell
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
  return Object.hasOwn(SEVERITIES, key)
    ? (SEVERITIES[key] as SeverityReading)
    : { kind: 'unknown' };
}

/** Whether `cell` is a severity name, for finding the severity column of a broken row. */
export function isSeverityName(cell: string): boolean {
  return readSeverity(cell).kind !== 'unknown';
}

/** How a severity is written in an MQM file: `Major`, `Minor`… */
export function writeSeverity(severity: Severity): string {
  return severity.charAt(0).toUpperCase() + severity.slice(1);
}

/** The category path in `typology` for a name as written, or `null`. */
export function mapCategory(name: string, typology: Typology): string | null {
  return normalizeCategory(name, typology) ?? normalizeCategory(`${name} format`, typology);
}

/** The category for names that map to nothing, when the typology has it. */
export const FALLBACK_CATEGORY = 'Other';
