/**
 * Bilingual CSV/TSV: read a table into segment pairs, write pairs back out.
 * The app and the CLI go through `csvFormat` (`format.ts`), which also maps
 * the status and comment columns onto the project.
 */
export {
  csvToSegments,
  segmentsToCsv,
  MAX_CSV_CHARS,
  type CsvExportRow,
  type CsvImport,
  type CsvReadOptions,
  type CsvSegment,
  type CsvWriteOptions,
} from './bilingual.ts';
export { roleOfHeader, type ColumnMap, type ColumnRole } from './columns.ts';
export {
  detectDelimiter,
  readDelimited,
  writeDelimited,
  type Delimiter,
  type DelimitedRecord,
} from './delimited.ts';
export { csvFormat } from './format.ts';
export { readUnitStatus } from './status.ts';
