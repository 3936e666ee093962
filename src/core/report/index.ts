/**
 * Report export, pure: the scorecard as a self-contained HTML page and as
 * CSV (flags, scores). The browser adds the charts' SVG and the translated
 * labels; the CLI can use the CSV builders as they are.
 */
export type { CsvValue } from './csv.ts';
export { csvField, toCsv } from './csv.ts';
export { FLAG_COLUMNS, flagsCsv } from './flags-csv.ts';
export { SCORE_COLUMNS, scoresCsv } from './scores-csv.ts';
export { isInertSvg } from './svg-guard.ts';
export type { HtmlReportInput, ReportChart, ReportLabels } from './html-report.ts';
export { buildHtmlReport } from './html-report.ts';
