/**
 * The corrected transcript as a self-contained HTML page: no scripts, no
 * external resources, every text escaped, languages marked so screen
 * readers and hyphenation treat the English as English.
 */
import type { BilingualDocument } from '../model/document.ts';
import { escapeHtml } from '../text/escape-html.ts';
import { layOut } from './layout.ts';

/** Options of `toHtml` and `toBilingualHtml`. */
export interface HtmlOptions {
  /** The page title, and a heading above the text. */
  title?: string;
}

const STYLE =
  'body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem}' +
  'table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:.4rem;vertical-align:top;text-align:left}';

/** A complete HTML page around `body`. */
export function htmlPage(title: string, body: string): string {
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n` +
    `<h1>${escapeHtml(title)}</h1>\n${body}</body>\n</html>\n`
  );
}

/** The transcript as an HTML page, one `<p>` per MT paragraph. */
export function toHtml(
  document: BilingualDocument,
  texts: readonly string[],
  options: HtmlOptions = {},
): string {
  const paragraphs = layOut(document, texts)
    .paragraphs.map((paragraph) => paragraph.text.trim())
    .filter((text) => text.length > 0)
    .map((text) => `<p>${escapeHtml(text)}</p>\n`)
    .join('');
  return htmlPage(options.title ?? 'Transcript', `<article lang="en">\n${paragraphs}</article>\n`);
}
