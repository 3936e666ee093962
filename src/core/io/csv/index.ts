/**
 * Bilingual CSV/TSV: read a table into segment pairs, write pairs back out.
 * The CLI's `import x.csv` and `export --to csv` go through here.
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
