/**
 * One transcript export as a file: which exporter, which texts (approved
 * revisions only, or the latest text), and the file's name and type. Kept
 * apart from the dialog so the choice of bytes is tested without a DOM.
 */
import type { BilingualDocument } from '../../core/model/document.ts';
import type { ReviewState } from '../../core/model/review-log.ts';
import type { TextMode } from '../../core/revision/index.ts';
import { unitTexts } from '../../core/revision/index.ts';
import {
  toBilingualDocx,
  toBilingualHtml,
  toDocx,
  toHtml,
  toMarkdown,
  toPlainText,
  trackedChanges,
} from '../../core/export/index.ts';
import type { BilingualLabels } from '../../core/export/index.ts';

/** The formats the dialog offers, in its order. */
export const EXPORT_FORMATS = [
  'txt',
  'md',
  'html',
  'docx',
  'bilingual-html',
  'bilingual-docx',
] as const;

/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What the person chose. */
export interface ExportChoice {
  format: ExportFormat;
  mode: TextMode;
  /** DOCX only: show the changes from the MT as Word tracked changes. */
  tracked: boolean;
  /** Bilingual formats only: add a column with the MT. */
  withMt: boolean;
}

/** A file ready to download. */
export interface ExportedFile {
  fileName: string;
  type: string;
  content: string | Uint8Array;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The file `choice` makes of `document` and `review`, named after `stem`
 * (already made safe for a file name). `labels` are the bilingual table's
 * column headings, in the interface language.
 */
export async function exportFile(
  document: BilingualDocument,
  review: ReviewState,
  choice: ExportChoice,
  stem: string,
  labels: BilingualLabels,
): Promise<ExportedFile> {
  const texts = unitTexts(document, review, { mode: choice.mode });
  const title = stem;
  const name = `${stem}.${choice.mode}`;
  switch (choice.format) {
    case 'txt':
      return {
        fileName: `${name}.txt`,
        type: 'text/plain;charset=utf-8',
        content: toPlainText(document, texts),
      };
    case 'md':
      return {
        fileName: `${name}.md`,
        type: 'text/markdown;charset=utf-8',
        content: toMarkdown(document, texts, { title }),
      };
    case 'html':
      return {
        fileName: `${name}.html`,
        type: 'text/html;charset=utf-8',
        content: toHtml(document, texts, { title }),
      };
    case 'docx': {
      const tracked = choice.tracked
        ? trackedChanges(document, review, { mode: choice.mode })
        : undefined;
      const suffix = choice.tracked ? '.tracked' : '';
      return {
        fileName: `${name}${suffix}.docx`,
        type: DOCX_TYPE,
        content: await toDocx(document, texts, { title, tracked }),
      };
    }
    case 'bilingual-html':
      return {
        fileName: `${name}.bilingual.html`,
        type: 'text/html;charset=utf-8',
        content: toBilingualHtml(document, texts, { title, withMt: choice.withMt, labels }),
      };
    case 'bilingual-docx':
      return {
        fileName: `${name}.bilingual.docx`,
        type: DOCX_TYPE,
        content: await toBilingualDocx(document, texts, { title, withMt: choice.withMt, labels }),
      };
  }
}
