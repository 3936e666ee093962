/**
 * Exporting the corrected transcript: one module per format, all pure
 * (strings or bytes out, no DOM or Node APIs), all taking the document and
 * one text per unit (`unitTexts` in "latest" or "approved" mode).
 */
export { bilingualRows, DEFAULT_BILINGUAL_LABELS, toBilingualHtml } from './bilingual-html.ts';
export type { BilingualLabels, BilingualOptions, BilingualRow } from './bilingual-html.ts';
export { toBilingualDocx } from './bilingual-docx.ts';
export { toDocx, type DocxOptions } from './docx.ts';
export { toHtml, type HtmlOptions } from './html.ts';
export {
  layOut,
  type Transcript,
  type TranscriptParagraph,
  type TranscriptPiece,
} from './layout.ts';
export { toMarkdown, type MarkdownOptions } from './markdown.ts';
export { toPlainText } from './plain-text.ts';
export { trackedChanges, type Attribution, type TrackedChanges } from './tracked.ts';
