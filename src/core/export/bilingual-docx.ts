/**
 * The bilingual transcript as a Word table: Chinese | corrected English,
 * optionally with the MT as a third column.
 */
import { Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { BilingualDocument } from '../model/document.ts';
import {
  bilingualRows,
  DEFAULT_BILINGUAL_LABELS,
  type BilingualOptions,
} from './bilingual-html.ts';
import { packDocx } from './docx.ts';

/** The bilingual table as a .docx file, one row per unit. */
export function toBilingualDocx(
  document: BilingualDocument,
  texts: readonly string[],
  options: BilingualOptions = {},
): Promise<Uint8Array> {
  const labels = options.labels ?? DEFAULT_BILINGUAL_LABELS;
  const columns = options.withMt ? 3 : 2;
  const cell = (text: string, chinese = false, bold = false) =>
    new TableCell({
      width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
      children: [
        new Paragraph({
          children: [
            new TextRun({
              text,
              bold,
              // Word picks fonts and line breaking by the run's language.
              ...(chinese ? { language: { eastAsia: 'zh-CN' } } : {}),
            }),
          ],
        }),
      ],
    });
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(labels.source, false, true),
      cell(labels.corrected, false, true),
      ...(options.withMt ? [cell(labels.mt, false, true)] : []),
    ],
  });
  const rows = bilingualRows(document, texts).map(
    (row) =>
      new TableRow({
        children: [
          cell(row.source, true),
          cell(row.corrected),
          ...(options.withMt ? [cell(row.mt)] : []),
        ],
      }),
  );
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...rows],
  });
  return packDocx([table], options.title ?? 'Bilingual transcript');
}
