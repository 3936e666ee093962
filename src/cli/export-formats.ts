/**
 * The files `duizhao export` writes, each made by the core exporter the app
 * uses for the same format, so that a file exported here is byte for byte
 * what the app would give for the same project and choices (dates aside).
 * The interchange formats (XLIFF, TMX, MQM TSV, CSV) are written by the
 * registry's writers (`core/io/formats.ts`), which regenerate a file the
 * project was imported from and write a fresh one otherwise.
 */
import { readFileSync } from 'node:fs';
import { interchangeFormat, INTERCHANGE_FORMAT_IDS } from '../core/io/formats.ts';
import type { InterchangeFormatId } from '../core/io/format.ts';
import { writeReviewFile } from '../core/io/review-file.ts';
import { toWebAnnotations } from '../core/io/web-annotation.ts';
import { toDocx, toHtml, toMarkdown, toPlainText, trackedChanges } from '../core/export/index.ts';
import { unitTexts } from '../core/revision/index.ts';
import { CliError } from './errors.ts';
import type { ExportFormat } from './export-format-names.ts';
import { requireDocument, type ReviewedInput } from './reviewed-input.ts';

/** What the user chose besides the format. */
export interface ExportChoice {
  format: ExportFormat;
  /** Only approved revisions, rather than the latest text of each unit. */
  approvedOnly: boolean;
  /** DOCX: the changes from the MT as Word tracked changes. */
  tracked: boolean;
}

/** What each format is made of, for the error that refuses a review file alone. */
const NEEDS: Record<Exclude<ExportFormat, 'review-json'>, string> = {
  txt: 'a txt export',
  md: 'a md export',
  html: 'an html export',
  docx: 'a docx export',
  xliff12: 'an xliff12 export',
  xliff2: 'an xliff2 export',
  tmx: 'a tmx export',
  'mqm-tsv': 'an mqm-tsv export (each row holds its segment)',
  csv: 'a csv export',
  'web-annotation': 'a web-annotation export (positions are offsets into the text)',
};

/** The version in package.json, recorded in TMX headers as the creating tool's. */
function appVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}

/** Whether `format` is one the interchange registry writes. */
function isInterchange(format: ExportFormat): format is InterchangeFormatId {
  return (INTERCHANGE_FORMAT_IDS as readonly string[]).includes(format);
}

/** The file `choice` makes of `input`. */
export async function exportContent(
  input: ReviewedInput,
  choice: ExportChoice,
): Promise<string | Uint8Array> {
  const { format } = choice;
  if (choice.tracked && format !== 'docx') {
    throw new CliError('--tracked applies to --to docx only (Word tracked changes)');
  }
  if (format === 'review-json') {
    return writeReviewFile({
      documentHash: input.documentHash,
      ops: input.ops,
      typologyId: input.typologyId,
    });
  }
  const document = requireDocument(input, NEEDS[format]);
  const { state, name } = input;
  const mode = choice.approvedOnly ? 'approved' : 'latest';
  if (isInterchange(format) && input.project) {
    return interchangeFormat(format).write(input.project, {
      texts: mode,
      toolVersion: appVersion(),
    });
  }
  const texts = unitTexts(document, state, { mode });
  switch (format) {
    case 'txt':
      return toPlainText(document, texts);
    case 'md':
      return toMarkdown(document, texts, { title: name });
    case 'html':
      return toHtml(document, texts, { title: name });
    case 'docx': {
      const tracked = choice.tracked ? trackedChanges(document, state, { mode }) : undefined;
      return toDocx(document, texts, { title: name, ...(tracked ? { tracked } : {}) });
    }
    case 'xliff12':
    case 'xliff2':
    case 'tmx':
    case 'mqm-tsv':
    case 'csv':
      // A document always comes with its project (see `readReviewed`).
      throw new Error(`no project to write as ${format}`);
    case 'web-annotation': {
      const annotations = toWebAnnotations(state.flags.values(), document, {
        documentHash: input.documentHash,
        label: name,
      });
      return `${JSON.stringify(annotations, null, 2)}\n`;
    }
  }
}
