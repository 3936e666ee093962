/**
 * Bilingual CSV/TSV tables as an interchange format (`format.ts`).
 *
 * Recognition: a first row that names a target column (`columns.ts`) says
 * so from the content; a `.csv`, `.tsv` or `.tab` name alone is weaker. A
 * table without a header is taken only under such a name: without one, any
 * text file would pass as a one-column table. XML, JSON and MQM TSV heads
 * are other formats' (an MQM header also names source and target).
 */
import type { InterchangeFormat } from '../format.ts';
import { ImportError } from '../import-error.ts';
import { isMqmTsv } from '../mqm-tsv/read.ts';
import { columnsFromHeader } from './columns.ts';
import { detectDelimiter, readDelimited } from './delimited.ts';
import { readCsvDraft, writeProjectCsv } from './project.ts';

/** Whether the first line of `head` is a bilingual table's header row. */
function startsWithHeader(head: string): boolean {
  const firstLine = /^[^\r\n]*/.exec(head)?.[0] ?? '';
  try {
    const [record] = readDelimited(firstLine, { delimiter: detectDelimiter(firstLine) });
    return columnsFromHeader(record?.fields ?? [])?.target !== undefined;
  } catch (error) {
    if (error instanceof ImportError) return false;
    throw error;
  }
}

function detect(head: string, fileName: string): 0 | 1 | 2 {
  const text = head.replace(/^\ufeff/, '');
  const start = text.trimStart().charAt(0);
  if (start === '<' || start === '{' || isMqmTsv(text)) return 0;
  if (startsWithHeader(text)) return 2;
  return /\.(csv|tsv|tab)$/i.test(fileName) ? 1 : 0;
}

/** Bilingual CSV and TSV tables with optional status and comment columns. */
export const csvFormat: InterchangeFormat = {
  id: 'csv',
  extensions: ['csv', 'tsv', 'tab'],
  mimeType: 'text/csv',
  detect,
  read: readCsvDraft,
  write: writeProjectCsv,
};
