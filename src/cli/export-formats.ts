/**
 * The files `duizhao export` writes, each made by the core exporter the app
 * uses for the same format, so that a file exported here is byte for byte
 * what the app would give for the same project and choices (dates aside).
 */
import { readFileSync } from 'node:fs';
import { segmentsToCsv } from '../core/io/csv/index.ts';
import { writeMqmTsv } from '../core/io/mqm-tsv/index.ts';
import { writeReviewFile } from '../core/io/review-file.ts';
import { segmentsFromDocument } from '../core/io/segments.ts';
import { tmxFromSegments, writeTmx } from '../core/io/tmx/index.ts';
import { toWebAnnotations } from '../core/io/web-annotation.ts';
import { toDocx, toHtml, toMarkdown, toPlainText, trackedChanges } from '../core/export/index.ts';
import type { BilingualDocument } from '../core/model/document.ts';
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

/**
 * Each unit's pair with its current English (latest or approved) as the
 * target: a memory or a table of a reviewed project should hold the reviewed
 * translation; the MT stays in the project for whoever wants it.
 */
function currentPairs(document: BilingualDocument, texts: readonly string[]) {
  // Every unit is included, so pair k is unit k.
  return segmentsFromDocument(document).map((pair, unit) => ({
    ...pair,
    target: texts[unit] ?? pair.target,
  }));
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
  if (format === 'xliff12' || format === 'xliff2') {
    throw new CliError(
      `--to ${format} is not supported yet: Duizhao does not write XLIFF so far (use tmx or csv for an aligned bilingual file)`,
    );
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
    case 'tmx':
      return writeTmx(
        tmxFromSegments(currentPairs(document, texts), { creationToolVersion: appVersion() }),
      );
    case 'csv':
      return segmentsToCsv(currentPairs(document, texts));
    case 'mqm-tsv':
      // Flags locate words of the MT, which is the text MQM rows hold.
      return writeMqmTsv(document, [...state.flags.values()], { system: name });
    case 'web-annotation': {
      const annotations = toWebAnnotations(state.flags.values(), document, {
        documentHash: input.documentHash,
        label: name,
      });
      return `${JSON.stringify(annotations, null, 2)}\n`;
    }
  }
}
