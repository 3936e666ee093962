/**
 * Exporting the open project in an interchange format (XLIFF 1.2, XLIFF 2,
 * TMX, MQM TSV, bilingual CSV) through the registry's writers: a project
 * imported from a format is written back into its own file, anything else
 * gets a fresh one. The project is taken with the review as it is now (the
 * review store's log), not as it was when the project was opened.
 */
import type { InterchangeFormatId } from '../../core/io/format.ts';
import { interchangeFormat, INTERCHANGE_FORMAT_IDS } from '../../core/io/formats.ts';
import type { Project, ProjectReview } from '../../core/model/project.ts';
import type { TextMode } from '../../core/revision/index.ts';
import type { ExportedFile } from './export-file.ts';

/** The interchange formats the export dialog offers, in registry order. */
export const INTERCHANGE_EXPORTS: readonly InterchangeFormatId[] = INTERCHANGE_FORMAT_IDS;

/** Whether `value` names one of them. */
export function isInterchangeExport(value: string): value is InterchangeFormatId {
  return (INTERCHANGE_EXPORTS as readonly string[]).includes(value);
}

/** File name endings, by format (XLIFF of both versions is `.xlf`). */
const EXTENSION: Record<InterchangeFormatId, string> = {
  xliff12: 'xlf',
  xliff2: 'xlf',
  tmx: 'tmx',
  'mqm-tsv': 'tsv',
  csv: 'csv',
};

/** `project` with `review` in `format`, named after `stem`, with the texts of `mode`. */
export function exportInterchange(
  project: Project,
  review: ProjectReview,
  format: InterchangeFormatId,
  mode: TextMode,
  stem: string,
  toolVersion?: string,
): ExportedFile {
  const writer = interchangeFormat(format);
  const content = writer.write(
    { ...project, review },
    { texts: mode, ...(toolVersion === undefined ? {} : { toolVersion }) },
  );
  const suffix = format === 'xliff12' ? '.xliff12' : format === 'xliff2' ? '.xliff2' : '';
  return {
    fileName: `${stem}.${mode}${suffix}.${EXTENSION[format]}`,
    type: `${writer.mimeType};charset=utf-8`,
    content,
  };
}
