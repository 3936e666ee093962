/**
 * The scorecard as one self-contained HTML file: inline CSS, charts as
 * inline SVG, no script and nothing fetched, so it opens years later from a
 * mail attachment and prints to PDF from any browser (print CSS keeps
 * sections and table rows from splitting across pages).
 *
 * The builder is pure and language-neutral: the caller passes every visible
 * word already translated (`ReportLabels`) and a number formatter, so the
 * report reads like the screen it came from. All text is escaped here;
 * only the chart markup is inserted as markup, and only if `isInertSvg`.
 */
import type { BilingualDocument } from '../model/document.ts';
import { SEVERITIES, type Severity } from '../model/flag.ts';
import type { Scorecard } from '../score/scorecard.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { isInertSvg } from './svg-guard.ts';
import { REPORT_CSS } from './report-css.ts';

/** Every visible word of the report, already in the reader's language. */
export interface ReportLabels {
  heading: string;
  /** One line under the heading: project, preset, date. */
  subtitle: string;
  score: string;
  /** What the score counts, spelled out ("penalty points per 1,000 English words"). */
  scoreUnit: string;
  rawPenalty: string;
  /** "Pass", "Fail" or "No pass mark". */
  verdict: string;
  /** "Pass mark: 10" or `null` when the preset has none. */
  threshold: string | null;
  /** e.g. "12 flags counted; 1 left out by the per-unit cap." */
  counts: string;
  charts: string;
  /** Shown in place of a chart whose markup was refused. */
  chartUnavailable: string;
  bySeverity: string;
  byCategory: string;
  severity: string;
  category: string;
  flags: string;
  penalty: string;
  severities: Record<Severity, string>;
  worstUnits: string;
  noFlags: string;
  /** "Unit 12". */
  unit: (number: number) => string;
  source: string;
  target: string;
}

/** A chart of the view, serialised. */
export interface ReportChart {
  title: string;
  /** One `<svg>` element's markup. */
  svg: string;
}

/** What `buildHtmlReport` needs. */
export interface HtmlReportInput {
  /** BCP 47 language of the labels (`en`, `zh-Hans`). */
  lang: string;
  /** The page title. */
  title: string;
  labels: ReportLabels;
  scorecard: Scorecard;
  document: BilingualDocument;
  charts: readonly ReportChart[];
  formatNumber: (value: number) => string;
}

function sideText(doc: BilingualDocument, unit: number, side: 'source' | 'target'): string {
  const range = doc.alignment.units[unit]?.[side];
  const text = side === 'source' ? doc.source?.text : doc.target.text;
  return range && text !== undefined ? text.slice(range.start, range.end) : '';
}

function headline({ labels, scorecard, formatNumber }: HtmlReportInput): string {
  const tone = scorecard.pass === null ? 'none' : scorecard.pass ? 'pass' : 'fail';
  const score = scorecard.normalised === null ? '—' : formatNumber(scorecard.normalised);
  return `<section class="headline">
<p class="score"><span class="label">${escapeHtml(labels.score)}</span> <strong data-score>${escapeHtml(score)}</strong> <span class="unit">${escapeHtml(labels.scoreUnit)}</span></p>
<p><span class="verdict verdict--${tone}">${escapeHtml(labels.verdict)}</span>${
    labels.threshold === null ? '' : ` <span class="muted">${escapeHtml(labels.threshold)}</span>`
  }</p>
<p>${escapeHtml(labels.rawPenalty)}: <strong>${escapeHtml(formatNumber(scorecard.rawPenalty))}</strong></p>
<p class="muted">${escapeHtml(labels.counts)}</p>
</section>`;
}

function charts({ labels, charts }: HtmlReportInput): string {
  if (charts.length === 0) return '';
  const figures = charts.map(
    (chart) =>
      `<figure><figcaption>${escapeHtml(chart.title)}</figcaption>${
        isInertSvg(chart.svg)
          ? chart.svg
          : `<p class="muted">${escapeHtml(labels.chartUnavailable)}</p>`
      }</figure>`,
  );
  return `<section><h2>${escapeHtml(labels.charts)}</h2>${figures.join('\n')}</section>`;
}

function tables({ labels, scorecard, formatNumber }: HtmlReportInput): string {
  const severityRows = SEVERITIES.map((severity) => {
    const tally = scorecard.bySeverity[severity];
    return `<tr><td><span class="swatch swatch--${severity}"></span>${escapeHtml(labels.severities[severity])}</td><td class="num">${tally.count}</td><td class="num">${escapeHtml(formatNumber(tally.penalty))}</td></tr>`;
  });
  const categoryRows = scorecard.byCategory.map(
    (row) =>
      `<tr><td>${escapeHtml(row.category)}</td><td class="num">${row.count}</td><td class="num">${escapeHtml(formatNumber(row.penalty))}</td></tr>`,
  );
  const head = (first: string) =>
    `<thead><tr><th>${escapeHtml(first)}</th><th class="num">${escapeHtml(labels.flags)}</th><th class="num">${escapeHtml(labels.penalty)}</th></tr></thead>`;
  return `<section class="tables">
<div><h2>${escapeHtml(labels.bySeverity)}</h2><table>${head(labels.severity)}<tbody>${severityRows.join('')}</tbody></table></div>
<div><h2>${escapeHtml(labels.byCategory)}</h2>${
    categoryRows.length
      ? `<table>${head(labels.category)}<tbody>${categoryRows.join('')}</tbody></table>`
      : `<p class="muted">${escapeHtml(labels.noFlags)}</p>`
  }</div>
</section>`;
}

function worstUnits(input: HtmlReportInput): string {
  const { labels, scorecard, document, formatNumber } = input;
  const items = scorecard.worstUnits.map((unit) => {
    const flags = unit.flags
      .filter((entry) => entry.counted)
      .map(
        ({ flag, penalty }) =>
          `<li><span class="badge badge--${flag.severity}">${escapeHtml(labels.severities[flag.severity])}</span> ${escapeHtml(flag.category)} · <q>${escapeHtml(flag.anchor.quote.exact)}</q> <span class="muted">(${escapeHtml(formatNumber(penalty))})</span>${
            flag.comment ? `<br><span class="comment">${escapeHtml(flag.comment)}</span>` : ''
          }</li>`,
      );
    return `<article class="unit">
<h3>${escapeHtml(labels.unit(unit.unit + 1))} <span class="muted">${escapeHtml(labels.penalty)} ${escapeHtml(formatNumber(unit.penalty))}</span></h3>
<p lang="zh-Hans"><span class="label">${escapeHtml(labels.source)}</span> ${escapeHtml(sideText(document, unit.unit, 'source'))}</p>
<p lang="en"><span class="label">${escapeHtml(labels.target)}</span> ${escapeHtml(sideText(document, unit.unit, 'target'))}</p>
<ul>${flags.join('')}</ul>
</article>`;
  });
  return `<section><h2>${escapeHtml(labels.worstUnits)}</h2>${
    items.length ? items.join('\n') : `<p class="muted">${escapeHtml(labels.noFlags)}</p>`
  }</section>`;
}

/** The report as a complete HTML document (see the module comment). */
export function buildHtmlReport(input: HtmlReportInput): string {
  const { lang, title, labels } = input;
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header><h1>${escapeHtml(labels.heading)}</h1><p class="muted">${escapeHtml(labels.subtitle)}</p></header>
${headline(input)}
${charts(input)}
${tables(input)}
${worstUnits(input)}
</body>
</html>
`;
}
