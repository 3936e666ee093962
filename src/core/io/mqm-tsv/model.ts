/**
 * MQM TSV files as Google's tools and the WMT MQM releases write them: one
 * row per error a rater marked (a segment a rater found no error in has one
 * `No-error` row), the error span wrapped in `<v>…</v>` in the target, or
 * in the source for omissions and source errors.
 *
 * Three layouts are read, told apart by their header:
 * - `wmt`: `system doc doc_id seg_id rater source target category severity`
 *   (WMT 2020–2022 releases; `doc_id` is the segment's index in its
 *   document, `seg_id` its index in the test set);
 * - `anthea`: `system doc docSegId globalSegId rater source target category
 *   severity metadata` (Anthea / MQM Viewer exports; `metadata` is JSON);
 * - `qe-spans`: the WMT 2022 QE task's `mt_system doc_id seg_id
 *   annotator_id source target start_ids end_ids errors`, spans as
 *   character offsets and severities without categories; its rows are
 *   turned into the common shape on reading.
 */
import type { ImportWarning } from '../import-error.ts';

/** Which layout a file has. */
export type MqmDialect = 'wmt' | 'anthea' | 'qe-spans';

/** One row, as written, in the common shape of the three layouts. */
export interface MqmRow {
  /** 1-based line in the file. */
  line: number;
  system: string;
  doc: string;
  /** The segment's index in its document (`doc_id`, `docSegId`); may be empty. */
  docSegId: string;
  /** The segment's index in the test set (`seg_id`, `globalSegId`); may be empty. */
  globalSegId: string;
  rater: string;
  /** Source and target as written, the span marked with `<v>…</v>`. */
  source: string;
  target: string;
  category: string;
  severity: string;
  /** The Anthea `metadata` JSON, as written; absent in the other layouts. */
  metadata?: string;
}

/** A read file. */
export interface MqmFile {
  /** What the reader had to work around (a header that disagrees with its rows…). */
  warnings: ImportWarning[];
  dialect: MqmDialect;
  rows: MqmRow[];
  /** System names in order of first appearance. */
  systems: string[];
  /** Document names in order of first appearance. */
  docs: string[];
}
