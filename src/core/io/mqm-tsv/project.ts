/**
 * What importing an MQM file gives, per system: a document, the raters'
 * errors as flags, and what the project model has no place for but an
 * export needs to write the file back (segment ids, raters who found no
 * error, category names as written, Anthea's metadata).
 */
import type { BilingualDocument } from '../../model/document.ts';
import type { Flag, Severity } from '../../model/flag.ts';
import type { ImportWarning } from '../import-error.ts';
import type { MqmRow } from './model.ts';

/** A rater's verdict that a segment has no error: the `No-error` row. */
export interface MqmCleanMark {
  rater: string;
  /** The row's Anthea metadata, as written. */
  metadata?: string;
}

/** An attention check (`HOTW-test` row): not a judgement, kept to be written back. */
export interface MqmAttentionCheck {
  rater: string;
  /** What the row says of the check, e.g. `Found`. */
  category: string;
  metadata?: string;
}

/** Where a unit came from in the file. */
export interface MqmSegmentRef {
  doc: string;
  docSegId: string;
  globalSegId: string;
  /** Raters who rated the segment and found nothing, in file order. */
  noError: MqmCleanMark[];
  /** The segment's attention checks, in file order. */
  attentionChecks: MqmAttentionCheck[];
  /**
   * Rows that gave no flag and are neither of the above (an unknown
   * severity, an error on a side without text), in file order, as written,
   * so that an export keeps them. Absent when there are none.
   */
  keptRows?: MqmKeptRow[];
}

/** A row the import could not use, kept as written (the cells that are not the segment's place). */
export type MqmKeptRow = Pick<
  MqmRow,
  'rater' | 'source' | 'target' | 'category' | 'severity' | 'metadata'
>;

/**
 * A flag's row as written. An export writes these names back as long as the
 * flag still has the category and severity they were mapped to, so that
 * `Non_translation` stays `Non_translation` rather than becoming the
 * typology's spelling.
 */
export interface MqmFlagOrigin {
  category: string;
  severity: string;
  /** The row's Anthea metadata, as written (its `note` is the flag's comment). */
  metadata?: string;
  importedAs: { category: string; severity: Severity };
}

/** One system's annotations as a project. */
export interface MqmProject {
  system: string;
  document: BilingualDocument;
  /** In unit order, and in file order within a unit. */
  flags: Flag[];
  /** Per unit (index = unit index), its segment in the file. */
  segments: MqmSegmentRef[];
  /**
   * The side map for export, by flag id. Kept out of `Flag`, which has no
   * field for tool-specific data; the project file does not carry it yet.
   */
  flagOrigins: Record<string, MqmFlagOrigin>;
  /** `HOTW-test` rows (attention checks): no flags, kept in `segments`. */
  attentionChecks: number;
  warnings: ImportWarning[];
}

/** Anthea metadata fields the importer uses. */
export interface AntheaMetadata {
  note?: string;
  timestamp?: number;
}

/** The fields of Anthea metadata we use; `{}` for anything that is not such JSON. */
export function readMetadata(json: string | undefined): AntheaMetadata {
  if (!json) return {};
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return {};
  }
  if (typeof value !== 'object' || value === null) return {};
  const { note, timestamp } = value as Record<string, unknown>;
  return {
    ...(typeof note === 'string' ? { note } : {}),
    ...(typeof timestamp === 'number' && Number.isFinite(timestamp) ? { timestamp } : {}),
  };
}

/**
 * Metadata to write for a flag: the original with its `note` set to the
 * flag's comment when they differ, or a new object holding only the note.
 */
export function writeMetadata(original: string | undefined, comment: string): string {
  if (original !== undefined && (readMetadata(original).note ?? '') === comment) return original;
  let value: Record<string, unknown> = {};
  if (original !== undefined) {
    try {
      const parsed: unknown = JSON.parse(original);
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)) {
        value = parsed as Record<string, unknown>;
      }
    } catch {
      // Not JSON: nothing of it can be kept.
    }
  }
  if (comment) value.note = comment;
  else delete value.note;
  return JSON.stringify(value);
}
