/**
 * The bilingual transcript as an HTML table: Chinese | corrected English,
 * optionally with the MT as a third column, one row per unit.
 */
import type { BilingualDocument } from '../model/document.ts';
import { sourceText, mtText } from '../revision/texts.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { htmlPage, type HtmlOptions } from './html.ts';

/** Column headings; the UI passes translated ones. */
export interface BilingualLabels {
  source: string;
  corrected: string;
  mt: string;
}

/** Options of the bilingual exporters. */
export interface BilingualOptions extends HtmlOptions {
  /** Add the MT as a third column. */
  withMt?: boolean;
  labels?: BilingualLabels;
}

/** English headings. */
export const DEFAULT_BILINGUAL_LABELS: BilingualLabels = {
  source: 'Chinese',
  corrected: 'English (corrected)',
  mt: 'English (MT)',
};

/** One row per unit: its source, its corrected text and its MT. */
export interface BilingualRow {
  source: string;
  corrected: string;
  mt: string;
}

/** The rows of a bilingual export, leaving out units empty on every side. */
export function bilingualRows(
  document: BilingualDocument,
  texts: readonly string[],
): BilingualRow[] {
  return document.alignment.units
    .map((_, index) => ({
      source: sourceText(document, index),
      corrected: texts[index] ?? '',
      mt: mtText(document, index),
    }))
    .filter((row) => row.source || row.corrected || row.mt);
}

/** The bilingual table as a self-contained HTML page. */
export function toBilingualHtml(
  document: BilingualDocument,
  texts: readonly string[],
  options: BilingualOptions = {},
): string {
  const labels = options.labels ?? DEFAULT_BILINGUAL_LABELS;
  const cell = (text: string, lang: string) => `<td lang="${lang}">${escapeHtml(text)}</td>`;
  const head =
    `<tr><th>${escapeHtml(labels.source)}</th><th>${escapeHtml(labels.corrected)}</th>` +
    (options.withMt ? `<th>${escapeHtml(labels.mt)}</th>` : '') +
    '</tr>\n';
  const rows = bilingualRows(document, texts)
    .map(
      (row) =>
        '<tr>' +
        cell(row.source, 'zh-Hans') +
        cell(row.corrected, 'en') +
        (options.withMt ? cell(row.mt, 'en') : '') +
        '</tr>\n',
    )
    .join('');
  return htmlPage(
    options.title ?? 'Bilingual transcript',
    `<table>\n<thead>\n${head}</thead>\n<tbody>\n${rows}</tbody>\n</table>\n`,
  );
}
