/**
 * The scorecard's downloads: the HTML report (with the charts as they are
 * drawn on screen, serialised), the flags as CSV and the scores as CSV.
 * Everything is built from the same scorecard the view shows, so the files
 * and the screen cannot disagree.
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { BilingualDocument } from '../../core/model/document.ts';
import type { Flag } from '../../core/model/flag.ts';
import { buildHtmlReport, flagsCsv, scoresCsv, type ReportChart } from '../../core/report/index.ts';
import type { Scorecard, ScoringPreset } from '../../core/score/index.ts';
import { downloadText, safeFileStem } from '../common/download.ts';
import { useNumberFormat } from './number-format.ts';
import { useReportLabels } from './report-labels.ts';
import { serialiseSvg } from './serialise-svg.ts';

/** Props of `ReportActions`. */
export interface ReportActionsProps {
  scorecard: Scorecard;
  preset: ScoringPreset;
  document: BilingualDocument;
  /** Every flag of the review, whatever its status (the CSV says which count). */
  flags: readonly Flag[];
  projectName: string;
  /** Where the rendered charts are. */
  chartsRoot: RefObject<HTMLElement | null>;
}

/** The charts rendered under `root`, each with its caption. */
function renderedCharts(root: HTMLElement | null): ReportChart[] {
  if (!root) return [];
  return [...root.querySelectorAll<HTMLElement>('figure.dz-chart')].flatMap((figure) => {
    const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return [];
    const title = figure.querySelector('figcaption')?.textContent ?? '';
    return [{ title, svg: serialiseSvg(svg) }];
  });
}

/** The download buttons (see the module comment). */
export function ReportActions(props: ReportActionsProps) {
  const { scorecard, preset, document, flags, projectName, chartsRoot } = props;
  const { t, i18n } = useTranslation('scorecard');
  const format = useNumberFormat();
  const labelsOf = useReportLabels(format);
  const stem = safeFileStem(projectName);

  const downloadReport = () => {
    const generatedAt = new Date().toLocaleString(i18n.language);
    const labels = labelsOf(scorecard, { projectName, preset, generatedAt });
    const html = buildHtmlReport({
      lang: i18n.language === 'zh' ? 'zh-Hans' : 'en',
      title: `${labels.heading} — ${projectName}`,
      labels,
      scorecard,
      document,
      charts: renderedCharts(chartsRoot.current),
      formatNumber: format,
    });
    downloadText(`${stem}.report.html`, html, 'text/html');
  };

  return (
    <div className="dz-report-actions" role="group" aria-label={t('report.actions')}>
      <button type="button" data-testid="download-report" onClick={downloadReport}>
        {t('report.downloadHtml')}
      </button>
      <button
        type="button"
        data-testid="download-flags-csv"
        onClick={() => downloadText(`${stem}.flags.csv`, flagsCsv(flags, scorecard), 'text/csv')}
      >
        {t('report.downloadFlags')}
      </button>
      <button
        type="button"
        data-testid="download-scores-csv"
        onClick={() => downloadText(`${stem}.scores.csv`, scoresCsv(scorecard), 'text/csv')}
      >
        {t('report.downloadScores')}
      </button>
    </div>
  );
}
