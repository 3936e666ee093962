/**
 * The words of the HTML report, taken from the `scorecard` namespace in the
 * current language, so the report reads like the screen it was made from.
 */
import { useTranslation } from 'react-i18next';
import type { ReportLabels } from '../../core/report/index.ts';
import type { Scorecard, ScoringPreset } from '../../core/score/index.ts';
import { verdictOf } from './ScoreHeadline.tsx';

/** What the subtitle names. */
export interface ReportContext {
  projectName: string;
  preset: ScoringPreset;
  /** The date and time, already formatted. */
  generatedAt: string;
}

/** Builds the labels of a report on a scorecard, in the current language. */
export type ReportLabelsOf = (scorecard: Scorecard, context: ReportContext) => ReportLabels;

/** `ReportLabelsOf` for the current language, numbers formatted with `format`. */
export function useReportLabels(format: (value: number) => string): ReportLabelsOf {
  const { t } = useTranslation('scorecard');
  return (scorecard, context) => ({
    heading: t('report.heading'),
    subtitle: t('report.subtitle', {
      project: context.projectName,
      preset: context.preset.name,
      date: context.generatedAt,
    }),
    score: t('report.score'),
    scoreUnit: t(`measure.${scorecard.measure}`, { size: format(scorecard.size) }),
    rawPenalty: t('headline.raw'),
    verdict: t(`verdict.${verdictOf(scorecard)}`),
    threshold:
      scorecard.passThreshold === null
        ? null
        : t('headline.threshold', { threshold: format(scorecard.passThreshold) }),
    counts: t('headline.counts', {
      count: scorecard.flags.counted,
      capped: scorecard.flags.capped,
      excluded: scorecard.flags.excluded,
    }),
    charts: t('report.charts'),
    chartUnavailable: t('report.chartUnavailable'),
    bySeverity: t('report.bySeverity'),
    byCategory: t('report.byCategory'),
    severity: t('report.severity'),
    category: t('report.category'),
    flags: t('report.flags'),
    penalty: t('report.penalty'),
    severities: {
      critical: t('flags:severity.critical'),
      major: t('flags:severity.major'),
      minor: t('flags:severity.minor'),
      neutral: t('flags:severity.neutral'),
    },
    worstUnits: t('worst.heading'),
    noFlags: t('worst.none'),
    unit: (number) => t('worst.unit', { number }),
    source: t('report.source'),
    target: t('report.target'),
  });
}
