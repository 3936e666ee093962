/**
 * The formats `duizhao export --to` names, apart from the exporters
 * (`export-formats.ts`) so that parsing the arguments loads none of them.
 */

/** Every format `--to` names. */
export const EXPORT_FORMATS = [
  'txt',
  'md',
  'html',
  'docx',
  'xliff12',
  'xliff2',
  'tmx',
  'mqm-tsv',
  'csv',
  'review-json',
  'web-annotation',
] as const;

/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Formats whose content is bytes, not text: never written to a terminal. */
export const BINARY_FORMATS: ReadonlySet<ExportFormat> = new Set(['docx']);
