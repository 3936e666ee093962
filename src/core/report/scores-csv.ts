/**
 * A scorecard as CSV: one long table whose first column says what a row
 * scores — the document, a severity, a category, a dimension, a paragraph
 * or a unit — so one file carries every figure of the view and a
 * spreadsheet filter on `scope` recovers each table.
 */
import { SEVERITIES } from '../model/flag.ts';
import type { Scorecard } from '../score/scorecard.ts';
import { toCsv, type CsvValue } from './csv.ts';

/** The columns of the scores CSV, in order. */
export const SCORE_COLUMNS = [
  'scope',
  'key',
  'flags',
  'penalty',
  'size',
  'normalised',
  'pass',
] as const;

/**
 * The figures of `scorecard`. `size` is in the scorecard's measure (English
 * words, Han characters or units, named in the document row's `key`), so a
 * reader can redo every division; `normalised` is empty where the size is 0.
 * Paragraphs and units are numbered from 1.
 */
export function scoresCsv(scorecard: Scorecard): string {
  const rows: CsvValue[][] = [
    [
      'document',
      `${scorecard.presetId}:${scorecard.normalisation}`,
      scorecard.flags.counted,
      scorecard.rawPenalty,
      scorecard.size,
      scorecard.normalised,
      scorecard.pass,
    ],
  ];
  for (const severity of SEVERITIES) {
    const tally = scorecard.bySeverity[severity];
    rows.push(['severity', severity, tally.count, tally.penalty, null, null, null]);
  }
  for (const row of scorecard.byDimension) {
    rows.push(['dimension', row.category, row.count, row.penalty, null, null, null]);
  }
  for (const row of scorecard.byCategory) {
    rows.push(['category', row.category, row.count, row.penalty, null, null, null]);
  }
  for (const p of scorecard.paragraphs) {
    const flags = p.units.reduce(
      (n, unit) => n + (scorecard.units[unit]?.flags.filter((f) => f.counted).length ?? 0),
      0,
    );
    rows.push(['paragraph', p.paragraph + 1, flags, p.penalty, p.size, p.normalised, null]);
  }
  for (const unit of scorecard.units) {
    const flags = unit.flags.filter((f) => f.counted).length;
    rows.push(['unit', unit.unit + 1, flags, unit.penalty, null, null, null]);
  }
  return toCsv(SCORE_COLUMNS, rows);
}
